/**
 * The TCP stream tracker: gives each TCP packet its stream (`tcp.stream`), completeness,
 * relative sequence numbers and sequence analysis flags as tshark 4.0's single pass does, keeps
 * a summary of each conversation, ends conversations by packet time, and feeds reassembly.
 *
 * @module
 */

import { formatIPv4, formatIPv6, formatMac } from "../decode/address.ts";
import type { Decoder } from "../decode/decoder.ts";
import { LayerType } from "../decode/layer_type.ts";
import type { Packet } from "../decode/packet.ts";
import { TcpFlag } from "../decode/tcp.ts";
import { completenessOf, type FlowState, TcpConversation } from "./conversation.ts";
import {
  Completeness,
  type EndReason,
  type SegmentSink,
  type StreamListener,
  TcpAnalysis,
} from "./events.ts";
import { FlowTable } from "./table.ts";

/** Limits and hooks of a {@linkcode StreamTracker}. */
export interface StreamTrackerOptions {
  /**
   * Most conversations tracked at once; when a new one would exceed it, the least recently
   * active ends (`evicted`). Default 200 000 (about 160 MB of process memory in all).
   */
  maxConversations?: number;
  /** Seconds of packet time without a packet after which a conversation ends (`idle`). Default 300. */
  idleTimeout?: number;
  /** Seconds after its last packet that a conversation which saw FIN or RST ends (`closed`). Default 10. */
  closedGrace?: number;
  /** Told when each conversation starts and ends. */
  listener?: StreamListener;
  /** Makes the reassembly sink of a new conversation, which then gets its every segment. */
  reassembly?: (conversation: TcpConversation) => SegmentSink;
}

const SYN = TcpFlag.SYN, ACK = TcpFlag.ACK, FIN = TcpFlag.FIN, RST = TcpFlag.RST;
const SYN_FIN_RST = SYN | FIN | RST;

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
 * Differences from tshark, by design of a bounded streaming tracker: a conversation that ended
 * (idle, closed, evicted) is forgotten, so when its 4-tuple comes back the packet starts a new
 * stream index where tshark (which keeps every conversation for the whole file) would continue
 * the old one; tshark's cap of 10 000 unacknowledged segments per direction (past which a
 * SYN/FIN stops counting 1 in its next sequence number) is not modelled.
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
  /** The conversation of the packet, or null. */
  conversation: TcpConversation | null = null;
  /** The decoder whose TCP header was tracked (the outer one, a tunnel's, or an ICMP quote's). */
  decoder: Decoder | null = null;

  /** Conversations started so far (the next stream index). */
  started: number = 0;

  readonly #table: FlowTable;
  readonly #conversations: (TcpConversation | undefined)[];
  readonly #sinks: (SegmentSink | undefined)[];
  readonly #idleMicros: number;
  readonly #graceMicros: number;
  readonly #listener: StreamListener | undefined;
  readonly #reassembly: ((conversation: TcpConversation) => SegmentSink) | undefined;
  /** Most and least recently active slot ids (a doubly linked list through the conversations). */
  #newest = -1;
  #oldest = -1;

  /** A tracker with the given limits and hooks. */
  constructor(options: StreamTrackerOptions = {}) {
    const max = options.maxConversations ?? 200_000;
    this.#table = new FlowTable(max);
    this.#conversations = new Array(max);
    this.#sinks = new Array(max);
    this.#idleMicros = (options.idleTimeout ?? 300) * 1e6;
    this.#graceMicros = (options.closedGrace ?? 10) * 1e6;
    this.#listener = options.listener;
    this.#reassembly = options.reassembly;
  }

  /** Conversations tracked now. */
  get size(): number {
    return this.#table.size;
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
    this.conversation = null;
    this.decoder = null;
    const now = packet.seconds * 1e6 + packet.microseconds;
    this.#expire(now);
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
    return this.#trackHeader(packet, found, now);
  }

  #trackHeader(packet: Packet, d: Decoder, now: number): boolean {
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
    const destination = v4 ? ip.offset + 16 : ip.offset + 24;
    const sourcePort = tcp.sourcePort;
    const destinationPort = tcp.destinationPort;
    const seq = tcp.sequence;
    const ack = tcp.acknowledgment;
    const flags = tcp.flags;
    const window = tcp.window;
    const headerLength = tcp.dataOffset * 4;
    const fragmented = v4
      ? d.ipv4.moreFragments || d.ipv4.fragmentOffset !== 0
      : d.ipv6.fragmentHeaderOffset >= 0;
    const reported = ip.upperLength;
    const quoted = this.quoted;
    const haveLength = !fragmented && !quoted && reported >= headerLength;
    const length = haveLength ? reported - headerLength : 0;

    const table = this.#table;
    let slot = table.find(bytes, family, source, destination, sourcePort, destinationPort);
    let created = false;
    let conversation: TcpConversation;
    if (slot < 0) {
      slot = this.#create(
        packet,
        family,
        bytes,
        source,
        destination,
        sourcePort,
        destinationPort,
        now,
      );
      conversation = this.#conversations[slot]!;
      created = true;
      this.node = 0;
    } else {
      conversation = this.#conversations[slot]!;
      this.node = table.direction;
    }
    let node = this.node;
    let fwd = node === 0 ? conversation.a : conversation.b;
    let rev = node === 0 ? conversation.b : conversation.a;
    let analysis = 0;

    if ((flags & (SYN | ACK)) === SYN && fwd.baseSet) {
      if (seq !== fwd.baseSeq) {
        // A new initial sequence number on a known 4-tuple: a new conversation.
        this.#end(slot, "reused");
        slot = this.#create(
          packet,
          family,
          bytes,
          source,
          destination,
          sourcePort,
          destinationPort,
          now,
        );
        conversation = this.#conversations[slot]!;
        node = this.node = 0;
        fwd = conversation.a;
        rev = conversation.b;
        analysis |= TcpAnalysis.ReusedPorts;
        conversation.completeness = Completeness.Syn;
      } else {
        fwd.nextSeq = fwd.maxSeqToBeAcked;
      }
    }
    if ((flags & (SYN | ACK)) === (SYN | ACK) && fwd.baseSet && seq !== fwd.baseSeq) {
      fwd.baseSeq = seq;
      analysis |= TcpAnalysis.ReusedPorts;
    }
    this.stream = conversation.index;
    this.completeness = conversation.completeness;
    this.conversation = conversation;
    this.decoder = d;
    this.#touch(slot, now);

    this.relativeSeq = seq;
    this.relativeAck = ack;
    this.hasSeq = !quoted;
    if (haveLength) {
      if (!fwd.baseSet) {
        fwd.baseSeq = flags & SYN ? seq : (seq - 1) >>> 0;
        fwd.baseSet = true;
      }
      if (!rev.baseSet && flags & ACK) {
        rev.baseSeq = (ack - 1) >>> 0;
        rev.baseSet = true;
      }
      analysis = this.#analyze(
        conversation,
        fwd,
        rev,
        seq,
        ack,
        length,
        flags,
        window,
        now,
        analysis,
      );
      this.relativeSeq = (seq - fwd.baseSeq) >>> 0;
      if (flags & ACK) this.relativeAck = (ack - rev.baseSeq) >>> 0;
    }
    if (headerLength < 20) return true;
    if (!quoted) {
      // tshark's conversation table leaves out quoted headers and those under 20 bytes.
      fwd.frames++;
      fwd.bytes += packet.wireLength;
      if (fwd.mac === "" && d.has(LayerType.Ethernet)) {
        fwd.mac = formatMac(d.ethernet.bytes, d.ethernet.offset + 6);
      }
    }
    this.analysis = analysis;
    this.hasAck = true;
    if (created) {
      if ((flags & (SYN | ACK)) === SYN) {
        conversation.completeness |= Completeness.Syn | (length > 0 ? Completeness.Data : 0);
      }
    } else {
      conversation.completeness |= completenessOf(flags, length);
    }
    if (haveLength) {
      this.hasNextSeq = true;
      this.nextSeq = (this.relativeSeq + length + (flags & (SYN | FIN) ? 1 : 0)) >>> 0;
    }
    if (flags & SYN) {
      if (flags & ACK) fwd.sawSynAck = true;
      else {
        fwd.sawSyn = true;
        conversation.lastSynMicros = now;
      }
      fwd.firstAck = true;
    }
    if (flags & FIN) fwd.sawFin = true;
    if (flags & RST) fwd.sawRst = true;
    if (flags & (FIN | RST) && !quoted) conversation.closedMicros = now;
    if ((flags & (SYN | ACK)) === ACK) {
      if (conversation.lastSynMicros !== 0 && conversation.firstRtt === 0) {
        conversation.firstRtt = now - conversation.lastSynMicros;
      }
      fwd.firstAck = false;
    }
    if (d.has(LayerType.TCP)) {
      const scale = tcp.windowScale;
      if (scale !== undefined) fwd.windowScale = Math.min(scale, 14);
    }
    if (flags & SYN) {
      if (fwd.windowScale === -1) {
        fwd.windowScale = -2;
        rev.windowScale = -2;
      } else if (flags & ACK && rev.windowScale === -2) {
        fwd.windowScale = -2;
      }
    }
    if (!quoted) {
      const sink = this.#sinks[slot];
      if (sink !== undefined && d.has(LayerType.TCP)) {
        sink.segment(
          node,
          seq,
          ack,
          tcp.flagsWithReserved,
          bytes,
          d.payloadOffset,
          d.payloadEnd,
          haveLength ? length : d.payloadLength,
          packet.number,
          now / 1e6,
        );
      }
    }
    return true;
  }

  /** tshark's `tcp_analyze_sequence_number`, first pass: the analysis bits of one segment. */
  #analyze(
    conversation: TcpConversation,
    fwd: FlowState,
    rev: FlowState,
    seq: number,
    ack: number,
    length: number,
    flags: number,
    window: number,
    now: number,
    analysis: number,
  ): number {
    const plain = (flags & SYN_FIN_RST) === 0;
    checks: {
      if (length === 1 && seq === fwd.nextSeq && rev.window === 0) {
        analysis |= TcpAnalysis.ZeroWindowProbe;
        break checks;
      }
      if (window === 0 && plain) analysis |= TcpAnalysis.ZeroWindow;
      if (fwd.nextSeq !== 0 && after(seq, fwd.nextSeq) && (flags & RST) === 0) {
        analysis |= TcpAnalysis.LostSegment;
      }
      if (length <= 1 && seq === ((fwd.nextSeq - 1) >>> 0) && plain) {
        analysis |= TcpAnalysis.KeepAlive;
      }
      const sameAck = seq === fwd.nextSeq && ack === fwd.lastAck && plain && length === 0;
      if (sameAck && window !== 0 && window !== fwd.window) analysis |= TcpAnalysis.WindowUpdate;
      if (length > 0 && rev.windowScale !== -1 && plain) {
        const shift = rev.firstAck || rev.windowScale === -2 ? 0 : rev.windowScale;
        const edge = (rev.lastAck + ((rev.window << shift) >>> 0)) >>> 0;
        if (((seq + length) >>> 0) === edge) analysis |= TcpAnalysis.WindowFull;
      }
      if (sameAck && window !== 0 && window === fwd.window) {
        if (rev.lastSegmentFlags & TcpAnalysis.KeepAlive) {
          analysis |= TcpAnalysis.KeepAliveAck;
          break checks;
        }
      }
      if (sameAck && window === 0 && window === fwd.window) {
        if (rev.lastSegmentFlags & TcpAnalysis.ZeroWindowProbe) {
          analysis |= TcpAnalysis.ZeroWindowProbeAck;
          break checks;
        }
      }
      if (sameAck && window !== 0 && window === fwd.window) {
        fwd.duplicateAcks = fwd.duplicateAcks === -1 ? 1 : fwd.duplicateAcks + 1;
        analysis |= TcpAnalysis.DuplicateAck;
        this.duplicateAckCount = fwd.duplicateAcks;
      }
    }
    if (ack !== fwd.lastAck) fwd.duplicateAcks = 0;
    if (rev.maxSeqToBeAcked !== 0 && after(ack, rev.maxSeqToBeAcked) && flags & ACK) {
      if (before(rev.maxSeqToBeAcked, rev.nextSeq)) {
        rev.maxSeqToBeAcked = rev.nextSeq;
        analysis |= TcpAnalysis.AckLostSegment;
      } else {
        if (rev.duplicateAcks === 0) analysis |= TcpAnalysis.AckLostSegment;
        rev.duplicateAcks = -1;
      }
    }
    const synOrFin = (flags & (SYN | FIN)) !== 0;
    if ((length > 0 || synOrFin) && (analysis & TcpAnalysis.KeepAlive) === 0) {
      let notAdvanced = fwd.nextSeq !== 0 && before(seq, fwd.nextSeq);
      if (length > 1 && ((fwd.nextSeq - 1) >>> 0) === seq) notAdvanced = false;
      retransmission: {
        if (length > 0 && rev.lastAck !== 0 && !after((seq + length) >>> 0, rev.lastAck)) {
          analysis |= TcpAnalysis.SpuriousRetransmission;
          break retransmission;
        }
        const sinceAck = now - rev.lastAckTime;
        if (
          notAdvanced && rev.duplicateAcks >= 2 && rev.lastAck === seq && sinceAck >= 0 &&
          sinceAck < 20_000
        ) {
          analysis |= TcpAnalysis.FastRetransmission;
          break retransmission;
        }
        const sinceAdvance = now - fwd.nextSeqTime;
        const rtt = conversation.firstRtt;
        const threshold = rtt === 0 ? 3_000 : rtt < 0 ? Infinity : rtt;
        const end = (seq + length + (synOrFin ? 1 : 0)) >>> 0;
        if (notAdvanced && sinceAdvance >= 0 && sinceAdvance < threshold && fwd.nextSeq !== end) {
          analysis |= TcpAnalysis.OutOfOrder;
          break retransmission;
        }
        if (notAdvanced) analysis |= TcpAnalysis.Retransmission;
      }
    }
    let next = (seq + length) >>> 0;
    if (synOrFin) next = (next + 1) >>> 0;
    const probe = (analysis & TcpAnalysis.ZeroWindowProbe) !== 0;
    if ((after(next, fwd.nextSeq) || fwd.nextSeq === 0) && !probe) {
      fwd.nextSeq = next;
      fwd.nextSeqTime = now;
    }
    if ((seq === fwd.maxSeqToBeAcked || fwd.maxSeqToBeAcked === 0) && !probe) {
      fwd.maxSeqToBeAcked = fwd.nextSeq;
    }
    fwd.window = window;
    fwd.lastAck = ack;
    fwd.lastAckTime = now;
    fwd.lastSegmentFlags = analysis;
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
    now: number,
  ): number {
    const table = this.#table;
    if (table.full) this.#end(this.#oldest, "evicted");
    const slot = table.insert(bytes, family, source, destination, sourcePort, destinationPort);
    const format = family === 4 ? formatIPv4 : formatIPv6;
    const conversation = new TcpConversation(
      this.started++,
      family,
      format(bytes, source),
      sourcePort,
      format(bytes, destination),
      destinationPort,
      packet.number,
      now,
    );
    conversation.slot = slot;
    this.#conversations[slot] = conversation;
    this.#link(slot);
    this.#listener?.start?.(conversation);
    if (this.#reassembly) this.#sinks[slot] = this.#reassembly(conversation);
    return slot;
  }

  /** Makes `slot` the most recently active. */
  #touch(slot: number, now: number): void {
    const conversation = this.#conversations[slot]!;
    if (now > conversation.lastMicros) conversation.lastMicros = now;
    if (this.#newest === slot) return;
    this.#unlink(slot);
    this.#link(slot);
  }

  #link(slot: number): void {
    const conversation = this.#conversations[slot]!;
    conversation.older = this.#newest;
    conversation.newer = -1;
    if (this.#newest >= 0) this.#conversations[this.#newest]!.newer = slot;
    this.#newest = slot;
    if (this.#oldest < 0) this.#oldest = slot;
  }

  #unlink(slot: number): void {
    const conversation = this.#conversations[slot]!;
    const { newer, older } = conversation;
    if (newer >= 0) this.#conversations[newer]!.older = older;
    else this.#newest = older;
    if (older >= 0) this.#conversations[older]!.newer = newer;
    else this.#oldest = newer;
    conversation.newer = conversation.older = -1;
  }

  /**
   * Ends conversations idle for the timeout, and closed ones quiet for the grace period. The
   * recency list is in order of last packet, so idle ones are found from its old end; closed
   * ones are looked for among the oldest few only, which bounds the work per packet.
   */
  #expire(now: number): void {
    for (let checked = 0, slot = this.#oldest; slot >= 0 && checked < 8; checked++) {
      const conversation = this.#conversations[slot]!;
      const newer = conversation.newer;
      const quiet = now - conversation.lastMicros;
      if (conversation.closedMicros !== 0 && quiet > this.#graceMicros) this.#end(slot, "closed");
      else if (quiet > this.#idleMicros) this.#end(slot, "idle");
      else if (conversation.closedMicros === 0) break;
      slot = newer;
    }
  }

  #end(slot: number, reason: EndReason): void {
    const conversation = this.#conversations[slot]!;
    this.#unlink(slot);
    this.#table.remove(slot);
    this.#conversations[slot] = undefined;
    conversation.slot = -1;
    const sink = this.#sinks[slot];
    this.#sinks[slot] = undefined;
    sink?.finish(reason);
    this.#listener?.end?.(conversation, reason);
  }

  /** Ends every conversation still tracked (`finish`), oldest first: call at the end of a capture. */
  finish(): void {
    for (let guard = this.#table.capacity; this.#oldest >= 0 && guard >= 0; guard--) {
      this.#end(this.#oldest, "finish");
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
