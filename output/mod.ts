/**
 * Output: tcpdump-style text, per-layer detail (`-v`), NDJSON with Wireshark's field names, and
 * `--summary` counts, written as bytes into an {@linkcode OutputSink} (a {@linkcode LineWriter}
 * over standard output, or a {@linkcode StringSink}). Each protocol's part is its printer in
 * {@linkcode PRINTERS}.
 *
 * @example One packet as a text line and as JSON
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder, Packet } from "../decode/mod.ts";
 * import { JsonFormatter, TextFormatter } from "./mod.ts";
 *
 * const frame = new Uint8Array(42);
 * frame.set([0x08, 0x06], 12); // an ARP request
 * frame.set([0, 1, 8, 0, 6, 4, 0, 1, 2, 0, 0, 0, 0, 1, 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 10, 0, 0, 2], 14);
 * const packet = Packet.from(frame);
 * const decoder = new Decoder();
 * decoder.decodePacket(packet);
 * const line = new TextFormatter({ utcOffsetMinutes: 0 }).format(packet, decoder);
 * assert.match(line, /ARP, Request who-has 10\.0\.0\.2 tell 10\.0\.0\.1/);
 * assert.equal(JSON.parse(new JsonFormatter().format(packet, decoder)).arp.opcode, 1);
 * ```
 *
 * @module
 */

export { escapeBytes } from "./escape.ts";
export { tcpFlagLetters, tcpOptionsText, TextFormatter, type TextOptions } from "./text.ts";
export { DetailFormatter } from "./detail.ts";
export { JsonFormatter, tcpLength } from "./json.ts";
export {
  LineWriter,
  OutputClosed,
  type OutputSink,
  StringSink,
  type SyncWriter,
} from "./writer.ts";
export { Summary } from "./summary.ts";
export { escapeText } from "./escape.ts";
export {
  type DetailContext,
  type JsonContext,
  type LayerPrinter,
  PRINTERS,
  type TextContext,
  TextPart,
} from "./layers/mod.ts";
export { JsonObject } from "./_json.ts";
export { endpointText, type FollowFormat, FollowPrinter } from "./follow.ts";
export { type MessageOptions, MessagePrinter } from "./messages.ts";
export { ConversationTable, formatSize } from "./conversations.ts";
export { flowName, type FlowOptions, FlowWriter } from "./flows.ts";
