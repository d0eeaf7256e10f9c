/**
 * What every decoding layer shares: the decode status, why a header is malformed, the contract
 * a layer implements so that the decoder can chain layers without allocating, and
 * {@linkcode BaseLayer}, which holds the fields and the decode prologue every layer has.
 *
 * @module
 */

import { LayerType } from "./layer_type.ts";

export { LayerType } from "./layer_type.ts";

/**
 * How decoding one layer ended. `Truncated` means the bytes stop before the header does (cut by
 * the snapshot length or a short frame); `Malformed` means the bytes are there but cannot be a
 * valid header (an IPv4 header length under 20 bytes, say). They are different problems: the
 * first is the capture's, the second the sender's.
 */
export const DecodeStatus = {
  Ok: 0,
  Truncated: 1,
  Malformed: 2,
} as const;

/** A value of {@linkcode DecodeStatus}. */
export type DecodeStatus = typeof DecodeStatus[keyof typeof DecodeStatus];

/**
 * Why a header that was captured whole cannot be valid. Named so that output can tell the
 * reasons apart without comparing text; {@linkcode MALFORMATION_NAMES} has the words.
 */
export const Malformation = {
  None: 0,
  /** The version field is not this protocol's (IPv4, IPv6, Geneve). */
  Version: 1,
  /** An IPv4 header length under 20 bytes. */
  HeaderLength: 2,
  /** An IPv4 total length shorter than its header. */
  TotalLength: 3,
  /** A TCP data offset under 5 words. */
  DataOffset: 4,
  /** More IPv6 extension headers than the decoder follows. */
  ExtensionHeaders: 5,
  /** More VLAN tags than the decoder follows. */
  TagCount: 6,
  /** A frame with more layers than the decoder follows. */
  LayerCount: 7,
} as const;

/** A value of {@linkcode Malformation}. */
export type Malformation = typeof Malformation[keyof typeof Malformation];

/** The field each {@linkcode Malformation} names, as problems are described: `bad header length`. */
export const MALFORMATION_NAMES: readonly string[] = [
  "",
  "version",
  "header length",
  "total length",
  "data offset",
  "extension headers",
  "tag count",
  "layer count",
];

/**
 * A header decoded in place, in the spirit of gopacket's `DecodingLayer`: `decode` records where
 * the header sits in a borrowed byte array and which layer follows; fields are read from the
 * bytes only when asked for. One instance is reused for every packet.
 */
export interface DecodingLayer {
  /** Which layer this is. */
  readonly type: LayerType;
  /** The bytes the layer was decoded from (borrowed; valid while the packet is). */
  bytes: Uint8Array;
  /** Where the header starts in `bytes`. */
  offset: number;
  /** How long the header is, options included. */
  headerLength: number;
  /**
   * Where this layer's data ends in `bytes`: the end of the captured bytes, or earlier when the
   * header says its packet is shorter (IPv4 total length, which drops Ethernet padding).
   */
  end: number;
  /** The layer that its payload holds, or `LayerType.None`. */
  nextLayer: LayerType;
  /**
   * For a header that carries a whole packet (a tunnel): that packet's first layer, which a
   * second decoder decodes; `None` otherwise.
   */
  innerLayer: LayerType;
  /** When decoding failed: how many bytes from `offset` the header needed. */
  needed: number;
  /** When decoding failed as malformed: why. */
  malformation: Malformation;
  /** When decoding failed as malformed: the field that was wrong, in words. */
  readonly invalidField: string;
  /**
   * Decodes the header at `bytes[offset]`, reading nothing at or past `end`.
   * Never throws: problems come back as a status.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus;
}

/** An empty array for layers that have decoded nothing yet. */
export const NO_BYTES: Uint8Array = new Uint8Array(0);

/**
 * The fields and the decode prologue that every layer shares (gopacket's `BaseLayer`). A layer
 * extends it, names its type and fixed header length, and writes `decode` as `begin`, then its
 * checks, returning `truncated(n)` or `malformed(reason)` for a header that is cut short or
 * cannot be valid.
 *
 * @example A two-byte header whose first byte must be 1
 * ```ts
 * import assert from "node:assert/strict";
 * import { BaseLayer, DecodeStatus, Malformation } from "./layer.ts";
 * import { LayerType } from "./layer_type.ts";
 *
 * class Tiny extends BaseLayer {
 *   readonly type = LayerType.None;
 *   override headerLength = 2;
 *   decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
 *     if (this.begin(bytes, offset, end) < 2) return this.truncated(2);
 *     if (bytes[offset] !== 1) return this.malformed(Malformation.Version);
 *     return DecodeStatus.Ok;
 *   }
 * }
 * const tiny = new Tiny();
 * assert.equal(tiny.decode(new Uint8Array([1, 0]), 0, 2), DecodeStatus.Ok);
 * assert.equal(tiny.decode(new Uint8Array([2, 0]), 0, 2), DecodeStatus.Malformed);
 * assert.equal(tiny.invalidField, "version");
 * assert.equal(tiny.decode(new Uint8Array([1]), 0, 1), DecodeStatus.Truncated);
 * assert.equal(tiny.needed, 2);
 * ```
 */
export abstract class BaseLayer implements DecodingLayer {
  /** Which layer this is. */
  abstract readonly type: LayerType;
  /** The bytes the layer was decoded from (borrowed; valid while the packet is). */
  bytes: Uint8Array = NO_BYTES;
  /** Where the header starts in `bytes`. */
  offset = 0;
  /** How long the header is, options included (before any decoding: its fixed part). */
  headerLength = 0;
  /** Where this layer's data ends in `bytes` (see {@linkcode DecodingLayer.end}). */
  end = 0;
  /** The layer that its payload holds, or `LayerType.None`. */
  nextLayer: LayerType = LayerType.None;
  /** The first layer of the packet a tunnel carries, or `LayerType.None`. */
  innerLayer: LayerType = LayerType.None;
  /** When decoding failed: how many bytes from `offset` the header needed. */
  needed = 0;
  /** When decoding failed as malformed: why. */
  malformation: Malformation = Malformation.None;

  /** The field that made the header malformed, in words (`header length`), or `""`. */
  get invalidField(): string {
    return MALFORMATION_NAMES[this.malformation]!;
  }

  /** Decodes the header at `bytes[offset]`, reading nothing at or past `end`; never throws. */
  abstract decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus;

  /**
   * The prologue of every `decode`: records where the header is and forgets the last packet's
   * outcome. Returns how many bytes there are from `offset` to `end`.
   */
  protected begin(bytes: Uint8Array, offset: number, end: number): number {
    this.bytes = bytes;
    this.offset = offset;
    this.end = end;
    this.nextLayer = LayerType.None;
    this.innerLayer = LayerType.None;
    return end - offset;
  }

  /** Ends `decode` for a header cut short: it needed `needed` bytes from `offset`. */
  protected truncated(needed: number): DecodeStatus {
    this.needed = needed;
    return DecodeStatus.Truncated;
  }

  /** Ends `decode` for a header that cannot be valid, and says why. */
  protected malformed(reason: Malformation): DecodeStatus {
    this.malformation = reason;
    return DecodeStatus.Malformed;
  }
}

/** Big-endian 16-bit read. The caller has checked the bounds. */
export function u16(bytes: Uint8Array, offset: number): number {
  return (bytes[offset]! << 8) | bytes[offset + 1]!;
}

/** Big-endian unsigned 32-bit read. The caller has checked the bounds. */
export function u32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) |
    bytes[offset + 3]!) >>> 0;
}

/**
 * Calls `visit(kind, at, length)` for each option in `bytes[start, end)`, in the layout that
 * TCP and IPv4 options share: kind 0 (end of list) and 1 (no-op) are one byte, every other
 * kind has a length byte that counts both. Stops at the end of list, and at an option whose
 * length is under 2 or runs past `end`, which it reports with `length` -1. Never reads at or
 * past `end`, and always moves forward, so hostile lengths cannot make it loop. Returns the
 * number of options seen.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scanOptions } from "./layer.ts";
 *
 * const seen: string[] = [];
 * scanOptions(new Uint8Array([1, 2, 4, 5, 0xb4, 9, 0]), 0, 7, (kind, _at, length) => {
 *   seen.push(`${kind}/${length}`);
 * });
 * assert.deepEqual(seen, ["1/1", "2/4", "9/-1"]);
 * ```
 */
export function scanOptions(
  bytes: Uint8Array,
  start: number,
  end: number,
  visit: (kind: number, at: number, length: number) => void,
): number {
  let count = 0;
  for (let at = start; at < end;) {
    const kind = bytes[at]!;
    count++;
    if (kind === 0 || kind === 1) {
      visit(kind, at, 1);
      if (kind === 0) break;
      at++;
      continue;
    }
    const length = at + 1 < end ? bytes[at + 1]! : 0;
    if (length < 2 || at + length > end) {
      visit(kind, at, -1);
      break;
    }
    visit(kind, at, length);
    at += length;
  }
  return count;
}
