/**
 * Buffered line output to a file descriptor, written in large chunks.
 *
 * @module
 */

import { formatIPv4, formatMac } from "../decode/address.ts";

/** Thrown when the reader of standard output went away (`sniff … | head`). */
export class OutputClosed extends Error {
  constructor() {
    super("output closed");
    this.name = "OutputClosed";
  }
}

/** Anything with a synchronous write, such as `Deno.stdout`. */
export interface SyncWriter {
  writeSync(bytes: Uint8Array): number;
}

/** Each byte as it is written in escaped text (see output/escape.ts), as ASCII codes. */
const ESCAPED: Uint8Array[] = Array.from({ length: 256 }, (_, byte) => {
  const shown = byte === 0x5c
    ? "\\\\"
    : byte === 0x22
    ? '\\"'
    : byte === 0x0a
    ? "\\n"
    : byte === 0x0d
    ? "\\r"
    : byte === 0x09
    ? "\\t"
    : byte >= 0x20 && byte < 0x7f
    ? String.fromCharCode(byte)
    : `\\x${byte.toString(16).padStart(2, "0")}`;
  return Uint8Array.from(shown, (c) => c.charCodeAt(0));
});
const HEX_DIGITS = new TextEncoder().encode("0123456789abcdef");
/** ESCAPED flattened for the hot loop: up to 4 codes per byte, and how many. */
const ESCAPE_CODES = new Uint8Array(256 * 4);
const ESCAPE_LENGTHS = new Uint8Array(256);
ESCAPED.forEach((codes, byte) => {
  ESCAPE_CODES.set(codes, byte * 4);
  ESCAPE_LENGTHS[byte] = codes.length;
});
/** Below this length a string is copied character by character; above, encodeInto is faster. */
const SHORT_TEXT = 24;

/** Where formatted output goes: text, and bytes from a packet written escaped or as hex. */
export interface OutputSink {
  /** Text that is ASCII (anything else is still encoded correctly, more slowly). */
  text(text: string): void;
  /** `bytes[start, end)` escaped as {@linkcode escapeBytes} escapes them. */
  escaped(bytes: Uint8Array, start: number, end: number): void;
  /** `bytes[start, end)` as lowercase hex digits. */
  hex(bytes: Uint8Array, start: number, end: number): void;
  /** A whole number ≥ 0 in decimal, left-padded with zeros to `width` digits. */
  decimal(value: number, width?: number): void;
  /** The 6-byte MAC address at `bytes[at]`, as `formatMac` shows it. */
  mac(bytes: Uint8Array, at: number): void;
  /** The IPv4 address at `bytes[at]`, as `formatIPv4` shows it. */
  ipv4(bytes: Uint8Array, at: number): void;
}

/**
 * Collects lines in one reusable buffer and writes it when full or on {@linkcode LineWriter.flush}.
 * Text, escaped bytes and hex go straight into the buffer: no string is built for them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { LineWriter } from "./writer.ts";
 *
 * const chunks: Uint8Array[] = [];
 * const writer = new LineWriter({ writeSync: (b) => (chunks.push(b.slice()), b.length) });
 * writer.line("hello");
 * writer.escaped(new Uint8Array([0x1b, 0x41]), 0, 2);
 * writer.end();
 * writer.flush();
 * assert.equal(new TextDecoder().decode(chunks[0]), "hello\n\\x1bA\n");
 * ```
 */
export class LineWriter implements OutputSink {
  readonly #out: SyncWriter;
  readonly #buffer: Uint8Array;
  readonly #encoder = new TextEncoder();
  #used = 0;
  /** Where the line being written starts: writes stop there, so each ends at a line's end. */
  #lineStart = 0;

  constructor(out: SyncWriter, size = 1 << 16) {
    this.#out = out;
    this.#buffer = new Uint8Array(size);
  }

  /** Adds `text` and a newline. */
  line(text: string): void {
    this.text(text);
    this.end();
  }

  /** Ends the current line. */
  end(): void {
    this.#room(1);
    this.#buffer[this.#used++] = 0x0a;
    this.#lineStart = this.#used;
  }

  text(text: string): void {
    const length = text.length;
    if (length > SHORT_TEXT) {
      // Up to 3 bytes of UTF-8 per UTF-16 unit.
      if (!this.#room(length * 3)) return this.#write(this.#encoder.encode(text));
      this.#used += this.#encoder.encodeInto(text, this.#buffer.subarray(this.#used)).written;
      return;
    }
    this.#room(length);
    const buffer = this.#buffer;
    let used = this.#used;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        // Not ASCII after all: encode the whole of it, with room for UTF-8.
        this.#room(length * 3);
        this.#used += this.#encoder.encodeInto(text, this.#buffer.subarray(this.#used)).written;
        return;
      }
      buffer[used++] = code;
    }
    this.#used = used;
  }

  escaped(bytes: Uint8Array, start: number, end: number): void {
    for (let from = start; from < end;) {
      // Each byte takes at most 4 characters; go in chunks that fit the buffer.
      const to = Math.min(end, from + (this.#buffer.length >> 3));
      this.#room(4 * (to - from));
      const buffer = this.#buffer;
      let used = this.#used;
      for (let i = from; i < to; i++) {
        const byte = bytes[i]!;
        const length = ESCAPE_LENGTHS[byte]!;
        const at = byte << 2;
        buffer[used++] = ESCAPE_CODES[at]!;
        if (length > 1) {
          buffer[used++] = ESCAPE_CODES[at + 1]!;
          if (length > 2) {
            buffer[used++] = ESCAPE_CODES[at + 2]!;
            buffer[used++] = ESCAPE_CODES[at + 3]!;
          }
        }
      }
      this.#used = used;
      from = to;
    }
  }

  hex(bytes: Uint8Array, start: number, end: number): void {
    for (let from = start; from < end;) {
      const to = Math.min(end, from + (this.#buffer.length >> 2));
      this.#room(2 * (to - from));
      const buffer = this.#buffer;
      let used = this.#used;
      for (let i = from; i < to; i++) {
        const byte = bytes[i]!;
        buffer[used++] = HEX_DIGITS[byte >> 4]!;
        buffer[used++] = HEX_DIGITS[byte & 0xf]!;
      }
      this.#used = used;
      from = to;
    }
  }

  decimal(value: number, width = 0): void {
    if (value > 0xffffffff || value < 0 || value !== Math.floor(value)) {
      return this.text(String(value).padStart(width, "0"));
    }
    this.#room(Math.max(width, 10));
    const buffer = this.#buffer;
    const digits = value < 10
      ? 1
      : value < 100
      ? 2
      : value < 1000
      ? 3
      : value < 10000
      ? 4
      : value < 100000
      ? 5
      : value < 1000000
      ? 6
      : value < 10000000
      ? 7
      : value < 100000000
      ? 8
      : value < 1000000000
      ? 9
      : 10;
    for (let pad = digits; pad < width; pad++) buffer[this.#used++] = 0x30;
    let at = this.#used + digits;
    this.#used = at;
    let rest = value >>> 0;
    do {
      const next = (rest / 10) >>> 0;
      buffer[--at] = 0x30 + rest - next * 10;
      rest = next;
    } while (rest > 0);
  }

  mac(bytes: Uint8Array, at: number): void {
    this.#room(17);
    const buffer = this.#buffer;
    let used = this.#used;
    for (let i = 0; i < 6; i++) {
      if (i > 0) buffer[used++] = 0x3a;
      const byte = bytes[at + i]!;
      buffer[used++] = HEX_DIGITS[byte >> 4]!;
      buffer[used++] = HEX_DIGITS[byte & 0xf]!;
    }
    this.#used = used;
  }

  ipv4(bytes: Uint8Array, at: number): void {
    for (let i = 0; i < 4; i++) {
      if (i > 0) {
        this.#room(1);
        this.#buffer[this.#used++] = 0x2e;
      }
      this.decimal(bytes[at + i]!);
    }
  }

  /** Writes what is buffered, the line being written included. */
  flush(): void {
    if (this.#used === 0) return;
    const used = this.#used;
    this.#used = this.#lineStart = 0;
    this.#write(this.#buffer.subarray(0, used));
  }

  /**
   * Makes room for `bytes` more: writes the complete lines and moves the line being written to
   * the front. False when even that is not enough (then everything buffered was written).
   */
  #room(bytes: number): boolean {
    if (this.#used + bytes <= this.#buffer.length) return true;
    if (this.#lineStart > 0) {
      this.#write(this.#buffer.subarray(0, this.#lineStart));
      this.#buffer.copyWithin(0, this.#lineStart, this.#used);
      this.#used -= this.#lineStart;
      this.#lineStart = 0;
      if (this.#used + bytes <= this.#buffer.length) return true;
    }
    // A line longer than the buffer: it is written in pieces.
    this.flush();
    return bytes <= this.#buffer.length;
  }

  #write(bytes: Uint8Array): void {
    try {
      let written = 0;
      while (written < bytes.length) written += this.#out.writeSync(bytes.subarray(written));
    } catch (error) {
      if (error instanceof Deno.errors.BrokenPipe) throw new OutputClosed();
      throw error;
    }
  }
}

/**
 * An {@linkcode OutputSink} that builds a string, for formatters' `format()` (tests, library
 * use); the CLI writes to a {@linkcode LineWriter} instead.
 */
export class StringSink implements OutputSink {
  value = "";
  decimal(value: number, width = 0): void {
    this.value += String(value).padStart(width, "0");
  }
  mac(bytes: Uint8Array, at: number): void {
    this.value += formatMac(bytes, at);
  }
  ipv4(bytes: Uint8Array, at: number): void {
    this.value += formatIPv4(bytes, at);
  }
  text(text: string): void {
    this.value += text;
  }
  escaped(bytes: Uint8Array, start: number, end: number): void {
    for (let i = start; i < end; i++) this.value += String.fromCharCode(...ESCAPED[bytes[i]!]!);
  }
  hex(bytes: Uint8Array, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      this.value += String.fromCharCode(HEX_DIGITS[bytes[i]! >> 4]!, HEX_DIGITS[bytes[i]! & 0xf]!);
    }
  }
}
