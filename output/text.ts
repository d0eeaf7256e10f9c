/**
 * tcpdump-style text: one line per packet with the link, network and transport headers and
 * the TCP message.
 *
 * @module
 */

import type { Decoder } from "../decode/decoder.ts";
import { DecodeStatus, LAYER_NAMES, LayerType } from "../decode/layer.ts";
import { protocolName } from "../decode/ip_protocol.ts";
import { linkTypeName } from "../decode/link_type.ts";
import { TcpFlag } from "../decode/tcp.ts";
import type { Packet } from "../ffi/packet.ts";
import { escapeBytes } from "./escape.ts";

/** Options of {@linkcode TextFormatter}. */
export interface TextOptions {
  /** Most bytes of a message shown before it is cut with a marker; 0 shows it whole. Default 256. */
  messageLimit?: number;
  /** Minutes east of UTC for the time of day; default: this system's zone at start. */
  utcOffsetMinutes?: number;
}

const ETHER_TYPE_NAMES: Record<number, string> = {
  0x0800: "IPv4",
  0x0806: "ARP",
  0x8100: "802.1Q",
  0x86dd: "IPv6",
  0x88a8: "802.1Q-QinQ",
  0x88cc: "LLDP",
  0x8035: "RARP",
  0x8863: "PPPoE D",
  0x8864: "PPPoE S",
  0x8847: "MPLS unicast",
  0x88e5: "MACsec",
  0x9000: "Loopback",
};

const FLAG_LETTERS: [number, string][] = [
  [TcpFlag.FIN, "F"],
  [TcpFlag.SYN, "S"],
  [TcpFlag.RST, "R"],
  [TcpFlag.PSH, "P"],
  [TcpFlag.ACK, "."],
  [TcpFlag.URG, "U"],
  [TcpFlag.ECE, "E"],
  [TcpFlag.CWR, "W"],
  [TcpFlag.AE, "e"],
];

/** tcpdump's letters for a set of TCP flags: `S.` for SYN-ACK, `P.` for PSH-ACK, `none`. */
export function tcpFlagLetters(flags: number): string {
  let letters = "";
  for (const [bit, letter] of FLAG_LETTERS) if ((flags & bit) !== 0) letters += letter;
  return letters || "none";
}

/**
 * Formats decoded packets as tcpdump-like lines, e.g.
 * `12:00:00.000001 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 71:
 * 10.0.0.1.43210 > 10.0.0.2.80: Flags [P.], seq 1:6, ack 1, win 502, length 5: "print"`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder } from "../decode/decoder.ts";
 * import { Packet } from "../ffi/packet.ts";
 * import { TextFormatter } from "./text.ts";
 *
 * const frame = new Uint8Array(54);
 * frame.set([0x08, 0x00], 12);
 * frame.set([0x45, 0, 0, 40, 0, 0, 0, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], 14);
 * frame.set([0x30, 0x39, 0, 80, 0, 0, 0, 7, 0, 0, 0, 0, 0x50, 0x02, 0xff, 0xff], 34);
 * const packet = Packet.from(frame);
 * const decoder = new Decoder();
 * decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
 * const line = new TextFormatter({ utcOffsetMinutes: 0 }).format(packet, decoder);
 * assert.ok(line.includes("10.0.0.1.12345 > 10.0.0.2.80: Flags [S], seq 7, win 65535, length 0"));
 * ```
 */
export class TextFormatter {
  readonly #messageLimit: number;
  readonly #offsetSeconds: number;
  #cachedSecond = -1;
  #cachedClock = "";

  constructor(options: TextOptions = {}) {
    this.#messageLimit = options.messageLimit ?? 256;
    this.#offsetSeconds = (options.utcOffsetMinutes ?? -new Date().getTimezoneOffset()) * 60;
  }

  /** One line for a packet the decoder has just decoded (no trailing newline). */
  format(packet: Packet, decoder: Decoder): string {
    let line = `${this.#clock(packet.seconds)}.${String(packet.microseconds).padStart(6, "0")} `;
    if (decoder.layerCount === 0 && decoder.problemLayer === LayerType.None) {
      return `${line}${linkTypeName(packet.linkType)} (undecoded), length ${packet.wireLength}`;
    }
    if (decoder.has(LayerType.Ethernet)) {
      const ethernet = decoder.ethernet;
      const type = ethernet.etherType;
      const typeText = type <= 1500
        ? `802.3, length ${type}`
        : `ethertype ${ETHER_TYPE_NAMES[type] ?? "Unknown"} (0x${
          type.toString(16).padStart(4, "0")
        })`;
      line +=
        `${ethernet.source} > ${ethernet.destination}, ${typeText}, length ${packet.wireLength}`;
    } else {
      line += `${linkTypeName(packet.linkType)}, length ${packet.wireLength}`;
    }
    if (decoder.has(LayerType.IPv4) || decoder.has(LayerType.IPv6)) {
      line += `: ${this.#network(decoder)}`;
    }
    if (decoder.undecodedLayer !== LayerType.None && decoder.network === null) {
      line += ` (${LAYER_NAMES[decoder.undecodedLayer]} not decoded)`;
    }
    if (decoder.status === DecodeStatus.Truncated) {
      line += ` [|${LAYER_NAMES[decoder.problemLayer]}]`;
    } else if (decoder.status === DecodeStatus.Malformed) {
      line += ` [${decoder.describeProblem()}]`;
    }
    return line;
  }

  #network(decoder: Decoder): string {
    const v4 = decoder.has(LayerType.IPv4);
    const ip = v4 ? decoder.ipv4 : decoder.ipv6;
    const protocol = v4 ? decoder.ipv4.protocol : decoder.ipv6.upperProtocol;
    // Bytes of transport and payload as the IP header states them (0: unknown, use captured).
    const stated = v4
      ? (decoder.ipv4.totalLength === 0 ? 0 : decoder.ipv4.totalLength - decoder.ipv4.headerLength)
      : (decoder.ipv6.payloadLength === 0
        ? 0
        : decoder.ipv6.payloadLength - (decoder.ipv6.headerLength - 40));
    const captured = ip.end - ip.offset - ip.headerLength;
    const ipLength = stated > 0 ? stated : Math.max(0, captured);

    // A TCP header cut short still shows every field that was captured, as tcpdump does.
    const tcpBytes = decoder.has(LayerType.TCP)
      ? Math.min(decoder.tcp.headerLength, decoder.tcp.end - decoder.tcp.offset)
      : decoder.problemLayer === LayerType.TCP
      ? decoder.problemAvailable
      : 0;
    if (tcpBytes >= 4) {
      const tcp = decoder.tcp;
      const messageLength = Math.max(0, ipLength - tcp.headerLength);
      let text = `${ip.source}.${tcp.sourcePort} > ${ip.destination}.${tcp.destinationPort}:`;
      if (tcpBytes < 14) return text;
      text += ` Flags [${tcpFlagLetters(tcp.flags)}], seq ${tcp.sequence}`;
      if (messageLength > 0 && tcpBytes >= 20) {
        text += `:${(tcp.sequence + messageLength) >>> 0}`;
      }
      if ((tcp.flags & TcpFlag.ACK) !== 0) text += `, ack ${tcp.acknowledgment}`;
      if (tcpBytes < 20) return text;
      text += `, win ${tcp.window}`;
      if ((tcp.flags & TcpFlag.URG) !== 0) text += `, urg ${tcp.urgentPointer}`;
      text += `, length ${messageLength}`;
      if (decoder.has(LayerType.TCP) && decoder.payloadLength > 0) {
        text += `: ${this.#message(decoder, messageLength)}`;
      }
      return text;
    }
    const name = v4 && decoder.ipv4.fragmentOffset !== 0
      ? `${protocolName(protocol)} fragment offset ${decoder.ipv4.fragmentOffset * 8}`
      : protocolName(protocol);
    return `${ip.source} > ${ip.destination}: ${name}, length ${ipLength}`;
  }

  /** The message in quotes, escaped; cut at the limit, and marked when snaplen cut it. */
  #message(decoder: Decoder, statedLength: number): string {
    const start = decoder.payloadOffset;
    const captured = decoder.payloadLength;
    const shown = this.#messageLimit > 0 ? Math.min(captured, this.#messageLimit) : captured;
    let text = `"${escapeBytes(decoder.tcp.bytes, start, start + shown)}"`;
    if (shown < captured) text += `... (${captured - shown} more bytes)`;
    if (captured < statedLength) text += ` [|${statedLength - captured} bytes not captured]`;
    return text;
  }

  /** `HH:MM:SS` in the configured zone, cached for the current second. */
  #clock(seconds: number): string {
    if (seconds !== this.#cachedSecond) {
      this.#cachedSecond = seconds;
      const day = (((seconds + this.#offsetSeconds) % 86400) + 86400) % 86400;
      const hh = Math.floor(day / 3600);
      const mm = Math.floor((day % 3600) / 60);
      const ss = day % 60;
      this.#cachedClock = `${pad2(hh)}:${pad2(mm)}:${pad2(ss)}`;
    }
    return this.#cachedClock;
  }
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
