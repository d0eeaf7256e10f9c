/**
 * PPPoE session frames (RFC 2516, EtherType 0x8864): the 6-byte PPPoE header and the PPP
 * protocol field after it, which names the packet the session carries (IPv4, IPv6, MPLS).
 * Discovery frames (0x8863) are not decoded.
 *
 * @module
 */

import { BaseLayer, DecodeStatus, type DecodingLayer, Malformation, u16 } from "./layer.ts";
import { layerForPppProtocol, LayerType } from "./layer_type.ts";

// What the API below refers to, so that this module's documentation is complete on its own.
export { BaseLayer, DecodeStatus, type DecodingLayer, LayerType, Malformation };

/**
 * Where each field of a PPPoE session header is, from its start: version and type (4 bits
 * each), code, session id, payload length (the bytes after the header: the PPP frame), then
 * the PPP protocol field.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PppoeField } from "./pppoe.ts";
 *
 * const header = new Uint8Array([0x11, 0x00, 0x00, 0x17, 0x00, 0x16, 0x00, 0x21]);
 * assert.equal(header[PppoeField.SessionId + 1], 0x17);
 * assert.equal(header[PppoeField.Protocol + 1], 0x21);
 * ```
 */
export const PppoeField = {
  VersionType: 0,
  Code: 1,
  SessionId: 2,
  PayloadLength: 4,
  Protocol: 6,
} as const;

/**
 * Bytes in a PPPoE header, before the PPP frame.
 *
 * @example A header cut before the PPP protocol still has all its own fields
 * ```ts
 * import assert from "node:assert/strict";
 * import { DecodeStatus, PPPOE_HEADER_LENGTH, PppoeSession } from "./pppoe.ts";
 *
 * const pppoe = new PppoeSession();
 * const header = new Uint8Array([0x11, 0x00, 0x00, 0x17, 0x00, 0x16]);
 * assert.equal(pppoe.decode(header, 0, header.length), DecodeStatus.Truncated);
 * assert.equal(pppoe.headerLength, PPPOE_HEADER_LENGTH);
 * assert.equal(pppoe.sessionId, 0x17);
 * ```
 */
export const PPPOE_HEADER_LENGTH = 6;

/**
 * A PPPoE session header and the PPP protocol field after it, decoded in place as one layer.
 * The protocol field is 2 bytes, or 1 when its first byte is odd (PPP's protocol field
 * compression), as Wireshark and tcpdump read it. The PPP frame runs to the end the payload
 * length states, or to the end of what was captured if that is sooner (Ethernet padding is
 * not part of it).
 *
 * @example A session carrying IPv4
 * ```ts
 * import assert from "node:assert/strict";
 * import { PppoeSession } from "./pppoe.ts";
 * import { DecodeStatus, LayerType } from "./layer.ts";
 *
 * // Version 1, type 1, code 0 (session data), session 0x0017, 22 bytes of PPP: 0x0021, IPv4.
 * const bytes = new Uint8Array([0x11, 0x00, 0x00, 0x17, 0x00, 0x16, 0x00, 0x21, 0x45]);
 * const pppoe = new PppoeSession();
 * assert.equal(pppoe.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
 * assert.equal(pppoe.sessionId, 0x17);
 * assert.equal(pppoe.payloadLength, 22);
 * assert.equal(pppoe.protocol, 0x0021);
 * assert.equal(pppoe.headerLength, 8);
 * assert.equal(pppoe.nextLayer, LayerType.IPv4);
 * ```
 */
export class PppoeSession extends BaseLayer {
  /** Which layer this is: `LayerType.PPPoE`. */
  readonly type: typeof LayerType.PPPoE = LayerType.PPPoE;
  /** Bytes of the PPP protocol field (1 or 2); 0 when it was not decoded. */
  protocolLength = 0;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength: number = PPPOE_HEADER_LENGTH;

  /**
   * Decodes the PPPoE header at `bytes[offset]` and the PPP protocol field after it:
   * `Truncated` when either is cut short (`headerLength` is then 6 once the PPPoE header is
   * whole, and `protocolLength` 0); `Malformed` (`Malformation.TotalLength`) when the payload
   * length leaves no room for the protocol field. `end` becomes the end the payload length
   * states when that is sooner; `nextLayer` is the layer the PPP protocol announces
   * ({@linkcode layerForPppProtocol}), or `None`.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.protocolLength = 0;
    const available = this.begin(bytes, offset, end);
    this.headerLength = Math.min(available, PPPOE_HEADER_LENGTH);
    if (available < PPPOE_HEADER_LENGTH) return this.truncated(PPPOE_HEADER_LENGTH);
    const stated = u16(bytes, offset + PppoeField.PayloadLength);
    const limited = stated < available - PPPOE_HEADER_LENGTH;
    if (limited) this.end = offset + PPPOE_HEADER_LENGTH + stated;
    const ppp = this.end - offset - PPPOE_HEADER_LENGTH;
    const length = ppp > 0 && (bytes[offset + PppoeField.Protocol]! & 0x01) !== 0 ? 1 : 2;
    if (ppp < length) {
      return limited
        ? this.malformed(Malformation.TotalLength)
        : this.truncated(PPPOE_HEADER_LENGTH + length);
    }
    this.protocolLength = length;
    this.headerLength = PPPOE_HEADER_LENGTH + length;
    this.nextLayer = layerForPppProtocol(this.protocol);
    return DecodeStatus.Ok;
  }

  /** The PPPoE version (the high 4 bits of the first byte; 1). */
  get version(): number {
    return this.bytes[this.offset + PppoeField.VersionType]! >> 4;
  }
  /** The PPPoE type (the low 4 bits of the first byte; 1). */
  get pppoeType(): number {
    return this.bytes[this.offset + PppoeField.VersionType]! & 0x0f;
  }
  /** The code: 0 for session data (discovery codes are PADI 0x09, PADO 0x07, …). */
  get code(): number {
    return this.bytes[this.offset + PppoeField.Code]!;
  }
  /** The session id. */
  get sessionId(): number {
    return u16(this.bytes, this.offset + PppoeField.SessionId);
  }
  /** The payload length as stated: bytes of PPP frame after the 6-byte header. */
  get payloadLength(): number {
    return u16(this.bytes, this.offset + PppoeField.PayloadLength);
  }
  /** The PPP protocol (0x0021 IPv4, 0x0057 IPv6, 0xc021 LCP, …); 0 when not decoded. */
  get protocol(): number {
    const at = this.offset + PppoeField.Protocol;
    if (this.protocolLength === 1) return this.bytes[at]!;
    return this.protocolLength === 2 ? u16(this.bytes, at) : 0;
  }
}
