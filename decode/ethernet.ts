/**
 * Ethernet II (DIX) frames: destination and source MAC, EtherType.
 *
 * @module
 */

import { formatMac } from "./address.ts";
import { DecodeStatus, type DecodingLayer, LayerType, NO_BYTES, u16 } from "./layer.ts";

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

/** The layer that an EtherType announces, or `None` for one the pipeline does not decode. */
export function layerForEtherType(etherType: number): LayerType {
  switch (etherType) {
    case EtherType.IPv4:
      return LayerType.IPv4;
    case EtherType.IPv6:
      return LayerType.IPv6;
    case EtherType.ARP:
      return LayerType.ARP;
    case EtherType.VLAN:
    case EtherType.QinQ:
    case EtherType.QinQLegacy:
      return LayerType.VLAN;
    default:
      return LayerType.None;
  }
}

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
export class Ethernet implements DecodingLayer {
  readonly type = LayerType.Ethernet;
  bytes: Uint8Array = NO_BYTES;
  offset = 0;
  headerLength = 14;
  end = 0;
  nextLayer: LayerType = LayerType.None;
  needed = 0;
  invalidField = "";

  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.bytes = bytes;
    this.offset = offset;
    this.end = end;
    this.nextLayer = LayerType.None;
    if (end - offset < 14) {
      this.needed = 14;
      return DecodeStatus.Truncated;
    }
    // Values up to 1500 are an 802.3 length, not a type: LLC follows, which is not decoded.
    const etherType = u16(bytes, offset + 12);
    this.nextLayer = etherType > 1500 ? layerForEtherType(etherType) : LayerType.None;
    return DecodeStatus.Ok;
  }

  /** Destination MAC address as text. */
  get destination(): string {
    return formatMac(this.bytes, this.offset);
  }

  /** Source MAC address as text. */
  get source(): string {
    return formatMac(this.bytes, this.offset + 6);
  }

  /** The EtherType (or the 802.3 length, when 1500 or less). */
  get etherType(): number {
    return u16(this.bytes, this.offset + 12);
  }
}
