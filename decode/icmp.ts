/**
 * ICMP messages (RFC 792): type, code, checksum, echo identifier and sequence, and the IP
 * header an error message quotes.
 *
 * @module
 */

import { BaseLayer, DecodeStatus, u16 } from "./layer.ts";
import { LayerType } from "./layer_type.ts";

/** ICMP types that carry an identifier and sequence number. */
const HAS_ID_SEQ = new Set([0, 8, 13, 14, 15, 16, 17, 18]);
/** ICMP error types: the message quotes the offending IP header and 8 bytes after it. */
const ERRORS = new Set([3, 4, 5, 11, 12]);

const TYPE_NAMES: Record<number, string> = {
  0: "echo reply",
  3: "destination unreachable",
  4: "source quench",
  5: "redirect",
  8: "echo request",
  9: "router advertisement",
  10: "router solicitation",
  11: "time exceeded",
  12: "parameter problem",
  13: "timestamp request",
  14: "timestamp reply",
  15: "information request",
  16: "information reply",
  17: "address mask request",
  18: "address mask reply",
};

const UNREACHABLE_CODES: Record<number, string> = {
  0: "net unreachable",
  1: "host unreachable",
  2: "protocol unreachable",
  3: "port unreachable",
  4: "fragmentation needed",
  5: "source route failed",
  9: "network administratively prohibited",
  10: "host administratively prohibited",
  13: "communication administratively prohibited",
};

/**
 * The name of an ICMP type and code, as tcpdump words them: the code names the reason for
 * destination unreachable (3) and time exceeded (11); other types are named by type alone, and
 * an unknown one is `type N`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { icmpTypeName } from "./icmp.ts";
 *
 * assert.equal(icmpTypeName(8, 0), "echo request");
 * assert.equal(icmpTypeName(3, 3), "port unreachable");
 * assert.equal(icmpTypeName(11, 0), "time to live exceeded");
 * assert.equal(icmpTypeName(42, 0), "type 42");
 * ```
 */
export function icmpTypeName(type: number, code: number): string {
  if (type === 3) return UNREACHABLE_CODES[code] ?? `unreachable code ${code}`;
  if (type === 11) {
    return code === 0 ? "time to live exceeded" : "fragment reassembly time exceeded";
  }
  return TYPE_NAMES[type] ?? `type ${type}`;
}

/** Where each field of an ICMP or ICMPv6 message is, from its start (RFC 792, RFC 4443). */
export const IcmpField = {
  Type: 0,
  Code: 1,
  Checksum: 2,
  /** Echo and similar messages: identifier, then sequence number. */
  Identifier: 4,
  Sequence: 6,
} as const;

/**
 * What ICMP and ICMPv6 messages share: type, code and checksum, and the identifier and sequence
 * number of echo messages, at the same places in both.
 */
export abstract class IcmpMessage extends BaseLayer {
  /** The message type (8 echo request, 3 destination unreachable; 128 echo request in ICMPv6). */
  get icmpType(): number {
    return this.bytes[this.offset + IcmpField.Type]!;
  }
  /** The code, which refines the type (3 port unreachable under type 3). */
  get code(): number {
    return this.bytes[this.offset + IcmpField.Code]!;
  }
  /** The checksum as sent. */
  get checksum(): number {
    return u16(this.bytes, this.offset + IcmpField.Checksum);
  }
  /** The echo identifier (meaningful for the types that carry one). */
  get identifier(): number {
    return u16(this.bytes, this.offset + IcmpField.Identifier);
  }
  /** The echo sequence number (meaningful for the types that carry one). */
  get sequence(): number {
    return u16(this.bytes, this.offset + IcmpField.Sequence);
  }
  /** The type and code in words: `echo request`, `port unreachable`. */
  abstract readonly typeName: string;
}

/**
 * An ICMP message, decoded in place. It runs to the end of the IP datagram (the checksum covers
 * it all).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ICMP } from "./icmp.ts";
 * import { DecodeStatus } from "./layer.ts";
 *
 * const echo = new Uint8Array([8, 0, 0xf7, 0xfd, 0, 1, 0, 1]);
 * const icmp = new ICMP();
 * assert.equal(icmp.decode(echo, 0, echo.length), DecodeStatus.Ok);
 * assert.equal(icmp.typeName, "echo request");
 * assert.equal(icmp.identifier, 1);
 * ```
 */
export class ICMP extends IcmpMessage {
  /** Which layer this is: `LayerType.ICMP`. */
  readonly type: typeof LayerType.ICMP = LayerType.ICMP;
  /**
   * For an error message: the first layer of the datagram it quotes (IPv4), which the decoder
   * decodes with a nested decoder (`Decoder.quoted`); `None` otherwise.
   */
  quotedLayer: LayerType = LayerType.None;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 8;

  /**
   * Decodes the 8-byte header at `bytes[offset]` (type, code, checksum and 4 bytes whose meaning
   * depends on the type): `Truncated` under 8 bytes (`needed` 4 when even type, code and checksum
   * are cut), never `Malformed`. For an error message with bytes after the header,
   * `quotedLayer` becomes `IPv4`: the datagram it quotes. `nextLayer` is `None`.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.quotedLayer = LayerType.None;
    const available = this.begin(bytes, offset, end);
    // Type, code and checksum are the header proper; the next 4 bytes depend on the type.
    this.headerLength = Math.min(8, available);
    if (available < 4) return this.truncated(4);
    if (available < 8) return this.truncated(8);
    if (this.isError && available > 8) this.quotedLayer = LayerType.IPv4;
    return DecodeStatus.Ok;
  }

  /** True for echo, timestamp, information and address-mask messages (when captured). */
  get hasIdentifier(): boolean {
    return HAS_ID_SEQ.has(this.icmpType) && this.end - this.offset >= 8;
  }
  /** True for error messages, which quote the datagram that caused them. */
  get isError(): boolean {
    return ERRORS.has(this.icmpType);
  }
  /** Where the quoted IP header of an error message starts. */
  get quotedOffset(): number {
    return this.offset + 8;
  }
  /** Type and code in words ({@linkcode icmpTypeName}): `echo request`, `port unreachable`. */
  get typeName(): string {
    return icmpTypeName(this.icmpType, this.code);
  }
}
