/**
 * Buffered line output to a file descriptor, written in large chunks.
 *
 * @module
 */

import {
  formatIPv4,
  formatIPv6,
  formatMac,
  HEX_DIGITS,
  putIPv4,
  putIPv6,
} from "../decode/address.ts";
import { isUint32, putDecimal, putHex, putMac } from "./_ascii.ts";
import { escapeBytes } from "./escape.ts";

/** Thrown when the reader of standard output went away (`sniff … | head`). */
export class OutputClosed extends Error {
  constructor() {
    super("output closed");
    this.name = "OutputClosed";
  }
}

/** Anything with a synchronous write, such as `Deno.stdout`. */
export interface SyncWriter {
  /** Writes some of `bytes` (maybe not all) and returns how many it wrote. */
  writeSync(bytes: Uint8Array): number;
}

/**
 * How escapeBytes (output/escape.ts) shows each byte, for the hot loop: its ASCII codes packed in
 * one number, first code in the low byte, and how many there are (1 to 4).
 */
const ESCAPE_WORDS = new Uint32Array(256);
const ESCAPE_LENGTHS = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) {
  const shown = escapeBytes(Uint8Array.of(byte), 0, 1);
  ESCAPE_LENGTHS[byte] = shown.length;
  let word = 0;
  for (let i = shown.length - 1; i >= 0; i--) word = (word << 8) | shown.charCodeAt(i);
  ESCAPE_WORDS[byte] = word >>> 0;
}
/** Below this length a string is copied character by character; above, encodeInto is faster. */
const SHORT_TEXT = 64;

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
  /** The IPv6 address at `bytes[at]`, as `formatIPv6` shows it. */
  ipv6(bytes: Uint8Array, at: number): void;
  /**
   * Raw access for a formatter's hot path: makes room for `bytes` more ASCII bytes and returns
   * where to write them in {@linkcode OutputSink.buffer}; {@linkcode OutputSink.commit} then says
   * where the writing stopped. Nothing else may be written in between.
   */
  reserve(bytes: number): number;
  /** The buffer {@linkcode OutputSink.reserve} made room in. */
  readonly buffer: Uint8Array;
  /** Ends raw writing at `end`, a position in `buffer` after the one `reserve` returned. */
  commit(end: number): void;
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

  /** Buffers up to `size` bytes (64 KiB by default) before writing whole lines to `out`. */
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
    if (!this.#room(length)) return this.#write(this.#encoder.encode(text));
    const buffer = this.#buffer;
    let used = this.#used;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        // Not ASCII after all: encode the whole of it, with room for UTF-8.
        if (!this.#room(length * 3)) return this.#write(this.#encoder.encode(text));
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
      // All four codes are stored and `used` moves on by as many as the byte needs: no branch
      // per byte, which the odd binary byte in text would mispredict.
      for (let i = from; i < to; i++) {
        const byte = bytes[i]!;
        const word = ESCAPE_WORDS[byte]!;
        buffer[used] = word;
        buffer[used + 1] = word >>> 8;
        buffer[used + 2] = word >>> 16;
        buffer[used + 3] = word >>> 24;
        used += ESCAPE_LENGTHS[byte]!;
      }
      this.#used = used;
      from = to;
    }
  }

  hex(bytes: Uint8Array, start: number, end: number): void {
    for (let from = start; from < end;) {
      const to = Math.min(end, from + (this.#buffer.length >> 2));
      this.#room(2 * (to - from));
      this.#used = putHex(this.#buffer, this.#used, bytes, from, to);
      from = to;
    }
  }

  decimal(value: number, width = 0): void {
    if (!isUint32(value) || !this.#room(width > 10 ? width : 10)) {
      return this.text(String(value).padStart(width, "0"));
    }
    this.#used = putDecimal(this.#buffer, this.#used, value, width);
  }

  mac(bytes: Uint8Array, at: number): void {
    if (!this.#room(17)) return this.text(formatMac(bytes, at));
    this.#used = putMac(this.#buffer, this.#used, bytes, at);
  }

  ipv4(bytes: Uint8Array, at: number): void {
    if (!this.#room(15)) return this.text(formatIPv4(bytes, at));
    this.#used = putIPv4(this.#buffer, this.#used, bytes, at);
  }

  ipv6(bytes: Uint8Array, at: number): void {
    if (!this.#room(45)) return this.text(formatIPv6(bytes, at));
    this.#used = putIPv6(this.#buffer, this.#used, bytes, at);
  }

  /** `bytes` is at most the buffer's size (64 KiB unless told). */
  reserve(bytes: number): number {
    // Called several times per line: the common case is one comparison, small enough to inline.
    if (this.#used + bytes > this.#buffer.length) this.#reserveSlow(bytes);
    return this.#used;
  }

  #reserveSlow(bytes: number): void {
    if (!this.#makeRoom(bytes)) throw new RangeError(`cannot reserve ${bytes} bytes`);
  }

  get buffer(): Uint8Array {
    return this.#buffer;
  }

  commit(end: number): void {
    this.#used = end;
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
    return this.#used + bytes <= this.#buffer.length || this.#makeRoom(bytes);
  }

  #makeRoom(bytes: number): boolean {
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
  /** Everything written so far. */
  value = "";
  buffer: Uint8Array = new Uint8Array(0);
  decimal(value: number, width = 0): void {
    this.value += String(value).padStart(width, "0");
  }
  mac(bytes: Uint8Array, at: number): void {
    this.value += formatMac(bytes, at);
  }
  ipv4(bytes: Uint8Array, at: number): void {
    this.value += formatIPv4(bytes, at);
  }
  ipv6(bytes: Uint8Array, at: number): void {
    this.value += formatIPv6(bytes, at);
  }
  reserve(bytes: number): number {
    if (this.buffer.length < bytes) this.buffer = new Uint8Array(bytes);
    return 0;
  }
  commit(end: number): void {
    this.value += String.fromCharCode(...this.buffer.subarray(0, end));
  }
  text(text: string): void {
    this.value += text;
  }
  escaped(bytes: Uint8Array, start: number, end: number): void {
    this.value += escapeBytes(bytes, start, end);
  }
  hex(bytes: Uint8Array, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      this.value += String.fromCharCode(HEX_DIGITS[bytes[i]! >> 4]!, HEX_DIGITS[bytes[i]! & 0xf]!);
    }
  }
}
