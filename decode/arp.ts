/**
 * ARP messages (RFC 826) of any hardware and protocol address length.
 *
 * @module
 */

import { formatHardware, formatIPv4, formatMac } from "./address.ts";
import { BaseLayer, DecodeStatus, u16 } from "./layer.ts";
import { LayerType } from "./layer_type.ts";

/**
 * An ARP message, decoded in place. Addresses are read at offsets that the hardware and
 * protocol lengths give, all checked against the captured end.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ARP } from "./arp.ts";
 * import { DecodeStatus } from "./layer.ts";
 *
 * const request = new Uint8Array([
 *   0, 1, 8, 0, 6, 4, 0, 1, 2, 0, 0, 0, 0, 10, 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 10, 0, 0, 2,
 * ]);
 * const arp = new ARP();
 * assert.equal(arp.decode(request, 0, request.length), DecodeStatus.Ok);
 * assert.equal(arp.senderProtocolAddress, "10.0.0.1");
 * assert.equal(arp.targetProtocolAddress, "10.0.0.2");
 * assert.equal(arp.opcode, 1);
 * ```
 */
export class ARP extends BaseLayer {
  /** Which layer this is: `LayerType.ARP`. */
  readonly type: typeof LayerType.ARP = LayerType.ARP;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 8;

  /**
   * Decodes the 8 fixed bytes at `bytes[offset]` and the four addresses after them
   * (2 × (hardware length + protocol length) bytes): `Truncated` when shorter, never `Malformed`.
   * `headerLength` covers the addresses; `nextLayer` is `None`.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.headerLength = 8;
    const available = this.begin(bytes, offset, end);
    if (available < 8) return this.truncated(8);
    const length = 8 + 2 * (bytes[offset + 4]! + bytes[offset + 5]!);
    if (available < length) return this.truncated(length);
    this.headerLength = length;
    return DecodeStatus.Ok;
  }

  /** Hardware type (bytes 0–1): 1 for Ethernet. */
  get hardwareType(): number {
    return u16(this.bytes, this.offset);
  }
  /** Protocol type (bytes 2–3), an EtherType: 0x0800 for IPv4. */
  get protocolType(): number {
    return u16(this.bytes, this.offset + 2);
  }
  /** Length of a hardware address in bytes (byte 4): 6 for Ethernet. */
  get hardwareLength(): number {
    return this.bytes[this.offset + 4]!;
  }
  /** Length of a protocol address in bytes (byte 5): 4 for IPv4. */
  get protocolLength(): number {
    return this.bytes[this.offset + 5]!;
  }
  /** 1 request, 2 reply (3/4 RARP, 8/9 InARP). */
  get opcode(): number {
    return u16(this.bytes, this.offset + 6);
  }
  /** True when the addresses were captured too, not only the fixed 8 bytes. */
  get complete(): boolean {
    const available = this.end - this.offset;
    return available >= 8 && available >= 8 + 2 * (this.hardwareLength + this.protocolLength);
  }
  /** True for Ethernet hardware and IPv4 protocol addresses, the usual kind. */
  get isEthernetIPv4(): boolean {
    return this.hardwareType === 1 && this.protocolType === 0x0800 && this.hardwareLength === 6 &&
      this.protocolLength === 4;
  }
  /**
   * The sender's hardware address, right after the fixed 8 bytes: a MAC (`02:00:00:00:00:01`)
   * when 6 bytes long, otherwise its bytes in hex joined by colons.
   */
  get senderHardwareAddress(): string {
    return this.#hardware(this.offset + 8);
  }
  /**
   * The sender's protocol address: dotted (`10.0.0.1`) for IPv4 (type 0x0800, length 4),
   * otherwise its bytes in hex joined by colons.
   */
  get senderProtocolAddress(): string {
    return this.#protocol(this.offset + 8 + this.hardwareLength);
  }
  /** The target's hardware address, shown as the sender's; zeros in a request (not yet known). */
  get targetHardwareAddress(): string {
    return this.#hardware(this.offset + 8 + this.hardwareLength + this.protocolLength);
  }
  /** The target's protocol address, shown as the sender's: in a request, the one asked about. */
  get targetProtocolAddress(): string {
    return this.#protocol(this.offset + 8 + 2 * this.hardwareLength + this.protocolLength);
  }

  #hardware(at: number): string {
    return this.hardwareLength === 6
      ? formatMac(this.bytes, at)
      : formatHardware(this.bytes, at, this.hardwareLength);
  }
  #protocol(at: number): string {
    return this.protocolLength === 4 && this.protocolType === 0x0800
      ? formatIPv4(this.bytes, at)
      : formatHardware(this.bytes, at, this.protocolLength);
  }
}
