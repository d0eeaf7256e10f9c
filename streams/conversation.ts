/**
 * Where the tracker keeps its conversations: typed arrays indexed by flow-table slot (per
 * conversation) and by slot × 2 + node (per direction), about 200 bytes a conversation and no
 * object per conversation; and {@linkcode TcpConversation}, the {@linkcode Conversation} view a
 * user gets, made only when asked for.
 *
 * @module
 */

import { formatIPv4, formatIPv6, formatMac } from "../decode/address.ts";
import { Completeness, type Conversation } from "./events.ts";
import type { FlowTable } from "./table.ts";

/** Bits of a direction's `seen` byte. */
export const Seen = {
  /** Its base sequence number is set. */
  Base: 1,
  /** It sent a SYN without ACK. */
  Syn: 2,
  /** It sent a SYN with ACK. */
  SynAck: 4,
  /** It sent a FIN. */
  Fin: 8,
  /** It sent a RST. */
  Rst: 16,
  /** No pure ACK sent since its SYN: its windows are not scaled yet (`is_first_ack`). */
  FirstAck: 32,
  /** Its MAC is known. */
  Mac: 64,
} as const;

/**
 * The tracker's state, as arrays. Per conversation (index: slot): stream index, first packet,
 * times in microseconds, completeness, the last pure SYN's time and the initial RTT (tshark's
 * `ts_mru_syn`, `ts_first_rtt`), when a FIN or RST was seen, recency-list links. Per direction
 * (index: slot × 2 + node), after Wireshark's `tcp_flow_t`: raw 32-bit sequence numbers (0 =
 * not seen yet, as in Wireshark), times in microseconds, the window unscaled (starting at
 * 2³²−1), the window scale (-1 unknown, -2 unused), duplicate ACKs in a row, the last segment's
 * analysis bits, frames, bytes, MAC.
 */
export class ConversationStore {
  /** `tcp.stream` of each slot's conversation. */
  index: Int32Array;
  /** Its first packet's number. */
  firstPacket: Float64Array;
  /** Its first packet's time. */
  firstMicros: Float64Array;
  /** Its latest packet's time. */
  lastMicros: Float64Array;
  /** The latest pure SYN's time, or 0. */
  lastSynMicros: Float64Array;
  /** The initial RTT, or 0 while unknown. */
  firstRtt: Float64Array;
  /** When a FIN or RST was seen, or 0. */
  closedMicros: Float64Array;
  /** The OR of its packets' completeness bits. */
  completeness: Uint8Array;
  /** Which of the tracker's lists holds it: 0 open, 1 closing (FIN or RST seen), 2 dormant. */
  list: Uint8Array;
  /** The next more recently active slot, or -1. */
  newer: Int32Array;
  /** The next less recently active slot, or -1. */
  older: Int32Array;
  /** Per direction: `base_seq`. */
  baseSeq: Uint32Array;
  /** Per direction: highest seq + len (+1 for SYN/FIN) sent. */
  nextSeq: Uint32Array;
  /** Per direction: highest sequence number the peer is expected to acknowledge. */
  maxSeqToBeAcked: Uint32Array;
  /** Per direction: the last acknowledgment number sent. */
  lastAck: Uint32Array;
  /** Per direction: the last window sent, unscaled. */
  window: Uint32Array;
  /** Per direction: when `nextSeq` last advanced. */
  nextSeqTime: Float64Array;
  /** Per direction: when `lastAck` was sent. */
  lastAckTime: Float64Array;
  /** Per direction: frames sent. */
  frames: Float64Array;
  /** Per direction: bytes sent (frame length on the wire). */
  bytes: Float64Array;
  /** Per direction: duplicate ACKs in a row (-1 after one that acknowledged a lost segment). */
  duplicateAcks: Int32Array;
  /** Per direction: the analysis bits of its last segment. */
  lastSegmentFlags: Uint16Array;
  /** Per direction: window scale shift, -1 unknown, -2 not used. */
  windowScale: Int8Array;
  /** Per direction: {@linkcode Seen} bits. */
  seen: Uint8Array;
  /** Per direction: the source MAC of its first frame that had one (6 bytes each). */
  mac: Uint8Array;

  /** Conversations the arrays have room for now. */
  capacity: number;

  /** Arrays for `capacity` conversations (grown by {@linkcode ConversationStore.grow}). */
  constructor(capacity: number) {
    this.capacity = capacity;
    this.index = new Int32Array(capacity);
    this.firstPacket = new Float64Array(capacity);
    this.firstMicros = new Float64Array(capacity);
    this.lastMicros = new Float64Array(capacity);
    this.lastSynMicros = new Float64Array(capacity);
    this.firstRtt = new Float64Array(capacity);
    this.closedMicros = new Float64Array(capacity);
    this.completeness = new Uint8Array(capacity);
    this.list = new Uint8Array(capacity);
    this.newer = new Int32Array(capacity);
    this.older = new Int32Array(capacity);
    this.baseSeq = new Uint32Array(capacity * 2);
    this.nextSeq = new Uint32Array(capacity * 2);
    this.maxSeqToBeAcked = new Uint32Array(capacity * 2);
    this.lastAck = new Uint32Array(capacity * 2);
    this.window = new Uint32Array(capacity * 2);
    this.nextSeqTime = new Float64Array(capacity * 2);
    this.lastAckTime = new Float64Array(capacity * 2);
    this.frames = new Float64Array(capacity * 2);
    this.bytes = new Float64Array(capacity * 2);
    this.duplicateAcks = new Int32Array(capacity * 2);
    this.lastSegmentFlags = new Uint16Array(capacity * 2);
    this.windowScale = new Int8Array(capacity * 2);
    this.seen = new Uint8Array(capacity * 2);
    this.mac = new Uint8Array(capacity * 12);
  }

  /**
   * Room for `capacity` conversations, keeping what the arrays hold: the tracker grows the
   * store as conversations come, so memory follows the conversations seen, not the cap.
   */
  grow(capacity: number): void {
    if (capacity <= this.capacity) return;
    const grown = <T extends TypedArray>(old: T, perConversation: number): T =>
      grownArray(old, capacity * perConversation);
    this.index = grown(this.index, 1);
    this.firstPacket = grown(this.firstPacket, 1);
    this.firstMicros = grown(this.firstMicros, 1);
    this.lastMicros = grown(this.lastMicros, 1);
    this.lastSynMicros = grown(this.lastSynMicros, 1);
    this.firstRtt = grown(this.firstRtt, 1);
    this.closedMicros = grown(this.closedMicros, 1);
    this.completeness = grown(this.completeness, 1);
    this.list = grown(this.list, 1);
    this.newer = grown(this.newer, 1);
    this.older = grown(this.older, 1);
    this.baseSeq = grown(this.baseSeq, 2);
    this.nextSeq = grown(this.nextSeq, 2);
    this.maxSeqToBeAcked = grown(this.maxSeqToBeAcked, 2);
    this.lastAck = grown(this.lastAck, 2);
    this.window = grown(this.window, 2);
    this.nextSeqTime = grown(this.nextSeqTime, 2);
    this.lastAckTime = grown(this.lastAckTime, 2);
    this.frames = grown(this.frames, 2);
    this.bytes = grown(this.bytes, 2);
    this.duplicateAcks = grown(this.duplicateAcks, 2);
    this.lastSegmentFlags = grown(this.lastSegmentFlags, 2);
    this.windowScale = grown(this.windowScale, 2);
    this.seen = grown(this.seen, 2);
    this.mac = grown(this.mac, 12);
    this.capacity = capacity;
  }

  /** Resets a slot for a new conversation. */
  reset(slot: number, index: number, packet: number, micros: number): void {
    this.index[slot] = index;
    this.firstPacket[slot] = packet;
    this.firstMicros[slot] = this.lastMicros[slot] = micros;
    this.lastSynMicros[slot] = this.firstRtt[slot] = this.closedMicros[slot] = 0;
    this.completeness[slot] = 0;
    this.list[slot] = 0;
    this.newer[slot] = this.older[slot] = -1;
    for (let d = slot * 2; d < slot * 2 + 2; d++) {
      this.baseSeq[d] =
        this.nextSeq[d] =
        this.maxSeqToBeAcked[d] =
        this.lastAck[d] =
          0;
      this.window[d] = 0xffffffff;
      this.nextSeqTime[d] =
        this.lastAckTime[d] =
        this.frames[d] =
        this.bytes[d] =
          0;
      this.duplicateAcks[d] = this.lastSegmentFlags[d] = this.seen[d] = 0;
      this.windowScale[d] = -1;
    }
  }
}

/** The typed arrays of {@linkcode ConversationStore}. */
type TypedArray = Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array | Int8Array;

/**
 * `old` made longer (zeros after its end). Its buffer is transferred, which frees the old
 * memory at once: a copy would keep both until a collection, half as much again at the peak.
 */
function grownArray<T extends TypedArray>(old: T, length: number): T {
  const Type = old.constructor as new (buffer: ArrayBuffer) => T;
  return new Type((old.buffer as ArrayBuffer).transfer(length * old.BYTES_PER_ELEMENT));
}

/**
 * A conversation as users see it ({@linkcode Conversation}): a view of the tracker's arrays
 * while the conversation is tracked, then a copy of its final values once it ended (the slot
 * goes to another conversation).
 */
export class TcpConversation implements Conversation {
  /** `tcp.stream`. */
  readonly index: number;
  /** 4 or 6. */
  readonly family: 4 | 6;
  /** Node 0's port. */
  readonly portA: number;
  /** Node 1's port. */
  readonly portB: number;
  /** The packet that started it. */
  readonly firstPacket: number;
  /** Payload bytes reassembly skipped (kept by whoever reassembles). */
  missedBytes = 0;
  #store: ConversationStore | null;
  #table: FlowTable | null;
  readonly #slot: number;
  #addressA = "";
  #addressB = "";
  #macA = "";
  #macB = "";
  #frozen: number[] = [];

  /** The view of `slot`, which holds a conversation now. */
  constructor(store: ConversationStore, table: FlowTable, slot: number) {
    this.#store = store;
    this.#table = table;
    this.#slot = slot;
    this.index = store.index[slot]!;
    this.family = table.family(slot);
    this.portA = table.portA(slot);
    this.portB = table.portB(slot);
    this.firstPacket = store.firstPacket[slot]!;
  }

  /** Copies the final values out of the arrays: called when the conversation ends. */
  freeze(): void {
    const store = this.#store;
    if (store === null) return;
    this.#addressA = this.addressA;
    this.#addressB = this.addressB;
    this.#macA = this.macA;
    this.#macB = this.macB;
    const s = this.#slot;
    this.#frozen = [
      store.firstMicros[s]!,
      store.lastMicros[s]!,
      store.frames[s * 2]!,
      store.bytes[s * 2]!,
      store.frames[s * 2 + 1]!,
      store.bytes[s * 2 + 1]!,
      store.completeness[s]!,
      store.seen[s * 2]!,
      store.seen[s * 2 + 1]!,
    ];
    this.#store = null;
    this.#table = null;
  }

  #value(i: number, live: (store: ConversationStore, slot: number) => number): number {
    return this.#store === null ? this.#frozen[i]! : live(this.#store, this.#slot);
  }

  /** Node 0's address, as text. */
  get addressA(): string {
    if (this.#addressA === "" && this.#table !== null) {
      this.#addressA = formatAddress(this.#table.addressA(this.#slot));
    }
    return this.#addressA;
  }
  /** Node 1's address, as text. */
  get addressB(): string {
    if (this.#addressB === "" && this.#table !== null) {
      this.#addressB = formatAddress(this.#table.addressB(this.#slot));
    }
    return this.#addressB;
  }
  /** Node 0's MAC, or `""`. */
  get macA(): string {
    if (this.#macA === "" && this.#store !== null) this.#macA = macOf(this.#store, this.#slot * 2);
    return this.#macA;
  }
  /** Node 1's MAC, or `""`. */
  get macB(): string {
    if (this.#macB === "" && this.#store !== null) {
      this.#macB = macOf(this.#store, this.#slot * 2 + 1);
    }
    return this.#macB;
  }
  /** Seconds since the epoch of the first packet. */
  get firstTime(): number {
    return this.#value(0, (store, s) => store.firstMicros[s]!) / 1e6;
  }
  /** Seconds since the epoch of the latest packet. */
  get lastTime(): number {
    return this.#value(1, (store, s) => store.lastMicros[s]!) / 1e6;
  }
  /** Frames node 0 sent. */
  get framesAtoB(): number {
    return this.#value(2, (store, s) => store.frames[s * 2]!);
  }
  /** Bytes node 0 sent. */
  get bytesAtoB(): number {
    return this.#value(3, (store, s) => store.bytes[s * 2]!);
  }
  /** Frames node 1 sent. */
  get framesBtoA(): number {
    return this.#value(4, (store, s) => store.frames[s * 2 + 1]!);
  }
  /** Bytes node 1 sent. */
  get bytesBtoA(): number {
    return this.#value(5, (store, s) => store.bytes[s * 2 + 1]!);
  }
  /** The OR of every packet's completeness bits so far. */
  get completeness(): number {
    return this.#value(6, (store, s) => store.completeness[s]!);
  }
  /** Zeek's `conn_state`: see {@linkcode zeekState}. */
  get state(): string {
    return zeekState(
      this.#value(7, (store, s) => store.seen[s * 2]!),
      this.#value(8, (store, s) => store.seen[s * 2 + 1]!),
    );
  }
}

function formatAddress(bytes: Uint8Array): string {
  return bytes.length === 4 ? formatIPv4(bytes, 0) : formatIPv6(bytes, 0);
}

function macOf(store: ConversationStore, direction: number): string {
  return store.seen[direction]! & Seen.Mac ? formatMac(store.mac, direction * 6) : "";
}

/**
 * Zeek's `conn_state` from the {@linkcode Seen} bits of each side, node 0 taken as the
 * originator (Zeek's originator is the SYN's sender; a conversation whose first packet was not
 * a SYN has none here, which Zeek also reports as OTH unless a SYN-ACK came from node 1).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Seen, zeekState } from "./conversation.ts";
 *
 * assert.equal(zeekState(Seen.Syn, 0), "S0");
 * assert.equal(zeekState(Seen.Syn, Seen.Rst), "REJ");
 * assert.equal(zeekState(Seen.Syn | Seen.Fin, Seen.SynAck | Seen.Fin), "SF");
 * ```
 */
export function zeekState(originator: number, responder: number): string {
  const syn = (originator & Seen.Syn) !== 0;
  const synAck = (responder & Seen.SynAck) !== 0;
  const finO = (originator & Seen.Fin) !== 0, finR = (responder & Seen.Fin) !== 0;
  const rstO = (originator & Seen.Rst) !== 0, rstR = (responder & Seen.Rst) !== 0;
  if (rstO || rstR) {
    if (syn && synAck) return rstO ? "RSTO" : "RSTR";
    if (syn) return rstR ? "REJ" : "RSTOS0";
    if (synAck && rstR) return "RSTRH";
    return "OTH";
  }
  if (syn && synAck) {
    if (finO && finR) return "SF";
    if (finO) return "S2";
    if (finR) return "S3";
    return "S1";
  }
  if (syn) return finO ? "SH" : "S0";
  if (synAck) return finR ? "SHR" : "OTH";
  return "OTH";
}

/** Completeness bits a packet adds to a conversation it did not start (Wireshark's rules). */
export function completenessOf(flags: number, length: number): number {
  const SYN = 0x02, ACK = 0x10, FIN = 0x01, RST = 0x04;
  let bits = 0;
  if ((flags & (SYN | ACK)) === (SYN | ACK)) bits |= Completeness.SynAck;
  if ((flags & (SYN | ACK)) === ACK) bits |= length > 0 ? Completeness.Data : Completeness.Ack;
  if ((flags & (FIN | ACK)) === (FIN | ACK)) bits |= Completeness.Fin;
  if (flags & RST) bits |= Completeness.Rst;
  return bits;
}
