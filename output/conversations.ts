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
 * Memory: one row of about 90 bytes per stream seen, kept until the end (the table needs them
 * all, as tshark's does); open streams are read at the end from the tracker's objects.
 *
 * @module
 */

import {
  completenessText,
  type Conversation,
  type EndReason,
  type StreamListener,
} from "../streams/events.ts";
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

/** Numbers kept per row, in this order. */
const NUMBERS = 9;
const NO_IPV4 = -1;

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

/**
 * Ended conversations' rows, in columns: about 90 bytes a row for IPv4 (up to twice that as the
 * columns grow by doubling; a million rows measured 95 MB), where objects took about twice as
 * much.
 */
class RowStore {
  count = 0;
  #numbers = new Float64Array(NUMBERS * 64);
  #completeness = new Uint8Array(64);
  #stateCodes = new Uint8Array(64);
  /** IPv4 addresses A and B as numbers (as float: all 32 bits), or NO_IPV4. */
  #ipv4 = new Float64Array(2 * 64);
  /** Addresses that are not IPv4, by row * 2 + side. */
  readonly #otherAddresses = new Map<number, string>();
  /** The distinct states (a handful of Zeek's codes). */
  readonly #states: string[] = [];

  add(c: Conversation): void {
    if (this.count === this.#completeness.length) this.#grow();
    const row = this.count++;
    const numbers = this.#numbers;
    const at = row * NUMBERS;
    numbers[at] = c.index;
    numbers[at + 1] = c.portA;
    numbers[at + 2] = c.portB;
    numbers[at + 3] = c.framesAtoB;
    numbers[at + 4] = c.bytesAtoB;
    numbers[at + 5] = c.framesBtoA;
    numbers[at + 6] = c.bytesBtoA;
    numbers[at + 7] = c.firstTime;
    numbers[at + 8] = c.lastTime;
    this.#completeness[row] = c.completeness;
    let code = this.#states.indexOf(c.state);
    if (code < 0) {
      code = this.#states.length;
      this.#states.push(c.state);
    }
    // More than 256 distinct states cannot come from Zeek's list; the rest share the last code.
    this.#stateCodes[row] = Math.min(code, 255);
    for (let side = 0; side < 2; side++) {
      const address = side === 0 ? c.addressA : c.addressB;
      const value = parseIPv4(address);
      this.#ipv4[row * 2 + side] = value;
      if (value === NO_IPV4) this.#otherAddresses.set(row * 2 + side, address);
    }
  }

  #grow(): void {
    const grow = <T extends Float64Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const bigger = make(old.length * 2);
      bigger.set(old);
      return bigger;
    };
    this.#numbers = grow(this.#numbers, (n) => new Float64Array(n));
    this.#completeness = grow(this.#completeness, (n) => new Uint8Array(n));
    this.#stateCodes = grow(this.#stateCodes, (n) => new Uint8Array(n));
    this.#ipv4 = grow(this.#ipv4, (n) => new Float64Array(n));
  }

  #address(row: number, side: number): string {
    const value = this.#ipv4[row * 2 + side]!;
    return value === NO_IPV4 ? this.#otherAddresses.get(row * 2 + side)! : formatIPv4Number(value);
  }

  /** Stream index of a row. */
  index(row: number): number {
    return this.#numbers[row * NUMBERS]!;
  }

  /** Total frames of a row. */
  frames(row: number): number {
    return this.#numbers[row * NUMBERS + 3]! + this.#numbers[row * NUMBERS + 5]!;
  }

  row(row: number): Row {
    const numbers = this.#numbers;
    const at = row * NUMBERS;
    return {
      index: numbers[at]!,
      addressA: this.#address(row, 0),
      portA: numbers[at + 1]!,
      addressB: this.#address(row, 1),
      portB: numbers[at + 2]!,
      framesAtoB: numbers[at + 3]!,
      bytesAtoB: numbers[at + 4]!,
      framesBtoA: numbers[at + 5]!,
      bytesBtoA: numbers[at + 6]!,
      firstTime: numbers[at + 7]!,
      lastTime: numbers[at + 8]!,
      completeness: this.#completeness[row]!,
      state: this.#states[this.#stateCodes[row]!]!,
    };
  }
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

function padStart(text: string, width: number): string {
  return text.length >= width ? text : " ".repeat(width - text.length) + text;
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
    // A conversation that went quiet and came back ended twice: its later row has every count.
    const order = Array.from({ length: store.count }, (_, row) => row)
      .sort((a, b) => store.index(a) - store.index(b) || b - a)
      .filter((row, at, rows) => at === 0 || store.index(rows[at - 1]!) !== store.index(row));
    if (this.#json) return this.#writeJson(store, order, captureStart);
    const out = this.#out;
    out.line(RULE);
    out.line("TCP Conversations");
    out.line("Filter:<No Filter>");
    out.line(`${HEADER_1} ${pad("Completeness", COMPLETENESS_WIDTH)} | State`);
    out.line(`${HEADER_2} ${pad("", COMPLETENESS_WIDTH)} |`);
    const shown = order.filter((row) => store.frames(row) > 0);
    // Stable: equal totals keep stream order, as tshark's repeated scans do.
    shown.sort((a, b) => store.frames(b) - store.frames(a));
    for (const at of shown) {
      const row = store.row(at);
      const frames = row.framesAtoB + row.framesBtoA;
      out.line(
        `${pad(`${row.addressA}:${row.portA}`, 26)} <-> ${
          pad(`${row.addressB}:${row.portB}`, 26)
        }` +
          `  ${padStart(String(row.framesBtoA), 6)} ${pad(formatSize(row.bytesBtoA), 9)}` +
          `  ${padStart(String(row.framesAtoB), 6)} ${pad(formatSize(row.bytesAtoB), 9)}` +
          `  ${padStart(String(frames), 6)} ${pad(formatSize(row.bytesAtoB + row.bytesBtoA), 9)}` +
          `  ${padStart(secondsText(microsBetween(captureStart, row.firstTime), 9), 14)}` +
          `   ${padStart(secondsText(microsBetween(row.firstTime, row.lastTime), 4), 12)}` +
          `   ${pad(completenessText(row.completeness), COMPLETENESS_WIDTH)}   ${row.state}`,
      );
    }
    out.line(RULE);
  }

  #writeJson(store: RowStore, order: number[], captureStart: number): void {
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
