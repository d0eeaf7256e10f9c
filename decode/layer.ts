/**
 * What every decoding layer shares: the layer types, the decode status, and the contract a
 * layer implements so that {@linkcode Decoder} can chain layers without allocating.
 *
 * @module
 */

/**
 * Every layer the pipeline knows by name. Layers without a decoder yet are still named, so that
 * a frame can say what it carries even where decoding stops.
 */
export const LayerType = {
  None: 0,
  Ethernet: 1,
  IPv4: 2,
  IPv6: 3,
  TCP: 4,
  UDP: 5,
  ICMP: 6,
  ICMPv6: 7,
  ARP: 8,
  VLAN: 9,
  LinuxSLL: 10,
  LinuxSLL2: 11,
  Loopback: 12,
  /** A non-first IP fragment: its bytes continue a transport header sent earlier. */
  Fragment: 13,
  /** Application bytes after the transport header (the TCP message). */
  Payload: 14,
  GRE: 15,
  VXLAN: 16,
  Geneve: 17,
} as const;

/** A value of {@linkcode LayerType}. */
export type LayerType = typeof LayerType[keyof typeof LayerType];

/** The name of each layer type, for messages and output. */
export const LAYER_NAMES: readonly string[] = [
  "none",
  "eth",
  "ip",
  "ipv6",
  "tcp",
  "udp",
  "icmp",
  "icmpv6",
  "arp",
  "vlan",
  "sll",
  "sll2",
  "null",
  "fragment",
  "payload",
  "gre",
  "vxlan",
  "geneve",
];

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
  /** When decoding failed: how many bytes from `offset` the header needed. */
  needed: number;
  /** When decoding failed as malformed: which field was wrong. */
  invalidField: string;
  /**
   * Decodes the header at `bytes[offset]`, reading nothing at or past `end`.
   * Never throws: problems come back as a status.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus;
}

/** An empty array for layers that have decoded nothing yet. */
export const NO_BYTES: Uint8Array = new Uint8Array(0);

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
