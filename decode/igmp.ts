/**
 * IGMP messages (IP protocol 2): version 1 (RFC 1112), 2 (RFC 2236) and 3 (RFC 3376) queries
 * and reports, leaves, and the checksum as Wireshark verifies it. Which version a membership
 * query is depends on the message length the IP header states, so the methods that need it
 * take that length.
 *
 * @module
 */

import { formatIPv4 } from "./address.ts";
import { ChecksumStatus, verifyChecksum } from "./checksum.ts";
import { BaseLayer, DecodeStatus, type DecodingLayer, Malformation, u16, u32 } from "./layer.ts";
import { LayerType } from "./layer_type.ts";

// What the API below refers to, so that this module's documentation is complete on its own.
export { BaseLayer, ChecksumStatus, DecodeStatus, type DecodingLayer, LayerType, Malformation };

/**
 * Where each field of an IGMP message is, from its start. Every version has the type, the max
 * response code (unused in v1 and v3 reports), the checksum and, but for v3 reports, the group
 * address; a v3 query goes on with S and QRV, QQIC, the number of sources and the sources; a v3
 * report has the number of group records at 6 and the records from 8.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { IgmpField } from "./igmp.ts";
 *
 * // A v2 report for 224.0.0.251.
 * const report = new Uint8Array([0x16, 0, 0x09, 0x04, 224, 0, 0, 251]);
 * assert.equal(report[IgmpField.Type], 0x16);
 * assert.equal(report[IgmpField.Group + 3], 251);
 * ```
 */
export const IgmpField = {
  Type: 0,
  MaxResponse: 1,
  Checksum: 2,
  Group: 4,
  /** v3 report: the number of group records. */
  RecordCount: 6,
  /** v3 report: the first group record. */
  Records: 8,
  /** v3 query: the S flag (0x08) and the querier's robustness variable (0x07). */
  Flags: 8,
  /** v3 query: the querier's query interval code. */
  Qqic: 9,
  /** v3 query: the number of sources. */
  SourceCount: 10,
  /** v3 query: the first source address. */
  Sources: 12,
  /** v0 (RFC 988): the identifier, where the others have the group. */
  Identifier: 4,
  /** v0: the group address. */
  V0Group: 8,
  /** Multicast traceroute: the source, destination and response address traced. */
  TraceSource: 8,
  TraceDestination: 12,
  TraceResponseAddress: 16,
  /** Multicast traceroute: the TTL of a multicast response, then the 24-bit query id. */
  TraceResponseTtl: 20,
  TraceQueryId: 21,
} as const;

/**
 * Where each field of a v3 report's group record is, from the record's start: record type,
 * auxiliary data length (in 32-bit words), number of sources, group, then the sources.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { IgmpRecordField } from "./igmp.ts";
 *
 * const record = new Uint8Array([4, 0, 0, 0, 239, 255, 255, 250]); // exclude none: a join
 * assert.equal(record[IgmpRecordField.Type], 4);
 * assert.equal(record[IgmpRecordField.Group], 239);
 * ```
 */
export const IgmpRecordField = { Type: 0, AuxDataLength: 1, SourceCount: 2, Group: 4, Sources: 8 };

/**
 * IGMP message types.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { IgmpType } from "./igmp.ts";
 *
 * assert.equal(IgmpType.MembershipQuery, 0x11);
 * ```
 */
export const IgmpType = {
  MembershipQuery: 0x11,
  V1Report: 0x12,
  /** DVMRP (carried by IGMP, not decoded here). */
  Dvmrp: 0x13,
  /** PIM version 1 (carried by IGMP, not decoded here). */
  PimV1: 0x14,
  V2Report: 0x16,
  Leave: 0x17,
  /** Multicast traceroute response. */
  MtraceResponse: 0x1e,
  /** Multicast traceroute query or request. */
  Mtrace: 0x1f,
  V3Report: 0x22,
} as const;

/**
 * A v3 max response code (or QQIC) as the time it stands for, in tenths of a second: codes
 * from 128 on are a floating-point value, mantissa in the low 4 bits, exponent in the 3 above
 * (RFC 3376 §4.1.1).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { igmpMaxResponseTime } from "./igmp.ts";
 *
 * assert.equal(igmpMaxResponseTime(100), 100); // 10 seconds
 * assert.equal(igmpMaxResponseTime(0xff), 31744); // the longest: 52m54.4s
 * ```
 */
export function igmpMaxResponseTime(code: number): number {
  return code < 128 ? code : ((code & 0x0f) | 0x10) << (((code & 0x70) >> 4) + 3);
}

/** Bytes of every IGMP message but the v3 ones and the multicast traceroute. */
const BASE_LENGTH = 8;

/**
 * An IGMP message, decoded in place. It runs to the end of the IP datagram; the getters read
 * only what was captured of it (0 or `""` beyond). IGMP carries no further layer.
 *
 * @example A version 3 general query
 * ```ts
 * import assert from "node:assert/strict";
 * import { ChecksumStatus, DecodeStatus, Igmp } from "./igmp.ts";
 *
 * const query = new Uint8Array([0x11, 100, 0xec, 0x1e, 0, 0, 0, 0, 0x02, 125, 0, 0]);
 * const igmp = new Igmp();
 * assert.equal(igmp.decode(query, 0, query.length), DecodeStatus.Ok);
 * assert.equal(igmp.version(query.length), 3);
 * assert.equal(igmp.robustness, 2);
 * assert.equal(igmp.qqic, 125);
 * assert.equal(igmp.verifyChecksum(query.length), ChecksumStatus.Good);
 * ```
 */
export class Igmp extends BaseLayer {
  /** Which layer this is: `LayerType.IGMP`. */
  readonly type: typeof LayerType.IGMP = LayerType.IGMP;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength: number = BASE_LENGTH;

  /**
   * Decodes the message at `bytes[offset]`: `Truncated` when fewer than the 8 bytes every
   * version has were captured (the type, max response code and checksum are its fixed fields,
   * 4 bytes). `headerLength` is the whole message as captured; `nextLayer` is always `None`.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    const available = this.begin(bytes, offset, end);
    this.headerLength = available;
    if (available < 4) return this.truncated(4);
    if (available < BASE_LENGTH) return this.truncated(BASE_LENGTH);
    return DecodeStatus.Ok;
  }

  /** Whether the `length` bytes from `at` (relative to the message) were captured. */
  #has(at: number, length: number): boolean {
    return this.offset + at + length <= this.end;
  }

  /** The message type (0x11 query, 0x16 v2 report, …); 0 when not captured. */
  get igmpType(): number {
    return this.#has(IgmpField.Type, 1) ? this.bytes[this.offset + IgmpField.Type]! : 0;
  }
  /** The max response code, in tenths of a second below 128 (see igmpMaxResponseTime). */
  get maxResponseCode(): number {
    return this.#has(IgmpField.MaxResponse, 1)
      ? this.bytes[this.offset + IgmpField.MaxResponse]!
      : 0;
  }
  /** The checksum as sent; 0 when not captured. */
  get checksum(): number {
    return this.#has(IgmpField.Checksum, 2) ? u16(this.bytes, this.offset + IgmpField.Checksum) : 0;
  }
  /** The group address (v1, v2, v3 query); `""` when not captured. */
  get group(): string {
    return this.#has(IgmpField.Group, 4)
      ? formatIPv4(this.bytes, this.offset + IgmpField.Group)
      : "";
  }
  /** Whether the group address is 0.0.0.0 (a general query), or was not captured. */
  get groupIsZero(): boolean {
    if (!this.#has(IgmpField.Group, 4)) return true;
    const at = this.offset + IgmpField.Group;
    return (this.bytes[at]! | this.bytes[at + 1]! | this.bytes[at + 2]! | this.bytes[at + 3]!) ===
      0;
  }
  /** v3 query: the S flag (routers suppress their timer updates). */
  get suppress(): boolean {
    return this.#has(IgmpField.Flags, 1) &&
      (this.bytes[this.offset + IgmpField.Flags]! & 0x08) !== 0;
  }
  /** v3 query: the querier's robustness variable (QRV). */
  get robustness(): number {
    return this.#has(IgmpField.Flags, 1) ? this.bytes[this.offset + IgmpField.Flags]! & 0x07 : 0;
  }
  /** v3 query: the querier's query interval code (QQIC). */
  get qqic(): number {
    return this.#has(IgmpField.Qqic, 1) ? this.bytes[this.offset + IgmpField.Qqic]! : 0;
  }
  /** v3 query: the number of sources, as stated (more may be stated than were sent). */
  get sourceCount(): number {
    return this.#has(IgmpField.SourceCount, 2)
      ? u16(this.bytes, this.offset + IgmpField.SourceCount)
      : 0;
  }
  /** v3 query: how many of the stated sources were captured whole. */
  get sourcesCaptured(): number {
    const room = Math.max(0, this.end - this.offset - IgmpField.Sources);
    return Math.min(this.sourceCount, room >> 2);
  }
  /** v3 query: source `i`; `""` when not captured. */
  source(i: number): string {
    const at = IgmpField.Sources + 4 * i;
    return this.#has(at, 4) ? formatIPv4(this.bytes, this.offset + at) : "";
  }
  /** v3 report: the number of group records, as stated. */
  get recordCount(): number {
    return this.#has(IgmpField.RecordCount, 2)
      ? u16(this.bytes, this.offset + IgmpField.RecordCount)
      : 0;
  }

  /**
   * v3 report: where each group record that was captured whole starts (from the message's
   * start), up to `recordCount` of them. Allocates: for output.
   */
  recordOffsets(): number[] {
    const offsets: number[] = [];
    let at = IgmpField.Records;
    for (let i = 0; i < this.recordCount && this.#has(at, 8); i++) {
      const base = this.offset + at;
      const length = 8 + 4 * u16(this.bytes, base + IgmpRecordField.SourceCount) +
        4 * this.bytes[base + IgmpRecordField.AuxDataLength]!;
      if (!this.#has(at, length)) break;
      offsets.push(at);
      at += length;
    }
    return offsets;
  }
  /** v0: the identifier (RFC 988); 0 when not captured. */
  get identifier(): number {
    return this.#has(IgmpField.Identifier, 4)
      ? u32(this.bytes, this.offset + IgmpField.Identifier)
      : 0;
  }
  /** An IPv4 address at `at` from the message's start (v0's group, a traceroute's); `""` beyond. */
  addressAt(at: number): string {
    return this.#has(at, 4) ? formatIPv4(this.bytes, this.offset + at) : "";
  }
  /** Multicast traceroute: the TTL for a multicast response; 0 when not captured. */
  get traceResponseTtl(): number {
    return this.#has(IgmpField.TraceResponseTtl, 1)
      ? this.bytes[this.offset + IgmpField.TraceResponseTtl]!
      : 0;
  }
  /** Multicast traceroute: the 24-bit query id; 0 when not captured. */
  get traceQueryId(): number {
    if (!this.#has(IgmpField.TraceQueryId, 3)) return 0;
    const at = this.offset + IgmpField.TraceQueryId;
    return (this.bytes[at]! << 16) | u16(this.bytes, at + 1);
  }

  /** v3 report: the type of the group record at `at` (from {@linkcode Igmp.recordOffsets}). */
  recordType(at: number): number {
    return this.#has(at + IgmpRecordField.Type, 1) ? this.bytes[this.offset + at]! : 0;
  }
  /** v3 report: the auxiliary data length, in 32-bit words, of the group record at `at`. */
  recordAuxDataLength(at: number): number {
    return this.#has(at + IgmpRecordField.AuxDataLength, 1)
      ? this.bytes[this.offset + at + IgmpRecordField.AuxDataLength]!
      : 0;
  }
  /** v3 report: the number of sources of the group record at `at`. */
  recordSourceCount(at: number): number {
    return this.#has(at + IgmpRecordField.SourceCount, 2)
      ? u16(this.bytes, this.offset + at + IgmpRecordField.SourceCount)
      : 0;
  }
  /** v3 report: the group of the record at `at`; `""` when not captured. */
  recordGroup(at: number): string {
    return this.#has(at + IgmpRecordField.Group, 4)
      ? formatIPv4(this.bytes, this.offset + at + IgmpRecordField.Group)
      : "";
  }
  /** v3 report: source `i` of the group record at `at`; `""` when not captured. */
  recordSource(at: number, i: number): string {
    const where = at + IgmpRecordField.Sources + 4 * i;
    return this.#has(where, 4) ? formatIPv4(this.bytes, this.offset + where) : "";
  }

  /**
   * The IGMP version, as Wireshark tells it: a membership query is v3 when the message
   * (`length`, as the IP header states it) has 12 bytes or more, else v2 when its max response
   * code is not 0, else v1; reports are v1 (0x12), v2 (0x16, and leaves, 0x17) or v3 (0x22);
   * types 0 to 15 are v0 (RFC 988). -1 for the others (multicast traceroute, DVMRP, PIMv1, …).
   */
  version(length: number): number {
    const type = this.igmpType;
    if (type === IgmpType.MembershipQuery) {
      return length >= 12 ? 3 : this.maxResponseCode !== 0 ? 2 : 1;
    }
    if (type === IgmpType.V1Report) return 1;
    if (type === IgmpType.V2Report || type === IgmpType.Leave) return 2;
    if (type === IgmpType.V3Report) return 3;
    return type < 16 ? 0 : -1;
  }

  /**
   * Whether Wireshark's IGMP dissector shows this type itself (versions 0 to 3, multicast
   * traceroute, types it does not know) rather than handing it to DVMRP (0x13), PIMv1 (0x14)
   * or IGAP (0x40 to 0x42), whose fields are theirs. (Wireshark hands MRDISC, MSNIP and RGMP
   * types over too, but only to or from their own group addresses.)
   */
  get ownType(): boolean {
    const type = this.igmpType;
    return !(type === IgmpType.Dvmrp || type === IgmpType.PimV1 || (type >= 0x40 && type <= 0x42));
  }

  /**
   * How many bytes the checksum covers, as Wireshark counts them: 8 for v1 and v2, 20 for v0,
   * the whole message (`length`, as the IP header states it) for v3 and multicast traceroute;
   * 0 for types it has no checksum field for.
   */
  checksumLength(length: number): number {
    const version = this.version(length);
    if (version === 1 || version === 2) return BASE_LENGTH;
    if (version === 0) return 20;
    const type = this.igmpType;
    return version === 3 || type === IgmpType.Mtrace || type === IgmpType.MtraceResponse
      ? length
      : 0;
  }

  /**
   * Verifies the checksum over {@linkcode Igmp.checksumLength} bytes: `Unverified` when they
   * were not all captured, when the datagram is a fragment (`fragmented`), or when the type has
   * no checksum Wireshark checks.
   */
  verifyChecksum(length: number, fragmented = false): ChecksumStatus {
    const covered = this.checksumLength(length);
    if (covered < 4 || fragmented || !this.#has(0, covered)) return ChecksumStatus.Unverified;
    return verifyChecksum(this.bytes, this.offset, this.offset + covered, 0);
  }
}
