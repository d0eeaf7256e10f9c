/**
 * Per-layer detail (`-v`): the packet's summary line, then every field of every header on its
 * own line, named as the protocol sheet names them, checksums verified. Each protocol's fields
 * come from its printer (`output/layers/`).
 *
 * @module
 */

import type { Decoder } from "../decode/decoder.ts";
import type { LayerType } from "../decode/layer_type.ts";
import type { Packet } from "../decode/packet.ts";
import { type DetailContext, PRINTERS } from "./layers/mod.ts";
import { TextFormatter, type TextOptions } from "./text.ts";
import type { StreamTracker } from "../streams/tracker.ts";
import type { OutputSink } from "./writer.ts";

/**
 * Formats a packet as its summary line followed by one indented line per header field.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder } from "../decode/decoder.ts";
 * import { Packet } from "../decode/packet.ts";
 * import { DetailFormatter } from "./detail.ts";
 *
 * const frame = new Uint8Array(54);
 * frame.set([0x08, 0x00], 12);
 * frame.set([0x45, 0, 0, 40, 0, 0, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], 14);
 * frame.set([0x30, 0x39, 0, 80, 0, 0, 0, 7, 0, 0, 0, 0, 0x50, 0x02, 0xff, 0xff], 34);
 * const packet = Packet.from(frame);
 * const decoder = new Decoder();
 * decoder.decodePacket(packet);
 * const text = new DetailFormatter({ utcOffsetMinutes: 0 }).format(packet, decoder);
 * assert.match(text, /Don't Fragment: set/);
 * assert.match(text, /Time to Live: 64/);
 * ```
 */
export class DetailFormatter {
  readonly #summary: TextFormatter;
  readonly #lines: string[] = [];
  readonly #context: DetailContext;

  /**
   * The options are the summary line's, and `messageLimit` also cuts the message's data.
   * `streams`: a tracker each packet is first given to; its facts join the TCP fields.
   */
  constructor(options: TextOptions & { streams?: StreamTracker } = {}) {
    this.#summary = new TextFormatter(options);
    const lines = this.#lines;
    this.#context = {
      // Set by each format(): a decoder made here would only cost a second set of layers.
      decoder: null as unknown as Decoder,
      messageLimit: options.messageLimit ?? 256,
      streams: options.streams ?? null,
      add(title, fields) {
        lines.push(`  ${title}`);
        for (const [name, value] of fields) lines.push(`    ${name}: ${value}`);
      },
    };
  }

  /** Writes {@linkcode DetailFormatter.format}'s text to `out`. */
  write(packet: Packet, decoder: Decoder, out: OutputSink): void {
    out.text(this.format(packet, decoder));
  }

  /** The summary line and the field lines, joined by newlines (no trailing newline). */
  format(packet: Packet, decoder: Decoder): string {
    const lines = this.#lines;
    lines.length = 0;
    this.#context.streams?.track(packet, decoder);
    lines.push(
      this.#summary.format(packet, decoder),
      `  Frame ${packet.number}: ${packet.wireLength} bytes on the wire, ${packet.captureLength} captured`,
    );
    const context = this.#context;
    for (let layers: Decoder | null = decoder; layers !== null; layers = layers.inner) {
      if (layers !== decoder) lines.push("  Carried packet:");
      context.decoder = layers;
      for (let i = 0; i < layers.layerCount; i++) {
        PRINTERS[layers.layers[i] as LayerType].detail(context);
      }
      // The datagram an ICMP error quotes, as tshark's tree shows it under the ICMP message:
      // its sections are named as quoted, so that none is taken for the packet's own.
      const quoted = layers.quoted;
      if (quoted !== null && quoted.layerCount > 0) {
        const first = lines.length;
        context.decoder = quoted;
        for (let i = 0; i < quoted.layerCount; i++) {
          PRINTERS[quoted.layers[i] as LayerType].detail(context);
        }
        for (let i = first; i < lines.length; i++) {
          const line = lines[i]!;
          if (line[2] !== " ") lines[i] = `  Quoted ${line.slice(2)}`;
        }
        context.decoder = layers;
      }
      const problem = layers.describeProblem();
      if (problem) lines.push(`  [${problem}]`);
    }
    return lines.join("\n");
  }
}
