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
import { ChecksumStatus } from "../decode/checksum.ts";
import { scanTcpOptions, type TCP, TcpFlag, TcpOption } from "../decode/tcp.ts";
import type { Packet } from "../decode/packet.ts";
import { type OutputSink, StringSink } from "./writer.ts";
import { ascii, putAscii, putDecimal, putMac } from "./_ascii.ts";
import { putIPv4, putIPv6 } from "../decode/address.ts";
import { u32 } from "../decode/layer.ts";

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
  /**
   * Write the common frame (Ethernet → IP → TCP) field by field rather than through a composed
   * string. Default true; false exists to check that both give the same text.
   */
  directPath?: boolean;
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

/**
 * Stands where a message's bytes go in a composed line. It cannot occur otherwise: every byte
 * from a packet is escaped, and none of the formatter's own text has it.
 */
const PLACEHOLDER = "\u0000";

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

/** tcpdump's letters for every combination of the 9 flags, computed once. */
const FLAG_TEXT: string[] = [];

/** tcpdump's letters for a set of TCP flags: `S.` for SYN-ACK, `P.` for PSH-ACK, `none`. */
export function tcpFlagLetters(flags: number): string {
  let letters = "";
  for (const [bit, letter] of FLAG_LETTERS) if ((flags & bit) !== 0) letters += letter;
  return letters || "none";
}
for (let flags = 0; flags < 512; flags++) FLAG_TEXT.push(tcpFlagLetters(flags));

// The direct path's literals, encoded once.
const FLAG_CODES: Uint8Array[] = FLAG_TEXT.map(ascii);
const ARROW = ascii(" > ");
const COLON_SPACE = ascii(": ");
const ETHERTYPE_IPV4_LENGTH = ascii(", ethertype IPv4 (0x0800), length ");
const ETHERTYPE_IPV6_LENGTH = ascii(", ethertype IPv6 (0x86dd), length ");
const FLAGS_OPEN = ascii(": Flags [");
const FLAGS_CLOSE_SEQ = ascii("], seq ");
const ACK = ascii(", ack ");
const UDP_LENGTH = ascii(": UDP, length ");
const WIN = ascii(", win ");
const URG = ascii(", urg ");
const OPTIONS_OPEN = ascii(", options [");
const LENGTH = ascii(", length ");
const MESSAGE_OPEN = ascii(': "');
const MORE_OPEN = ascii("... (");
const MORE_CLOSE = ascii(" more bytes)");
const NOT_CAPTURED_OPEN = ascii(" [|");
const NOT_CAPTURED_CLOSE = ascii(" bytes not captured]");
const BAD_IP = ascii(" [bad ip cksum]");
const EOL = ascii("eol");
const NOP = ascii("nop");
const MSS = ascii("mss ");
const WSCALE = ascii("wscale ");
const SACK_OK = ascii("sackOK");
const TS_VAL = ascii("TS val ");
const TS_ECR = ascii(" ecr ");
/** Most the direct path writes before the options: two IPv6 addresses and every number at full width. */
const HEADER_ROOM = 640;
/** Most the options and what follows up to the message take: 40 bytes of options, ~4× as text. */
const OPTIONS_ROOM = 256;
/** Most what follows the message takes. */
const TAIL_ROOM = 128;

/**
 * Formats decoded packets as tcpdump-like lines, e.g.
 * `12:00:00.000001 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 71:
 * 10.0.0.1.43210 > 10.0.0.2.80: Flags [P.], seq 1:6, ack 1, win 502, length 5: "print"`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder } from "../decode/decoder.ts";
 * import { Packet } from "../decode/packet.ts";
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
  #messageBytes: Uint8Array = new Uint8Array(0);
  #messageStart = 0;
  #messageEnd = -1;
  readonly #linkHeaders: boolean;
  readonly #directPath: boolean;
  readonly #offsetSeconds: number;
  #cachedSecond = -1;
  #cachedClock = "";
  #clockCodes: Uint8Array = new Uint8Array(0);

  constructor(options: TextOptions = {}) {
    this.#messageLimit = options.messageLimit ?? 256;
    this.#linkHeaders = options.linkHeaders ?? false;
    this.#directPath = options.directPath ?? true;
    this.#offsetSeconds = (options.utcOffsetMinutes ?? -new Date().getTimezoneOffset()) * 60;
  }

  /** One line for a packet the decoder has just decoded (no trailing newline). */
  format(packet: Packet, decoder: Decoder): string {
    const sink = new StringSink();
    this.write(packet, decoder, sink);
    return sink.value;
  }

  /**
   * Writes the line (no newline) to `out`; the message's bytes go from the packet to the output
   * escaped, with no string built for them.
   */
  write(packet: Packet, decoder: Decoder, out: OutputSink): void {
    if (this.#directPath && this.#writeDirect(packet, decoder, out)) return;
    this.#messageEnd = -1;
    const line = this.#compose(packet, decoder);
    if (this.#messageEnd < 0) return out.text(line);
    const at = line.indexOf(PLACEHOLDER);
    out.text(line.slice(0, at));
    out.escaped(this.#messageBytes, this.#messageStart, this.#messageEnd);
    out.text(line.slice(at + 1));
  }

  /**
   * The common cases, Ethernet → IPv4 or IPv6 → TCP or UDP decoded whole, written field by field
   * into `out` with no string built. Gives exactly what #compose gives (tests/text_paths_test.ts
   * holds them to that); false for every other frame.
   */
  #writeDirect(packet: Packet, decoder: Decoder, out: OutputSink): boolean {
    const transport = decoder.layers[2];
    if (
      decoder.status !== DecodeStatus.Ok || decoder.layerCount !== 3 ||
      decoder.layers[0] !== LayerType.Ethernet ||
      (transport !== LayerType.TCP && transport !== LayerType.UDP) || decoder.inner !== null
    ) {
      return false;
    }
    const v4 = decoder.layers[1] === LayerType.IPv4;
    const ethernet = decoder.ethernet;
    const udp = transport === LayerType.UDP;
    const tcp = decoder.tcp;
    const bytes = ethernet.bytes;
    const sourcePort = udp ? decoder.udp.sourcePort : tcp.sourcePort;
    // Everything up to the options fits in HEADER_ROOM, the options in OPTIONS_ROOM.
    let at = out.reserve(HEADER_ROOM);
    let buffer = out.buffer;
    this.#clock(packet.seconds);
    at = putAscii(buffer, at, this.#clockCodes);
    buffer[at++] = 0x2e;
    at = putDecimal(buffer, at, packet.microseconds, 6);
    buffer[at++] = 0x20;
    at = putMac(buffer, at, bytes, ethernet.offset + 6);
    at = putAscii(buffer, at, ARROW);
    at = putMac(buffer, at, bytes, ethernet.offset);
    at = putAscii(buffer, at, v4 ? ETHERTYPE_IPV4_LENGTH : ETHERTYPE_IPV6_LENGTH);
    at = putDecimal(buffer, at, packet.wireLength);
    at = putAscii(buffer, at, COLON_SPACE);
    let ipLength: number;
    if (v4) {
      const ip = decoder.ipv4;
      const captured = Math.max(0, ip.end - ip.offset - ip.headerLength);
      ipLength = ip.totalLength === 0 ? captured : ip.totalLength - ip.headerLength;
      if (ipLength <= 0) ipLength = captured;
      at = putIPv4(buffer, at, bytes, ip.offset + 12);
      buffer[at++] = 0x2e;
      at = putDecimal(buffer, at, sourcePort);
      at = putAscii(buffer, at, ARROW);
      at = putIPv4(buffer, at, bytes, ip.offset + 16);
    } else {
      const ip = decoder.ipv6;
      const captured = Math.max(0, ip.end - ip.offset - ip.headerLength);
      ipLength = ip.payloadLength === 0 ? captured : ip.payloadLength - (ip.headerLength - 40);
      if (ipLength <= 0) ipLength = captured;
      at = putIPv6(buffer, at, bytes, ip.offset + 8);
      buffer[at++] = 0x2e;
      at = putDecimal(buffer, at, sourcePort);
      at = putAscii(buffer, at, ARROW);
      at = putIPv6(buffer, at, bytes, ip.offset + 24);
    }
    buffer[at++] = 0x2e;
    if (udp) {
      at = putDecimal(buffer, at, decoder.udp.destinationPort);
      at = putAscii(buffer, at, UDP_LENGTH);
      at = putDecimal(buffer, at, Math.max(0, decoder.udp.length - 8));
      return this.#endDirect(decoder, out, buffer, at, v4, "udp");
    }
    at = putDecimal(buffer, at, tcp.destinationPort);
    const flags = tcp.flags;
    at = putAscii(buffer, at, FLAGS_OPEN);
    at = putAscii(buffer, at, FLAG_CODES[flags]!);
    at = putAscii(buffer, at, FLAGS_CLOSE_SEQ);
    const messageLength = Math.max(0, ipLength - tcp.headerLength);
    at = putDecimal(buffer, at, tcp.sequence);
    if (messageLength > 0) {
      buffer[at++] = 0x3a;
      at = putDecimal(buffer, at, (tcp.sequence + messageLength) >>> 0);
    }
    if ((flags & TcpFlag.ACK) !== 0) {
      at = putAscii(buffer, at, ACK);
      at = putDecimal(buffer, at, tcp.acknowledgment);
    }
    at = putAscii(buffer, at, WIN);
    at = putDecimal(buffer, at, tcp.window);
    if ((flags & TcpFlag.URG) !== 0) {
      at = putAscii(buffer, at, URG);
      at = putDecimal(buffer, at, tcp.urgentPointer);
    }
    if (tcp.headerLength > 20) {
      at = putAscii(buffer, at, OPTIONS_OPEN);
      const written = putCommonOptions(buffer, at, tcp);
      if (written >= 0) {
        at = written;
      } else {
        out.commit(at);
        out.text(tcpOptionsText(tcp));
        at = out.reserve(OPTIONS_ROOM);
        buffer = out.buffer;
      }
      buffer[at++] = 0x5d;
    }
    at = putAscii(buffer, at, LENGTH);
    at = putDecimal(buffer, at, messageLength);
    const captured = decoder.payloadLength;
    if (captured > 0) {
      at = putAscii(buffer, at, MESSAGE_OPEN);
      out.commit(at);
      const start = decoder.payloadOffset;
      const shown = this.#messageLimit > 0 ? Math.min(captured, this.#messageLimit) : captured;
      out.escaped(tcp.bytes, start, start + shown);
      at = out.reserve(TAIL_ROOM);
      buffer = out.buffer;
      buffer[at++] = 0x22;
      if (shown < captured) {
        at = putAscii(buffer, at, MORE_OPEN);
        at = putDecimal(buffer, at, captured - shown);
        at = putAscii(buffer, at, MORE_CLOSE);
      }
      if (captured < messageLength) {
        at = putAscii(buffer, at, NOT_CAPTURED_OPEN);
        at = putDecimal(buffer, at, messageLength - captured);
        at = putAscii(buffer, at, NOT_CAPTURED_CLOSE);
      }
    }
    return this.#endDirect(decoder, out, buffer, at, v4, "tcp");
  }

  /** The checksum flags that end a line of the direct path, with room for the IPv4 one. */
  #endDirect(
    decoder: Decoder,
    out: OutputSink,
    buffer: Uint8Array,
    at: number,
    v4: boolean,
    transport: string,
  ): true {
    if (v4 && decoder.ipv4Checksum() === ChecksumStatus.Bad) at = putAscii(buffer, at, BAD_IP);
    out.commit(at);
    const flag = checksumFlag(decoder, transport);
    if (flag !== "") out.text(flag);
    return true;
  }

  #compose(packet: Packet, decoder: Decoder): string {
    const clock = `${this.#clock(packet.seconds)}.${String(packet.microseconds).padStart(6, "0")} `;
    if (decoder.layerCount === 0 && decoder.problemLayer === LayerType.None) {
      return `${clock}${linkTypeName(packet.linkType)} (undecoded), length ${packet.wireLength}`;
    }
    return clock + this.#body(packet, decoder, packet.wireLength);
  }

  /** Everything after the timestamp, for a frame or for a packet a tunnel carries. */
  #body(packet: Packet, decoder: Decoder, length: number): string {
    const link = this.#link(packet, decoder, length);
    let line = link;
    const separator = link === "" ? "" : ": ";
    if (decoder.has(LayerType.ARP)) {
      line += separator + this.#arp(decoder);
    } else if (decoder.has(LayerType.IPv4) || decoder.has(LayerType.IPv6)) {
      line += separator + this.#network(decoder);
    } else if (link === "") {
      line += `${linkTypeName(packet.linkType)}, length ${length}`;
    }
    const inner = decoder.inner;
    if (inner !== null) {
      const first = inner.layerCount > 0 ? inner.layers[0]! : inner.problemLayer;
      const start = first === LayerType.Ethernet ? inner.ethernet.offset : decoder.payloadOffset;
      line += `: ${tunnelText(decoder)}: ${this.#body(packet, inner, decoder.payloadEnd - start)}`;
    }
    if (decoder.status === DecodeStatus.Truncated) {
      line += ` [|${LAYER_NAMES[decoder.problemLayer]}]`;
    } else if (decoder.status === DecodeStatus.Malformed) {
      line += ` [${decoder.describeProblem()}]`;
    }
    return line;
  }

  /**
   * The link-layer part: MACs and EtherType for Ethernet, direction for cooked captures (with
   * `linkHeaders`), or "" where there is nothing to show.
   */
  #link(packet: Packet, decoder: Decoder, length: number): string {
    let text: string;
    let etherType = -1;
    if (!decoder.has(LayerType.Ethernet) && !this.#linkHeaders && !decoder.has(LayerType.VLAN)) {
      return "";
    }
    if (decoder.has(LayerType.Ethernet)) {
      const ethernet = decoder.ethernet;
      text = `${ethernet.source} > ${ethernet.destination}, `;
      etherType = ethernet.etherType;
      if (etherType <= 1500) return `${text}802.3, length ${length}`;
    } else if (decoder.has(LayerType.LinuxSLL) || decoder.has(LayerType.LinuxSLL2)) {
      const sll = decoder.has(LayerType.LinuxSLL) ? decoder.sll : decoder.sll2;
      const interfaceIndex = sll.type === LayerType.LinuxSLL2
        ? ` ifindex ${sll.interfaceIndex}`
        : "";
      text = `${sll.packetTypeName}${interfaceIndex} ${sll.source}, `;
      etherType = sll.protocol;
    } else if (decoder.has(LayerType.Loopback)) {
      text = `AF ${decoder.loopback.family}, `;
    } else {
      text = `${linkTypeName(packet.linkType)}, `;
    }
    if (decoder.has(LayerType.VLAN)) {
      const vlan = decoder.vlan;
      for (let i = 0; i < vlan.count; i++) {
        text += `${etherTypeText(etherType)}, vlan ${vlan.id(i)}, p ${vlan.priority(i)}, `;
        etherType = vlan.etherType(i);
      }
    }
    if (etherType >= 0) text += `${etherTypeText(etherType)}, `;
    return `${text}length ${length}`;
  }

  #arp(decoder: Decoder): string {
    const arp = decoder.arp;
    if (!arp.complete) return `ARP, opcode ${arp.opcode}`;
    const length = 8 + 2 * (arp.hardwareLength + arp.protocolLength);
    switch (arp.opcode) {
      case 1:
        return `ARP, Request who-has ${arp.targetProtocolAddress} tell ${arp.senderProtocolAddress}, length ${length}`;
      case 2:
        return `ARP, Reply ${arp.senderProtocolAddress} is-at ${arp.senderHardwareAddress}, length ${length}`;
      default:
        return `ARP, opcode ${arp.opcode}, sender ${arp.senderProtocolAddress} (${arp.senderHardwareAddress}), target ${arp.targetProtocolAddress}, length ${length}`;
    }
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
    const flags = v4 && decoder.ipv4Checksum() === ChecksumStatus.Bad ? " [bad ip cksum]" : "";

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
      if (tcpBytes < 14) return text + flags;
      text += ` Flags [${tcpFlagLetters(tcp.flags)}], seq ${tcp.sequence}`;
      if (messageLength > 0 && tcpBytes >= 20) {
        text += `:${(tcp.sequence + messageLength) >>> 0}`;
      }
      if ((tcp.flags & TcpFlag.ACK) !== 0) text += `, ack ${tcp.acknowledgment}`;
      if (tcpBytes < 20) return text + flags;
      text += `, win ${tcp.window}`;
      if ((tcp.flags & TcpFlag.URG) !== 0) text += `, urg ${tcp.urgentPointer}`;
      if (decoder.has(LayerType.TCP) && decoder.tcp.headerLength > 20) {
        text += `, options [${tcpOptionsText(tcp)}]`;
      }
      text += `, length ${messageLength}`;
      if (decoder.has(LayerType.TCP) && decoder.payloadLength > 0) {
        text += `: ${this.#message(decoder, messageLength)}`;
      }
      return text + flags + checksumFlag(decoder, "tcp");
    }
    if (decoder.has(LayerType.UDP)) {
      const udp = decoder.udp;
      return `${ip.source}.${udp.sourcePort} > ${ip.destination}.${udp.destinationPort}: UDP, length ${
        Math.max(0, udp.length - 8)
      }${flags}${checksumFlag(decoder, "udp")}`;
    }
    if (decoder.has(LayerType.ICMP)) {
      return `${ip.source} > ${ip.destination}: ICMP ${
        icmpText(decoder)
      }, length ${ipLength}${flags}${checksumFlag(decoder, "icmp")}`;
    }
    if (decoder.has(LayerType.ICMPv6)) {
      return `${ip.source} > ${ip.destination}: ICMP6, ${icmpv6Text(decoder)}, length ${ipLength}${
        checksumFlag(decoder, "icmp6")
      }`;
    }
    const name = v4 && decoder.ipv4.fragmentOffset !== 0
      ? `${protocolName(protocol)} fragment offset ${decoder.ipv4.fragmentOffset * 8}`
      : protocolName(protocol);
    return `${ip.source} > ${ip.destination}: ${name}, length ${ipLength}${flags}`;
  }

  /** The message in quotes, escaped; cut at the limit, and marked when snaplen cut it. */
  #message(decoder: Decoder, statedLength: number): string {
    const start = decoder.payloadOffset;
    const captured = decoder.payloadLength;
    const shown = this.#messageLimit > 0 ? Math.min(captured, this.#messageLimit) : captured;
    // The escaped bytes go where the placeholder is, straight from the packet (see write()).
    this.#messageBytes = decoder.tcp.bytes;
    this.#messageStart = start;
    this.#messageEnd = start + shown;
    let text = `"${PLACEHOLDER}"`;
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
      this.#clockCodes = ascii(this.#cachedClock);
    }
    return this.#cachedClock;
  }
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** The tunnel header that carries an inner packet: `GREv0, proto 0x0800`, `VXLAN, vni 100`. */
function tunnelText(decoder: Decoder): string {
  if (decoder.has(LayerType.VXLAN)) return `VXLAN, vni ${decoder.vxlan.vni}`;
  if (decoder.has(LayerType.Geneve)) return `Geneve, vni ${decoder.geneve.vni}`;
  const gre = decoder.gre;
  const key = gre.key === undefined ? "" : `, key 0x${gre.key.toString(16)}`;
  const proto = gre.protocolType;
  const name = proto === 0x88be || proto === 0x22eb
    ? "ERSPAN"
    : `proto 0x${proto.toString(16).padStart(4, "0")}`;
  return `GREv${gre.version}, ${name}${key}`;
}

/** `IPv4 (0x0800)`, `802.1Q (0x8100)`: tcpdump's way of naming an EtherType. */
function etherTypeText(type: number): string {
  return `ethertype ${ETHER_TYPE_NAMES[type] ?? "Unknown"} (0x${
    type.toString(16).padStart(4, "0")
  })`;
}

/** ` [bad tcp cksum 0x1234]` when the transport checksum is wrong, else nothing. */
function checksumFlag(decoder: Decoder, name: string): string {
  if (decoder.transportChecksum() !== ChecksumStatus.Bad) return "";
  const layer = decoder.transport;
  const value = layer === LayerType.TCP
    ? decoder.tcp.checksum
    : layer === LayerType.UDP
    ? decoder.udp.checksum
    : layer === LayerType.ICMP
    ? decoder.icmp.checksum
    : decoder.icmpv6.checksum;
  return ` [bad ${name} cksum 0x${value.toString(16).padStart(4, "0")}]`;
}

/**
 * Writes the option list as {@linkcode tcpOptionsText} does when every option is a common one
 * (EOL, NOP, MSS, window scale, SACK-permitted, timestamps), up to OPTIONS_ROOM bytes, and
 * returns where it stopped; otherwise writes nothing and returns -1.
 */
function putCommonOptions(buffer: Uint8Array, at: number, tcp: TCP): number {
  const bytes = tcp.bytes;
  const start = tcp.offset + 20;
  const end = Math.min(tcp.offset + tcp.headerLength, tcp.end);
  // First make sure every option is one this path writes, and well formed.
  for (let i = start; i < end;) {
    const kind = bytes[i]!;
    if (kind === TcpOption.EOL) break;
    if (kind === TcpOption.NOP) {
      i++;
      continue;
    }
    const length = i + 1 < end ? bytes[i + 1]! : 0;
    if (length < 2 || i + length > end) return -1;
    const common = (kind === TcpOption.MSS && length === 4) ||
      (kind === TcpOption.WindowScale && length === 3) ||
      (kind === TcpOption.SackPermitted && length === 2) ||
      (kind === TcpOption.Timestamps && length === 10);
    if (!common) return -1;
    i += length;
  }
  let first = true;
  for (let i = start; i < end;) {
    const kind = bytes[i]!;
    if (!first) buffer[at++] = 0x2c;
    first = false;
    if (kind === TcpOption.EOL) {
      at = putAscii(buffer, at, EOL);
      break;
    }
    if (kind === TcpOption.NOP) {
      at = putAscii(buffer, at, NOP);
      i++;
      continue;
    }
    const length = bytes[i + 1]!;
    if (kind === TcpOption.MSS) {
      at = putAscii(buffer, at, MSS);
      at = putDecimal(buffer, at, (bytes[i + 2]! << 8) | bytes[i + 3]!);
    } else if (kind === TcpOption.WindowScale) {
      at = putAscii(buffer, at, WSCALE);
      at = putDecimal(buffer, at, bytes[i + 2]!);
    } else if (kind === TcpOption.SackPermitted) {
      at = putAscii(buffer, at, SACK_OK);
    } else {
      at = putAscii(buffer, at, TS_VAL);
      at = putDecimal(buffer, at, u32(bytes, i + 2));
      at = putAscii(buffer, at, TS_ECR);
      at = putDecimal(buffer, at, u32(bytes, i + 6));
    }
    i += length;
  }
  return at;
}

/** tcpdump's option list: `mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7`. */
export function tcpOptionsText(tcp: TCP): string {
  const parts: string[] = [];
  const bytes = tcp.bytes;
  const end = Math.min(tcp.offset + tcp.headerLength, tcp.end);
  scanTcpOptions(bytes, tcp.offset + 20, end, (kind, at, length) => {
    if (length < 0) parts.push(`bad opt ${kind}`);
    else if (kind === TcpOption.EOL) parts.push("eol");
    else if (kind === TcpOption.NOP) parts.push("nop");
    else if (kind === TcpOption.MSS && length === 4) {
      parts.push(`mss ${(bytes[at + 2]! << 8) | bytes[at + 3]!}`);
    } else if (kind === TcpOption.WindowScale && length === 3) {
      parts.push(`wscale ${bytes[at + 2]}`);
    } else if (kind === TcpOption.SackPermitted && length === 2) parts.push("sackOK");
    else if (kind === TcpOption.Timestamps && length === 10) {
      parts.push(`TS val ${u32(bytes, at + 2)} ecr ${u32(bytes, at + 6)}`);
    } else if (kind === TcpOption.Sack) {
      const blocks: string[] = [];
      for (let i = 0; i + 8 <= length - 2; i += 8) {
        const left =
          ((bytes[at + 2 + i]! << 24) | (bytes[at + 3 + i]! << 16) | (bytes[at + 4 + i]! << 8) |
            bytes[at + 5 + i]!) >>> 0;
        const right =
          ((bytes[at + 6 + i]! << 24) | (bytes[at + 7 + i]! << 16) | (bytes[at + 8 + i]! << 8) |
            bytes[at + 9 + i]!) >>> 0;
        blocks.push(`{${left}:${right}}`);
      }
      parts.push(`sack ${blocks.length} ${blocks.join("")}`);
    } else parts.push(`opt-${kind}:${length}`);
  });
  return parts.join(",");
}

function icmpText(decoder: Decoder): string {
  const icmp = decoder.icmp;
  if (icmp.hasIdentifier) {
    return `${icmp.typeName}, id ${icmp.identifier}, seq ${icmp.sequence}`;
  }
  if (icmp.icmpType === 3 && icmp.end - icmp.quotedOffset >= 24) {
    // Name what was unreachable from the quoted header, as tcpdump does.
    const quoted = icmp.quotedOffset;
    const bytes = icmp.bytes;
    const headerLength = (bytes[quoted]! & 0x0f) * 4;
    const protocol = bytes[quoted + 9]!;
    const destination = `${bytes[quoted + 16]}.${bytes[quoted + 17]}.${bytes[quoted + 18]}.${
      bytes[quoted + 19]
    }`;
    if (
      icmp.code === 3 && (protocol === 6 || protocol === 17) &&
      icmp.end - quoted >= headerLength + 4
    ) {
      const port = (bytes[quoted + headerLength + 2]! << 8) | bytes[quoted + headerLength + 3]!;
      return `${destination} ${protocol === 6 ? "tcp" : "udp"} port ${port} unreachable`;
    }
    return `${destination} ${icmp.typeName}`;
  }
  return icmp.typeName;
}

function icmpv6Text(decoder: Decoder): string {
  const icmp = decoder.icmpv6;
  if (icmp.isEcho) return `${icmp.typeName}, id ${icmp.identifier}, seq ${icmp.sequence}`;
  if (icmp.hasTarget && icmp.icmpType === 135) {
    return `${icmp.typeName}, who has ${icmp.targetAddress}`;
  }
  if (icmp.hasTarget) return `${icmp.typeName}, tgt is ${icmp.targetAddress}`;
  return icmp.typeName;
}
