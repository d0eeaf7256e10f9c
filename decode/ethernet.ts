/**
 * Ethernet II (DIX) frames: destination and source MAC, EtherType.
 *
 * @module
 */

import { formatMac } from "./address.ts";
import { BaseLayer, DecodeStatus, u16 } from "./layer.ts";
import { layerForEtherType, LayerType } from "./layer_type.ts";

export { layerForEtherType };

/** EtherType values the pipeline follows. */
export const EtherType = {
  IPv4: 0x0800,
  ARP: 0x0806,
  VLAN: 0x8100,
  IPv6: 0x86dd,
  QinQ: 0x88a8,
  /** The pre-standard QinQ tag some switches still send. */
  QinQLegacy: 0x9100,
} as const;

/** Where each field of an Ethernet header is, from its start. */
export const EthernetField = { Destination: 0, Source: 6, EtherType: 12 } as const;

/**
 * An Ethernet header, decoded in place.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Ethernet } from "./ethernet.ts";
 * import { DecodeStatus, LayerType } from "./layer.ts";
 *
 * const frame = new Uint8Array(14);
 * frame.set([0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1, 0x08, 0x00]);
 * const ethernet = new Ethernet();
 * assert.ok(ethernet.decode(frame, 0, frame.length) === DecodeStatus.Ok);
 * assert.ok(ethernet.source === "00:00:00:00:00:01");
 * assert.ok(ethernet.nextLayer === LayerType.IPv4);
 * ```
 */
export class Ethernet extends BaseLayer {
  /** Which layer this is: `LayerType.Ethernet`. */
  readonly type: typeof LayerType.Ethernet = LayerType.Ethernet;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 14;

  /**
   * Decodes the 14-byte header at `bytes[offset]`: `Truncated` under 14 bytes, never
   * `Malformed`. `nextLayer` is the layer the EtherType announces, or `None` for an 802.3 length
   * (1500 or less: LLC follows, which is not decoded) or a type not decoded.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    // BaseLayer.begin written out: a call shared by every layer class is megamorphic here.
    this.bytes = bytes, this.offset = offset, this.end = end, this.nextLayer = LayerType.None;
    if (end - offset < 14) return this.truncated(14);
    // Values up to 1500 are an 802.3 length, not a type: LLC follows, which is not decoded.
    const etherType = u16(bytes, offset + EthernetField.EtherType);
    this.nextLayer = etherType > 1500 ? layerForEtherType(etherType) : LayerType.None;
    return DecodeStatus.Ok;
  }

  /** Destination MAC address as text. */
  get destination(): string {
    return formatMac(this.bytes, this.offset + EthernetField.Destination);
  }

  /** Source MAC address as text. */
  get source(): string {
    return formatMac(this.bytes, this.offset + EthernetField.Source);
  }

  /** The EtherType (or the 802.3 length, when 1500 or less). */
  get etherType(): number {
    return u16(this.bytes, this.offset + EthernetField.EtherType);
  }
}
