/**
 * Per-conversation TCP reassembly with the rules of tshark 4.0's Follow TCP Stream
 * (`-z follow,tcp,raw,N`): the same bytes, cut into the same chunks, in the same order; plus
 * bounded memory, which tshark does not have.
 *
 * The rules, per direction (learned from `follow_tcp_tap_listener` and `check_follow_fragments`
 * in Wireshark's `epan/dissectors/packet-tcp.c`):
 * - Sequence numbers are Wireshark's relative ones (the default): a direction's base is its first
 *   segment's seq (seq − 1 when that is not a SYN), or the peer's first ack − 1 if that came
 *   first; a SYN+ACK with another seq moves the base. The expected seq starts at the first
 *   segment's (+1 for a SYN).
 * - Bytes at the expected seq are delivered: one chunk per segment, seq advancing by the segment's
 *   length on the wire (a snapshot-length cut segment gives its captured bytes only). A segment
 *   with no captured new byte is ignored.
 * - An earlier-starting segment gives only its part beyond the expected seq: the first copy wins.
 * - A later-starting segment is held (copied), in arrival order, until the hole fills; each time
 *   the expected seq moves, the first held segment in arrival order that starts at or before it
 *   is delivered (its tail beyond it, if it starts before), until none does. A held segment
 *   advances seq by its captured length.
 * - Before its own data, every segment checks the peer's held data: while its ack number (the
 *   relative one with the ACK bit, the raw field without it, as tshark compares) is past the
 *   lowest held seq, the hole is skipped (a `"missing"` gap: tshark prints
 *   {@linkcode missingMarker} there) and held data is delivered as above.
 * - Data still held at the end is dropped (a `"end"` gap: tshark prints nothing).
 *
 * @module
 */

import type {
  Conversation,
  EndReason,
  GapReason,
  Node,
  SegmentSink,
  StreamListener,
} from "./events.ts";

/** TCP flag bits this module reads (as `TcpFlag` in `decode/tcp.ts`). */
const SYN = 0x002;
const ACK = 0x010;

/**
 * Default cap on data one conversation holds out of order: 4 MiB. Held data waits for a hole
 * that a receiver's window bounds, and common receive windows (Linux's default autotuning
 * ceiling is 6 MiB, most stay far below) fit; gopacket users settle on similar figures (4 000
 * pages of 1 900 bytes).
 */
export const DEFAULT_CONVERSATION_HOLD_BYTES: number = 4 * 1024 * 1024;

/**
 * Default cap on data all conversations together hold out of order: 64 MiB, a quarter of the
 * 256 MB the whole sniffer may use, leaving the rest for the conversation table.
 */
export const DEFAULT_TOTAL_HOLD_BYTES: number = 64 * 1024 * 1024;

/**
 * What one held segment costs beyond its bytes (the object, its copy's header, the list slot),
 * counted against the caps so that many tiny segments cannot hold more memory than they say.
 */
export const HELD_SEGMENT_OVERHEAD = 128;

/**
 * Default cap on segments one conversation holds: 4096, a 4 MiB window of full-size Ethernet
 * segments (2 900 of 1 448 bytes) with room to spare.
 */
export const DEFAULT_CONVERSATION_HOLD_SEGMENTS = 4096;

/**
 * The memory caps for held (out-of-order) data: one per conversation, one shared by every
 * conversation that uses this budget. Costs count bytes plus {@linkcode HELD_SEGMENT_OVERHEAD}
 * per segment.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ReassemblyBudget } from "./reassembly.ts";
 *
 * const budget = new ReassemblyBudget(1 << 20, 1 << 16);
 * assert.equal(budget.used, 0);
 * assert.equal(budget.conversationBytes, 65536);
 * ```
 */
export class ReassemblyBudget {
  /** Bytes held in all conversations now. */
  used = 0;

  /**
   * Caps with nothing used yet.
   *
   * @param totalBytes Cap for all conversations together.
   * @param conversationBytes Cap for one conversation (both directions).
   * @param conversationSegments Cap on segments one conversation holds: releasing one scans
   *   the held list (as tshark does, to release in the same order), so this bounds the time a
   *   hostile stream of tiny reordered segments can cost.
   */
  constructor(
    readonly totalBytes: number = DEFAULT_TOTAL_HOLD_BYTES,
    readonly conversationBytes: number = DEFAULT_CONVERSATION_HOLD_BYTES,
    readonly conversationSegments: number = DEFAULT_CONVERSATION_HOLD_SEGMENTS,
  ) {}
}

/**
 * The chunk tshark's follow prints where `missing` bytes were acknowledged but not captured:
 * the text `[N bytes missing in capture file]` and a NUL byte. The reassembler does not put it
 * in the data: it calls `gap(…, missing, "missing")` at that place, and a printer that imitates
 * tshark prints this chunk for it, in the gap's direction.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { missingMarker } from "./reassembly.ts";
 *
 * const marker = missingMarker(5);
 * assert.equal(new TextDecoder().decode(marker), "[5 bytes missing in capture file]\0");
 * ```
 */
export function missingMarker(missing: number): Uint8Array {
  return new TextEncoder().encode(`[${missing} bytes missing in capture file]\0`);
}

/**
 * A {@linkcode StreamListener} that can also take in-order data as a range of a borrowed buffer,
 * which spares the reassembler a `subarray` view per data packet. When `dataRange` is there the
 * reassembler calls it instead of `data` for data delivered straight from a packet; data
 * released from held segments still comes through `data`.
 */
export interface RangeStreamListener extends StreamListener {
  /** In-order bytes `bytes[start, end)` `node` sent, borrowed: valid only during the call. */
  dataRange?(
    conversation: Conversation,
    node: Node,
    bytes: Uint8Array,
    start: number,
    end: number,
    packet: number,
    time: number,
  ): void;
}

/** A segment waiting for a hole before it to fill. */
class HeldSegment {
  constructor(
    /** Relative seq of its first byte. */
    readonly seq: number,
    /** Its captured bytes, copied. */
    readonly bytes: Uint8Array,
    readonly packet: number,
    readonly time: number,
  ) {}
}

/**
 * Layout of a direction pair's sequence state (in a {@linkcode Reassembler}'s own array, or at
 * `id × STATE` in {@linkcode SequenceStarts}): base seq per node, expected relative seq per
 * node, whether the base is set per node.
 */
const BASE = 0, EXPECTED = 2, BASE_SET = 4, STATE = 6;
/** In a reassembler's own array, after the state: the lowest held relative seq per node. */
const LOWEST = 6;

/**
 * tshark's base rules for one segment, on `state[at…]`: a SYN+ACK with another seq moves the
 * base; a direction's first segment sets its base (seq − 1 unless a SYN); an ACK sets the peer's
 * base from the ack if its first segment has not come yet. Returns the segment's relative seq
 * (+1 for a SYN, as tshark's follow counts it).
 */
function applyBases(
  state: Uint32Array,
  at: number,
  node: Node,
  seq: number,
  ack: number,
  flags: number,
): number {
  const other = node === 0 ? 1 : 0;
  if (
    (flags & (SYN | ACK)) === (SYN | ACK) && state[at + BASE_SET + node] !== 0 &&
    seq !== state[at + BASE + node]
  ) {
    state[at + BASE + node] = seq;
  }
  if (state[at + BASE_SET + node] === 0) {
    state[at + BASE + node] = (flags & SYN) !== 0 ? seq : seq - 1;
    state[at + BASE_SET + node] = 1;
  }
  if (state[at + BASE_SET + other] === 0 && (flags & ACK) !== 0) {
    state[at + BASE + other] = ack - 1;
    state[at + BASE_SET + other] = 1;
  }
  const sequence = (seq - state[at + BASE + node]!) >>> 0;
  return (flags & SYN) !== 0 ? (sequence + 1) >>> 0 : sequence;
}

/**
 * The sequence state of many conversations before their first byte of data, in one typed array
 * by id (24 bytes each): all a {@linkcode Reassembler} takes from the segments before its
 * first data. A tracker keeps this instead of a reassembler until data comes
 * ({@linkcode Reassembler.resume}), so conversations that never carry any (a SYN flood's)
 * cost no object.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Reassembler, ReassemblyBudget, SequenceStarts } from "./reassembly.ts";
 * import type { Conversation } from "./events.ts";
 *
 * const starts = new SequenceStarts(4);
 * starts.reset(2);
 * starts.segment(2, 0, 1000, 0, 0x002); // SYN at 1000: data starts at 1001
 * const chunks: string[] = [];
 * const reassembler = new Reassembler({ index: 0 } as Conversation, {
 *   data: (_c, _node, bytes) => chunks.push(new TextDecoder().decode(bytes)),
 * }, new ReassemblyBudget());
 * reassembler.resume(starts, 2);
 * const text = new TextEncoder().encode("hi");
 * reassembler.segment(0, 1001, 0, 0x018, text, 0, 2, 2, 2, 0);
 * assert.deepEqual(chunks, ["hi"]);
 * ```
 */
export class SequenceStarts {
  #state: Uint32Array;

  /** Room for ids below `capacity` (grown by {@linkcode SequenceStarts.grow}). */
  constructor(capacity: number) {
    this.#state = new Uint32Array(Math.max(1, capacity) * STATE);
  }

  /** Room for ids below `capacity` at least, keeping what is held. */
  grow(capacity: number): void {
    if (capacity * STATE <= this.#state.length) return;
    // Transferred: the old memory is freed at once, not at a collection.
    this.#state = new Uint32Array(
      (this.#state.buffer as ArrayBuffer).transfer(capacity * STATE * 4),
    );
  }

  /** Forgets `id`'s state: a new conversation. */
  reset(id: number): void {
    this.#state.fill(0, id * STATE, id * STATE + STATE);
  }

  /** A segment of `id`'s conversation that brought no captured byte (raw seq, ack, flags). */
  segment(id: number, node: Node, seq: number, ack: number, flags: number): void {
    const at = id * STATE;
    const sequence = applyBases(this.#state, at, node, seq >>> 0, ack >>> 0, flags);
    // Nothing was delivered yet, so tshark's expected seq is still set while it is 0.
    if (this.#state[at + EXPECTED + node] === 0) this.#state[at + EXPECTED + node] = sequence;
  }

  /** Copies `id`'s state into `target` (a reassembler's own array). */
  copy(id: number, target: Uint32Array): void {
    target.set(this.#state.subarray(id * STATE, id * STATE + STATE));
  }
}

/** Signed distance from `b` to `a` in 32-bit sequence space. */
function distance(a: number, b: number): number {
  return (a - b) | 0;
}

/**
 * Reassembles one conversation as tshark's Follow TCP Stream does, telling a
 * {@linkcode StreamListener}:
 * - `data(conversation, node, bytes, packet, time)` once per chunk tshark's follow prints, in
 *   the same order. `packet` and `time` are those of the packet that carried the bytes (as
 *   tshark's yaml follow gives them): for held data, an earlier packet than the one that
 *   released it. Data straight from a packet is a view of the borrowed packet buffer (or a
 *   `dataRange` call, see {@linkcode RangeStreamListener}); held data is the reassembler's copy,
 *   also valid only during the call.
 * - `gap(conversation, node, count, reason)` where sequence space was skipped: `"missing"` where
 *   tshark prints its marker ({@linkcode missingMarker}; count = the bytes it names), `"limit"`
 *   where a cap forced held data out (count = bytes skipped; tshark would have waited), `"end"`
 *   at {@linkcode Reassembler.finish} for data still held behind a hole (count = sequence space
 *   from the expected seq to the end of the held data; tshark drops it silently).
 *
 * Nothing is allocated for a segment unless data is held.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Reassembler, ReassemblyBudget } from "./reassembly.ts";
 * import type { Conversation } from "./events.ts";
 *
 * const chunks: string[] = [];
 * const reassembler = new Reassembler({ index: 0 } as Conversation, {
 *   data: (_c, node, bytes) => chunks.push(`${node}:${new TextDecoder().decode(bytes)}`),
 * }, new ReassemblyBudget());
 * const text = new TextEncoder().encode("hello world");
 * reassembler.segment(0, 1000, 0, 0x18, text, 0, 5, 5, 1, 0); // "hello" at 1000
 * reassembler.segment(0, 1011, 0, 0x18, text, 5, 11, 6, 2, 0); // " world" at 1011: a hole
 * assert.equal(reassembler.held, 6);
 * reassembler.segment(0, 1005, 0, 0x18, new TextEncoder().encode("12345x"), 0, 6, 6, 3, 0);
 * assert.deepEqual(chunks, ["0:hello", "0:12345x", "0: world"]);
 * ```
 */
export class Reassembler implements SegmentSink {
  /**
   * Per direction: base and expected seq, base set, and the relative seq of the held segment
   * nearest after the expected seq (layout `BASE`, `EXPECTED`, `BASE_SET`, `LOWEST`).
   */
  readonly #state = new Uint32Array(LOWEST + 2);
  /** tshark's `bytes_written != 0`, per node (bits): a segment was delivered straight. */
  #wrote = 0;
  /** Held segments per direction, made on the first hold. */
  #heldSegments: [HeldSegment[], HeldSegment[]] | null = null;
  /** Cost (bytes + overhead) of what this conversation holds. */
  #cost = 0;
  #heldBytes = 0;
  #segmentCount = 0;
  #finished = false;

  /**
   * A reassembler for one conversation, holding nothing yet.
   *
   * @param conversation Passed back in every listener call.
   * @param listener Gets the chunks and gaps.
   * @param budget The caps on held data (shared by every conversation it is given to).
   */
  constructor(
    readonly conversation: Conversation,
    readonly listener: RangeStreamListener,
    readonly budget: ReassemblyBudget,
  ) {}

  /** Payload bytes held waiting for a hole to fill. */
  get held(): number {
    return this.#heldBytes;
  }

  /**
   * Takes the sequence state `starts` kept for `id` from the conversation's segments so far,
   * which brought no data: call before the first {@linkcode Reassembler.segment}, as if those
   * segments had come here.
   */
  resume(starts: SequenceStarts, id: number): void {
    starts.copy(id, this.#state);
  }

  /** One segment, in capture order (see {@linkcode SegmentSink.segment}). */
  segment(
    node: Node,
    seq: number,
    ack: number,
    flags: number,
    bytes: Uint8Array,
    start: number,
    end: number,
    length: number,
    packet: number,
    time: number,
  ): void {
    if (this.#finished) return;
    const other: Node = node === 0 ? 1 : 0;
    const state = this.#state;
    seq >>>= 0;
    ack >>>= 0;
    const sequence = applyBases(state, 0, node, seq, ack, flags);
    const acknowledged = (flags & ACK) !== 0 ? (ack - state[BASE + other]!) >>> 0 : ack;

    if (this.#holds(other)) this.#releaseAcknowledged(other, acknowledged);

    if ((this.#wrote & (1 << node)) === 0 && state[EXPECTED + node] === 0) {
      state[EXPECTED + node] = sequence;
    }
    const from = Math.min(Math.max(start, 0), bytes.length);
    const to = Math.min(Math.max(end, from), bytes.length);
    this.#accept(node, sequence, length >>> 0, bytes, from, to - from, packet, time);
  }

  /**
   * Places a segment's captured bytes `bytes[from, from + captured)` starting at relative
   * `sequence`, `length` long on the wire. Loops only when a cap forced held data out, each
   * time with less held, so at most once per held segment plus once.
   */
  #accept(
    node: Node,
    sequence: number,
    length: number,
    bytes: Uint8Array,
    from: number,
    captured: number,
    packet: number,
    time: number,
  ): void {
    for (;;) {
      const expected = this.#state[EXPECTED + node]!;
      if (distance(sequence, expected) < 0) {
        const next = (sequence + length) >>> 0;
        if (distance(next, expected) > 0) {
          const offset = (expected - sequence) >>> 0;
          if (captured <= offset) captured = 0;
          else {
            captured -= offset;
            from += offset;
          }
          sequence = expected;
          length = (next - expected) >>> 0;
        }
      }
      if (captured === 0 || distance(sequence, expected) < 0) return;
      if (sequence === expected) {
        this.#state[EXPECTED + node] = (expected + length) >>> 0;
        this.#wrote |= 1 << node;
        const listener = this.listener;
        if (listener.dataRange !== undefined) {
          listener.dataRange(this.conversation, node, bytes, from, from + captured, packet, time);
        } else if (listener.data !== undefined) {
          const view = from === 0 && captured === bytes.length
            ? bytes
            : bytes.subarray(from, from + captured);
          listener.data(this.conversation, node, view, packet, time);
        }
        if (length > captured) {
          listener.gap?.(this.conversation, node, length - captured, "uncaptured");
        }
        if (this.#holds(node)) this.#releaseInOrder(node);
        return;
      }
      const cost = captured + HELD_SEGMENT_OVERHEAD;
      const budget = this.budget;
      if (
        this.#cost + cost <= budget.conversationBytes && budget.used + cost <= budget.totalBytes &&
        this.#segmentCount < budget.conversationSegments
      ) {
        this.#hold(node, sequence, bytes.slice(from, from + captured), packet, time);
        return;
      }
      // Over a cap: give up waiting, oldest hole first, then skip straight to this segment.
      const other: Node = node === 0 ? 1 : 0;
      if (this.#holds(node)) this.#skipToHeld(node);
      else if (this.#holds(other)) this.#skipToHeld(other);
      else {
        this.#gap(node, distance(sequence, expected), "limit");
        this.#state[EXPECTED + node] = sequence;
      }
    }
  }

  /** Whether `node` has held segments. */
  #holds(node: Node): boolean {
    const held = this.#heldSegments;
    return held !== null && held[node].length > 0;
  }

  #hold(node: Node, sequence: number, copy: Uint8Array, packet: number, time: number): void {
    this.#heldSegments ??= [[], []];
    const list = this.#heldSegments[node];
    const expected = this.#state[EXPECTED + node]!;
    if (
      list.length === 0 ||
      distance(sequence, expected) < distance(this.#state[LOWEST + node]!, expected)
    ) {
      this.#state[LOWEST + node] = sequence;
    }
    list.push(new HeldSegment(sequence, copy, packet, time));
    const cost = copy.length + HELD_SEGMENT_OVERHEAD;
    this.#cost += cost;
    this.budget.used += cost;
    this.#heldBytes += copy.length;
    this.#segmentCount++;
  }

  /** tshark's `check_follow_fragments` loop without an ack: held data that now fits. */
  #releaseInOrder(node: Node): void {
    if (distance(this.#state[LOWEST + node]!, this.#state[EXPECTED + node]!) > 0) return;
    // Bounded: every pass removes a held segment.
    while (this.#releaseOne(node));
    this.#findLowest(node);
  }

  /** tshark's `check_follow_fragments` loop with the peer's ack: skips acknowledged holes. */
  #releaseAcknowledged(node: Node, acknowledged: number): void {
    const list = this.#heldSegments![node];
    // Bounded: a pass releases held segments, or moves the expected seq onto one (which the
    // next pass releases), or ends the loop.
    while (list.length > 0) {
      const lowest = this.#state[LOWEST + node]!;
      if (distance(lowest, this.#state[EXPECTED + node]!) <= 0) this.#releaseInOrder(node);
      else if (distance(acknowledged, lowest) > 0) {
        this.#gap(node, distance(lowest, this.#state[EXPECTED + node]!), "missing");
        this.#state[EXPECTED + node] = lowest;
      } else return;
    }
  }

  /** A cap forced the hole before the lowest held seq of `node` to be given up. */
  #skipToHeld(node: Node): void {
    this.#gap(node, distance(this.#state[LOWEST + node]!, this.#state[EXPECTED + node]!), "limit");
    this.#state[EXPECTED + node] = this.#state[LOWEST + node]!;
    this.#releaseInOrder(node);
  }

  /**
   * Delivers (or drops, when already covered) the first held segment in arrival order that
   * starts at or before the expected seq. False when there is none.
   */
  #releaseOne(node: Node): boolean {
    const list = this.#heldSegments![node];
    const expected = this.#state[EXPECTED + node]!;
    let index = 0;
    while (index < list.length && distance(list[index]!.seq, expected) > 0) index++;
    if (index === list.length) return false;
    const segment = list[index]!;
    if (index === 0) list.shift();
    else list.splice(index, 1);
    const size = segment.bytes.length;
    const cost = size + HELD_SEGMENT_OVERHEAD;
    this.#cost -= cost;
    this.budget.used -= cost;
    this.#heldBytes -= size;
    this.#segmentCount--;
    const offset = (expected - segment.seq) >>> 0;
    if (distance((segment.seq + size) >>> 0, expected) > 0) {
      this.#state[EXPECTED + node] = (expected + size - offset) >>> 0;
      this.listener.data?.(
        this.conversation,
        node,
        offset === 0 ? segment.bytes : segment.bytes.subarray(offset),
        segment.packet,
        segment.time,
      );
    }
    return true;
  }

  #findLowest(node: Node): void {
    const list = this.#heldSegments![node];
    const expected = this.#state[EXPECTED + node]!;
    let lowest = 0;
    for (let i = 0; i < list.length; i++) {
      const seq = list[i]!.seq;
      if (i === 0 || distance(seq, expected) < distance(lowest, expected)) lowest = seq;
    }
    this.#state[LOWEST + node] = lowest;
  }

  #gap(node: Node, count: number, reason: GapReason): void {
    this.listener.gap?.(this.conversation, node, count, reason);
  }

  /** The conversation ended: held data is dropped (an `"end"` gap per direction holding any). */
  finish(_reason: EndReason): void {
    if (this.#finished) return;
    this.#finished = true;
    for (const node of [0, 1] as const) {
      if (!this.#holds(node)) continue;
      const list = this.#heldSegments![node];
      if (list.length === 0) continue;
      const expected = this.#state[EXPECTED + node]!;
      let span = 0;
      for (const segment of list) {
        span = Math.max(span, distance((segment.seq + segment.bytes.length) >>> 0, expected));
      }
      list.length = 0;
      this.#gap(node, span, "end");
    }
    this.budget.used -= this.#cost;
    this.#cost = 0;
    this.#heldBytes = 0;
    this.#segmentCount = 0;
  }
}
