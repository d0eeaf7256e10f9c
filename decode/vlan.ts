/**
 * 802.1Q VLAN tags and 802.1ad (QinQ) stacks of them.
 *
 * @module
 */

import { BaseLayer, DecodeStatus, Malformation, u16 } from "./layer.ts";
import { layerForEtherType, LayerType } from "./layer_type.ts";

/** Most tags read from one frame; a frame with more is marked malformed. */
export const MAX_VLAN_TAGS = 8;

/** EtherTypes that announce another tag. */
function isTag(etherType: number): boolean {
  return etherType === 0x8100 || etherType === 0x88a8 || etherType === 0x9100;
}

/**
 * Every VLAN tag of a frame, outermost first, decoded in place as one layer: `count` tags, each
 * 4 bytes (priority, DEI, VLAN id; then the EtherType of what follows).
 *
 * @example Two stacked tags
 * ```ts
 * import assert from "node:assert/strict";
 * import { Vlan } from "./vlan.ts";
 * import { DecodeStatus, LayerType } from "./layer.ts";
 *
 * const tags = new Uint8Array([0x00, 0xc8, 0x81, 0x00, 0x61, 0x2c, 0x08, 0x00]);
 * const vlan = new Vlan();
 * assert.equal(vlan.decode(tags, 0, tags.length), DecodeStatus.Ok);
 * assert.equal(vlan.count, 2);
 * assert.equal(vlan.id(0), 200);
 * assert.equal(vlan.id(1), 300);
 * assert.equal(vlan.priority(1), 3);
 * assert.equal(vlan.nextLayer, LayerType.IPv4);
 * ```
 */
export class Vlan extends BaseLayer {
  /** Which layer this is: `LayerType.VLAN`. */
  readonly type: typeof LayerType.VLAN = LayerType.VLAN;
  /** How many tags were read. */
  count = 0;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 4;

  /**
   * Decodes the tags at `bytes[offset]`, 4 bytes each, for as long as the EtherType after a tag
   * announces another (0x8100, 0x88a8, 0x9100): `Truncated` when a tag is cut short
   * (`headerLength` then counts the whole tags before it); `Malformed` when tag number
   * {@linkcode MAX_VLAN_TAGS} (8) still announces another. `count` is the number of tags;
   * `nextLayer` is the layer the last EtherType announces, or `None` for an 802.3 length.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.begin(bytes, offset, end);
    this.count = 0;
    let position = offset;
    for (;;) {
      if (end - position < 4) {
        this.headerLength = position - offset;
        return this.truncated(position - offset + 4);
      }
      this.count++;
      position += 4;
      const etherType = u16(bytes, position - 2);
      if (!isTag(etherType)) {
        this.headerLength = position - offset;
        this.nextLayer = etherType > 1500 ? layerForEtherType(etherType) : LayerType.None;
        return DecodeStatus.Ok;
      }
      if (this.count === MAX_VLAN_TAGS) {
        this.headerLength = position - offset;
        return this.malformed(Malformation.TagCount);
      }
    }
  }

  /** Priority code point of tag `i` (0 = outermost). */
  priority(i: number): number {
    return this.bytes[this.offset + 4 * i]! >> 5;
  }
  /** Drop eligible indicator of tag `i`. */
  dropEligible(i: number): boolean {
    return (this.bytes[this.offset + 4 * i]! & 0x10) !== 0;
  }
  /** VLAN identifier of tag `i`. */
  id(i: number): number {
    return u16(this.bytes, this.offset + 4 * i) & 0x0fff;
  }
  /** The EtherType after tag `i`. */
  etherType(i: number): number {
    return u16(this.bytes, this.offset + 4 * i + 2);
  }
}
