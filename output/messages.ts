/**
 * `--messages`: the TCP message done right. A message is the data one side of a conversation
 * sends, reassembled and in order, before the other side sends data. It is written as soon as
 * its turn ends: when the other side's first bytes (or a gap of them) arrive, when the
 * conversation ends (FIN or RST and the grace period, idle timeout, eviction, end of capture),
 * when {@linkcode MessagePrinter.fin} says its sender closed, or when
 * {@linkcode MessagePrinter.flushIdle} finds it quiet. A long one-way transfer is written in
 * parts of {@linkcode MessageOptions.partSize} bytes (64 KiB by default), each marked
 * `continued` but the last, so that nothing waits for the end of a download and memory stays
 * bounded.
 *
 * Text, one line per message, laid out as the default packet line (`output/text.ts`): time of
 * its first byte, stream, MACs (left out when the capture has none), addresses and ports in the
 * message's direction, its length, bytes missing inside it (never captured or skipped by a
 * limit), and the message escaped and cut at 256 bytes unless told otherwise (`-A`):
 *
 * ```
 * 10:16:21.291031 stream 0 02:00:00:00:00:01 > 02:00:00:00:00:02, 10.77.0.1.46714 > 10.77.0.2.8080: message, length 147: "GET /hello HTTP/1.1\r\nconnection: close\r\n…"
 * 10:16:21.301203 stream 0 02:00:00:00:00:02 > 02:00:00:00:00:01, 10.77.0.2.8080 > 10.77.0.1.46714: message, length 1448, 1200 bytes missing: "HTTP/1.1 200 OK\r\n…"... (1192 more bytes)
 * ```
 *
 * JSON, one object per message, keys in this order (`eth_*` only when known, `continued` only
 * when true; `data` is lowercase hex of the bytes shown, cut as the text is; `missing` counts the
 * bytes skipped inside the message):
 *
 * ```
 * {"message":{"stream":0,"time":1795774581.291031,"time_last":1795774581.291031,"node":0,
 * "eth_src":"02:00:00:00:00:01","eth_dst":"02:00:00:00:00:02","src":"10.77.0.1","dst":"10.77.0.2",
 * "srcport":46714,"dstport":8080,"length":147,"missing":0,"data":"474554…"}}
 * ```
 *
 * Memory: per conversation with a message under way, its first 256 bytes (or, when shown
 * whole, up to the part size) and a few numbers; nothing for the others.
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
import type { LineWriter } from "./writer.ts";

/** Options of {@linkcode MessagePrinter}. */
export interface MessageOptions {
  /** One JSON object per message instead of a text line. */
  json?: boolean;
  /** Most bytes of a message shown; 0 shows it whole (up to the part size). Default 256. */
  messageLimit?: number;
  /** Longest message written at once: a longer one is written in parts. Default 65536. */
  partSize?: number;
  /** Minutes east of UTC for the time of day; default: this system's zone at start. */
  utcOffsetMinutes?: number;
}

/** One side's turn under way. */
class Turn {
  node: Node = 0;
  firstTime = 0;
  lastTime = 0;
  length = 0;
  missing = 0;
  /** The first bytes of the message, as many as are shown. */
  kept: Uint8Array;
  keptLength = 0;

  constructor(room: number) {
    this.kept = new Uint8Array(room);
  }

  get empty(): boolean {
    return this.length === 0 && this.missing === 0;
  }
}

/** The whole seconds of a time in seconds, the float's noise rounded away (with micros()). */
function wholeSeconds(time: number): number {
  const seconds = Math.floor(time);
  return Math.round((time - seconds) * 1e6) >= 1e6 ? seconds + 1 : seconds;
}

/** The microseconds of a time in seconds, rounded. */
function micros(time: number): number {
  return Math.round((time - Math.floor(time)) * 1e6) % 1e6;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * Writes reassembled TCP messages; a {@linkcode StreamListener} for the tracker.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MessagePrinter } from "./messages.ts";
 * import { LineWriter } from "./writer.ts";
 * import type { Conversation } from "../streams/events.ts";
 *
 * let text = "";
 * const writer = new LineWriter({ writeSync: (b) => (text += new TextDecoder().decode(b), b.length) });
 * const printer = new MessagePrinter(writer, { utcOffsetMinutes: 0 });
 * const c = {
 *   index: 0, family: 4, addressA: "10.0.0.1", portA: 5555, addressB: "10.0.0.2", portB: 80,
 *   macA: "", macB: "",
 * } as Conversation;
 * printer.data(c, 0, new TextEncoder().encode("GET /"), 4, 3600.5);
 * printer.data(c, 1, new TextEncoder().encode("200"), 6, 3600.75);
 * writer.flush();
 * assert.equal(text, '01:00:00.500000 stream 0 10.0.0.1.5555 > 10.0.0.2.80: message, length 5: "GET /"\n');
 * ```
 */
export class MessagePrinter implements StreamListener {
  readonly #out: LineWriter;
  readonly #json: JsonObject | null;
  readonly #limit: number;
  readonly #partSize: number;
  readonly #offsetSeconds: number;
  /** Bytes kept per message: what is shown. */
  readonly #room: number;
  /** Turns under way, by stream index. */
  readonly #turns = new Map<number, Turn>();
  /** The conversation of each turn under way, for flushIdle and finish. */
  readonly #conversations = new Map<number, Conversation>();
  #clockSecond = -1;
  #clockText = "";

  /** Writes to `out` (the caller flushes it). */
  constructor(out: LineWriter, options: MessageOptions = {}) {
    this.#out = out;
    this.#json = options.json ? new JsonObject() : null;
    this.#limit = Math.max(0, options.messageLimit ?? 256);
    this.#partSize = Math.max(1, options.partSize ?? 65536);
    this.#offsetSeconds = (options.utcOffsetMinutes ?? -new Date().getTimezoneOffset()) * 60;
    this.#room = this.#limit === 0 ? this.#partSize : Math.min(this.#limit, this.#partSize);
  }

  /** The turn `node` is taking in `c`: the other side's message under way is written first. */
  #turn(c: Conversation, node: Node, time: number): Turn {
    let turn = this.#turns.get(c.index);
    if (turn === undefined) {
      // Small first: most messages are short; grown up to the room when shown whole.
      turn = new Turn(Math.min(this.#room, 256));
      this.#turns.set(c.index, turn);
      this.#conversations.set(c.index, c);
    } else if (turn.node !== node && !turn.empty) {
      this.#write(c, turn, false);
    }
    if (turn.empty) {
      turn.node = node;
      turn.firstTime = time;
    }
    turn.lastTime = time;
    return turn;
  }

  /** Adds bytes to `node`'s message, ending the other side's. */
  data(c: Conversation, node: Node, bytes: Uint8Array, _packet: number, time: number): void {
    if (bytes.length === 0) return;
    let turn = this.#turn(c, node, time);
    let from = 0;
    // Bounded: each pass takes at least one byte.
    while (from < bytes.length) {
      const take = Math.min(bytes.length - from, this.#partSize - turn.length);
      const keep = Math.min(take, this.#room - turn.keptLength);
      if (keep > 0) {
        if (turn.keptLength + keep > turn.kept.length) {
          const grown = new Uint8Array(
            Math.min(this.#room, Math.max(turn.kept.length * 2, turn.keptLength + keep)),
          );
          grown.set(turn.kept.subarray(0, turn.keptLength));
          turn.kept = grown;
        }
        turn.kept.set(bytes.subarray(from, from + keep), turn.keptLength);
        turn.keptLength += keep;
      }
      turn.length += take;
      from += take;
      if (turn.length >= this.#partSize) {
        this.#write(c, turn, true);
        turn = this.#turn(c, node, time);
      }
    }
  }

  /** Counts skipped bytes in `node`'s message (they end the other side's). */
  gap(c: Conversation, node: Node, missing: number, _reason: GapReason): void {
    const turns = this.#turns.get(c.index);
    const time = turns !== undefined && !turns.empty && turns.node === node
      ? turns.lastTime
      : c.lastTime;
    this.#turn(c, node, time).missing += missing;
  }

  /** `node` sent FIN or RST: its message is over. (For a tracker that reports it.) */
  fin(c: Conversation, node: Node): void {
    const turn = this.#turns.get(c.index);
    if (turn !== undefined && turn.node === node && !turn.empty) this.#write(c, turn, false);
  }

  /** Writes the message under way and forgets the conversation. */
  end(c: Conversation, _reason?: EndReason): void {
    const turn = this.#turns.get(c.index);
    if (turn === undefined) return;
    if (!turn.empty) this.#write(c, turn, false);
    this.#turns.delete(c.index);
    this.#conversations.delete(c.index);
  }

  /**
   * Writes every message whose last byte came before `time` (seconds since the epoch): for a
   * live capture, call it now and then (e.g. once a second with the time less an idle timeout)
   * so that a reply that nothing follows is not held until its conversation ends.
   */
  flushIdle(time: number): void {
    for (const [index, turn] of this.#turns) {
      if (!turn.empty && turn.lastTime < time) {
        this.#write(this.#conversations.get(index)!, turn, false);
      }
    }
  }

  /** Writes every message under way (the capture ended without an end for them). */
  finish(): void {
    for (const [index, turn] of this.#turns) {
      if (!turn.empty) this.#write(this.#conversations.get(index)!, turn, false);
    }
    this.#turns.clear();
    this.#conversations.clear();
  }

  #write(c: Conversation, turn: Turn, continued: boolean): void {
    if (this.#json !== null) this.#writeJson(c, turn, continued);
    else this.#writeText(c, turn, continued);
    turn.length = turn.missing = turn.keptLength = 0;
  }

  #writeText(c: Conversation, turn: Turn, continued: boolean): void {
    const out = this.#out;
    // Written in pieces (the clock cached per second): no string is built per message.
    out.text(this.#clock(wholeSeconds(turn.firstTime)));
    out.text(".");
    out.decimal(micros(turn.firstTime), 6);
    out.text(" stream ");
    out.decimal(c.index);
    out.text(" ");
    const fromA = turn.node === 0;
    const srcMac = fromA ? c.macA : c.macB;
    const dstMac = fromA ? c.macB : c.macA;
    if (srcMac !== "" || dstMac !== "") {
      out.text(srcMac || "?");
      out.text(" > ");
      out.text(dstMac || "?");
      out.text(", ");
    }
    out.text(fromA ? c.addressA : c.addressB);
    out.text(".");
    out.decimal(fromA ? c.portA : c.portB);
    out.text(" > ");
    out.text(fromA ? c.addressB : c.addressA);
    out.text(".");
    out.decimal(fromA ? c.portB : c.portA);
    out.text(": message, length ");
    out.decimal(turn.length);
    if (turn.missing > 0) {
      out.text(", ");
      out.decimal(turn.missing);
      out.text(" bytes missing");
    }
    if (continued) out.text(", continued");
    const shown = this.#limit === 0 ? turn.keptLength : Math.min(turn.keptLength, this.#limit);
    if (turn.length > 0) {
      out.text(': "');
      out.escaped(turn.kept, 0, shown);
      out.text('"');
      if (shown < turn.length) {
        out.text("... (");
        out.decimal(turn.length - shown);
        out.text(" more bytes)");
      }
    }
    out.end();
  }

  /** `HH:MM:SS` in the configured zone, kept for the current second. */
  #clock(seconds: number): string {
    if (seconds !== this.#clockSecond) {
      this.#clockSecond = seconds;
      const day = (((seconds + this.#offsetSeconds) % 86400) + 86400) % 86400;
      this.#clockText = `${pad2(Math.floor(day / 3600))}:${pad2(Math.floor((day % 3600) / 60))}:${
        pad2(day % 60)
      }`;
    }
    return this.#clockText;
  }

  #writeJson(c: Conversation, turn: Turn, continued: boolean): void {
    const json = this.#json!;
    const out = this.#out;
    const fromA = turn.node === 0;
    json.reset(out);
    json.start("message");
    json.field("stream", c.index);
    json.time("time", wholeSeconds(turn.firstTime), micros(turn.firstTime));
    json.time("time_last", wholeSeconds(turn.lastTime), micros(turn.lastTime));
    json.field("node", turn.node);
    const srcMac = fromA ? c.macA : c.macB;
    const dstMac = fromA ? c.macB : c.macA;
    if (srcMac !== "") json.field("eth_src", srcMac);
    if (dstMac !== "") json.field("eth_dst", dstMac);
    json.field("src", fromA ? c.addressA : c.addressB);
    json.field("dst", fromA ? c.addressB : c.addressA);
    json.field("srcport", fromA ? c.portA : c.portB);
    json.field("dstport", fromA ? c.portB : c.portA);
    json.field("length", turn.length);
    json.field("missing", turn.missing);
    if (continued) json.field("continued", true);
    json.hex("data", turn.kept, 0, turn.keptLength);
    json.end();
    json.close();
    out.end();
  }
}
