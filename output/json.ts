/**
 * NDJSON: one JSON object per packet, keys named after Wireshark's fields. The object is put
 * together here; each protocol's section is written by that protocol's printer
 * (`output/layers/`).
 *
 * @module
 */

import { type Decoder, tcpLength } from "../decode/decoder.ts";
import { DecodeStatus } from "../decode/layer.ts";
import { LayerType } from "../decode/layer_type.ts";
import { Packet } from "../decode/packet.ts";
import { LAYERS } from "../decode/registry.ts";
import type { StreamTracker } from "../streams/tracker.ts";
import { JsonObject } from "./_json.ts";
import { type JsonContext, PRINTERS } from "./layers/mod.ts";
import { type OutputSink, StringSink } from "./writer.ts";

export { tcpLength };

/**
 * Formats decoded packets as NDJSON lines. Keys follow Wireshark's field names, nested by
 * protocol, with the rest of the name's dots turned to underscores: `ip.flags.df` is
 * `{"ip":{"flags_df":true}}`. Numbers are numbers, flags booleans, addresses canonical strings,
 * payloads lowercase hex; `checksum_status` is `good`, `bad`, `unverified` or `not_present` (a
 * UDP checksum of 0 over IPv4), as tshark reports it, and a TCP or UDP checksum left to the
 * network card (checksum offload) is `bad` with `"checksum_offloaded":true`. Problems are
 * listed in `_errors`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder } from "../decode/decoder.ts";
 * import { Packet } from "../decode/packet.ts";
 * import { JsonFormatter } from "./json.ts";
 *
 * const frame = new Uint8Array(54);
 * frame.set([0x08, 0x00], 12);
 * frame.set([0x45, 0, 0, 40, 0, 0, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], 14);
 * frame.set([0x30, 0x39, 0, 80, 0, 0, 0, 7, 0, 0, 0, 0, 0x50, 0x02, 0xff, 0xff], 34);
 * const packet = Packet.from(frame);
 * const decoder = new Decoder();
 * decoder.decodePacket(packet);
 * const json = JSON.parse(new JsonFormatter().format(packet, decoder));
 * assert.equal(json.ip.flags_df, true);
 * assert.equal(json.tcp.dstport, 80);
 * assert.equal(json.ip.checksum_status, "bad");
 * ```
 */
export class JsonFormatter {
  readonly #out = new JsonObject();
  readonly #streams: StreamTracker | null;
  /** What the printers are given, reused for every packet. */
  readonly #context: JsonContext = {
    packet: new Packet(),
    // Set by each write(): a decoder made here would only cost a second set of layers.
    decoder: null as unknown as Decoder,
    out: this.#out,
    payloadShown: false,
    streams: null,
    quote: (quoted) => this.#quote(quoted),
  };

  /**
   * `streams`: a tracker that each written packet is first given to, whose stream index,
   * completeness, relative sequence numbers and analysis flags then join the `tcp` section.
   */
  constructor(options: { streams?: StreamTracker } = {}) {
    this.#streams = options.streams ?? null;
    this.#context.streams = this.#streams;
  }

  /** One JSON object (no trailing newline) for a packet the decoder has just decoded. */
  format(packet: Packet, decoder: Decoder): string {
    const sink = new StringSink();
    this.write(packet, decoder, sink);
    return sink.value;
  }

  /**
   * Writes the object (no newline) to `out`, field by field: no string is built for the
   * object, and a payload goes as hex straight from the packet.
   */
  write(packet: Packet, decoder: Decoder, sink: OutputSink): void {
    const out = this.#out;
    const context = this.#context;
    context.packet = packet;
    context.payloadShown = false;
    this.#streams?.track(packet, decoder);
    out.reset(sink);
    out.start("frame");
    out.field("number", packet.number);
    out.time("time_epoch", packet.seconds, packet.microseconds);
    out.field("len", packet.wireLength);
    out.field("cap_len", packet.captureLength);
    out.end();
    this.#layers(decoder, false);
    // A tunnelled packet: its sections where the outer packet has none (tshark's first
    // occurrence of each field is the outermost).
    const tcpOptions = decoder.has(LayerType.TCP) && decoder.tcp.optionsMalformed;
    if (decoder.inner === null && decoder.status === DecodeStatus.Ok) {
      if (tcpOptions) out.raw("_errors", '["malformed tcp option"]');
      out.close();
      return;
    }
    const errors: string[] = [];
    for (let inner = decoder.inner; inner !== null; inner = inner.inner) {
      this.#layers(inner, true);
      if (inner.status !== DecodeStatus.Ok) errors.push(`inner ${inner.describeProblem()}`);
    }
    if (decoder.status !== DecodeStatus.Ok) errors.unshift(decoder.describeProblem());
    if (tcpOptions) errors.push("malformed tcp option");
    if (errors.length > 0) out.raw("_errors", JSON.stringify(errors));
    out.close();
  }

  /**
   * Writes the sections of `decoder`'s layers, and of a header cut inside its fixed fields as
   * far as it goes (for printers whose every field is guarded by the bytes captured). `carried`:
   * only the sections the object has none of yet.
   */
  #layers(decoder: Decoder, carried: boolean): void {
    const context = this.#context;
    context.decoder = decoder;
    for (let i = 0; i < decoder.layerCount; i++) {
      const type = decoder.layers[i] as LayerType;
      if (!carried || !this.#written(type)) PRINTERS[type].json(context);
    }
    const partial = decoder.partialLayer;
    const printer = PRINTERS[partial];
    if (printer.partialJson && (!carried || !this.#written(partial))) printer.json(context);
  }

  /**
   * Writes the sections of a quoted datagram's layers inside the open section; they are not the
   * packet's own, so they count neither as written sections nor as its shown payload.
   */
  #quote(quoted: Decoder): void {
    const context = this.#context;
    const decoder = context.decoder;
    const names = this.#out.names.length;
    const payloadShown = context.payloadShown;
    context.payloadShown = true;
    this.#layers(quoted, false);
    context.decoder = decoder;
    context.payloadShown = payloadShown;
    this.#out.names.length = names;
  }

  /** Whether a section of this layer type is in the object already. */
  #written(type: LayerType): boolean {
    const names = this.#out.names;
    const sections = PRINTERS[type].jsonSections;
    if (sections !== undefined) return sections.some((name) => names.includes(name));
    return names.includes(LAYERS[type].section);
  }
}
