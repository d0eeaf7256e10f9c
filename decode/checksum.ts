/**
 * Internet checksums (RFC 1071): the IPv4 header's, and ICMP's, ICMPv6's, UDP's and TCP's over
 * their pseudo-headers.
 *
 * @module
 */

/**
 * The outcome of verifying a checksum. `Bad`, `Good`, `Unverified` and `NotPresent` are numbered
 * as tshark numbers `*.checksum.status`:
 * - `Unverified` when the bytes it covers are not all there (cut by the snapshot length, a
 *   fragment of a larger datagram);
 * - `NotPresent` for a UDP checksum of 0 over IPv4: the sender sent none (tshark's 3);
 * - `Offloaded` is the sniffer's own (tshark calls it bad): a TCP or UDP checksum left for the
 *   network card to fill in (checksum offload), so the field holds exactly the one's complement
 *   sum of the pseudo-header, folded to 16 bits and not complemented. Captured on the sending
 *   host, such a segment is not wrong on the wire.
 *
 * tshark's 4, "illegal" (a UDP checksum of 0 over IPv6, where one is mandatory), is `Bad` here.
 */
export const ChecksumStatus = {
  Bad: 0,
  Good: 1,
  Unverified: 2,
  NotPresent: 3,
  Offloaded: 4,
} as const;

/** A value of {@linkcode ChecksumStatus}. */
export type ChecksumStatus = typeof ChecksumStatus[keyof typeof ChecksumStatus];

/**
 * Each status's name in JSON, as tshark reports it: `bad`, `good`, `unverified`, `not_present`,
 * and `bad` for `Offloaded` (the JSON printers add `checksum_offloaded` for those).
 */
export const CHECKSUM_STATUS_NAMES: readonly string[] = [
  "bad",
  "good",
  "unverified",
  "not_present",
  "bad",
];

/**
 * Each status in words, as `-v` shows it: `bad`, `good`, `unverified`, `not present`,
 * `partial (offloaded)`.
 */
export const CHECKSUM_STATUS_WORDS: readonly string[] = [
  "bad",
  "good",
  "unverified",
  "not present",
  "partial (offloaded)",
];

/** A 32-bit view of the last buffer summed, kept while the buffer stays the same. */
let wordsOf: ArrayBufferLike | undefined;
let words: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Adds `bytes[start, end)` as big-endian 16-bit words to `sum` (an odd last byte is padded
 * with zero). The result is not folded: pass it on, then {@linkcode foldChecksum}.
 *
 * Long runs are read four bytes at a time through a 32-bit view of the buffer: the one's
 * complement sum does not depend on byte order (RFC 1071 §2), so little-endian words are added
 * and the folded result is byte-swapped back.
 *
 * @example Computing an IPv4 header checksum: sum with the field zeroed, fold, complement
 * ```ts
 * import assert from "node:assert/strict";
 * import { foldChecksum, sumWords } from "./checksum.ts";
 *
 * const header = new Uint8Array([
 *   0x45, 0, 0, 0x73, 0, 0, 0x40, 0, 0x40, 0x11, 0, 0, 0xc0, 0xa8, 0, 1, 0xc0, 0xa8, 0, 0xc7,
 * ]);
 * assert.equal(~foldChecksum(sumWords(header, 0, 20)) & 0xffff, 0xb861);
 * // Sums chain: the second call adds to the first's result, as a pseudo-header sum is added.
 * assert.equal(sumWords(header, 10, 20, sumWords(header, 0, 10)), sumWords(header, 0, 20));
 * ```
 */
export function sumWords(bytes: Uint8Array, start: number, end: number, sum = 0): number {
  let i = start;
  if (LITTLE_ENDIAN && end - start >= 64) {
    const address = bytes.byteOffset + start;
    const aligned = start + ((4 - (address & 3)) & 3);
    for (; i < aligned; i += 2) sum += (bytes[i]! << 8) | (i + 1 < end ? bytes[i + 1]! : 0);
    // i may have gone one past aligned when that was odd: the words then pair shifted bytes.
    const first = bytes.byteOffset + i;
    if ((first & 3) === 0) {
      // Rebuilt when the buffer changes, or grows (a resizable ArrayBuffer).
      if (wordsOf !== bytes.buffer || words.length !== bytes.buffer.byteLength >>> 2) {
        wordsOf = bytes.buffer;
        words = new Uint32Array(bytes.buffer, 0, bytes.buffer.byteLength >>> 2);
      }
      const last = (bytes.byteOffset + end) >>> 2; // whole words before end
      let little = 0;
      let w = first >>> 2;
      for (; w < last; w++) {
        const word = words[w]!;
        little += (word & 0xffff) + (word >>> 16);
      }
      little = foldChecksum(little);
      // Bytes were paired from an even distance to `start`: swap to big-endian order.
      sum += ((little & 0xff) << 8) | (little >>> 8);
      i = (w << 2) - bytes.byteOffset;
    }
  }
  // Folding every so often keeps the sum well inside a double's exact integers.
  for (; i + 1 < end; i += 2) {
    sum += (bytes[i]! << 8) | bytes[i + 1]!;
    if (sum > 0x7fffffff) sum = (sum & 0xffff) + (sum >>> 16);
  }
  if (i < end) sum += bytes[i]! << 8;
  return sum;
}

/**
 * Folds a sum to 16 bits with end-around carry (the carries above bit 15 are added back in).
 * A correct checksum folds to 0xffff.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { foldChecksum } from "./checksum.ts";
 *
 * assert.equal(foldChecksum(0x2b3c4), 0xb3c6); // 0xb3c4 + 0x2
 * assert.equal(foldChecksum(0x2fffd), 0xffff); // 0xfffd + 0x2
 * ```
 */
export function foldChecksum(sum: number): number {
  while (sum > 0xffff) sum = (sum & 0xffff) + Math.floor(sum / 0x10000);
  return sum;
}

/**
 * Verifies a checksum over `bytes[start, end)` plus a pseudo-header sum.
 *
 * @example The IPv4 header of RFC 1071's usual example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ChecksumStatus, verifyChecksum } from "./checksum.ts";
 *
 * const header = new Uint8Array([
 *   0x45, 0, 0, 0x73, 0, 0, 0x40, 0, 0x40, 0x11, 0xb8, 0x61, 0xc0, 0xa8, 0, 1, 0xc0, 0xa8, 0, 0xc7,
 * ]);
 * assert.equal(verifyChecksum(header, 0, 20, 0), ChecksumStatus.Good);
 * header[11] = 0x60;
 * assert.equal(verifyChecksum(header, 0, 20, 0), ChecksumStatus.Bad);
 * ```
 */
export function verifyChecksum(
  bytes: Uint8Array,
  start: number,
  end: number,
  pseudoHeaderSum: number,
): ChecksumStatus {
  return foldChecksum(sumWords(bytes, start, end, pseudoHeaderSum)) === 0xffff
    ? ChecksumStatus.Good
    : ChecksumStatus.Bad;
}
