/**
 * TCP conversations: the stream tracker that gives each TCP packet tshark's `tcp.stream`,
 * `tcp.completeness`, relative sequence numbers and `tcp.analysis.*` flags, keeps a bounded
 * table of conversations with their summaries (Zeek's `conn_state` among them), and feeds a
 * reassembly sink per conversation: {@linkcode Reassembler} puts each side's data in order as
 * Wireshark's Follow TCP Stream does, with bounded memory ({@linkcode ReassemblyBudget}).
 *
 * @example Two packets of a refused connection
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder, Packet } from "../decode/mod.ts";
 * import { type Conversation, type EndReason, StreamTracker } from "./mod.ts";
 *
 * // Ethernet + IPv4 + TCP from 10.0.0.<from> to 10.0.0.<to>.
 * function frame(from: number, to: number, flags: number, seq: number, ack: number): Packet {
 *   const bytes = new Uint8Array(54);
 *   bytes.set([2, 0, 0, 0, 0, to, 2, 0, 0, 0, 0, from, 0x08, 0x00]);
 *   bytes.set([0x45, 0, 0, 40, 0, 0, 0, 0, 64, 6, 0, 0, 10, 0, 0, from, 10, 0, 0, to], 14);
 *   const view = new DataView(bytes.buffer);
 *   view.setUint16(34, from === 1 ? 50000 : 443);
 *   view.setUint16(36, from === 1 ? 443 : 50000);
 *   view.setUint32(38, seq);
 *   view.setUint32(42, ack);
 *   bytes[46] = 0x50;
 *   bytes[47] = flags;
 *   view.setUint16(48, 64240);
 *   return Packet.from(bytes);
 * }
 *
 * const ended: [Conversation, EndReason][] = [];
 * const tracker = new StreamTracker({
 *   listener: { end: (conversation, reason) => ended.push([conversation, reason]) },
 * });
 * const decoder = new Decoder();
 * for (const packet of [frame(1, 2, 0x02, 7, 0), frame(2, 1, 0x14, 0, 8)]) {
 *   decoder.decodePacket(packet);
 *   tracker.track(packet, decoder);
 * }
 * tracker.finish();
 * const [conversation, reason] = ended[0]!;
 * assert.equal(reason, "finish");
 * assert.equal(conversation.completeness, 37); // SYN, ACK, RST: Wireshark's value
 * assert.equal(conversation.state, "REJ");
 * assert.equal(conversation.addressA, "10.0.0.1");
 * assert.equal(conversation.macB, "02:00:00:00:00:02");
 * ```
 *
 * @example Each side's data, in order, whatever order the segments came in
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder, Packet } from "../decode/mod.ts";
 * import { ReassemblyBudget, Reassembler, type StreamListener, StreamTracker } from "./mod.ts";
 *
 * // IPv4 (raw IP link type) + TCP with PSH/ACK from 10.0.0.1:50000 to 10.0.0.2:80.
 * function segment(seq: number, text: string): Packet {
 *   const data = new TextEncoder().encode(text);
 *   const bytes = new Uint8Array(40 + data.length);
 *   bytes.set([0x45, 0, 0, bytes.length, 0, 0, 0, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2]);
 *   const view = new DataView(bytes.buffer);
 *   view.setUint16(20, 50000);
 *   view.setUint16(22, 80);
 *   view.setUint32(24, seq);
 *   bytes[32] = 0x50;
 *   bytes[33] = 0x18;
 *   bytes.set(data, 40);
 *   return Packet.from(bytes, { linkType: 101 });
 * }
 *
 * let received = "";
 * const listener: StreamListener = {
 *   data: (_conversation, _node, bytes) => received += new TextDecoder().decode(bytes),
 * };
 * const budget = new ReassemblyBudget();
 * const tracker = new StreamTracker({
 *   reassembly: (conversation) => new Reassembler(conversation, listener, budget),
 * });
 * const decoder = new Decoder();
 * for (const packet of [segment(100, "GET "), segment(105, " HTTP/1.1"), segment(104, "/")]) {
 *   decoder.decodePacket(packet);
 *   tracker.track(packet, decoder);
 * }
 * tracker.finish();
 * assert.equal(received, "GET / HTTP/1.1");
 * ```
 *
 * @module
 */

export * from "./events.ts";
export { ConversationStore, Seen, TcpConversation, zeekState } from "./conversation.ts";
export { FlowTable } from "./table.ts";
export { DEFAULT_MAX_CONVERSATIONS, StreamTracker, type StreamTrackerOptions } from "./tracker.ts";
export {
  DEFAULT_CONVERSATION_HOLD_BYTES,
  DEFAULT_CONVERSATION_HOLD_SEGMENTS,
  DEFAULT_TOTAL_HOLD_BYTES,
  HELD_SEGMENT_OVERHEAD,
  missingMarker,
  type RangeStreamListener,
  Reassembler,
  ReassemblyBudget,
  SequenceStarts,
} from "./reassembly.ts";
