/**
 * ASCII writers for the output's hot path. Each writes into `buffer` from `at` and returns where
 * it stopped; the caller has made room for the most it can write (given on each). Small and
 * free of `this`, so that a formatter calling many of them in a row gets them inlined.
 *
 * @module
 */

import { HEX_DIGITS } from "../decode/address.ts";

/** Each byte as two lowercase hex digits. */
const HEX_PAIRS = ascii(
  Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, "0")).join(""),
);

/** Writes `bytes[start, end)` as lowercase hex (2 per byte). */
export function putHex(
  buffer: Uint8Array,
  at: number,
  bytes: Uint8Array,
  start: number,
  end: number,
): number {
  for (let i = start; i < end; i++) {
    const pair = bytes[i]! << 1;
    buffer[at] = HEX_PAIRS[pair]!;
    buffer[at + 1] = HEX_PAIRS[pair + 1]!;
    at += 2;
  }
  return at;
}

/** Each number 0-99 as two ASCII digits. */
const DIGIT_PAIRS = ascii(
  Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0")).join(""),
);

/** The ASCII codes of `text`, which must be ASCII: for literals encoded once. */
export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0x7f) throw new RangeError(`not ASCII: ${JSON.stringify(text)}`);
    return code;
  });
}

/** Writes `codes` (up to `codes.length`). */
export function putAscii(buffer: Uint8Array, at: number, codes: Uint8Array): number {
  for (let i = 0; i < codes.length; i++) buffer[at++] = codes[i]!;
  return at;
}

/**
 * Writes a whole number 0 to 2³²-1 in decimal, left-padded with zeros to `width` digits (up to
 * `max(width, 10)`). Digits go two at a time from a table.
 */
export function putDecimal(buffer: Uint8Array, at: number, value: number, width = 0): number {
  const digits = value < 100000
    ? (value < 100 ? (value < 10 ? 1 : 2) : value < 1000 ? 3 : value < 10000 ? 4 : 5)
    : value < 10000000
    ? (value < 1000000 ? 6 : 7)
    : value < 100000000
    ? 8
    : value < 1000000000
    ? 9
    : 10;
  for (let pad = digits; pad < width; pad++) buffer[at++] = 0x30;
  const end = at + digits;
  let cursor = end;
  let rest = value;
  while (rest >= 100) {
    const next = (rest / 100) >>> 0;
    const pair = (rest - next * 100) << 1;
    buffer[--cursor] = DIGIT_PAIRS[pair + 1]!;
    buffer[--cursor] = DIGIT_PAIRS[pair]!;
    rest = next;
  }
  if (rest >= 10) {
    buffer[--cursor] = DIGIT_PAIRS[(rest << 1) + 1]!;
    buffer[--cursor] = DIGIT_PAIRS[rest << 1]!;
  } else {
    buffer[--cursor] = 0x30 + rest;
  }
  return end;
}

/** True when `value` is one {@linkcode putDecimal} can write. */
export function isUint32(value: number): boolean {
  return value >= 0 && value <= 0xffffffff && value === Math.floor(value);
}

/** Writes the 6-byte MAC address at `bytes[offset]` as `02:00:5e:00:00:01` (17). */
export function putMac(buffer: Uint8Array, at: number, bytes: Uint8Array, offset: number): number {
  for (let i = 0; i < 6; i++) {
    if (i > 0) buffer[at++] = 0x3a;
    const byte = bytes[offset + i]!;
    buffer[at++] = HEX_DIGITS[byte >> 4]!;
    buffer[at++] = HEX_DIGITS[byte & 0xf]!;
  }
  return at;
}
