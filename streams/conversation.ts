/**
 * Where the tracker keeps its conversations: typed arrays indexed by flow-table slot (per
 * conversation) and by slot × 2 + node (per direction), about 200 bytes a conversation and no
 * object per conversation, grown as conversations come; and {@linkcode TcpConversation}, the {@linkcode Conversation} view a
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
  // The final values, copied at the end into plain fields: no array, no string made then.
  #addressA = "";
  #addressB = "";
  /** IPv4 addresses as numbers once frozen (-1: not IPv4, the text is in `#addressA/B`). */
  #ipv4A = -1;
  #ipv4B = -1;
  /** MACs as two 24-bit halves each once frozen (-1: none). */
  #macAHigh = -1;
  #macALow = 0;
  #macBHigh = -1;
  #macBLow = 0;
  #firstMicros = 0;
  #lastMicros = 0;
  #framesAtoB = 0;
  #bytesAtoB = 0;
  #framesBtoA = 0;
  #bytesBtoA = 0;
  #completeness = 0;
  #seenA = 0;
  #seenB = 0;

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
    const store = this.#store, table = this.#table;
    if (store === null || table === null) return;
    const s = this.#slot;
    if (this.family === 4) {
      this.#ipv4A = ipv4Number(table.addressA(s));
      this.#ipv4B = ipv4Number(table.addressB(s));
    } else {
      this.#addressA = this.addressA;
      this.#addressB = this.addressB;
    }
    for (let node = 0; node < 2; node++) {
      const direction = s * 2 + node;
      if ((store.seen[direction]! & Seen.Mac) === 0) continue;
      const mac = store.mac, at = direction * 6;
      const high = (mac[at]! << 16) | (mac[at + 1]! << 8) | mac[at + 2]!;
      const low = (mac[at + 3]! << 16) | (mac[at + 4]! << 8) | mac[at + 5]!;
      if (node === 0) {
        this.#macAHigh = high;
        this.#macALow = low;
      } else {
        this.#macBHigh = high;
        this.#macBLow = low;
      }
    }
    this.#firstMicros = store.firstMicros[s]!;
    this.#lastMicros = store.lastMicros[s]!;
    this.#framesAtoB = store.frames[s * 2]!;
    this.#bytesAtoB = store.bytes[s * 2]!;
    this.#framesBtoA = store.frames[s * 2 + 1]!;
    this.#bytesBtoA = store.bytes[s * 2 + 1]!;
    this.#completeness = store.completeness[s]!;
    this.#seenA = store.seen[s * 2]!;
    this.#seenB = store.seen[s * 2 + 1]!;
    this.#store = null;
    this.#table = null;
  }

  /**
   * Node 0's (`side` 0) or node 1's IPv4 address as a 32-bit number, or -1 when the
   * conversation is over IPv6: what a table of many conversations keeps, without text.
   */
  ipv4(side: 0 | 1): number {
    if (this.family !== 4) return -1;
    const table = this.#table;
    if (table === null) return side === 0 ? this.#ipv4A : this.#ipv4B;
    return ipv4Number(side === 0 ? table.addressA(this.#slot) : table.addressB(this.#slot));
  }

  /** Node 0's address, as text. */
  get addressA(): string {
    if (this.#addressA === "") {
      if (this.#table !== null) this.#addressA = formatAddress(this.#table.addressA(this.#slot));
      else if (this.#ipv4A >= 0) this.#addressA = ipv4Text(this.#ipv4A);
    }
    return this.#addressA;
  }
  /** Node 1's address, as text. */
  get addressB(): string {
    if (this.#addressB === "") {
      if (this.#table !== null) this.#addressB = formatAddress(this.#table.addressB(this.#slot));
      else if (this.#ipv4B >= 0) this.#addressB = ipv4Text(this.#ipv4B);
    }
    return this.#addressB;
  }
  /** Node 0's MAC, or `""`. */
  get macA(): string {
    if (this.#store !== null) return macOf(this.#store, this.#slot * 2);
    return this.#macAHigh < 0 ? "" : macText(this.#macAHigh, this.#macALow);
  }
  /** Node 1's MAC, or `""`. */
  get macB(): string {
    if (this.#store !== null) return macOf(this.#store, this.#slot * 2 + 1);
    return this.#macBHigh < 0 ? "" : macText(this.#macBHigh, this.#macBLow);
  }
  /** Seconds since the epoch of the first packet. */
  get firstTime(): number {
    const store = this.#store;
    return (store === null ? this.#firstMicros : store.firstMicros[this.#slot]!) / 1e6;
  }
  /** Seconds since the epoch of the latest packet. */
  get lastTime(): number {
    const store = this.#store;
    return (store === null ? this.#lastMicros : store.lastMicros[this.#slot]!) / 1e6;
  }
  /** Frames node 0 sent. */
  get framesAtoB(): number {
    const store = this.#store;
    return store === null ? this.#framesAtoB : store.frames[this.#slot * 2]!;
  }
  /** Bytes node 0 sent. */
  get bytesAtoB(): number {
    const store = this.#store;
    return store === null ? this.#bytesAtoB : store.bytes[this.#slot * 2]!;
  }
  /** Frames node 1 sent. */
  get framesBtoA(): number {
    const store = this.#store;
    return store === null ? this.#framesBtoA : store.frames[this.#slot * 2 + 1]!;
  }
  /** Bytes node 1 sent. */
  get bytesBtoA(): number {
    const store = this.#store;
    return store === null ? this.#bytesBtoA : store.bytes[this.#slot * 2 + 1]!;
  }
  /** The OR of every packet's completeness bits so far. */
  get completeness(): number {
    const store = this.#store;
    return store === null ? this.#completeness : store.completeness[this.#slot]!;
  }
  /** Zeek's `conn_state`: see {@linkcode zeekState}. */
  get state(): string {
    const store = this.#store;
    return store === null
      ? zeekState(this.#seenA, this.#seenB)
      : zeekState(store.seen[this.#slot * 2]!, store.seen[this.#slot * 2 + 1]!);
  }
}

function ipv4Number(bytes: Uint8Array): number {
  return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
}

function ipv4Text(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

function macText(high: number, low: number): string {
  const bytes = new Uint8Array([
    high >>> 16,
    (high >>> 8) & 255,
    high & 255,
    low >>> 16,
    (low >>> 8) & 255,
    low & 255,
  ]);
  return formatMac(bytes, 0);
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
