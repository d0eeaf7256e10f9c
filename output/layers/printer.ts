/**
 * What a protocol's printer is: one object per layer type, holding that protocol's one-line
 * text, its `-v` detail and its JSON section, the way tcpdump has one `print-*.c` per protocol.
 * The formatters (`TextFormatter`, `DetailFormatter`, `JsonFormatter`) walk the decoded layers
 * and call each layer's printer with a context that they reuse for every packet.
 *
 * @module
 */

import type { StreamTracker } from "../../streams/tracker.ts";
import { CHECKSUM_STATUS_WORDS, ChecksumStatus } from "../../decode/checksum.ts";
import type { Decoder } from "../../decode/decoder.ts";
import type { IPv4 } from "../../decode/ipv4.ts";
import type { IPv6 } from "../../decode/ipv6.ts";
import type { Packet } from "../../decode/packet.ts";
import type { OutputSink } from "../writer.ts";
import type { JsonObject } from "../_json.ts";

/** Which part of the one-line text a layer's printer writes. */
export const TextPart = {
  /** Writes nothing in the line (a layer shown only through its neighbours, or not at all). */
  None: 0,
  /** The link part, before `length N`: MACs, cooked-capture direction, VLAN tags. */
  Link: 1,
  /** The network part after the link part: ARP, or IP when no transport printer takes over. */
  Network: 2,
  /** A transport header printed with the IP addresses around it: `10.0.0.1.80 > …`. */
  Transport: 3,
  /** A header that carries a packet: named before the carried packet's own line. */
  Tunnel: 4,
  /**
   * A header between the link and the network layer (an MPLS label, a PPPoE session), written
   * after the link part and before the network part, a space after it: `MPLS (label 16, …) `.
   */
  Shim: 5,
} as const;

/** A value of {@linkcode TextPart}. */
export type TextPart = typeof TextPart[keyof typeof TextPart];

/** What a text printer is given: where to write and what the line has so far. */
export interface TextContext {
  /** The packet being printed. */
  packet: Packet;
  /** The decoder whose layers are printed (a tunnel's inner decoder for a carried packet). */
  decoder: Decoder;
  /** Where the line goes. */
  out: OutputSink;
  /** Show link-level headers of cooked and loopback captures too (`-e`). */
  readonly linkHeaders: boolean;
  /** Most bytes of a message shown before it is cut with a marker; 0 shows it whole. */
  readonly messageLimit: number;
  /** The length the link part states (`length N`). */
  length: number;
  /** The EtherType the link part names next (-1: none), as link printers pass it on. */
  etherType: number;
  /** Set by a link printer that ended the link part itself (an 802.3 frame's `length N`). */
  linkEnded: boolean;
  /**
   * Printed right after the line's truncation mark (`[|tcp]`), then cleared: tcpdump's `>` after
   * a TCP option whose kind and length were captured but not its value.
   */
  afterTruncation: string;
  /** The IP header around a transport header, for its addresses. */
  ip: IPv4 | IPv6;
  /**
   * Bytes of transport header and data as the IP header states them, or as captured when it
   * states none: the `length N` of tcpdump's network part.
   */
  ipLength: number;
}

/** What a `-v` printer is given: the decoder, and where each title and field goes. */
export interface DetailContext {
  /** The decoder whose layers are printed. */
  decoder: Decoder;
  /** Most bytes of a message shown before it is cut with a marker; 0 shows it whole. */
  readonly messageLimit: number;
  /** Adds a header's title and its fields, one `name: value` line each. */
  add(title: string, fields: [string, string | number][]): void;
  /** The stream tracker that has tracked this packet, or null when streams are not tracked. */
  streams: StreamTracker | null;
}

/** What a JSON printer is given: the object being written and the packet's state. */
export interface JsonContext {
  /** The packet being printed. */
  packet: Packet;
  /** The decoder whose layers are printed. */
  decoder: Decoder;
  /** The object the sections go into. */
  readonly out: JsonObject;
  /** True once a TCP payload is shown: only the outermost one is (tshark's first occurrence). */
  payloadShown: boolean;
  /** The stream tracker that has tracked this packet, or null when streams are not tracked. */
  streams: StreamTracker | null;
  /**
   * Writes the sections of a datagram an ICMP error quotes into the section open now, as tshark
   * nests them (`"icmp":{…,"ip":{…},"tcp":{…}}`).
   */
  quote(quoted: Decoder): void;
}

/**
 * One protocol's output, in every format. Each method writes the layer the decoder decoded last
 * for that type; none throws, and each reads only bytes the decoder checked were captured.
 */
export interface LayerPrinter {
  /** Which part of the one-line text {@linkcode LayerPrinter.text} writes. */
  readonly part: TextPart;
  /**
   * For `Network` printers: called before the transport printer, to set what it reads from
   * the context (the IP header and its length).
   */
  enter?(context: TextContext): void;
  /**
   * Writes this layer's part of the one-line text. A `Transport` printer returns false when it
   * has too little of its header to print, and then writes nothing (the IP printer then names
   * the protocol instead); the others return true.
   */
  text(context: TextContext): boolean;
  /**
   * For `Transport` printers: true when `text` can also print a header cut short inside its
   * fixed fields (not decoded whole), as tcpdump prints a cut TCP header's ports. Otherwise
   * such a header is left to the IP printer.
   */
  readonly partialText?: boolean;
  /** For `Network` and `Transport` printers: the checksum flag (` [bad tcp cksum 0x1234]`). */
  flags?(context: TextContext): void;
  /** Adds this layer's title and fields for `-v`. */
  detail(context: DetailContext): void;
  /** Writes this layer's JSON section (or sections). */
  json(context: JsonContext): void;
  /**
   * True when every JSON field is written only if its bytes were captured, so that a header
   * cut inside its fixed fields can still be shown as far as it goes.
   */
  readonly partialJson?: boolean;
  /** The JSON sections it may write, when not only the registry's one (VLAN tags). */
  readonly jsonSections?: readonly string[];
}

/** A printer for layer types that print nothing of their own (`None`, `Payload`, `Fragment`). */
export const NOTHING: LayerPrinter = {
  part: TextPart.None,
  text: () => true,
  detail: () => {},
  json: () => {},
};

/** Writes `src > dst: ` and `words`: the line of a transport header without ports. */
export function addressedText(context: TextContext, words: string): void {
  const ip = context.ip;
  context.out.text(`${ip.source} > ${ip.destination}: ${words}`);
}

/** `0x0800`: a 16-bit value as `-v` shows it. */
export function hex4(value: number): string {
  return `0x${value.toString(16).padStart(4, "0")}`;
}

/** `set` or `not set`, for a flag bit in `-v`. */
export function yesNo(value: boolean): string {
  return value ? "set" : "not set";
}

/** `0x1c46 [good]`, `0x14c3 [partial (offloaded)]`: a checksum and its verification, in `-v`. */
export function checksumDetail(value: number, status: ChecksumStatus): string {
  return `${hex4(value)} [${CHECKSUM_STATUS_WORDS[status]}]`;
}

/**
 * Writes ` [bad NAME cksum 0x1234]` when the decoder's transport checksum is wrong (tcpdump's
 * words), else nothing: not for one left to the network card (`Offloaded`), which is not wrong.
 */
export function transportChecksumFlag(
  context: TextContext,
  name: string,
  header: { readonly checksum: number },
): void {
  if (context.decoder.transportChecksum() !== ChecksumStatus.Bad) return;
  // Read only now: a header cut short may not have its checksum field.
  const checksum = header.checksum;
  context.out.text(` [bad ${name} cksum 0x${checksum.toString(16).padStart(4, "0")}]`);
}

/**
 * For the IP printers' `enter`: sets what the transport printers read, the IP header and
 * `length N` as tcpdump computes it (the length the header states, or what was captured when
 * it states none).
 */
export function enterIp(context: TextContext, ip: IPv4 | IPv6): void {
  context.ip = ip;
  const stated = ip.upperLength;
  context.ipLength = stated > 0 ? stated : Math.max(0, ip.end - ip.offset - ip.headerLength);
}
