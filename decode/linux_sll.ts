/**
 * Linux "cooked" capture headers: LINUX_SLL (v1, 16 bytes) and LINUX_SLL2 (v2, 20 bytes),
 * what a capture on the `any` device gives.
 *
 * @module
 */

import { formatHardware, formatMac } from "./address.ts";
import { BaseLayer, DecodeStatus, u16, u32 } from "./layer.ts";
import { layerForEtherType, LayerType } from "./layer_type.ts";

const PACKET_TYPES = ["in", "broadcast", "multicast", "other host", "out"];

/** Where each field sits in v1 and v2 headers. */
const LAYOUT = {
  [LayerType.LinuxSLL]: {
    length: 16,
    packetType: 0,
    hardwareType: 2,
    addressLength: 4,
    address: 6,
    protocol: 14,
  },
  [LayerType.LinuxSLL2]: {
    length: 20,
    packetType: 10,
    hardwareType: 8,
    addressLength: 11,
    address: 12,
    protocol: 0,
  },
} as const;

/** The layer a cooked header's protocol field announces. */
function layerForProtocol(protocol: number): LayerType {
  // Values up to 1500 are not EtherTypes but Linux's own (802.3 frames, CAN, …): not decoded.
  return protocol > 1500 ? layerForEtherType(protocol) : LayerType.None;
}

/**
 * A Linux cooked header, v1 or v2, decoded in place.
 *
 * @example A v2 header of an outgoing IPv4 packet on interface 3
 * ```ts
 * import assert from "node:assert/strict";
 * import { LinuxSll } from "./linux_sll.ts";
 * import { DecodeStatus, LayerType } from "./layer.ts";
 *
 * const header = new Uint8Array([8, 0, 0, 0, 0, 0, 0, 3, 0, 1, 4, 6, 2, 0, 0, 0, 0, 1, 0, 0]);
 * const sll = new LinuxSll(LayerType.LinuxSLL2);
 * assert.equal(sll.decode(header, 0, header.length), DecodeStatus.Ok);
 * assert.equal(sll.interfaceIndex, 3);
 * assert.equal(sll.packetTypeName, "out");
 * assert.equal(sll.source, "02:00:00:00:00:01");
 * assert.equal(sll.nextLayer, LayerType.IPv4);
 * ```
 */
export class LinuxSll extends BaseLayer {
  /** Which layer this is: `LayerType.LinuxSLL` (v1) or `LayerType.LinuxSLL2` (v2). */
  readonly type: typeof LayerType.LinuxSLL | typeof LayerType.LinuxSLL2;
  readonly #layout;

  /** `type` says which version this decoder reads: v1 (`LINUX_SLL`) or v2 (`LINUX_SLL2`). */
  constructor(type: typeof LayerType.LinuxSLL | typeof LayerType.LinuxSLL2) {
    super();
    this.type = type;
    this.headerLength = LAYOUT[type].length;
    this.#layout = LAYOUT[type];
  }

  /**
   * Decodes the 16-byte (v1) or 20-byte (v2) header at `bytes[offset]`: `Truncated` when
   * shorter, never `Malformed`. `nextLayer` is the layer the protocol field announces as an
   * EtherType, or `None` for Linux's own numbers (1500 or less) and types not decoded.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    const length = this.#layout.length;
    if (this.begin(bytes, offset, end) < length) return this.truncated(length);
    this.nextLayer = layerForProtocol(this.protocol);
    return DecodeStatus.Ok;
  }

  /** 0 to us, 1 broadcast, 2 multicast, 3 to another host, 4 sent by us. */
  get packetType(): number {
    const at = this.offset + this.#layout.packetType;
    return this.type === LayerType.LinuxSLL ? u16(this.bytes, at) : this.bytes[at]!;
  }
  /** `packetType` in words: `in`, `broadcast`, `multicast`, `other host`, `out`, or `type N`. */
  get packetTypeName(): string {
    return PACKET_TYPES[this.packetType] ?? `type ${this.packetType}`;
  }
  /** ARPHRD_ type of the interface (1 Ethernet, 772 loopback, …). */
  get hardwareType(): number {
    return u16(this.bytes, this.offset + this.#layout.hardwareType);
  }
  /** Length of the link-layer source address. */
  get addressLength(): number {
    const at = this.offset + this.#layout.addressLength;
    return this.type === LayerType.LinuxSLL ? u16(this.bytes, at) : this.bytes[at]!;
  }
  /** The link-layer source address (at most the 8 bytes the header has room for). */
  get source(): string {
    const length = Math.min(8, this.addressLength);
    const at = this.offset + this.#layout.address;
    return length === 6 ? formatMac(this.bytes, at) : formatHardware(this.bytes, at, length);
  }
  /** The protocol: an EtherType, or Linux's number for what is not Ethernet-typed. */
  get protocol(): number {
    return u16(this.bytes, this.offset + this.#layout.protocol);
  }
  /** v2 only: the interface index; 0 for v1. */
  get interfaceIndex(): number {
    return this.type === LayerType.LinuxSLL2 ? u32(this.bytes, this.offset + 4) : 0;
  }
}
