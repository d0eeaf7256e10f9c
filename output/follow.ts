/**
 * `--follow N|all`: reassembled TCP streams shown as Wireshark's Follow TCP Stream shows them
 * (`tshark -q -z follow,tcp,ascii|raw,N`), live and without holding any stream's data.
 *
 * Three forms:
 * - **text** (the default): for one stream, tshark's ascii block: an empty line, a `===…` line,
 *   `Follow: tcp,ascii`, `Filter: tcp.stream eq N`, `Node 0: addr:port`, `Node 1: addr:port`
 *   (IPv6 in brackets), then one chunk per reassembled chunk (a length line, TAB-indented for
 *   node 1, then the text) and a closing `===…` line. Unlike tshark, which turns every
 *   non-printable byte into `.`, each one is escaped as the rest of the output escapes message
 *   text (`\r`, `\t`, `\xNN`, `\\`, `\"`), and a line feed stays a line break: so a payload
 *   cannot drive the terminal and `.` in the data means `.`. The header is written when the
 *   stream starts and the closing line when it ends, so the block grows as the stream runs.
 *   For `--follow all`, chunks of every stream arrive interleaved: each is written as it comes,
 *   under a line naming its stream and direction, e.g.
 *   `stream 3 node 1 (10.0.0.2:80 → 10.0.0.1:5555), 120 bytes`, so nothing is buffered.
 * - **json**: one NDJSON line per chunk, `{"follow":{"stream":N,"node":0,"data":"<hex>"}}`, in
 *   arrival order, for one stream or all.
 * - **raw**: exactly tshark's `-z follow,tcp,raw,N` block (lowercase hex, TAB before node-1
 *   chunks), for one stream: what tests compare byte for byte.
 *
 * Gaps: bytes the peer acknowledged but the capture missed (`missing`) are shown as tshark
 * shows them, a chunk holding the text `[N bytes missing in capture file]` and a NUL byte, in
 * every form (so raw and JSON data equal tshark's). Bytes skipped because a memory limit made
 * reassembly give up (`limit`) are a line `[N bytes skipped: reassembly limit]` in text (a
 * length line is not written: no bytes were delivered) and
 * `{"follow":{"stream":N,"node":n,"gap":N}}` in JSON; raw shows nothing, as tshark has no such
 * case. Data dropped at the end behind a hole (`end`) is shown nowhere, as in tshark.
 *
 * @module
 */

import type {
  Conversation,
  EndReason,
  GapReason,
  Node,
  StreamListener,
} from "../streams/events.ts";
import { JsonObject } from "./_json.ts";
import { missingMarker } from "../streams/reassembly.ts";
import type { LineWriter } from "./writer.ts";

/** How {@linkcode FollowPrinter} shows the streams. */
export type FollowFormat = "text" | "json" | "raw";

const SEPARATOR = "===================================================================";
const LINE_FEED = 0x0a;

/** `addr:port` as tshark's follow header writes it: IPv6 in brackets. */
export function endpointText(family: 4 | 6, address: string, port: number): string {
  return family === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

/**
 * Writes followed streams as they are reassembled; a {@linkcode StreamListener} for the tracker.
 * With a stream number it follows that stream only; with `"all"`, every stream. Call
 * {@linkcode FollowPrinter.finish} when the capture ends: a stream that never appeared then gets
 * tshark's empty block (`Node 0: :0`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { FollowPrinter } from "./follow.ts";
 * import { LineWriter } from "./writer.ts";
 * import type { Conversation } from "../streams/events.ts";
 *
 * let text = "";
 * const writer = new LineWriter({ writeSync: (b) => (text += new TextDecoder().decode(b), b.length) });
 * const printer = new FollowPrinter(writer, 0, "json");
 * const stream = { index: 0 } as Conversation;
 * printer.data(stream, 0, new TextEncoder().encode("hi"), 4, 0);
 * writer.flush();
 * assert.equal(text, '{"follow":{"stream":0,"node":0,"data":"6869"}}\n');
 * ```
 */
export class FollowPrinter implements StreamListener {
  readonly #out: LineWriter;
  /** The stream followed, or -1 for all. */
  readonly #stream: number;
  readonly #format: FollowFormat;
  readonly #json = new JsonObject();
  /** Whether the followed stream's header was written (one stream only). */
  #started = false;
  #ended = false;
  /** Whether the followed stream appeared at all. */
  #seen = false;

  /**
   * Writes to `out` (the caller flushes it). `stream` is a stream number (`tcp.stream`) or
   * `"all"`; the raw form needs a number.
   */
  constructor(out: LineWriter, stream: number | "all", format: FollowFormat = "text") {
    if (stream === "all" && format === "raw") {
      throw new TypeError("the raw follow form shows one stream");
    }
    this.#out = out;
    this.#stream = stream === "all" ? -1 : stream;
    this.#format = format;
  }

  #follows(conversation: Conversation): boolean {
    return this.#stream < 0 || conversation.index === this.#stream;
  }

  #single(): boolean {
    return this.#stream >= 0 && this.#format !== "json";
  }

  /** Writes the block's header for the followed stream. */
  start(conversation: Conversation): void {
    if (conversation.index !== this.#stream) return;
    this.#seen = true;
    if (!this.#single() || this.#started) return;
    this.#header(
      endpointText(conversation.family, conversation.addressA, conversation.portA),
      endpointText(conversation.family, conversation.addressB, conversation.portB),
    );
  }

  #header(node0: string, node1: string): void {
    this.#started = true;
    const out = this.#out;
    out.line("");
    out.line(SEPARATOR);
    out.line(`Follow: tcp,${this.#format === "raw" ? "raw" : "ascii"}`);
    out.line(`Filter: tcp.stream eq ${this.#stream}`);
    out.line(`Node 0: ${node0}`);
    out.line(`Node 1: ${node1}`);
  }

  /** Writes one chunk. */
  data(
    conversation: Conversation,
    node: Node,
    bytes: Uint8Array,
    _packet?: number,
    _time?: number,
  ): void {
    if (!this.#follows(conversation) || bytes.length === 0) return;
    if (this.#stream >= 0) this.#seen = true;
    this.#chunk(conversation, node, bytes);
  }

  #chunk(conversation: Conversation, node: Node, bytes: Uint8Array): void {
    const out = this.#out;
    if (this.#format === "json") {
      this.#openJson(conversation, node).hex("data", bytes, 0, bytes.length);
      this.#closeJson();
      return;
    }
    if (!this.#started && this.#single()) this.start(conversation);
    if (this.#format === "raw") {
      if (node === 1) out.text("\t");
      out.hex(bytes, 0, bytes.length);
      out.end();
      return;
    }
    if (this.#stream < 0) {
      // Written in pieces: no string is built per chunk.
      writeDirection(out, conversation, node);
      out.text(", ");
      out.decimal(bytes.length);
      out.text(" bytes");
    } else {
      if (node === 1) out.text("\t");
      out.decimal(bytes.length);
    }
    out.end();
    this.#text(bytes);
  }

  /** Starts a line `{"follow":{"stream":N,"node":n` whose next field the caller writes. */
  #openJson(conversation: Conversation, node: Node): JsonObject {
    const json = this.#json;
    json.reset(this.#out);
    json.start("follow");
    json.field("stream", conversation.index);
    json.field("node", node);
    return json;
  }

  #closeJson(): void {
    this.#json.end();
    this.#json.close();
    this.#out.end();
  }

  /** The bytes escaped, each line feed a line break; ends with a line break, as tshark's. */
  #text(bytes: Uint8Array): void {
    const out = this.#out;
    let from = 0;
    for (let at = bytes.indexOf(LINE_FEED); at >= 0; at = bytes.indexOf(LINE_FEED, from)) {
      out.escaped(bytes, from, at);
      out.end();
      from = at + 1;
    }
    out.escaped(bytes, from, bytes.length);
    out.end();
  }

  /**
   * Writes a skip: tshark's marker chunk for `missing`, a note for `limit`, nothing for `end`
   * and `uncaptured` (as tshark).
   */
  gap(conversation: Conversation, node: Node, missing: number, reason: GapReason): void {
    // tshark prints nothing for either: held data dropped at the end, bytes the snapshot cut.
    if (!this.#follows(conversation) || reason === "end" || reason === "uncaptured") return;
    if (reason === "missing") return this.#chunk(conversation, node, missingMarker(missing));
    const out = this.#out;
    if (this.#format === "json") {
      this.#openJson(conversation, node).field("gap", missing);
      this.#closeJson();
    } else if (this.#format === "text") {
      if (!this.#started && this.#single()) this.start(conversation);
      const where = this.#stream < 0
        ? `${directionText(conversation, node)}, `
        : node === 1
        ? "\t"
        : "";
      out.line(`${where}[${missing} bytes skipped: reassembly limit]`);
    }
  }

  /**
   * Closes the followed stream's block, unless the conversation only went quiet (`closed`,
   * `idle`): the tracker keeps those and goes on with them if their ports come back, so the
   * block stays open until the capture ends.
   */
  end(conversation: Conversation, reason?: EndReason): void {
    if (!this.#single() || conversation.index !== this.#stream || this.#ended) return;
    if (reason === "closed" || reason === "idle") return;
    this.start(conversation);
    this.#ended = true;
    this.#out.line(SEPARATOR);
  }

  /**
   * The capture ended: a followed stream still open is closed, and one never seen gets tshark's
   * empty block (`Node 0: :0`, `Node 1: :0`). True when the followed stream was seen (always
   * true for `"all"`), so the caller can also say on standard error that it was not.
   */
  finish(): boolean {
    if (this.#stream < 0) return true;
    if (this.#format !== "json" && !this.#ended) {
      if (!this.#started) this.#header(":0", ":0");
      this.#ended = true;
      this.#out.line(SEPARATOR);
    }
    return this.#seen;
  }
}

/** Writes {@linkcode directionText} to `out` in pieces. */
function writeDirection(out: LineWriter, c: Conversation, node: Node): void {
  out.text("stream ");
  out.decimal(c.index);
  out.text(node === 0 ? " node 0 (" : " node 1 (");
  writeEndpoint(
    out,
    c.family,
    node === 0 ? c.addressA : c.addressB,
    node === 0 ? c.portA : c.portB,
  );
  out.text(" \u2192 ");
  writeEndpoint(
    out,
    c.family,
    node === 0 ? c.addressB : c.addressA,
    node === 0 ? c.portB : c.portA,
  );
  out.text(")");
}

function writeEndpoint(out: LineWriter, family: 4 | 6, address: string, port: number): void {
  if (family === 6) out.text("[");
  out.text(address);
  out.text(family === 6 ? "]:" : ":");
  out.decimal(port);
}

/** `stream 3 node 1 (10.0.0.2:80 → 10.0.0.1:5555)`: the chunk header of `--follow all`. */
export function directionText(conversation: Conversation, node: Node): string {
  const a = endpointText(conversation.family, conversation.addressA, conversation.portA);
  const b = endpointText(conversation.family, conversation.addressB, conversation.portB);
  return `stream ${conversation.index} node ${node} (${node === 0 ? a : b} → ${
    node === 0 ? b : a
  })`;
}
