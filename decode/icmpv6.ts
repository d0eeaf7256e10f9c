/**
 * ICMPv6 messages (RFC 4443) and neighbour discovery (RFC 4861): type, code, checksum, echo
 * identifier and sequence, neighbour solicitation and advertisement targets.
 *
 * @module
 */

import { formatIPv6 } from "./address.ts";
import { IcmpMessage } from "./icmp.ts";
import { DecodeStatus, u32 } from "./layer.ts";
import { LayerType } from "./layer_type.ts";

const TYPE_NAMES: Record<number, string> = {
  1: "destination unreachable",
  2: "packet too big",
  3: "time exceeded",
  4: "parameter problem",
  128: "echo request",
  129: "echo reply",
  130: "multicast listener query",
  131: "multicast listener report",
  132: "multicast listener done",
  133: "router solicitation",
  134: "router advertisement",
  135: "neighbor solicitation",
  136: "neighbor advertisement",
  137: "redirect",
  143: "multicast listener report v2",
};

const UNREACHABLE_CODES: Record<number, string> = {
  0: "no route",
  1: "administratively prohibited",
  2: "beyond scope",
  3: "address unreachable",
  4: "port unreachable",
};

/**
 * The name of an ICMPv6 type (and of the code, for destination unreachable, type 1); an
 * unknown type is `type N`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { icmpv6TypeName } from "./icmpv6.ts";
 *
 * assert.equal(icmpv6TypeName(128, 0), "echo request");
 * assert.equal(icmpv6TypeName(135, 0), "neighbor solicitation");
 * assert.equal(icmpv6TypeName(1, 4), "port unreachable");
 * assert.equal(icmpv6TypeName(200, 0), "type 200");
 * ```
 */
export function icmpv6TypeName(type: number, code: number): string {
  if (type === 1) return UNREACHABLE_CODES[code] ?? `unreachable code ${code}`;
  return TYPE_NAMES[type] ?? `type ${type}`;
}

/**
 * An ICMPv6 message, decoded in place; it runs to the end of the IPv6 payload.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ICMPv6 } from "./icmpv6.ts";
 * import { DecodeStatus, u32 } from "./layer.ts";
 *
 * const echo = new Uint8Array([128, 0, 0, 0, 0, 7, 0, 1]);
 * const icmp = new ICMPv6();
 * assert.equal(icmp.decode(echo, 0, echo.length), DecodeStatus.Ok);
 * assert.equal(icmp.typeName, "echo request");
 * assert.equal(icmp.identifier, 7);
 * ```
 */
export class ICMPv6 extends IcmpMessage {
  /** Which layer this is: `LayerType.ICMPv6`. */
  readonly type: typeof LayerType.ICMPv6 = LayerType.ICMPv6;
  /**
   * For an error message (types 1–4): the first layer of the packet it quotes (IPv6), which the
   * decoder decodes with a nested decoder (`Decoder.quoted`); `None` otherwise.
   */
  quotedLayer: LayerType = LayerType.None;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 4;

  /**
   * Decodes the message's fixed part at `bytes[offset]`: 8 bytes for types 0–4 (the errors)
   * and 128 and up (echo and the other informational types), 24 for neighbour solicitation and
   * advertisement (135, 136), 40 for redirect (137), 4 (type, code, checksum) for any other
   * type. `Truncated` when shorter, never `Malformed`. `headerLength` is that fixed part;
   * `nextLayer` is `None`. For an error with bytes after its 8, `quotedLayer` becomes `IPv6`.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.headerLength = 4;
    this.quotedLayer = LayerType.None;
    if (this.begin(bytes, offset, end) < 4) return this.truncated(4);
    const type = bytes[offset]!;
    // Each known type has a fixed part; a message shorter than that is cut short.
    const fixed = type === 135 || type === 136
      ? 24
      : type === 137
      ? 40
      : type >= 128 || type <= 4
      ? 8
      : 4;
    if (end - offset < fixed) return this.truncated(fixed);
    this.headerLength = fixed;
    if (type >= 1 && type <= 4 && end - offset > 8) this.quotedLayer = LayerType.IPv6;
    return DecodeStatus.Ok;
  }

  /** True for echo request and reply. */
  get isEcho(): boolean {
    return (this.icmpType === 128 || this.icmpType === 129) && this.end - this.offset >= 8;
  }
  /** True for neighbour solicitation and advertisement, which name a target address. */
  get hasTarget(): boolean {
    return (this.icmpType === 135 || this.icmpType === 136) && this.end - this.offset >= 24;
  }
  /** The target of a neighbour solicitation or advertisement. */
  get targetAddress(): string {
    return formatIPv6(this.bytes, this.offset + 8);
  }
  /** Neighbour advertisement flags: 0x4 router, 0x2 solicited, 0x1 override. */
  get advertisementFlags(): number {
    return this.bytes[this.offset + 4]! >> 5;
  }
  /** True for errors (types 1–4), which quote the packet that caused them. */
  get isError(): boolean {
    return this.icmpType >= 1 && this.icmpType <= 4;
  }
  /** Packet too big's MTU (type 2), the most the next link takes; undefined for other types. */
  get mtu(): number | undefined {
    return this.#word(2);
  }
  /**
   * Parameter problem's pointer (type 4), where the fault is in the quoted packet; undefined
   * for other types.
   */
  get pointer(): number | undefined {
    return this.#word(4);
  }
  /** Bytes 4–8 of a message of this type, when it is one and they were captured. */
  #word(type: number): number | undefined {
    if (this.icmpType !== type || this.end - this.offset < 8) return undefined;
    return u32(this.bytes, this.offset + 4);
  }
  /** Where the quoted IPv6 header of an error message starts. */
  get quotedOffset(): number {
    return this.offset + 8;
  }
  /** Type (and an unreachable's code) in words ({@linkcode icmpv6TypeName}): `echo request`. */
  get typeName(): string {
    return icmpv6TypeName(this.icmpType, this.code);
  }
}
