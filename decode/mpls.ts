/**
 * MPLS label stacks (RFC 3032): after an Ethernet header with EtherType 0x8847 (unicast) or
 * 0x8848 (multicast), and in UDP datagrams to or from port 6635 (RFC 7510). The packet under the
 * stack is told by its first nibble, as Wireshark tells it: 4 is IPv4, 6 is IPv6; anything else
 * (a pseudowire's control word or Ethernet frame) is not decoded.
 *
 * @module
 */

import { BaseLayer, DecodeStatus, type DecodingLayer, Malformation, u16 } from "./layer.ts";
import { LayerType } from "./layer_type.ts";

// What the API below refers to, so that this module's documentation is complete on its own.
export { BaseLayer, DecodeStatus, type DecodingLayer, LayerType, Malformation };

/**
 * Where each field of a label stack entry is, from the entry's start. An entry is 32 bits:
 * label (20), traffic class (3, once "experimental"), bottom of stack (1), time to live (8).
 *
 * @example The TTL of the second entry
 * ```ts
 * import assert from "node:assert/strict";
 * import { MPLS_ENTRY_LENGTH, MplsField } from "./mpls.ts";
 *
 * const stack = new Uint8Array([0x00, 0x3e, 0x86, 0xff, 0x00, 0x01, 0x01, 0x40]);
 * assert.equal(stack[MPLS_ENTRY_LENGTH + MplsField.Ttl], 64);
 * assert.equal(stack[MplsField.BottomOfStack]! & 0x01, 0); // the first is not the bottom
 * ```
 */
export const MplsField = { Label: 0, TrafficClass: 2, BottomOfStack: 2, Ttl: 3 } as const;

/**
 * Bytes in one label stack entry.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MPLS_ENTRY_LENGTH, Mpls } from "./mpls.ts";
 *
 * const mpls = new Mpls();
 * mpls.decode(new Uint8Array([0, 1, 0, 64, 0, 1, 1, 64]), 0, 8);
 * assert.equal(mpls.headerLength, 2 * MPLS_ENTRY_LENGTH);
 * ```
 */
export const MPLS_ENTRY_LENGTH = 4;

/**
 * Most entries read from one stack; a stack with more is marked malformed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DecodeStatus, MAX_MPLS_LABELS, Mpls } from "./mpls.ts";
 *
 * // Entries that never set the bottom-of-stack bit.
 * const endless = new Uint8Array(4 * (MAX_MPLS_LABELS + 1)).fill(0x10);
 * const mpls = new Mpls();
 * assert.equal(mpls.decode(endless, 0, endless.length), DecodeStatus.Malformed);
 * assert.equal(mpls.count, MAX_MPLS_LABELS);
 * ```
 */
export const MAX_MPLS_LABELS = 16;

/** The labels RFC 3032 and its successors reserve (0 to 15), by value. */
const SPECIAL_LABELS: Record<number, string> = {
  0: "IPv4 Explicit-Null",
  1: "Router Alert",
  2: "IPv6 Explicit-Null",
  3: "Implicit-Null",
  7: "Entropy Label Indicator",
  13: "Generic Associated Channel Label",
  14: "OAM Alert",
  15: "Extension",
};

/**
 * The name of a reserved label (0 to 15), or `""` for an ordinary one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mplsLabelName } from "./mpls.ts";
 *
 * assert.equal(mplsLabelName(0), "IPv4 Explicit-Null");
 * assert.equal(mplsLabelName(16), "");
 * ```
 */
export function mplsLabelName(label: number): string {
  return SPECIAL_LABELS[label] ?? "";
}

/**
 * The layer types an {@linkcode Mpls} decoder can be.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { LayerType, Mpls, type MplsLayerType } from "./mpls.ts";
 *
 * const type: MplsLayerType = LayerType.MPLSinUDP;
 * assert.equal(new Mpls(type).type, LayerType.MPLSinUDP);
 * ```
 */
export type MplsLayerType = typeof LayerType.MPLS | typeof LayerType.MPLSinUDP;

/**
 * An MPLS label stack, outermost entry first, decoded in place as one layer: `count` entries of
 * 4 bytes, the last with its bottom-of-stack bit set. As `LayerType.MPLS` (after Ethernet) the
 * packet under the stack is its `nextLayer`; as `LayerType.MPLSinUDP` (after UDP) it is a
 * carried packet, its `innerLayer`, which the decoder decodes as it does a tunnel's.
 *
 * A stack cut short keeps the entries that were captured whole (`count`) and is truncated; one
 * of more than {@linkcode MAX_MPLS_LABELS} entries is malformed (`Malformation.TagCount`).
 *
 * @example Two labels over IPv4
 * ```ts
 * import assert from "node:assert/strict";
 * import { Mpls } from "./mpls.ts";
 * import { DecodeStatus, LayerType } from "./layer.ts";
 *
 * // Label 1000, traffic class 3, TTL 255; then label 16, bottom of stack, TTL 64; then IPv4.
 * const bytes = new Uint8Array([0x00, 0x3e, 0x86, 0xff, 0x00, 0x01, 0x01, 0x40, 0x45]);
 * const mpls = new Mpls();
 * assert.equal(mpls.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
 * assert.equal(mpls.count, 2);
 * assert.deepEqual([mpls.label(0), mpls.trafficClass(0), mpls.ttl(0)], [1000, 3, 255]);
 * assert.deepEqual([mpls.label(1), mpls.bottomOfStack(1), mpls.ttl(1)], [16, true, 64]);
 * assert.equal(mpls.headerLength, 8);
 * assert.equal(mpls.nextLayer, LayerType.IPv4);
 * ```
 */
export class Mpls extends BaseLayer {
  /** Which layer this is: `LayerType.MPLS` after Ethernet, `LayerType.MPLSinUDP` after UDP. */
  readonly type: MplsLayerType;
  /** How many entries were read whole. */
  count = 0;
  /** How long the header is; before decoding, its fixed part. */
  override headerLength: number = MPLS_ENTRY_LENGTH;

  /** `type`: `LayerType.MPLS` (the default) after Ethernet, `LayerType.MPLSinUDP` after UDP. */
  constructor(type: MplsLayerType = LayerType.MPLS) {
    super();
    this.type = type;
  }

  /**
   * Decodes the entries at `bytes[offset]`, 4 bytes each, up to the one with its bottom-of-stack
   * bit set: `Truncated` when an entry is cut short (`count` and `headerLength` then cover the
   * whole entries before it); `Malformed` when entry number {@linkcode MAX_MPLS_LABELS} (16) is
   * still not the bottom. The packet under the stack, by its first nibble (4: IPv4, 6: IPv6,
   * else `None`), is `nextLayer` for `LayerType.MPLS` and `innerLayer` for `LayerType.MPLSinUDP`.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.begin(bytes, offset, end);
    this.count = 0;
    let position = offset;
    for (;;) {
      if (end - position < MPLS_ENTRY_LENGTH) {
        this.headerLength = position - offset;
        return this.truncated(position - offset + MPLS_ENTRY_LENGTH);
      }
      this.count++;
      position += MPLS_ENTRY_LENGTH;
      if ((bytes[position - MPLS_ENTRY_LENGTH + MplsField.BottomOfStack]! & 0x01) !== 0) break;
      if (this.count === MAX_MPLS_LABELS) {
        this.headerLength = position - offset;
        return this.malformed(Malformation.TagCount);
      }
    }
    this.headerLength = position - offset;
    if (position < end) {
      const version = bytes[position]! >> 4;
      const payload = version === 4
        ? LayerType.IPv4
        : version === 6
        ? LayerType.IPv6
        : LayerType.None;
      if (this.type === LayerType.MPLSinUDP) this.innerLayer = payload;
      else this.nextLayer = payload;
    }
    return DecodeStatus.Ok;
  }

  /** The label of entry `i` (0 = outermost). */
  label(i: number): number {
    const at = this.offset + MPLS_ENTRY_LENGTH * i;
    return (u16(this.bytes, at + MplsField.Label) << 4) | (this.bytes[at + 2]! >> 4);
  }
  /** The traffic class of entry `i` (RFC 5462; Wireshark's `mpls.exp`). */
  trafficClass(i: number): number {
    return (this.bytes[this.offset + MPLS_ENTRY_LENGTH * i + MplsField.TrafficClass]! >> 1) & 0x07;
  }
  /** Whether entry `i` is the bottom of the stack. */
  bottomOfStack(i: number): boolean {
    return (this.bytes[this.offset + MPLS_ENTRY_LENGTH * i + MplsField.BottomOfStack]! & 0x01) !==
      0;
  }
  /** The time to live of entry `i`. */
  ttl(i: number): number {
    return this.bytes[this.offset + MPLS_ENTRY_LENGTH * i + MplsField.Ttl]!;
  }
}
