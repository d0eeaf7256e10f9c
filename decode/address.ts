/**
 * Canonical text for link and network addresses: MAC in lowercase with colons, IPv4 dotted,
 * IPv6 in RFC 5952 form (as tshark prints them).
 *
 * @module
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

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

/** Any length of hardware address, bytes joined by colons. */
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
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) {
    groups.push(((bytes[offset + 2 * i] ?? 0) << 8) | (bytes[offset + 2 * i + 1] ?? 0));
  }
  if (
    groups[0] === 0 && groups[1] === 0 && groups[2] === 0 && groups[3] === 0 &&
    groups[4] === 0 && groups[5] === 0xffff
  ) {
    return `::ffff:${formatIPv4(bytes, offset + 12)}`;
  }
  let bestStart = -1;
  let bestLength = 1; // a single zero group is not shortened
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (from: number, to: number) =>
    groups.slice(from, to).map((group) => group.toString(16)).join(":");
  if (bestStart < 0) return hex(0, 8);
  return `${hex(0, bestStart)}::${hex(bestStart + bestLength, 8)}`;
}
