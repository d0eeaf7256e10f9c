/**
 * BSD loopback encapsulation: a 4-byte address family before the packet, in the capturing
 * host's byte order (DLT_NULL) or in network byte order (DLT_LOOP).
 *
 * @module
 */

import { BaseLayer, DecodeStatus } from "./layer.ts";
import { LayerType } from "./layer_type.ts";

/** AF_INET6 on the BSDs (24, 28) and macOS (30), and AF_INET everywhere (2). */
function layerForFamily(family: number): LayerType {
  if (family === 2) return LayerType.IPv4;
  if (family === 24 || family === 28 || family === 30 || family === 10) return LayerType.IPv6;
  return LayerType.None;
}

/**
 * A loopback header, decoded in place. For DLT_NULL the byte order is the capturing host's, which
 * the file does not say: a family that only makes sense byte-swapped is read swapped, as tcpdump
 * and Wireshark do.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Loopback } from "./loopback.ts";
 * import { LayerType } from "./layer.ts";
 *
 * const loopback = new Loopback();
 * loopback.networkOrder = false;
 * loopback.decode(new Uint8Array([2, 0, 0, 0]), 0, 4);
 * assert.equal(loopback.family, 2);
 * assert.equal(loopback.nextLayer, LayerType.IPv4);
 * ```
 */
export class Loopback extends BaseLayer {
  /** Which layer this is: `LayerType.Loopback`. */
  readonly type: typeof LayerType.Loopback = LayerType.Loopback;
  /** True for DLT_LOOP (network byte order), false for DLT_NULL. */
  networkOrder = false;
  /** The address family, after byte-order correction. */
  family = 0;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 4;

  /**
   * Decodes the 4-byte address family at `bytes[offset]`: `Truncated` under 4 bytes, never
   * `Malformed`. With `networkOrder` (DLT_LOOP) the family is read big-endian; otherwise
   * (DLT_NULL) little-endian, unless that puts it in the upper 16 bits, then big-endian.
   * `nextLayer` is `IPv4` for AF_INET (2), `IPv6` for 10, 24, 28 and 30, `None` otherwise.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    if (this.begin(bytes, offset, end) < 4) return this.truncated(4);
    const big = ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) |
      bytes[offset + 3]!) >>> 0;
    const little = ((bytes[offset + 3]! << 24) | (bytes[offset + 2]! << 16) |
      (bytes[offset + 1]! << 8) | bytes[offset]!) >>> 0;
    // A family fits in 16 bits; if one reading has the value in the high half, it is the other.
    this.family = this.networkOrder ? big : (little & 0xffff0000) !== 0 ? big : little;
    this.nextLayer = layerForFamily(this.family);
    return DecodeStatus.Ok;
  }
}
