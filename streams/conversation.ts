/**
 * A tracked TCP conversation: the public {@linkcode Conversation} summary and, per direction,
 * the few numbers Wireshark's sequence analysis needs.
 *
 * @module
 */

import { Completeness, type Conversation } from "./events.ts";

/**
 * One direction's analysis state, after Wireshark's `tcp_flow_t` and its
 * `tcp_analyze_seq_flow_info_t`: numbers only, made once per conversation. Sequence numbers are
 * raw (absolute) 32-bit values; 0 means "not seen yet", as in Wireshark.
 */
export class FlowState {
  /** The sequence number relative ones count from (`base_seq`). */
  baseSeq: number = 0;
  /** Whether `baseSeq` was set. */
  baseSet: boolean = false;
  /** Highest seq + len (+1 for SYN/FIN) sent. */
  nextSeq: number = 0;
  /** When `nextSeq` last advanced, in microseconds. */
  nextSeqTime: number = 0;
  /** Highest sequence number the peer is expected to acknowledge. */
  maxSeqToBeAcked: number = 0;
  /** The last acknowledgment number sent. */
  lastAck: number = 0;
  /** When it was sent, in microseconds. */
  lastAckTime: number = 0;
  /** The last window sent, unscaled (Wireshark starts it at 2³²−1). */
  window: number = 0xffffffff;
  /** Window scale shift: -1 unknown, -2 not used. */
  windowScale: number = -1;
  /** No pure ACK sent since this direction's SYN: its windows are not scaled yet. */
  firstAck: boolean = false;
  /** Duplicate ACKs sent in a row (-1 after one that acknowledged a lost segment). */
  duplicateAcks: number = 0;
  /** The analysis bits of this direction's last segment. */
  lastSegmentFlags: number = 0;
  /** Frames sent. */
  frames: number = 0;
  /** Bytes sent (frame length on the wire). */
  bytes: number = 0;
  /** Sent a SYN without ACK. */
  sawSyn: boolean = false;
  /** Sent a SYN with ACK. */
  sawSynAck: boolean = false;
  /** Sent a FIN. */
  sawFin: boolean = false;
  /** Sent a RST. */
  sawRst: boolean = false;
  /** The source MAC of its first frame that had one, or `""`. */
  mac: string = "";
}

/** A TCP conversation as the tracker keeps it: {@linkcode Conversation} plus analysis state. */
export class TcpConversation implements Conversation {
  /** `tcp.stream`. */
  readonly index: number;
  /** 4 or 6. */
  readonly family: 4 | 6;
  /** Node 0's address. */
  readonly addressA: string;
  /** Node 0's port. */
  readonly portA: number;
  /** Node 1's address. */
  readonly addressB: string;
  /** Node 1's port. */
  readonly portB: number;
  /** The packet that started it. */
  readonly firstPacket: number;
  /** Its first packet's time, in microseconds since the epoch. */
  readonly firstMicros: number;
  /** Its latest packet's time, in microseconds since the epoch. */
  lastMicros: number;
  /** The OR of every packet's completeness bits. */
  completeness: number = 0;
  /** Payload bytes reassembly skipped (set by the reassembly sink's owner). */
  missedBytes: number = 0;
  /** Node 0's direction. */
  readonly a: FlowState = new FlowState();
  /** Node 1's direction. */
  readonly b: FlowState = new FlowState();
  /** Time of the latest pure SYN (`ts_mru_syn`), microseconds; 0 if none. */
  lastSynMicros: number = 0;
  /** The initial RTT (`ts_first_rtt`): last SYN to the first pure ACK, microseconds; 0 if unknown. */
  firstRtt: number = 0;
  /** When a FIN or RST was seen (0 if not): the conversation may end after a grace period. */
  closedMicros: number = 0;
  /** Its id in the flow table, or -1 once it ended. */
  slot: number = -1;
  /** Neighbours in the tracker's recency list (ids of slots), -1 at the ends. */
  newer: number = -1;
  /** See `newer`. */
  older: number = -1;

  /** A conversation whose first packet was `firstPacket`, sent from A to B at `micros`. */
  constructor(
    index: number,
    family: 4 | 6,
    addressA: string,
    portA: number,
    addressB: string,
    portB: number,
    firstPacket: number,
    micros: number,
  ) {
    this.index = index;
    this.family = family;
    this.addressA = addressA;
    this.portA = portA;
    this.addressB = addressB;
    this.portB = portB;
    this.firstPacket = firstPacket;
    this.firstMicros = micros;
    this.lastMicros = micros;
  }

  /** Node 0's MAC, or `""`. */
  get macA(): string {
    return this.a.mac;
  }
  /** Node 1's MAC, or `""`. */
  get macB(): string {
    return this.b.mac;
  }
  /** Seconds since the epoch of the first packet. */
  get firstTime(): number {
    return this.firstMicros / 1e6;
  }
  /** Seconds since the epoch of the latest packet. */
  get lastTime(): number {
    return this.lastMicros / 1e6;
  }
  /** Frames node 0 sent. */
  get framesAtoB(): number {
    return this.a.frames;
  }
  /** Bytes node 0 sent. */
  get bytesAtoB(): number {
    return this.a.bytes;
  }
  /** Frames node 1 sent. */
  get framesBtoA(): number {
    return this.b.frames;
  }
  /** Bytes node 1 sent. */
  get bytesBtoA(): number {
    return this.b.bytes;
  }
  /** Zeek's `conn_state`: see {@linkcode zeekState}. */
  get state(): string {
    return zeekState(this.a, this.b);
  }
}

/**
 * Zeek's `conn_state` from what each side sent, node 0 taken as the originator (Zeek's
 * originator is the SYN's sender; a conversation whose first packet was not a SYN has none
 * here, which Zeek also reports as OTH unless a SYN-ACK came from node 1).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { FlowState, zeekState } from "./conversation.ts";
 *
 * const client = new FlowState();
 * const server = new FlowState();
 * client.sawSyn = true;
 * assert.equal(zeekState(client, server), "S0");
 * server.sawRst = true;
 * assert.equal(zeekState(client, server), "REJ");
 * ```
 */
export function zeekState(originator: FlowState, responder: FlowState): string {
  const syn = originator.sawSyn;
  const synAck = responder.sawSynAck;
  if (originator.sawRst || responder.sawRst) {
    if (syn && synAck) return originator.sawRst ? "RSTO" : "RSTR";
    if (syn) return responder.sawRst ? "REJ" : "RSTOS0";
    if (synAck && responder.sawRst) return "RSTRH";
    return "OTH";
  }
  if (syn && synAck) {
    if (originator.sawFin && responder.sawFin) return "SF";
    if (originator.sawFin) return "S2";
    if (responder.sawFin) return "S3";
    return "S1";
  }
  if (syn) return originator.sawFin ? "SH" : "S0";
  if (synAck) return responder.sawFin ? "SHR" : "OTH";
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
