/**
 * `--conversations`: at the end of the capture, one row per TCP stream, as
 * `tshark -q -z conv,tcp` prints them, plus the stream's final completeness in Wireshark's words
 * and its Zeek-style state.
 *
 * The shared part is tshark's table character for character (so a user can diff the two):
 * `addrA:portA <-> addrB:portB`, then B→A (`<-`), A→B (`->`) and total frames and bytes (frame
 * lengths on the wire, sized as Wireshark's `format_size`: `N bytes` below 10000, then whole kB,
 * MB, GB, TB in powers of 1000, truncated), the relative start (seconds from the capture's first
 * packet, 9 decimals) and the duration (4 decimals). Rows are in tshark's order: total frames
 * descending, ties in stream order; a stream with no counted frame has no row, as in tshark.
 * Two columns follow the duration: completeness (e.g. `Complete, WITH_DATA`) and state (`SF`).
 *
 * ```
 * ================================================================================
 * TCP Conversations
 * Filter:<No Filter>
 *                                                            |       <-      | |       ->      | |     Total     |    Relative    |   Duration   | Completeness                   | State
 *                                                            | Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start     |              |                                |
 * 10.77.0.1:46714            <-> 10.77.0.2:8080                   4 411 bytes       6 551 bytes      10 962 bytes     0.291031000         0.0107   Complete, WITH_DATA              SF
 * ================================================================================
 * ```
 *
 * With JSON, one line per stream, in stream order:
 * `{"conversation":{"stream":0,"address_a":"10.77.0.1","port_a":46714,"address_b":"10.77.0.2",
 * "port_b":8080,"frames_a_to_b":6,"bytes_a_to_b":551,"frames_b_to_a":4,"bytes_b_to_a":411,
 * "start":0.291031,"duration":0.010706,"completeness":31,"completeness_text":"Complete, WITH_DATA",
 * "state":"SF"}}` (`start` and `duration` in seconds, to the microsecond).
 *
 * Memory: one row of about 67 bytes per stream seen, kept until the end (the table needs them
 * all, as tshark's does); open streams are read at the end from the tracker's objects (or
 * when the tracker's `finish` ends them).
 *
 * @module
 */

import {
  completenessText,
  type Conversation,
  type EndReason,
  type StreamListener,
} from "../streams/events.ts";
import { TcpConversation } from "../streams/conversation.ts";
import { JsonObject } from "./_json.ts";
import type { LineWriter } from "./writer.ts";

/** One conversation's row, made from the store when the table is written. */
interface Row {
  index: number;
  addressA: string;
  portA: number;
  addressB: string;
  portB: number;
  framesAtoB: number;
  bytesAtoB: number;
  framesBtoA: number;
  bytesBtoA: number;
  firstTime: number;
  lastTime: number;
  completeness: number;
  state: string;
}

/** Numbers kept per row in `RowChunk.numbers`, in this order. */
const NUMBERS = 6;
const NO_IPV4 = -1;
/** Rows per chunk: the store grows a chunk at a time, never copying what it holds. */
const CHUNK_ROWS = 1 << 16;
/** `RowChunk.other` bits: the address on that side is not IPv4 (kept as text apart). */
const OTHER_A = 1, OTHER_B = 2;

/** The dotted-quad IPv4 address `text` as a number, or NO_IPV4. */
function parseIPv4(text: string): number {
  let value = 0;
  let part = -1;
  let parts = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x2e;
    if (code === 0x2e) {
      if (part < 0 || parts === 4) return NO_IPV4;
      value = value * 256 + part;
      part = -1;
      parts++;
    } else if (code >= 0x30 && code <= 0x39) {
      part = (part < 0 ? 0 : part * 10) + code - 0x30;
      if (part > 255) return NO_IPV4;
    } else return NO_IPV4;
  }
  return parts === 4 ? value : NO_IPV4;
}

function formatIPv4Number(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** The columns of `CHUNK_ROWS` rows. */
class RowChunk {
  /** Frames and bytes A→B and B→A, first and last time. */
  readonly numbers = new Float64Array(NUMBERS * CHUNK_ROWS);
  readonly index = new Uint32Array(CHUNK_ROWS);
  readonly ports = new Uint16Array(2 * CHUNK_ROWS);
  /** IPv4 addresses A and B (0 where `other` says the side is not IPv4). */
  readonly ipv4 = new Uint32Array(2 * CHUNK_ROWS);
  readonly other = new Uint8Array(CHUNK_ROWS);
  readonly completeness = new Uint8Array(CHUNK_ROWS);
  readonly stateCodes = new Uint8Array(CHUNK_ROWS);
}

/**
 * Ended conversations' rows, in columns of typed arrays: 67 bytes a row for IPv4 (a million
 * rows, 67 MB), where objects took about three times as much; the columns grow by chunks of
 * 65536 rows, so growing never holds two copies.
 */
class RowStore {
  count = 0;
  readonly #chunks: RowChunk[] = [];
  /** Addresses that are not IPv4, by row * 2 + side. */
  readonly #otherAddresses = new Map<number, string>();
  /** The distinct states (a handful of Zeek's codes). */
  readonly #states: string[] = [];

  add(c: Conversation): void {
    const row = this.count++;
    const slot = row % CHUNK_ROWS;
    if (slot === 0) this.#chunks.push(new RowChunk());
    const chunk = this.#chunks[this.#chunks.length - 1]!;
    const numbers = chunk.numbers;
    const at = slot * NUMBERS;
    numbers[at] = c.framesAtoB;
    numbers[at + 1] = c.bytesAtoB;
    numbers[at + 2] = c.framesBtoA;
    numbers[at + 3] = c.bytesBtoA;
    numbers[at + 4] = c.firstTime;
    numbers[at + 5] = c.lastTime;
    chunk.index[slot] = c.index;
    chunk.ports[slot * 2] = c.portA;
    chunk.ports[slot * 2 + 1] = c.portB;
    chunk.completeness[slot] = c.completeness;
    let code = this.#states.indexOf(c.state);
    if (code < 0) {
      code = this.#states.length;
      this.#states.push(c.state);
    }
    // More than 256 distinct states cannot come from Zeek's list; the rest share the last code.
    chunk.stateCodes[slot] = Math.min(code, 255);
    let other = 0;
    for (let side = 0; side < 2; side++) {
      // The tracker's conversations give IPv4 addresses as numbers: no text made per row.
      let value = c instanceof TcpConversation ? c.ipv4(side === 0 ? 0 : 1) : NO_IPV4;
      if (value === NO_IPV4) {
        const address = side === 0 ? c.addressA : c.addressB;
        value = parseIPv4(address);
        if (value === NO_IPV4) {
          other |= side === 0 ? OTHER_A : OTHER_B;
          this.#otherAddresses.set(row * 2 + side, address);
          continue;
        }
      }
      chunk.ipv4[slot * 2 + side] = value;
    }
    chunk.other[slot] = other;
  }

  #chunk(row: number): RowChunk {
    return this.#chunks[Math.floor(row / CHUNK_ROWS)]!;
  }

  #address(row: number, side: number): string {
    const chunk = this.#chunk(row);
    const slot = row % CHUNK_ROWS;
    return chunk.other[slot]! & (side === 0 ? OTHER_A : OTHER_B)
      ? this.#otherAddresses.get(row * 2 + side)!
      : formatIPv4Number(chunk.ipv4[slot * 2 + side]!);
  }

  /** Stream index of a row. */
  index(row: number): number {
    return this.#chunk(row).index[row % CHUNK_ROWS]!;
  }

  /** Total frames of a row. */
  frames(row: number): number {
    const numbers = this.#chunk(row).numbers;
    const at = (row % CHUNK_ROWS) * NUMBERS;
    return numbers[at]! + numbers[at + 2]!;
  }

  /** Completeness bits of a row. */
  completenessOf(row: number): number {
    return this.#chunk(row).completeness[row % CHUNK_ROWS]!;
  }

  /** Writes `side`'s `address:port` of a row. */
  #writeEndpoint(out: LineWriter, row: number, side: number): void {
    const chunk = this.#chunk(row);
    const slot = row % CHUNK_ROWS;
    if (chunk.other[slot]! & (side === 0 ? OTHER_A : OTHER_B)) {
      out.text(this.#otherAddresses.get(row * 2 + side)!);
    } else {
      const value = chunk.ipv4[slot * 2 + side]!;
      out.decimal(value >>> 24);
      out.text(".");
      out.decimal((value >>> 16) & 255);
      out.text(".");
      out.decimal((value >>> 8) & 255);
      out.text(".");
      out.decimal(value & 255);
    }
    out.text(":");
    out.decimal(chunk.ports[slot * 2 + side]!);
  }

  /**
   * Writes a row of the text table (a line), `words` being its completeness in words, padded.
   * Each column is written, then padded in place in the writer's buffer.
   */
  writeRow(out: LineWriter, row: number, captureStart: number, words: string): void {
    const chunk = this.#chunk(row);
    const slot = row % CHUNK_ROWS;
    const numbers = chunk.numbers;
    const at = slot * NUMBERS;
    const framesAtoB = numbers[at]!, bytesAtoB = numbers[at + 1]!;
    const framesBtoA = numbers[at + 2]!, bytesBtoA = numbers[at + 3]!;
    const firstTime = numbers[at + 4]!, lastTime = numbers[at + 5]!;
    // Room for the whole row first: the buffer does not move while it is written.
    out.reserve(ROW_ROOM);
    let from = out.reserve(0);
    this.#writeEndpoint(out, row, 0);
    padAfter(out, from, 26);
    out.text(" <-> ");
    from = out.reserve(0);
    this.#writeEndpoint(out, row, 1);
    padAfter(out, from, 26);
    writeCounts(out, framesBtoA, bytesBtoA);
    writeCounts(out, framesAtoB, bytesAtoB);
    writeCounts(out, framesAtoB + framesBtoA, bytesAtoB + bytesBtoA);
    out.text("  ");
    from = out.reserve(0);
    writeSeconds(out, microsBetween(captureStart, firstTime), 9);
    padBefore(out, from, 14);
    out.text("   ");
    from = out.reserve(0);
    writeSeconds(out, microsBetween(firstTime, lastTime), 4);
    padBefore(out, from, 12);
    out.text("   ");
    out.text(words);
    out.text("   ");
    out.text(this.#states[chunk.stateCodes[slot]!]!);
    out.end();
  }

  row(row: number): Row {
    const chunk = this.#chunk(row);
    const slot = row % CHUNK_ROWS;
    const numbers = chunk.numbers;
    const at = slot * NUMBERS;
    return {
      index: chunk.index[slot]!,
      addressA: this.#address(row, 0),
      portA: chunk.ports[slot * 2]!,
      addressB: this.#address(row, 1),
      portB: chunk.ports[slot * 2 + 1]!,
      framesAtoB: numbers[at]!,
      bytesAtoB: numbers[at + 1]!,
      framesBtoA: numbers[at + 2]!,
      bytesBtoA: numbers[at + 3]!,
      firstTime: numbers[at + 4]!,
      lastTime: numbers[at + 5]!,
      completeness: chunk.completeness[slot]!,
      state: this.#states[chunk.stateCodes[slot]!]!,
    };
  }
}

/**
 * `rows` in order of `key` (a whole number ≥ 0), rows of equal keys in their order in `rows`:
 * by numeric sort of `key × n + position` in a typed array, which takes a sixth of the memory
 * and time of a comparator sort of a million rows, or by a comparator when the keys are too
 * large for that to be exact.
 */
function sortRows(rows: Uint32Array, key: (row: number) => number): Uint32Array {
  const n = rows.length;
  let largest = 0;
  for (const row of rows) largest = Math.max(largest, key(row));
  if ((largest + 1) * n >= Number.MAX_SAFE_INTEGER) {
    return Uint32Array.from(
      Array.from(rows).map((row, at) => ({ row, at, key: key(row) }))
        .sort((a, b) => a.key - b.key || a.at - b.at).map((entry) => entry.row),
    );
  }
  const keys = new Float64Array(n);
  for (let at = 0; at < n; at++) keys[at] = key(rows[at]!) * n + at;
  keys.sort();
  const sorted = new Uint32Array(n);
  for (let at = 0; at < n; at++) sorted[at] = rows[keys[at]! % n]!;
  return sorted;
}

const RULE = "================================================================================";
const HEADER_1 =
  "                                                           |       <-      | |       ->      | |     Total     |    Relative    |   Duration   |";
const HEADER_2 =
  "                                                           | Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start     |              |";
/** Wide enough for the longest of Wireshark's completeness words. */
const COMPLETENESS_WIDTH = 30;

/**
 * A byte count as Wireshark's `format_size` writes it for the conversation table (no thousands
 * grouping, as in the C locale): `N bytes` below 10000, else a whole number of kB, MB, GB or TB
 * (powers of 1000, truncated).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatSize } from "./conversations.ts";
 * assert.equal(formatSize(9999), "9999 bytes");
 * assert.equal(formatSize(276243), "276 kB");
 * ```
 */
export function formatSize(size: number): string {
  const units = [" TB", " GB", " MB", " kB"];
  for (let power = 4; power >= 1; power--) {
    const scaled = Math.floor(size / 1000 ** power);
    if (scaled >= 10) return `${scaled}${units[4 - power]}`;
  }
  return `${size} bytes`;
}

/** Whole microseconds between two times in seconds, rounding away the float's noise. */
function microsBetween(from: number, to: number): number {
  return Math.round((to - from) * 1e6);
}

/** Microseconds as seconds with `decimals` digits (≥ 6: the extra digits are zeros). */
function secondsText(micros: number, decimals: number): string {
  const negative = micros < 0;
  const whole = Math.floor(Math.abs(micros) / 1e6);
  const fraction = String(Math.abs(micros) % 1e6).padStart(6, "0");
  const text = decimals >= 6
    ? `${whole}.${fraction}${"0".repeat(decimals - 6)}`
    : (Math.abs(micros) / 1e6).toFixed(decimals);
  return negative ? `-${text}` : text;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** Bytes reserved for a row of the text table: more than the longest (two IPv6 endpoints). */
const ROW_ROOM = 512;

/** Pads what was written since `from` with spaces after it, to `width` bytes. */
function padAfter(out: LineWriter, from: number, width: number): void {
  const at = out.reserve(0);
  const missing = from + width - at;
  if (missing <= 0) return;
  out.buffer.fill(0x20, at, at + missing);
  out.commit(at + missing);
}

/** Moves what was written since `from` right, spaces before it, to `width` bytes. */
function padBefore(out: LineWriter, from: number, width: number): void {
  const at = out.reserve(0);
  const missing = from + width - at;
  if (missing <= 0) return;
  const buffer = out.buffer;
  buffer.copyWithin(from + missing, from, at);
  buffer.fill(0x20, from, from + missing);
  out.commit(at + missing);
}

/** Two spaces, frames right-aligned in 6, a space, the size ({@linkcode formatSize}) in 9. */
function writeCounts(out: LineWriter, frames: number, bytes: number): void {
  out.text("  ");
  let from = out.reserve(0);
  out.decimal(frames);
  padBefore(out, from, 6);
  out.text(" ");
  from = out.reserve(0);
  writeSize(out, bytes);
  padAfter(out, from, 9);
}

/** {@linkcode formatSize}, written in pieces. */
function writeSize(out: LineWriter, size: number): void {
  for (let power = 4; power >= 1; power--) {
    const scaled = Math.floor(size / 1000 ** power);
    if (scaled >= 10) {
      out.decimal(scaled);
      out.text(SIZE_UNITS[4 - power]!);
      return;
    }
  }
  out.decimal(size);
  out.text(" bytes");
}

const SIZE_UNITS = [" TB", " GB", " MB", " kB"];

/** {@linkcode secondsText}, written in pieces (but for fewer than 6 decimals). */
function writeSeconds(out: LineWriter, micros: number, decimals: number): void {
  if (decimals < 6 || micros < 0) {
    out.text(secondsText(micros, decimals));
    return;
  }
  out.decimal(Math.floor(micros / 1e6));
  out.text(".");
  out.decimal(micros % 1e6, 6);
  for (let extra = decimals - 6; extra > 0; extra--) out.text("0");
}

/**
 * Collects conversations and writes the table (or JSON lines) when told the capture ended; a
 * {@linkcode StreamListener} for the tracker (`start` and `end`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ConversationTable } from "./conversations.ts";
 * import { LineWriter } from "./writer.ts";
 * import type { Conversation } from "../streams/events.ts";
 *
 * let text = "";
 * const writer = new LineWriter({ writeSync: (b) => (text += new TextDecoder().decode(b), b.length) });
 * const table = new ConversationTable(writer, true);
 * table.end({
 *   index: 0, family: 4, addressA: "10.0.0.1", portA: 1, addressB: "10.0.0.2", portB: 2,
 *   macA: "", macB: "", firstPacket: 1, firstTime: 10, lastTime: 10.5, framesAtoB: 1,
 *   bytesAtoB: 60, framesBtoA: 1, bytesBtoA: 60, completeness: 37, state: "REJ", missedBytes: 0,
 * } as Conversation);
 * table.finish(10);
 * writer.flush();
 * assert.equal(JSON.parse(text).conversation.state, "REJ");
 * ```
 */
export class ConversationTable implements StreamListener {
  readonly #out: LineWriter;
  readonly #json: boolean;
  /** Ended conversations. */
  readonly #rows = new RowStore();
  /** Conversations started and not yet ended, by stream index. */
  readonly #open = new Map<number, Conversation>();

  /** Writes to `out` at {@linkcode ConversationTable.finish}: the table, or JSON with `json`. */
  constructor(out: LineWriter, json = false) {
    this.#out = out;
    this.#json = json;
  }

  /** Remembers an open conversation, to be read at the end if it never ends. */
  start(conversation: Conversation): void {
    this.#open.set(conversation.index, conversation);
  }

  /** Keeps the conversation's final counts. */
  end(conversation: Conversation, _reason?: EndReason): void {
    this.#open.delete(conversation.index);
    this.#rows.add(conversation);
  }

  /**
   * Writes the table (or the JSON lines): ended conversations and the ones still open.
   * `captureStart` is the time of the capture's first packet (seconds since the epoch), from
   * which relative starts count.
   */
  finish(captureStart: number): void {
    const store = this.#rows;
    for (const open of this.#open.values()) store.add(open);
    this.#open.clear();
    const all = new Uint32Array(store.count);
    for (let row = 0; row < all.length; row++) all[row] = row;
    const sorted = sortRows(all, (row) => store.index(row));
    // A conversation that went quiet and came back ended twice: its later row has every count.
    let kept = 0;
    for (let at = 0; at < sorted.length; at++) {
      const next = sorted[at + 1];
      if (next === undefined || store.index(next) !== store.index(sorted[at]!)) {
        sorted[kept++] = sorted[at]!;
      }
    }
    const order = sorted.subarray(0, kept);
    if (this.#json) return this.#writeJson(store, order, captureStart);
    const out = this.#out;
    out.line(RULE);
    out.line("TCP Conversations");
    out.line("Filter:<No Filter>");
    out.line(`${HEADER_1} ${pad("Completeness", COMPLETENESS_WIDTH)} | State`);
    out.line(`${HEADER_2} ${pad("", COMPLETENESS_WIDTH)} |`);
    // Rows with frames, into a typed array sized first (filter's growing array costs more).
    let most = 0, withFrames = 0;
    for (const row of order) {
      const frames = store.frames(row);
      if (frames > 0) withFrames++;
      if (frames > most) most = frames;
    }
    const counted = new Uint32Array(withFrames);
    for (let at = 0, next = 0; at < order.length; at++) {
      if (store.frames(order[at]!) > 0) counted[next++] = order[at]!;
    }
    // Most frames first; equal totals keep stream order, as tshark's repeated scans do.
    const shown = sortRows(counted, (row) => most - store.frames(row));
    // Written in pieces straight into the writer's buffer: no string per row but the
    // duration's, so a million rows do not swell the heap.
    const completeness: string[] = [];
    for (const at of shown) {
      const c = store.completenessOf(at);
      const words = completeness[c] ??= pad(completenessText(c), COMPLETENESS_WIDTH);
      store.writeRow(out, at, captureStart, words);
    }
    out.line(RULE);
  }

  #writeJson(store: RowStore, order: Uint32Array, captureStart: number): void {
    const out = this.#out;
    const json = new JsonObject();
    for (const at of order) {
      const row = store.row(at);
      json.reset(out);
      json.start("conversation");
      json.field("stream", row.index);
      json.field("address_a", row.addressA);
      json.field("port_a", row.portA);
      json.field("address_b", row.addressB);
      json.field("port_b", row.portB);
      json.field("frames_a_to_b", row.framesAtoB);
      json.field("bytes_a_to_b", row.bytesAtoB);
      json.field("frames_b_to_a", row.framesBtoA);
      json.field("bytes_b_to_a", row.bytesBtoA);
      json.raw("start", secondsText(microsBetween(captureStart, row.firstTime), 6));
      json.raw("duration", secondsText(microsBetween(row.firstTime, row.lastTime), 6));
      json.field("completeness", row.completeness);
      json.field("completeness_text", completenessText(row.completeness));
      json.field("state", row.state);
      json.end();
      json.close();
      out.end();
    }
  }
}
