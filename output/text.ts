/**
 * tcpdump-style text: one line per packet with the link, network and transport headers and
 * the TCP message. The line is put together here; each protocol's part of it is written by that
 * protocol's printer (`output/layers/`).
 *
 * @module
 */

import type { Decoder } from "../decode/decoder.ts";
import type { IPv4 } from "../decode/ipv4.ts";
import { DecodeStatus } from "../decode/layer.ts";
import { LayerType } from "../decode/layer_type.ts";
import { linkTypeName } from "../decode/link_type.ts";
import { Packet } from "../decode/packet.ts";
import { LAYER_NAMES } from "../decode/registry.ts";
import { ascii, putAscii, putDecimal } from "./_ascii.ts";
import { etherTypeCodes } from "./layers/ethernet.ts";
import { PRINTERS, type TextContext, TextPart } from "./layers/mod.ts";
import { type OutputSink, StringSink } from "./writer.ts";

export { tcpFlagLetters, tcpOptionsText } from "./layers/tcp.ts";

/** Options of {@linkcode TextFormatter}. */
export interface TextOptions {
  /** Most bytes of a message shown before it is cut with a marker; 0 shows it whole. Default 256. */
  messageLimit?: number;
  /** Minutes east of UTC for the time of day; default: this system's zone at start. */
  utcOffsetMinutes?: number;
  /**
   * Show link-level headers that the default leaves out: the direction and address of Linux
   * cooked captures, the family of loopback captures (tcpdump's `-e`). Ethernet MACs and VLAN
   * tags are always shown.
   */
  linkHeaders?: boolean;
}

const LENGTH = ascii("length ");
/** Each layer type's text part, by type: read for every layer of every line. */
const PARTS: Uint8Array = Uint8Array.from(
  { length: 32 },
  (_, type) => PRINTERS[type as LayerType]?.part ?? TextPart.None,
);
const PLACEHOLDER_PACKET = new Packet();
const SEPARATOR = ascii(": ");

/**
 * Formats decoded packets as tcpdump-like lines, e.g.
 * `12:00:00.000001 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 71:
 * 10.0.0.1.43210 > 10.0.0.2.80: Flags [P.], seq 1:6, ack 1, win 502, length 5: "print"`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder } from "../decode/decoder.ts";
import type { IPv4 } from "../decode/ipv4.ts";
 * import { Packet } from "../decode/packet.ts";
 * import { TextFormatter } from "./text.ts";
 *
 * const frame = new Uint8Array(54);
 * frame.set([0x08, 0x00], 12);
 * frame.set([0x45, 0, 0, 40, 0, 0, 0, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], 14);
 * frame.set([0x30, 0x39, 0, 80, 0, 0, 0, 7, 0, 0, 0, 0, 0x50, 0x02, 0xff, 0xff], 34);
 * const packet = Packet.from(frame);
 * const decoder = new Decoder();
 * decoder.decodePacket(packet);
 * const line = new TextFormatter({ utcOffsetMinutes: 0 }).format(packet, decoder);
 * assert.ok(line.includes("10.0.0.1.12345 > 10.0.0.2.80: Flags [S], seq 7, win 65535, length 0"));
 * ```
 */
export class TextFormatter {
  readonly #messageLimit: number;
  readonly #linkHeaders: boolean;
  readonly #offsetSeconds: number;
  #cachedSecond = -1;
  #clockCodes: Uint8Array = new Uint8Array(0);
  /** What the printers are given, reused for every packet. */
  readonly #context: TextContext;

  /** Options: message limit, time zone and link headers (see {@linkcode TextOptions}). */
  constructor(options: TextOptions = {}) {
    this.#messageLimit = options.messageLimit ?? 256;
    this.#linkHeaders = options.linkHeaders ?? false;
    this.#offsetSeconds = (options.utcOffsetMinutes ?? -new Date().getTimezoneOffset()) * 60;
    this.#context = {
      packet: PLACEHOLDER_PACKET,
      // Set by each write(): a decoder made here would only cost a second set of layers.
      decoder: null as unknown as Decoder,
      out: new StringSink(),
      linkHeaders: this.#linkHeaders,
      messageLimit: this.#messageLimit,
      length: 0,
      etherType: -1,
      linkEnded: false,
      afterTruncation: "",
      ip: null as unknown as IPv4,
      ipLength: 0,
    };
  }

  /** One line for a packet the decoder has just decoded (no trailing newline). */
  format(packet: Packet, decoder: Decoder): string {
    const sink = new StringSink();
    this.write(packet, decoder, sink);
    return sink.value;
  }

  /**
   * Writes the line (no newline) to `out`. The common lines (Ethernet, IP, TCP or UDP) are
   * written as bytes straight into the sink's buffer, the message escaped from the packet:
   * no string is built for them.
   */
  write(packet: Packet, decoder: Decoder, out: OutputSink): void {
    let at = out.reserve(32);
    const buffer = out.buffer;
    this.#clock(packet.seconds);
    at = putAscii(buffer, at, this.#clockCodes);
    buffer[at++] = 0x2e;
    at = putDecimal(buffer, at, packet.microseconds, 6);
    buffer[at++] = 0x20;
    out.commit(at);
    if (decoder.layerCount === 0 && decoder.problemLayer === LayerType.None) {
      out.text(`${linkTypeName(packet.linkType)} (undecoded), length ${packet.wireLength}`);
      return;
    }
    const context = this.#context;
    context.packet = packet;
    context.out = out;
    context.ip = decoder.ipv4;
    this.#body(context, decoder, packet.wireLength, false);
  }

  /** Everything after the timestamp, for a frame or for a packet a tunnel carries (`carried`). */
  #body(context: TextContext, decoder: Decoder, length: number, carried: boolean): void {
    const out = context.out;
    context.decoder = decoder;
    context.length = length;
    const layers = decoder.layers;
    const count = decoder.layerCount;
    let network = 0;
    while (network < count && PARTS[layers[network]!] === TextPart.Link) network++;
    const links = network;
    while (network < count && PARTS[layers[network]!] === TextPart.Shim) network++;
    const firstNetwork = network;
    while (network < count && PARTS[layers[network]!] !== TextPart.Network) network++;
    // The link part ends with ": " when a shim or a network part follows it.
    const linkShown = this.#link(context, decoder, links, firstNetwork > links || network < count);
    // Headers between the link and the network layer (MPLS labels, a PPPoE session), each
    // followed by a space, as tcpdump prints them.
    for (let shim = links; shim < firstNetwork; shim++) {
      if (shim > links) out.text(" ");
      PRINTERS[layers[shim] as LayerType].text(context);
    }
    const shims = firstNetwork - links;
    if (network < count) {
      if (shims > 0) out.text(" ");
      const printer = PRINTERS[layers[network] as LayerType];
      printer.enter?.(context);
      const whole = network + 1 < count;
      const transport =
        PRINTERS[(whole ? layers[network + 1]! : decoder.partialLayer) as LayerType];
      const printed = transport.part === TextPart.Transport &&
        (whole || transport.partialText === true) && transport.text(context);
      if (!printed && !whole && decoder.inner !== null) {
        // IP in IP: the outer addresses, then the packet they carry, as tcpdump writes it.
        out.text(`${context.ip.source} > ${context.ip.destination}`);
      } else if (!printed) printer.text(context);
      printer.flags?.(context);
      if (printed) transport.flags?.(context);
    } else if (!linkShown && shims === 0 && (count > 0 || !carried)) {
      // Not for a carried packet cut inside its first header: tcpdump shows only `[|ip]`.
      out.text(`${linkTypeName(context.packet.linkType)}, length ${length}`);
    }
    const inner = decoder.inner;
    if (inner !== null) {
      let tunnel = count - 1;
      while (tunnel >= 0 && PRINTERS[layers[tunnel] as LayerType].part !== TextPart.Tunnel) {
        tunnel--;
      }
      out.text(": ");
      if (tunnel >= 0) {
        PRINTERS[layers[tunnel] as LayerType].text(context);
        out.text(": ");
      }
      const first = inner.layerCount > 0 ? inner.layers[0]! : inner.problemLayer;
      const start = first === LayerType.Ethernet ? inner.ethernet.offset : decoder.payloadOffset;
      this.#body(context, inner, decoder.payloadEnd - start, true);
    }
    if (decoder.status === DecodeStatus.Truncated) {
      out.text(` [|${LAYER_NAMES[decoder.problemLayer]}]`);
      if (context.afterTruncation !== "") {
        out.text(context.afterTruncation);
        context.afterTruncation = "";
      }
    } else if (decoder.status === DecodeStatus.Malformed) {
      out.text(` [${decoder.describeProblem()}]`);
    }
  }

  /**
   * The link part: each link layer's printer (MACs, cooked-capture direction, VLAN tags) for
   * `layers[0, links)`, then the EtherType and `length N`, and `: ` when `followed`. Shown for
   * Ethernet and VLAN-tagged frames, and for the other link types with `linkHeaders`. Returns
   * whether it wrote anything.
   */
  #link(context: TextContext, decoder: Decoder, links: number, followed: boolean): boolean {
    if (
      !this.#linkHeaders && !decoder.has(LayerType.Ethernet) && !decoder.has(LayerType.VLAN)
    ) {
      return false;
    }
    const out = context.out;
    context.etherType = -1;
    context.linkEnded = false;
    for (let i = 0; i < links && !context.linkEnded; i++) {
      PRINTERS[decoder.layers[i] as LayerType].text(context);
    }
    if (links === 0) out.text(`${linkTypeName(context.packet.linkType)}, `);
    let at = out.reserve(160);
    const buffer = out.buffer;
    if (!context.linkEnded) {
      if (context.etherType >= 0) at = putAscii(buffer, at, etherTypeCodes(context.etherType));
      at = putAscii(buffer, at, LENGTH);
      at = putDecimal(buffer, at, context.length);
    }
    if (followed) at = putAscii(buffer, at, SEPARATOR);
    out.commit(at);
    return true;
  }

  /** Keeps `HH:MM:SS` in the configured zone, as ASCII codes, for the current second. */
  #clock(seconds: number): void {
    if (seconds !== this.#cachedSecond) {
      this.#cachedSecond = seconds;
      const day = (((seconds + this.#offsetSeconds) % 86400) + 86400) % 86400;
      const hh = Math.floor(day / 3600);
      const mm = Math.floor((day % 3600) / 60);
      const ss = day % 60;
      this.#clockCodes = ascii(`${pad2(hh)}:${pad2(mm)}:${pad2(ss)}`);
    }
  }
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
