/**
 * IPv4 headers (RFC 791): every field, options kept as a byte range.
 *
 * @module
 */

import { formatIPv4 } from "./address.ts";
import { BaseLayer, DecodeStatus, Malformation, scanOptions, u16 } from "./layer.ts";
import { layerForProtocol, LayerType } from "./layer_type.ts";

/** Where each field of an IPv4 header is, from its start (RFC 791 §3.1). */
export const Ipv4Field = {
  VersionAndLength: 0,
  TypeOfService: 1,
  TotalLength: 2,
  Identification: 4,
  FlagsAndFragment: 6,
  Ttl: 8,
  Protocol: 9,
  Checksum: 10,
  Source: 12,
  Destination: 16,
  Options: 20,
} as const;

const OPTION_NAMES: Record<number, string> = {
  0: "EOL",
  1: "NOP",
  7: "RR",
  68: "TS",
  130: "SEC",
  131: "LSRR",
  133: "E-SEC",
  136: "SID",
  137: "SSRR",
  148: "RA",
};

/**
 * The name of an IPv4 option kind (the whole type byte, copied flag included), as tcpdump
 * lists it, or `opt-N`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ipv4OptionName } from "./ipv4.ts";
 *
 * assert.equal(ipv4OptionName(7), "RR"); // record route
 * assert.equal(ipv4OptionName(148), "RA"); // router alert
 * assert.equal(ipv4OptionName(42), "opt-42");
 * ```
 */
export function ipv4OptionName(kind: number): string {
  return OPTION_NAMES[kind] ?? `opt-${kind}`;
}

/**
 * An IPv4 header, decoded in place. The layer's data ends where the total length says (so an
 * Ethernet frame's padding is not taken for payload), or at the captured end if that is sooner.
 * A total length of 0 (segmentation offload, BIG TCP) means "up to the captured end".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { IPv4 } from "./ipv4.ts";
 * import { DecodeStatus, LayerType } from "./layer.ts";
 *
 * const header = new Uint8Array([
 *   0x45, 0, 0, 20, 0x12, 0x34, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2,
 * ]);
 * const ip = new IPv4();
 * assert.ok(ip.decode(header, 0, header.length) === DecodeStatus.Ok);
 * assert.ok(ip.source === "10.0.0.1" && ip.dontFragment && ip.ttl === 64);
 * assert.ok(ip.nextLayer === LayerType.TCP);
 * ```
 */
export class IPv4 extends BaseLayer {
  /** Which layer this is: `LayerType.IPv4`. */
  readonly type: typeof LayerType.IPv4 = LayerType.IPv4;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 20;

  /**
   * Decodes the header at `bytes[offset]`: `Truncated` under 20 bytes or under the header
   * length (IHL × 4, options included); `Malformed` for a version other than 4, a header length
   * under 20 bytes, or a total length other than 0 under the header length. `end` becomes the
   * datagram's end by the total length when that comes before the captured end; `nextLayer` is
   * the layer the protocol field announces, or `Fragment` for a fragment after the first.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.headerLength = 20;
    // BaseLayer.begin written out: a call shared by every layer class is megamorphic here.
    this.bytes = bytes, this.offset = offset, this.end = end, this.nextLayer = LayerType.None;
    if (end - offset < 20) return this.truncated(20);
    if (bytes[offset]! >> 4 !== 4) return this.malformed(Malformation.Version);
    const headerLength = (bytes[offset]! & 0x0f) * 4;
    if (headerLength < 20) return this.malformed(Malformation.HeaderLength);
    this.headerLength = headerLength;
    const totalLength = u16(bytes, offset + Ipv4Field.TotalLength);
    if (totalLength !== 0 && totalLength < headerLength) {
      return this.malformed(Malformation.TotalLength);
    }
    if (end - offset < headerLength) return this.truncated(headerLength);
    if (totalLength !== 0 && offset + totalLength < end) this.end = offset + totalLength;
    this.nextLayer = this.fragmentOffset !== 0
      ? LayerType.Fragment
      : layerForProtocol(bytes[offset + Ipv4Field.Protocol]!);
    return DecodeStatus.Ok;
  }

  /**
   * Bytes after the header as the total length states them (the transport header and its
   * data, tshark's view); with a total length of 0 (segmentation offload), those captured.
   */
  get upperLength(): number {
    const total = this.totalLength;
    return total === 0 ? this.end - this.offset - this.headerLength : total - this.headerLength;
  }

  /** IP version, the upper 4 bits of byte 0: 4 (a header with another version is malformed). */
  get version(): number {
    return this.bytes[this.offset]! >> 4;
  }
  /** Differentiated services code point (upper 6 bits of the old TOS byte). */
  get dscp(): number {
    return this.bytes[this.offset + 1]! >> 2;
  }
  /** Explicit congestion notification (lower 2 bits of the old TOS byte). */
  get ecn(): number {
    return this.bytes[this.offset + 1]! & 0x3;
  }
  /** Total length of the datagram, header included, as the header states it. */
  get totalLength(): number {
    return u16(this.bytes, this.offset + 2);
  }
  /** Identification (bytes 4–5): the sender's number for the datagram, shared by its fragments. */
  get identification(): number {
    return u16(this.bytes, this.offset + 4);
  }
  /** The three flag bits: 0x4 reserved, 0x2 don't fragment, 0x1 more fragments. */
  get flags(): number {
    return this.bytes[this.offset + 6]! >> 5;
  }
  /** The reserved flag (0x4 of `flags`), zero by RFC 791: true when a sender set it anyway. */
  get reservedFlag(): boolean {
    return (this.flags & 0x4) !== 0;
  }
  /** Don't fragment (DF, 0x2 of `flags`): routers must drop the datagram, not fragment it. */
  get dontFragment(): boolean {
    return (this.flags & 0x2) !== 0;
  }
  /** More fragments (MF, 0x1 of `flags`): more fragments of this datagram follow this one. */
  get moreFragments(): boolean {
    return (this.flags & 0x1) !== 0;
  }
  /** Fragment offset in 8-byte units, as on the wire. */
  get fragmentOffset(): number {
    return u16(this.bytes, this.offset + 6) & 0x1fff;
  }
  /** Time to live (byte 8): hops left before a router drops the datagram. */
  get ttl(): number {
    return this.bytes[this.offset + 8]!;
  }
  /** The payload's protocol (byte 9), an IP protocol number ({@linkcode IpProtocol}): 6 for TCP. */
  get protocol(): number {
    return this.bytes[this.offset + 9]!;
  }
  /**
   * Header checksum as sent (bytes 10–11), over the header only; verify it with
   * {@linkcode Decoder.ipv4Checksum}.
   */
  get checksum(): number {
    return u16(this.bytes, this.offset + 10);
  }
  /** Source address (bytes 12–15), dotted: `10.0.0.1`. */
  get source(): string {
    return formatIPv4(this.bytes, this.offset + 12);
  }
  /** Destination address (bytes 16–19), dotted: `10.0.0.2`. */
  get destination(): string {
    return formatIPv4(this.bytes, this.offset + 16);
  }
  /** Offset of the source address in `bytes` (for checksums and flow keys without strings). */
  get sourceOffset(): number {
    return this.offset + 12;
  }
  /** Bytes of options after the fixed 20-byte header. */
  get optionsLength(): number {
    return this.headerLength - 20;
  }
  /**
   * The options as tcpdump lists them: `NOP,RR (len 11),EOL`; a malformed length is marked
   * `[bad length]`. Allocates: for output.
   */
  get optionsText(): string {
    const parts: string[] = [];
    const end = Math.min(this.offset + this.headerLength, this.end);
    scanOptions(this.bytes, this.offset + 20, end, (kind, _at, length) => {
      const name = ipv4OptionName(kind);
      parts.push(
        length < 0 ? `${name} [bad length]` : length === 1 ? name : `${name} (len ${length})`,
      );
    });
    return parts.join(",");
  }

  /** True when the datagram is longer than what was captured of it. */
  get payloadTruncated(): boolean {
    const total = this.totalLength;
    return total !== 0 && this.offset + total > this.end;
  }
}
