/**
 * What the stream tracker tells its users: the per-packet facts Wireshark calls `tcp.stream`,
 * `tcp.completeness` and `tcp.analysis.*`, each conversation's summary, and the events of
 * reassembly (ordered data, gaps, ends). Pure data and types: no FFI.
 *
 * @module
 */

/** Bits of `tcp.completeness`: which parts of a connection's life the capture saw. */
export const Completeness = {
  Syn: 1,
  SynAck: 2,
  Ack: 4,
  Data: 8,
  Fin: 16,
  Rst: 32,
} as const;

/**
 * A completeness value in Wireshark's words, as its conversation dialog and
 * `tcp.completeness` tooltip give them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { completenessText } from "./events.ts";
 *
 * assert.equal(completenessText(31), "Complete, WITH_DATA");
 * assert.equal(completenessText(1), "Incomplete, SYN_SENT");
 * assert.equal(completenessText(37), "Incomplete (37)");
 * ```
 */
export function completenessText(value: number): string {
  switch (value) {
    case 1:
      return "Incomplete, SYN_SENT";
    case 3:
      return "Incomplete, CLIENT_ESTABLISHED";
    case 7:
      return "Incomplete, ESTABLISHED";
    case 15:
      return "Incomplete, DATA";
    case 31:
    case 47:
    case 63:
      return "Complete, WITH_DATA";
    case 23:
    case 39:
    case 55:
      return "Complete, NO_DATA";
    default:
      return `Incomplete (${value})`;
  }
}

/**
 * Bits of a segment's sequence analysis, after Wireshark's `tcp.analysis.*` flags. The JSON key
 * of each is `analysis_` and its {@linkcode TCP_ANALYSIS_NAMES} entry.
 */
export const TcpAnalysis = {
  Retransmission: 1 << 0,
  FastRetransmission: 1 << 1,
  SpuriousRetransmission: 1 << 2,
  OutOfOrder: 1 << 3,
  LostSegment: 1 << 4,
  AckLostSegment: 1 << 5,
  DuplicateAck: 1 << 6,
  ZeroWindow: 1 << 7,
  ZeroWindowProbe: 1 << 8,
  WindowFull: 1 << 9,
  WindowUpdate: 1 << 10,
  KeepAlive: 1 << 11,
  ReusedPorts: 1 << 12,
  ZeroWindowProbeAck: 1 << 13,
  KeepAliveAck: 1 << 14,
} as const;

/** Wireshark's field name (after `tcp.analysis.`) of each {@linkcode TcpAnalysis} bit, by bit. */
export const TCP_ANALYSIS_NAMES: readonly string[] = [
  "retransmission",
  "fast_retransmission",
  "spurious_retransmission",
  "out_of_order",
  "lost_segment",
  "ack_lost_segment",
  "duplicate_ack",
  "zero_window",
  "zero_window_probe",
  "window_full",
  "window_update",
  "keep_alive",
  "reused_ports",
  "zero_window_probe_ack",
  "keep_alive_ack",
];

/** Which side of a conversation sent something: 0 = the sender of its first packet. */
export type Node = 0 | 1;

/**
 * One TCP conversation (a stream, in Wireshark's words): made when its first packet is seen,
 * updated by every packet, final when its `end` event comes. Node 0 (A) is the sender of the
 * first packet, as in Wireshark's Follow TCP Stream and conversation table.
 */
export interface Conversation {
  /** `tcp.stream`: 0, 1, 2… in order of first packet. */
  readonly index: number;
  /** 4 or 6. */
  readonly family: 4 | 6;
  /** Node 0's address, as text (IPv6 compressed as in RFC 5952). */
  readonly addressA: string;
  /** Node 0's port. */
  readonly portA: number;
  /** Node 1's address. */
  readonly addressB: string;
  /** Node 1's port. */
  readonly portB: number;
  /** Node 0's MAC from the first frame that had one either way, or `""`. */
  readonly macA: string;
  /** Node 1's MAC, or `""`. */
  readonly macB: string;
  /** Number of the capture's packet that started the conversation. */
  readonly firstPacket: number;
  /** Time of its first packet, in seconds since the epoch. */
  readonly firstTime: number;
  /** Time of its latest packet. */
  readonly lastTime: number;
  /** Frames node 0 sent. */
  readonly framesAtoB: number;
  /** Bytes (frame length on the wire) node 0 sent. */
  readonly bytesAtoB: number;
  /** Frames node 1 sent. */
  readonly framesBtoA: number;
  /** Bytes node 1 sent. */
  readonly bytesBtoA: number;
  /** The OR of every packet's completeness bits so far: at the end, Wireshark's final value. */
  readonly completeness: number;
  /** Zeek's `conn_state` from what was seen so far: S0, S1, SF, REJ, RSTO, OTH… */
  readonly state: string;
  /** Payload bytes reassembly had to skip (never captured, or forced out by a limit). */
  readonly missedBytes: number;
}

/** Why reassembly skipped bytes. */
export type GapReason =
  /** The peer acknowledged past a hole: the bytes were sent but not captured (tshark's marker). */
  | "missing"
  /** A memory limit made reassembly give up waiting for the hole to fill. */
  | "limit"
  /** The conversation ended with data waiting behind a hole that never filled. */
  | "end"
  /**
   * The snapshot length cut the segment: its bytes past the captured ones (tshark's follow
   * skips them silently; a file of the stream keeps their place).
   */
  | "uncaptured";

/** Why a conversation ended. */
export type EndReason =
  /** FIN or RST seen, and the grace period passed. */
  | "closed"
  /** Nothing seen for the idle timeout. */
  | "idle"
  /** The cap on conversations tracked made room for a new one. */
  | "evicted"
  /** A SYN with a new initial sequence number started a new conversation on the same ports. */
  | "reused"
  /** The capture ended. */
  | "finish";

/**
 * Receives reassembled conversations. `bytes` is borrowed: valid only during the call (it may
 * be a view of libpcap's buffer); `bytes.slice()` keeps it.
 */
export interface StreamListener {
  /** A conversation's first packet was seen. */
  start?(conversation: Conversation): void;
  /**
   * In-order bytes `node` sent, one call per chunk as Wireshark's Follow TCP Stream shows
   * them. `packet` and `time` are those of the packet that delivered them.
   */
  data?(
    conversation: Conversation,
    node: Node,
    bytes: Uint8Array,
    packet: number,
    time: number,
  ): void;
  /** `missing` bytes `node` sent were skipped. */
  gap?(conversation: Conversation, node: Node, missing: number, reason: GapReason): void;
  /**
   * `node` sent a FIN or RST (after its segment's data, if any, was delivered): it sends no
   * more, though data held behind a hole may still come. Told only of a conversation the
   * listener heard of already (its start, or data): for the others it tells nothing.
   */
  fin?(conversation: Conversation, node: Node): void;
  /** The conversation is over: no more calls for it. */
  end?(conversation: Conversation, reason: EndReason): void;
}

/**
 * One listener that passes every call on to each of `listeners`, in order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fanOut, type StreamListener } from "./events.ts";
 *
 * const seen: string[] = [];
 * const a: StreamListener = { end: () => seen.push("a") };
 * const b: StreamListener = { end: () => seen.push("b") };
 * fanOut([a, b]).end?.({} as never, "finish");
 * assert.deepEqual(seen, ["a", "b"]);
 * ```
 */
export function fanOut(listeners: readonly StreamListener[]): StreamListener {
  if (listeners.length === 1) return listeners[0]!;
  return {
    start(conversation) {
      for (const listener of listeners) listener.start?.(conversation);
    },
    data(conversation, node, bytes, packet, time) {
      for (const listener of listeners) listener.data?.(conversation, node, bytes, packet, time);
    },
    gap(conversation, node, missing, reason) {
      for (const listener of listeners) listener.gap?.(conversation, node, missing, reason);
    },
    fin(conversation, node) {
      for (const listener of listeners) listener.fin?.(conversation, node);
    },
    end(conversation, reason) {
      for (const listener of listeners) listener.end?.(conversation, reason);
    },
  };
}

/**
 * Takes a conversation's TCP segments in capture order, to reassemble them: what the tracker
 * feeds, one sink per conversation with data. Every segment with a whole TCP header comes from
 * the first that carries data on, with or without data (acknowledgments fill holes too);
 * headers quoted in ICMP errors do not.
 */
export interface SegmentSink {
  /**
   * One segment. `seq` and `ack` are the raw 32-bit numbers (`ack` means something only with
   * the ACK bit in `flags`, `TcpFlag` bits). The captured message is `bytes[start, end)`;
   * `length` is its length on the wire (`tcp.len`), more than `end - start` when the snapshot
   * length cut it. `bytes` is borrowed: valid only during the call.
   */
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
  ): void;
  /** The conversation ended: nothing more comes. */
  finish(reason: EndReason): void;
  /** Payload bytes held waiting for a hole to fill. */
  readonly held: number;
}
