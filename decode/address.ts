/**
 * Canonical text for link and network addresses: MAC in lowercase with colons, IPv4 dotted,
 * IPv6 in RFC 5952 form (as tshark prints them).
 *
 * @module
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Lowercase hex digits as ASCII codes. */
export const HEX_DIGITS: Uint8Array = Uint8Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

/** Each byte 0-255 in decimal, three codes per entry (unused ones 0). */
const OCTETS = new Uint8Array(256 * 3);
for (let byte = 0; byte < 256; byte++) {
  const text = String(byte);
  for (let i = 0; i < text.length; i++) OCTETS[byte * 3 + i] = text.charCodeAt(i);
}

/** Where {@linkcode formatIPv6} writes before making its string. */
const IPV6_TEXT = new Uint8Array(45);

/**
 * A 6-byte MAC address, e.g. `02:00:00:00:00:01`. Bytes past the array's end read as 0.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatMac } from "./address.ts";
 * assert.ok(formatMac(new Uint8Array([2, 0, 0, 0xab, 0xcd, 1]), 0) === "02:00:00:ab:cd:01");
 * ```
 */
export function formatMac(bytes: Uint8Array, offset: number): string {
  return formatHardware(bytes, offset, 6);
}

/**
 * A hardware address of any length (`length` bytes from `offset`), each byte as two lowercase
 * hex digits, joined by colons. Bytes past the array's end read as 0.
 *
 * @example A 4-byte address, and 3 bytes from the middle of an array
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatHardware } from "./address.ts";
 *
 * assert.equal(formatHardware(new Uint8Array([0xde, 0xad, 0xbe, 0xef]), 0, 4), "de:ad:be:ef");
 * assert.equal(formatHardware(new Uint8Array([1, 2, 3, 4, 5, 6]), 2, 3), "03:04:05");
 * ```
 */
export function formatHardware(bytes: Uint8Array, offset: number, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) {
    if (i > 0) text += ":";
    text += HEX[bytes[offset + i] ?? 0];
  }
  return text;
}

/**
 * A 4-byte IPv4 address, e.g. `10.0.0.1`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatIPv4 } from "./address.ts";
 * assert.ok(formatIPv4(new Uint8Array([0, 192, 168, 1, 20]), 1) === "192.168.1.20");
 * ```
 */
export function formatIPv4(bytes: Uint8Array, offset: number): string {
  return `${bytes[offset] ?? 0}.${bytes[offset + 1] ?? 0}.${bytes[offset + 2] ?? 0}.${
    bytes[offset + 3] ?? 0
  }`;
}

/**
 * A 16-byte IPv6 address in RFC 5952 form: lowercase, no leading zeros, the longest run of two
 * or more zero groups (the first, on a tie) shortened to `::`, and IPv4-mapped addresses with a
 * dotted tail.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatIPv6 } from "./address.ts";
 * const bytes = new Uint8Array(16);
 * bytes[0] = 0x20; bytes[1] = 0x01; bytes[2] = 0x0d; bytes[3] = 0xb8; bytes[15] = 1;
 * assert.ok(formatIPv6(bytes, 0) === "2001:db8::1");
 * ```
 */
export function formatIPv6(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...IPV6_TEXT.subarray(0, putIPv6(IPV6_TEXT, 0, bytes, offset)));
}

/**
 * Writes the IPv4 address at `bytes[offset]` in dotted decimal as ASCII into `buffer` from
 * `at` (15 bytes at most), and returns where it stopped: {@linkcode formatIPv4} without a string,
 * for output written as bytes.
 */
export function putIPv4(buffer: Uint8Array, at: number, bytes: Uint8Array, offset: number): number {
  for (let i = 0; i < 4; i++) {
    if (i > 0) buffer[at++] = 0x2e;
    const byte = bytes[offset + i] ?? 0;
    const codes = byte * 3;
    buffer[at++] = OCTETS[codes]!;
    if (byte >= 10) {
      buffer[at++] = OCTETS[codes + 1]!;
      if (byte >= 100) buffer[at++] = OCTETS[codes + 2]!;
    }
  }
  return at;
}

/** The i-th 16-bit group of the IPv6 address at `bytes[offset]`; bytes past the end read as 0. */
function group(bytes: Uint8Array, offset: number, i: number): number {
  return ((bytes[offset + 2 * i] ?? 0) << 8) | (bytes[offset + 2 * i + 1] ?? 0);
}

/**
 * Writes the IPv6 address at `bytes[offset]` as {@linkcode formatIPv6} shows it, as ASCII into
 * `buffer` from `at` (45 bytes at most), and returns where it stopped. The one implementation of
 * RFC 5952 here: formatIPv6 makes its string from what this writes.
 */
export function putIPv6(buffer: Uint8Array, at: number, bytes: Uint8Array, offset: number): number {
  let bestStart = -1;
  let bestLength = 1; // a single zero group is not shortened
  for (let i = 0; i < 8;) {
    if (group(bytes, offset, i) !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && group(bytes, offset, j) === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  // Five zero groups then ffff: IPv4-mapped, shown with a dotted tail.
  if (bestStart === 0 && bestLength === 5 && group(bytes, offset, 5) === 0xffff) {
    buffer[at++] = 0x3a;
    buffer[at++] = 0x3a;
    for (let i = 0; i < 4; i++) buffer[at++] = 0x66;
    buffer[at++] = 0x3a;
    return putIPv4(buffer, at, bytes, offset + 12);
  }
  let colon = false;
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      buffer[at++] = 0x3a;
      buffer[at++] = 0x3a;
      i += bestLength - 1;
      colon = false;
      continue;
    }
    if (colon) buffer[at++] = 0x3a;
    const value = group(bytes, offset, i);
    if (value >= 0x1000) buffer[at++] = HEX_DIGITS[value >> 12]!;
    if (value >= 0x100) buffer[at++] = HEX_DIGITS[(value >> 8) & 0xf]!;
    if (value >= 0x10) buffer[at++] = HEX_DIGITS[(value >> 4) & 0xf]!;
    buffer[at++] = HEX_DIGITS[value & 0xf]!;
    colon = true;
  }
  return at;
}
