/**
 * Bytes from the wire made safe for a terminal.
 *
 * @module
 */

const SHOWN: string[] = Array.from({ length: 256 }, (_, byte) => {
  switch (byte) {
    case 0x5c:
      return "\\\\";
    case 0x22:
      return '\\"';
    case 0x0a:
      return "\\n";
    case 0x0d:
      return "\\r";
    case 0x09:
      return "\\t";
  }
  return byte >= 0x20 && byte < 0x7f
    ? String.fromCharCode(byte)
    : `\\x${byte.toString(16).padStart(2, "0")}`;
});

/**
 * Shows `bytes[start, end)` as printable ASCII: printable characters as they are, `\n`, `\r`,
 * `\t`, `\\` and `\"` escaped, every other byte as `\xNN`. No control character (ESC, BEL, …)
 * and no byte of 0x7f or above reaches the output, so a payload cannot move the cursor, clear
 * the screen or retitle the window.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { escapeBytes } from "./escape.ts";
 * const bytes = new TextEncoder().encode("hi\x1b[2J\n");
 * assert.ok(escapeBytes(bytes, 0, bytes.length) === "hi\\x1b[2J\\n");
 * ```
 */
export function escapeBytes(bytes: Uint8Array, start: number, end: number): string {
  let text = "";
  const stop = Math.min(end, bytes.length);
  for (let i = start; i < stop; i++) text += SHOWN[bytes[i]!];
  return text;
}

/**
 * Removes control characters from text that came from outside (an interface description, a
 * file name in an error), replacing each with `\xNN`.
 */
export function escapeText(text: string): string {
  return text.replace(
    // deno-lint-ignore no-control-regex
    /[\x00-\x1f\x7f-\x9f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
}
