/**
 * The TCP stream tracker: gives each TCP packet its stream (`tcp.stream`), completeness,
 * relative sequence numbers and sequence analysis flags as tshark 4.0's single pass does, keeps
 * a summary of each conversation, ends conversations by packet time, and feeds reassembly.
 *
 * @module
 */

import type { Decoder } from "../decode/decoder.ts";
import { LayerType } from "../decode/layer_type.ts";
import type { Packet } from "../decode/packet.ts";
import { TcpFlag } from "../decode/tcp.ts";
import { completenessOf, ConversationStore, Seen, TcpConversation } from "./conversation.ts";
import {
  Completeness,
  type EndReason,
  type SegmentSink,
  type StreamListener,
  TcpAnalysis,
} from "./events.ts";
import { FlowTable } from "./table.ts";
import { Reassembler, SequenceStarts } from "./reassembly.ts";

/** Limits and hooks of a {@linkcode StreamTracker}. */
export interface StreamTrackerOptions {
  /**
   * Most conversations tracked at once; when a new one would exceed it, the least recently
   * active ends (`evicted`). Default {@linkcode DEFAULT_MAX_CONVERSATIONS}. The arrays grow
   * with the conversations tracked at once (about 250 bytes each).
   */
  maxConversations?: number;
  /** Seconds of packet time without a packet after which a conversation ends (`idle`). Default 300. */
  idleTimeout?: number;
  /** Seconds after its last packet that a conversation which saw FIN or RST ends (`closed`). Default 10. */
  closedGrace?: number;
  /** Told when each conversation starts and ends. */
  listener?: StreamListener;
  /**
   * Which conversations (by stream index) the listener's `start` is told of; default all. Telling
   * it needs the conversation's object, kept until the conversation ends: `--follow N` asks for
   * its stream only, so that a SYN flood costs no object per conversation.
   */
  wantsStart?: (index: number) => boolean;
  /**
   * Makes the reassembly sink of a conversation, or none. Asked when the conversation's first
   * segment with captured data comes (then that segment and every later one go to the sink),
   * not at its start: until then the tracker keeps only the sequence state those segments set
   * (a {@linkcode SequenceStarts} entry, 24 bytes), which a {@linkcode Reassembler} sink is
   * given ({@linkcode Reassembler.resume}); so a conversation that never carries data (a SYN
   * flood's) costs neither a sink nor a conversation object.
   */
  reassembly?: (conversation: TcpConversation) => SegmentSink | undefined;
  /**
   * Whether each packet's sequence analysis is worked out: `analysis`, `duplicateAckCount`,
   * `relativeSeq`, `relativeAck`, `nextSeq` (and their `has…`). Default true. Without it the
   * tracker still gives streams, nodes, completeness and whole conversations (ports reused
   * with a new initial sequence number included), for a third of the work: for users that read
   * conversations only.
   */
  analyze?: boolean;
}

/** Marks a conversation whose reassembly factory declined it. */
const NO_SINK: SegmentSink = { segment() {}, finish() {}, held: 0 };

/**
 * Default cap on conversations tracked at once: 100,000 (25 MB of arrays when full). A SYN flood
 * of a million connections fills any cap, and the whole run must stay under 256 MB with the
 * default caps even with `--conversations`, whose rows (67 MB for a million) live beside the
 * tracker: at 500,000 that run took 320 to 350 MB, at 200,000 about 265, at 100,000 about
 * 220. Past the cap only a 4-tuple whose record was reused numbers differently from
 * Wireshark, and closed and idle conversations go first: it takes 100,000 open at once.
 */
export const DEFAULT_MAX_CONVERSATIONS = 100_000;

const SYN = TcpFlag.SYN, ACK = TcpFlag.ACK, FIN = TcpFlag.FIN, RST = TcpFlag.RST;
const SYN_FIN_RST = SYN | FIN | RST;
/** The lists a conversation can be in (`ConversationStore.list`). */
const OPEN = 0, CLOSING = 1, DORMANT = 2;

/** a > b in sequence space. */
function after(a: number, b: number): boolean {
  return ((b - a) | 0) < 0;
}
/** a < b in sequence space. */
function before(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}

/**
 * Follows TCP conversations packet by packet. Call {@linkcode StreamTracker.track} after
 * decoding each packet, in capture order; its public fields then describe that packet's TCP
 * header until the next call. Node 0 of a conversation is the sender of its first packet.
 *
 * A conversation quiet for `idleTimeout`, or for `closedGrace` after a FIN or RST, ends (the
 * listener's `end`, the sink's `finish`) but stays in the table, dormant, until its room is
 * needed: if its 4-tuple comes back first, the conversation goes on with the same stream index
 * and sequence state (a new `start` with the same index), as tshark, which keeps every
 * conversation for the whole file, numbers it. When the table is full a new conversation takes
 * the room of the oldest dormant one, else evicts the least recently active closing one (FIN
 * or RST seen), else the least recently active open one (`evicted`). Only
 * a 4-tuple whose conversation was evicted, or whose dormant record was reused, gets a new index
 * where tshark would continue the old one. tshark's cap of 10 000
 * unacknowledged segments per direction (past which a SYN or FIN stops counting 1 in its next
 * sequence number) is not modelled.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder } from "../decode/decoder.ts";
 * import { Packet } from "../decode/packet.ts";
 * import { StreamTracker } from "./tracker.ts";
 *
 * // IPv4 (raw IP link type 101) + TCP, flags and seq as given.
 * function segment(from: number, to: number, flags: number, seq: number, ack: number): Packet {
 *   const frame = new Uint8Array(40);
 *   frame.set([0x45, 0, 0, 40, 0, 0, 0, 0, 64, 6, 0, 0, 10, 0, 0, from, 10, 0, 0, to]);
 *   const view = new DataView(frame.buffer);
 *   view.setUint16(20, from === 1 ? 40000 : 80);
 *   view.setUint16(22, from === 1 ? 80 : 40000);
 *   view.setUint32(24, seq);
 *   view.setUint32(28, ack);
 *   frame[32] = 0x50;
 *   frame[33] = flags;
 *   view.setUint16(34, 1000);
 *   return Packet.from(frame, { linkType: 101 });
 * }
 *
 * const decoder = new Decoder();
 * const tracker = new StreamTracker();
 * for (const packet of [segment(1, 2, 0x02, 1000, 0), segment(2, 1, 0x14, 0, 1001)]) {
 *   decoder.decodePacket(packet);
 *   assert.ok(tracker.track(packet, decoder));
 * }
 * assert.equal(tracker.stream, 0);
 * assert.equal(tracker.completeness, 1); // what the SYN brought; the RST/ACK counts after
 * assert.equal(tracker.conversation?.completeness, 37);
 * assert.equal(tracker.conversation?.state, "REJ");
 * assert.equal(tracker.relativeAck, 1);
 * ```
 */
export class StreamTracker {
  /** The packet's stream index (`tcp.stream`), or -1 when it has none. */
  stream: number = -1;
  /** `tcp.completeness`: the OR of what the stream's earlier packets brought. */
  completeness: number = 0;
  /** Which side sent the packet. */
  node: 0 | 1 = 0;
  /** Whether `relativeSeq` is shown (`tcp.seq`): not for a header quoted in an ICMP error. */
  hasSeq: boolean = false;
  /** `tcp.seq`: relative to the base sequence number, or raw when it could not be made relative. */
  relativeSeq: number = 0;
  /** Whether `relativeAck` is shown (`tcp.ack`): headers of at least 20 bytes. */
  hasAck: boolean = false;
  /** `tcp.ack`: relative when the ACK flag is set, raw otherwise (as tshark). */
  relativeAck: number = 0;
  /** Whether `nextSeq` is shown (`tcp.nxtseq`): whole segments, not fragments or quotes. */
  hasNextSeq: boolean = false;
  /** `tcp.nxtseq`: relative sequence number after this segment (SYN and FIN count 1). */
  nextSeq: number = 0;
  /**
   * {@linkcode TcpAnalysis} bits of the packet (shown only for headers of at least 20 bytes).
   * As tshark's fields, fast and spurious retransmissions have the `Retransmission` bit too.
   */
  analysis: number = 0;
  /** `tcp.analysis.duplicate_ack_num`, when `analysis` has `DuplicateAck`. */
  duplicateAckCount: number = 0;
  /** Whether the header tracked was one quoted in an ICMP error. */
  quoted: boolean = false;
  /** The decoder whose TCP header was tracked (the outer one, a tunnel's, or an ICMP quote's). */
  decoder: Decoder | null = null;
  /** Conversations started so far (the next stream index). */
  started: number = 0;

  readonly #table: FlowTable;
  readonly #store: ConversationStore;
  /** Views made for users, by slot (made on demand: most conversations never need one). */
  readonly #views: (TcpConversation | undefined)[];
  readonly #sinks: (SegmentSink | undefined)[];
  readonly #idleMicros: number;
  readonly #graceMicros: number;
  readonly #listener: StreamListener | undefined;
  readonly #reassembly: ((conversation: TcpConversation) => SegmentSink | undefined) | undefined;
  readonly #wantsStart: ((index: number) => boolean) | undefined;
  /** Sequence state of conversations with no sink yet (only with a reassembly factory). */
  readonly #starts: SequenceStarts | null;
  readonly #analyzes: boolean;
  /** The packet's slot, or -1. */
  #slot = -1;
  // The packet's time (µs) and sequence numbers, kept in fields rather than passed as
  // arguments: a number beyond 31 bits passed to a call V8 does not inline is boxed, an
  // allocation per packet.
  #now = 0;
  #seq = 0;
  #ack = 0;
  /** Most and least recently active slots (a doubly linked list through the store). */
  // Three lists through the store, each in order of last activity: open conversations,
  // closing ones (FIN or RST seen), and dormant ones (ended idle or closed, kept for their
  // numbering). Index: the list (store.list[slot]).
  readonly #newestOf = new Int32Array([-1, -1, -1]);
  readonly #oldestOf = new Int32Array([-1, -1, -1]);
  /** Conversations tracked (not dormant). */
  #live = 0;

  /** A tracker with the given limits and hooks. */
  constructor(options: StreamTrackerOptions = {}) {
    const max = options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS;
    this.#table = new FlowTable(max);
    // Sized as the table's room, and grown with it: memory follows the conversations seen.
    this.#store = new ConversationStore(this.#table.room);
    this.#views = [];
    this.#sinks = [];
    this.#idleMicros = (options.idleTimeout ?? 300) * 1e6;
    this.#graceMicros = (options.closedGrace ?? 10) * 1e6;
    this.#listener = options.listener;
    this.#reassembly = options.reassembly;
    this.#wantsStart = options.wantsStart;
    this.#starts = options.reassembly === undefined ? null : new SequenceStarts(this.#table.room);
    this.#analyzes = options.analyze ?? true;
  }

  /** Conversations tracked now. */
  get size(): number {
    return this.#live;
  }

  /** The conversation of the last packet tracked, or null (made on first use, then kept). */
  get conversation(): TcpConversation | null {
    return this.#slot < 0 ? null : this.#view(this.#slot);
  }

  #view(slot: number): TcpConversation {
    let view = this.#views[slot];
    if (view === undefined) {
      view = this.#views[slot] = new TcpConversation(this.#store, this.#table, slot);
    }
    return view;
  }

  /**
   * Tracks the TCP header of a decoded packet: the first found in the frame, its tunnels, or
   * an ICMP error's quote. Returns whether there was one that got a stream.
   */
  track(packet: Packet, decoder: Decoder): boolean {
    this.stream = -1;
    this.completeness = 0;
    this.hasSeq = this.hasAck = this.hasNextSeq = false;
    this.analysis = 0;
    this.duplicateAckCount = 0;
    this.quoted = false;
    this.decoder = null;
    this.#slot = -1;
    this.#now = packet.seconds * 1e6 + packet.microseconds;
    this.#expire();
    let found: Decoder | null = null;
    for (let d: Decoder | null = decoder; d !== null; d = d.inner) {
      if (hasTcp(d)) {
        found = d;
        break;
      }
      const quote = d.quoted;
      if (quote !== null && hasTcp(quote)) {
        found = quote;
        this.quoted = true;
        break;
      }
    }
    if (found === null) return false;
    return this.#trackHeader(packet, found);
  }

  #trackHeader(packet: Packet, d: Decoder): boolean {
    const now = this.#now;
    const tcp = d.tcp;
    const bytes = tcp.bytes;
    // The IP header directly enclosing TCP: the last one before it.
    let ipType: LayerType = LayerType.None;
    for (let i = 0; i < d.layerCount; i++) {
      const type = d.layers[i]!;
      if (type === LayerType.IPv4 || type === LayerType.IPv6) ipType = type;
    }
    if (ipType === LayerType.None) return false;
    const v4 = ipType === LayerType.IPv4;
    const ip = v4 ? d.ipv4 : d.ipv6;
    const family = v4 ? 4 : 6;
    const source = v4 ? ip.offset + 12 : ip.offset + 8;
    // tshark's pinfo->dst: with a routing header still under way, the final destination.
    const destination = v4 ? ip.offset + 16 : d.ipv6.finalDestinationOffset;
    const at = tcp.offset;
    // The fixed header read once, straight from the bytes (hasTcp saw at least 16 of them).
    const sourcePort = (bytes[at]! << 8) | bytes[at + 1]!;
    const destinationPort = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const seq = this.#seq = ((bytes[at + 4]! << 24) | (bytes[at + 5]! << 16) |
      (bytes[at + 6]! << 8) | bytes[at + 7]!) >>> 0;
    const ack = this.#ack = ((bytes[at + 8]! << 24) | (bytes[at + 9]! << 16) |
      (bytes[at + 10]! << 8) | bytes[at + 11]!) >>> 0;
    const offsetAndFlags = (bytes[at + 12]! << 8) | bytes[at + 13]!;
    const flags = offsetAndFlags & 0x1ff;
    const headerLength = (offsetAndFlags >> 12) * 4;
    const window = (bytes[at + 14]! << 8) | bytes[at + 15]!;
    const fragmented = v4
      ? d.ipv4.moreFragments || d.ipv4.fragmentOffset !== 0
      : d.ipv6.fragmentHeaderOffset >= 0;
    // What the IP header says follows, but no more than the frame had on the wire: tshark
    // bounds an IP length that exceeds the packet by it.
    const reported = Math.min(ip.upperLength, packet.wireLength - at);
    const quoted = this.quoted;
    const haveLength = !fragmented && !quoted && reported >= headerLength;
    const length = haveLength ? reported - headerLength : 0;
    const whole = d.has(LayerType.TCP);
    const analyzes = this.#analyzes;
    const store = this.#store;

    const table = this.#table;
    let slot = table.find(bytes, family, source, destination, sourcePort, destinationPort);
    let node: 0 | 1 = 0;
    let reused = false;
    if (slot >= 0) {
      node = table.direction;
      const sender = slot * 2 + node;
      if (
        (flags & (SYN | ACK)) === SYN && store.seen[sender]! & Seen.Base &&
        seq !== store.baseSeq[sender]
      ) {
        // A new initial sequence number on a known 4-tuple: a new conversation.
        if (store.list[slot] === DORMANT) this.#discard(slot);
        else this.#end(slot, "reused");
        slot = -1;
        reused = true;
      } else if (store.list[slot] === DORMANT) {
        this.#revive(slot);
      }
    }
    const created = slot < 0 && !reused;
    if (slot < 0) {
      slot = this.#create(
        packet,
        family,
        bytes,
        source,
        destination,
        sourcePort,
        destinationPort,
      );
      node = 0;
    }
    const fwd = slot * 2 + node;
    const rev = slot * 2 + (node ^ 1);
    let seen = store.seen[fwd]!;
    let analysis = 0;
    if (reused) {
      analysis |= TcpAnalysis.ReusedPorts;
      store.completeness[slot] = Completeness.Syn;
    } else if ((flags & (SYN | ACK)) === SYN && seen & Seen.Base && analyzes) {
      // The same SYN again: tshark restores the next sequence number a RST may have moved.
      store.nextSeq[fwd] = store.maxSeqToBeAcked[fwd]!;
    }
    if ((flags & (SYN | ACK)) === (SYN | ACK) && seen & Seen.Base && seq !== store.baseSeq[fwd]) {
      store.baseSeq[fwd] = seq;
      analysis |= TcpAnalysis.ReusedPorts;
    }
    this.node = node;
    this.stream = store.index[slot]!;
    this.completeness = store.completeness[slot]!;
    this.decoder = d;
    this.#slot = slot;
    this.#touch(slot);

    if (haveLength) {
      if ((seen & Seen.Base) === 0) {
        store.baseSeq[fwd] = flags & SYN ? seq : seq - 1;
        seen |= Seen.Base;
      }
      if (flags & ACK && (store.seen[rev]! & Seen.Base) === 0) {
        store.baseSeq[rev] = ack - 1;
        store.seen[rev] = store.seen[rev]! | Seen.Base;
      }
    }
    if (analyzes) {
      this.relativeSeq = seq;
      this.relativeAck = ack;
      this.hasSeq = !quoted;
      if (haveLength) {
        store.seen[fwd] = seen;
        analysis = this.#analyze(slot, fwd, rev, length, flags, window, analysis);
        this.relativeSeq = (seq - store.baseSeq[fwd]!) >>> 0;
        if (flags & ACK) this.relativeAck = (ack - store.baseSeq[rev]!) >>> 0;
      }
    }
    if (headerLength < 20) {
      store.seen[fwd] = seen;
      return true;
    }
    if (analyzes) {
      this.analysis = analysis;
      this.hasAck = true;
    }
    if (!quoted && whole && !tcp.optionsCut) {
      // tshark's conversation table leaves out quoted headers, those under 20 bytes and those
      // the snapshot length cut (its dissector stops before the table hears of them).
      store.frames[fwd] = store.frames[fwd]! + 1;
      store.bytes[fwd] = store.bytes[fwd]! + (packet.wireLength);
      if ((seen & Seen.Mac) === 0 && d.has(LayerType.Ethernet)) {
        const ethernet = d.ethernet;
        store.mac.set(ethernet.bytes.subarray(ethernet.offset + 6, ethernet.offset + 12), fwd * 6);
        seen |= Seen.Mac;
      }
    }
    if (created) {
      if ((flags & (SYN | ACK)) === SYN) {
        store.completeness[slot] = store.completeness[slot]! |
          (Completeness.Syn | (length > 0 ? Completeness.Data : 0));
      }
    } else {
      store.completeness[slot] = store.completeness[slot]! | (completenessOf(flags, length));
    }
    if (haveLength && analyzes) {
      this.hasNextSeq = true;
      this.nextSeq = (this.relativeSeq + length + (flags & (SYN | FIN) ? 1 : 0)) >>> 0;
    }
    if (flags & (SYN | FIN | RST)) {
      if (flags & SYN) {
        if (flags & ACK) seen |= Seen.SynAck;
        else {
          seen |= Seen.Syn;
          store.lastSynMicros[slot] = now;
        }
        seen |= Seen.FirstAck;
      }
      if (flags & FIN) seen |= Seen.Fin;
      if (flags & RST) seen |= Seen.Rst;
      if (flags & (FIN | RST) && !quoted) {
        store.closedMicros[slot] = now;
        if (store.list[slot] === OPEN) this.#move(slot, CLOSING);
      }
    }
    if ((flags & (SYN | ACK)) === ACK) {
      // The initial RTT serves the analysis alone; once known, one array is read, not two.
      if (analyzes && store.firstRtt[slot] === 0 && store.lastSynMicros[slot] !== 0) {
        store.firstRtt[slot] = now - store.lastSynMicros[slot]!;
      }
      seen &= ~Seen.FirstAck;
    }
    store.seen[fwd] = seen;
    // Window scales matter to the analysis alone; only a header with options can have one.
    if (analyzes && whole && headerLength > 20) {
      const scale = tcp.windowScale;
      if (scale !== undefined) store.windowScale[fwd] = Math.min(scale, 14);
    }
    if (flags & SYN) {
      if (store.windowScale[fwd] === -1) {
        store.windowScale[fwd] = -2;
        store.windowScale[rev] = -2;
      } else if (flags & ACK && store.windowScale[rev] === -2) {
        store.windowScale[fwd] = -2;
      }
    }
    if (!quoted) {
      if (this.#starts !== null && whole) {
        this.#reassemble(slot, node, d, haveLength ? length : d.payloadLength, packet.number);
      }
      // Told only of conversations the listener knows (told of their start or data): for the
      // rest a view would be made and kept for nothing, one per conversation of a RST flood.
      if (flags & (FIN | RST) && this.#listener?.fin !== undefined) {
        const view = this.#views[slot];
        if (view !== undefined) this.#listener.fin(view, node);
      }
    }
    return true;
  }

  /** Feeds the segment to its conversation's sink, made when its first data comes. */
  #reassemble(slot: number, node: 0 | 1, d: Decoder, length: number, packet: number): void {
    const tcp = d.tcp;
    const bytes = tcp.bytes;
    const start = d.payloadOffset, end = d.payloadEnd;
    let sink = this.#sinks[slot];
    if (sink === undefined) {
      // The reassembler's own bounds: whether it would get any captured byte.
      const from = Math.min(Math.max(start, 0), bytes.length);
      if (Math.min(Math.max(end, from), bytes.length) === from) {
        this.#starts!.segment(slot, node, this.#seq, this.#ack, tcp.flagsWithReserved);
        return;
      }
      sink = this.#reassembly!(this.#view(slot)) ?? NO_SINK;
      if (sink instanceof Reassembler) sink.resume(this.#starts!, slot);
      this.#sinks[slot] = sink;
    }
    if (sink === NO_SINK) return;
    sink.segment(
      node,
      this.#seq,
      this.#ack,
      tcp.flagsWithReserved,
      bytes,
      start,
      end,
      length,
      packet,
      this.#now / 1e6,
    );
  }

  /** tshark's `tcp_analyze_sequence_number`, first pass: the analysis bits of one segment. */
  #analyze(
    slot: number,
    fwd: number,
    rev: number,
    length: number,
    flags: number,
    window: number,
    analysis: number,
  ): number {
    const s = this.#store;
    const now = this.#now, seq = this.#seq, ack = this.#ack;
    const plain = (flags & SYN_FIN_RST) === 0;
    const nextSeq = s.nextSeq[fwd]!;
    checks: {
      if (length === 1 && seq === nextSeq && s.window[rev] === 0) {
        analysis |= TcpAnalysis.ZeroWindowProbe;
        break checks;
      }
      if (window === 0 && plain) analysis |= TcpAnalysis.ZeroWindow;
      if (nextSeq !== 0 && after(seq, nextSeq) && (flags & RST) === 0) {
        analysis |= TcpAnalysis.LostSegment;
      }
      if (length <= 1 && seq === ((nextSeq - 1) >>> 0) && plain) {
        analysis |= TcpAnalysis.KeepAlive;
      }
      const sameAck = seq === nextSeq && ack === s.lastAck[fwd] && plain && length === 0;
      const fwdWindow = s.window[fwd]!;
      if (sameAck && window !== 0 && window !== fwdWindow) analysis |= TcpAnalysis.WindowUpdate;
      const revScale = s.windowScale[rev]!;
      if (length > 0 && revScale !== -1 && plain) {
        const shift = s.seen[rev]! & Seen.FirstAck || revScale === -2 ? 0 : revScale;
        const edge = (s.lastAck[rev]! + ((s.window[rev]! << shift) >>> 0)) >>> 0;
        if (((seq + length) >>> 0) === edge) analysis |= TcpAnalysis.WindowFull;
      }
      if (sameAck && window !== 0 && window === fwdWindow) {
        if (s.lastSegmentFlags[rev]! & TcpAnalysis.KeepAlive) {
          analysis |= TcpAnalysis.KeepAliveAck;
          break checks;
        }
      }
      if (sameAck && window === 0 && window === fwdWindow) {
        if (s.lastSegmentFlags[rev]! & TcpAnalysis.ZeroWindowProbe) {
          analysis |= TcpAnalysis.ZeroWindowProbeAck;
          break checks;
        }
      }
      if (sameAck && window !== 0 && window === fwdWindow) {
        const count = s.duplicateAcks[fwd] === -1 ? 1 : s.duplicateAcks[fwd]! + 1;
        s.duplicateAcks[fwd] = count;
        analysis |= TcpAnalysis.DuplicateAck;
        this.duplicateAckCount = count;
      }
    }
    if (ack !== s.lastAck[fwd]) s.duplicateAcks[fwd] = 0;
    const revMax = s.maxSeqToBeAcked[rev]!;
    if (revMax !== 0 && after(ack, revMax) && flags & ACK) {
      if (before(revMax, s.nextSeq[rev]!)) {
        s.maxSeqToBeAcked[rev] = s.nextSeq[rev]!;
        analysis |= TcpAnalysis.AckLostSegment;
      } else {
        if (s.duplicateAcks[rev] === 0) analysis |= TcpAnalysis.AckLostSegment;
        s.duplicateAcks[rev] = -1;
      }
    }
    const synOrFin = (flags & (SYN | FIN)) !== 0;
    if ((length > 0 || synOrFin) && (analysis & TcpAnalysis.KeepAlive) === 0) {
      let notAdvanced = nextSeq !== 0 && before(seq, nextSeq);
      if (length > 1 && ((nextSeq - 1) >>> 0) === seq) notAdvanced = false;
      const revLastAck = s.lastAck[rev]!;
      retransmission: {
        if (length > 0 && revLastAck !== 0 && !after((seq + length) >>> 0, revLastAck)) {
          analysis |= TcpAnalysis.SpuriousRetransmission;
          break retransmission;
        }
        const sinceAck = now - s.lastAckTime[rev]!;
        if (
          notAdvanced && s.duplicateAcks[rev]! >= 2 && revLastAck === seq && sinceAck >= 0 &&
          sinceAck < 20_000
        ) {
          analysis |= TcpAnalysis.FastRetransmission;
          break retransmission;
        }
        const sinceAdvance = now - s.nextSeqTime[fwd]!;
        const rtt = s.firstRtt[slot]!;
        const threshold = rtt === 0 ? 3_000 : rtt < 0 ? Infinity : rtt;
        const end = (seq + length + (synOrFin ? 1 : 0)) >>> 0;
        if (notAdvanced && sinceAdvance >= 0 && sinceAdvance < threshold && nextSeq !== end) {
          analysis |= TcpAnalysis.OutOfOrder;
          break retransmission;
        }
        if (notAdvanced) analysis |= TcpAnalysis.Retransmission;
      }
    }
    let next = (seq + length) >>> 0;
    if (synOrFin) next = (next + 1) >>> 0;
    const probe = (analysis & TcpAnalysis.ZeroWindowProbe) !== 0;
    if ((after(next, nextSeq) || nextSeq === 0) && !probe) {
      s.nextSeq[fwd] = next;
      s.nextSeqTime[fwd] = now;
    }
    const fwdMax = s.maxSeqToBeAcked[fwd]!;
    if ((seq === fwdMax || fwdMax === 0) && !probe) s.maxSeqToBeAcked[fwd] = s.nextSeq[fwd]!;
    s.window[fwd] = window;
    s.lastAck[fwd] = ack;
    s.lastAckTime[fwd] = now;
    s.lastSegmentFlags[fwd] = analysis;
    // tshark shows tcp.analysis.retransmission for fast and spurious retransmissions too.
    if (analysis & (TcpAnalysis.FastRetransmission | TcpAnalysis.SpuriousRetransmission)) {
      analysis |= TcpAnalysis.Retransmission;
    }
    return analysis;
  }

  #create(
    packet: Packet,
    family: 4 | 6,
    bytes: Uint8Array,
    source: number,
    destination: number,
    sourcePort: number,
    destinationPort: number,
  ): number {
    const table = this.#table;
    if (table.full) {
      const oldest = this.#oldestOf;
      if (oldest[DORMANT]! >= 0) this.#discard(oldest[DORMANT]!);
      else this.#end(oldest[CLOSING]! >= 0 ? oldest[CLOSING]! : oldest[OPEN]!, "evicted");
    }
    const slot = table.insert(bytes, family, source, destination, sourcePort, destinationPort);
    if (slot >= this.#store.capacity) {
      this.#store.grow(table.room);
      this.#starts?.grow(table.room);
    }
    // Slots are handed out from 0 up, so these arrays grow by one at a time, never sparse.
    this.#views[slot] = undefined;
    this.#store.reset(slot, this.started++, packet.number, this.#now);
    this.#link(slot);
    this.#live++;
    this.#started(slot);
    return slot;
  }

  /** Makes `slot` the most recently active. */
  #touch(slot: number): void {
    const store = this.#store;
    const now = this.#now;
    if (now > store.lastMicros[slot]!) store.lastMicros[slot] = now;
    if (this.#newestOf[store.list[slot]!] === slot) return;
    this.#unlink(slot);
    this.#link(slot);
  }

  #link(slot: number): void {
    const store = this.#store;
    const list = store.list[slot]!;
    const newest = this.#newestOf[list]!;
    store.older[slot] = newest;
    store.newer[slot] = -1;
    if (newest >= 0) store.newer[newest] = slot;
    this.#newestOf[list] = slot;
    if (this.#oldestOf[list]! < 0) this.#oldestOf[list] = slot;
  }

  #unlink(slot: number): void {
    const store = this.#store;
    const list = store.list[slot]!;
    const newer = store.newer[slot]!, older = store.older[slot]!;
    if (newer >= 0) store.older[newer] = older;
    else this.#newestOf[list] = older;
    if (older >= 0) store.newer[older] = newer;
    else this.#oldestOf[list] = newer;
    store.newer[slot] = store.older[slot] = -1;
  }

  /** Moves `slot` to the newest end of another list. */
  #move(slot: number, list: number): void {
    this.#unlink(slot);
    this.#store.list[slot] = list;
    this.#link(slot);
  }

  /** A dormant conversation's 4-tuple is back: it is tracked again, with its stream index. */
  #revive(slot: number): void {
    this.#store.closedMicros[slot] = 0;
    this.#move(slot, OPEN);
    this.#live++;
    this.#started(slot);
  }

  /** Forgets a dormant conversation (its end was told already). */
  #discard(slot: number): void {
    this.#unlink(slot);
    this.#store.list[slot] = OPEN;
    this.#table.remove(slot);
  }

  /** Tells the listener, if it wants to know; reassembly waits for data. */
  #started(slot: number): void {
    // A view is made only for whoever wants one now: a listener of ends alone (the
    // conversation table) gets its view at the end, so a SYN flood holds no object per stream.
    this.#sinks[slot] = undefined;
    this.#starts?.reset(slot);
    const listener = this.#listener;
    if (
      listener?.start !== undefined &&
      (this.#wantsStart === undefined || this.#wantsStart(this.#store.index[slot]!))
    ) {
      listener.start(this.#view(slot));
    }
  }

  /**
   * Ends open conversations idle for the timeout, and closing ones quiet for the grace period.
   * Each list is in order of last packet, so they are found at its old end; at most eight of
   * each per packet, which bounds the work (the rest follow with the next packets).
   */
  #expire(): void {
    const store = this.#store;
    const now = this.#now;
    for (let checked = 0; checked < 8; checked++) {
      const slot = this.#oldestOf[OPEN]!;
      if (slot < 0 || now - store.lastMicros[slot]! <= this.#idleMicros) break;
      this.#end(slot, "idle");
    }
    for (let checked = 0; checked < 8; checked++) {
      const slot = this.#oldestOf[CLOSING]!;
      if (slot < 0) break;
      const quiet = now - store.lastMicros[slot]!;
      if (quiet <= this.#graceMicros && quiet <= this.#idleMicros) break;
      this.#end(slot, "closed");
    }
  }

  #end(slot: number, reason: EndReason): void {
    const view = this.#listener?.end !== undefined ? this.#view(slot) : this.#views[slot];
    view?.freeze();
    this.#views[slot] = undefined;
    this.#live--;
    if (reason === "idle" || reason === "closed") {
      // Kept, dormant, until its room is needed: if its 4-tuple comes back first, the stream
      // index and sequence state carry on, as in tshark.
      this.#move(slot, DORMANT);
    } else {
      this.#unlink(slot);
      this.#store.list[slot] = OPEN;
      this.#table.remove(slot);
    }
    const sink = this.#sinks[slot];
    this.#sinks[slot] = undefined;
    sink?.finish(reason);
    if (view !== undefined) this.#listener?.end?.(view, reason);
  }

  /**
   * Ends every conversation still tracked (`finish`), oldest first, and forgets the dormant
   * ones: call at the end of a capture.
   */
  finish(): void {
    const oldest = this.#oldestOf;
    for (let guard = this.#table.capacity * 2; guard >= 0; guard--) {
      const open = oldest[OPEN]!, closing = oldest[CLOSING]!;
      if (open < 0 && closing < 0) break;
      // Oldest first across both lists.
      const store = this.#store;
      const slot = open < 0 ||
          (closing >= 0 && store.lastMicros[closing]! < store.lastMicros[open]!)
        ? closing
        : open;
      this.#end(slot, "finish");
    }
    for (let guard = this.#table.capacity; oldest[DORMANT]! >= 0 && guard >= 0; guard--) {
      this.#discard(oldest[DORMANT]!);
    }
  }
}

/** Whether `d` has a TCP header with at least its first 16 bytes (tshark gives those a stream). */
function hasTcp(d: Decoder): boolean {
  if (d.has(LayerType.TCP)) return true;
  if (d.partialLayer !== LayerType.TCP) return false;
  const tcp = d.tcp;
  return tcp.end - tcp.offset >= 16;
}
