/**
 * Buffered line output to a file descriptor, written in large chunks.
 *
 * @module
 */

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

/**
 * Collects lines in one reusable buffer and writes it when full or on {@linkcode LineWriter.flush}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { LineWriter } from "./writer.ts";
 *
 * const chunks: Uint8Array[] = [];
 * const writer = new LineWriter({ writeSync: (b) => (chunks.push(b.slice()), b.length) });
 * writer.line("hello");
 * writer.flush();
 * assert.ok(new TextDecoder().decode(chunks[0]) === "hello\n");
 * ```
 */
export class LineWriter {
  readonly #out: SyncWriter;
  readonly #buffer: Uint8Array;
  readonly #encoder = new TextEncoder();
  #used = 0;

  constructor(out: SyncWriter, size = 1 << 16) {
    this.#out = out;
    this.#buffer = new Uint8Array(size);
  }

  /** Adds `text` and a newline. */
  line(text: string): void {
    // encodeInto writes at most 3 bytes per UTF-16 unit; make sure that fits before trying.
    if (this.#used + text.length * 3 + 1 > this.#buffer.length) {
      this.flush();
      if (text.length * 3 + 1 > this.#buffer.length) {
        this.#write(this.#encoder.encode(text + "\n"));
        return;
      }
    }
    this.#used += this.#encoder.encodeInto(text, this.#buffer.subarray(this.#used)).written;
    this.#buffer[this.#used++] = 0x0a;
  }

  /** Writes what is buffered. */
  flush(): void {
    if (this.#used === 0) return;
    const used = this.#used;
    this.#used = 0;
    this.#write(this.#buffer.subarray(0, used));
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
