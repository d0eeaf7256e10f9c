/**
 * NDJSON: one JSON object per packet, keys named after Wireshark's fields.
 *
 * @module
 */

import { CHECKSUM_STATUS_NAMES } from "../decode/checksum.ts";
import type { Decoder } from "../decode/decoder.ts";
import { DecodeStatus, LayerType } from "../decode/layer.ts";
import { TcpFlag } from "../decode/tcp.ts";
import type { Packet } from "../decode/packet.ts";
import { type OutputSink, StringSink } from "./writer.ts";
import { ascii, isUint32, putAscii, putDecimal, putMac } from "./_ascii.ts";
import { putIPv4, putIPv6 } from "../decode/address.ts";

/** Layers whose fields are each guarded by the bytes available, so a cut header can be shown. */
const PARTIAL_FIELDS: ReadonlySet<number> = new Set([
  LayerType.IPv4,
  LayerType.IPv6,
  LayerType.TCP,
  LayerType.UDP,
  LayerType.ICMP,
  LayerType.ICMPv6,
  LayerType.ARP,
  LayerType.VLAN,
]);

/** The JSON section each layer writes (VLAN tags may write ieee8021ad instead). */
const SECTION_NAMES: Partial<Record<number, string>> = {
  [LayerType.Ethernet]: "eth",
  [LayerType.VLAN]: "vlan",
  [LayerType.LinuxSLL]: "sll",
  [LayerType.LinuxSLL2]: "sll",
  [LayerType.Loopback]: "null",
  [LayerType.ARP]: "arp",
  [LayerType.IPv4]: "ip",
  [LayerType.IPv6]: "ipv6",
  [LayerType.TCP]: "tcp",
  [LayerType.UDP]: "udp",
  [LayerType.ICMP]: "icmp",
  [LayerType.ICMPv6]: "icmpv6",
  [LayerType.GRE]: "gre",
  [LayerType.VXLAN]: "vxlan",
  [LayerType.Geneve]: "geneve",
};

/**
 * `"key":` (and `"name":{` for sections) as ASCII codes, for each key written so far: keys are
 * the formatter's own literals, so the maps stay small.
 */
const KEY_CODES = new Map<string, Uint8Array>();
const SECTION_CODES = new Map<string, Uint8Array>();

function keyCodes(key: string, codesOf: Map<string, Uint8Array>, suffix: string): Uint8Array {
  let codes = codesOf.get(key);
  if (codes === undefined) {
    codes = ascii(`"${key}":${suffix}`);
    codesOf.set(key, codes);
  }
  return codes;
}

/** Room for a key with its comma, and a number or an address after it. */
const KEY_ROOM = 64;

/**
 * Builds one protocol's object: `"name":{"key":value,…}`, keys in the order added. Keys go
 * into the sink's buffer as codes encoded once per key.
 */
class Section {
  #out: OutputSink = new StringSink();
  #open = false;
  #started = false;
  /** The sections written so far for this object (reused: its length is reset). */
  readonly names: string[] = [];

  /** Starts a new object on `out`. */
  reset(out: OutputSink): void {
    this.#out = out;
    this.#open = false;
    this.#started = false;
    this.names.length = 0;
    out.text("{");
  }
  /** Closes the object. */
  close(): void {
    this.#out.text("}");
  }

  start(name: string): void {
    this.names.push(name);
    const codes = keyCodes(name, SECTION_CODES, "{");
    const out = this.#out;
    let at = out.reserve(codes.length + 1);
    const buffer = out.buffer;
    if (this.#started) buffer[at++] = 0x2c;
    out.commit(putAscii(buffer, at, codes));
    this.#started = true;
    this.#open = false;
  }
  /** Writes the key and returns where its value goes, with KEY_ROOM - key length reserved. */
  #key(key: string): number {
    const codes = keyCodes(key, KEY_CODES, "");
    const out = this.#out;
    let at = out.reserve(codes.length + KEY_ROOM);
    const buffer = out.buffer;
    if (this.#open) buffer[at++] = 0x2c;
    this.#open = true;
    return putAscii(buffer, at, codes);
  }
  /** A number, boolean or string value (strings must need no escaping: addresses, names). */
  field(key: string, value: number | boolean | string): void {
    const at = this.#key(key);
    const out = this.#out;
    if (typeof value === "number" && isUint32(value)) {
      out.commit(putDecimal(out.buffer, at, value));
      return;
    }
    out.commit(at);
    if (typeof value === "number") out.decimal(value);
    else if (typeof value === "boolean") out.text(value ? "true" : "false");
    else {
      out.text('"');
      out.text(value);
      out.text('"');
    }
  }
  /** A quoted MAC address, straight from the packet. */
  mac(key: string, bytes: Uint8Array, offset: number): void {
    const out = this.#out;
    let at = this.#key(key);
    const buffer = out.buffer;
    buffer[at++] = 0x22;
    at = putMac(buffer, at, bytes, offset);
    buffer[at++] = 0x22;
    out.commit(at);
  }
  /** A quoted IPv4 (`version` 4) or IPv6 address, straight from the packet. */
  address(key: string, version: 4 | 6, bytes: Uint8Array, offset: number): void {
    const out = this.#out;
    let at = this.#key(key);
    const buffer = out.buffer;
    buffer[at++] = 0x22;
    at = version === 4 ? putIPv4(buffer, at, bytes, offset) : putIPv6(buffer, at, bytes, offset);
    buffer[at++] = 0x22;
    out.commit(at);
  }
  /** A value already in JSON form (an array, a quoted string). */
  raw(key: string, json: string): void {
    this.#out.commit(this.#key(key));
    this.#out.text(json);
  }
  /** Seconds and microseconds as one decimal number. */
  time(key: string, seconds: number, microseconds: number): void {
    this.#out.commit(this.#key(key));
    this.#out.decimal(seconds);
    this.#out.text(".");
    this.#out.decimal(microseconds, 6);
  }
  /** Bytes as a quoted lowercase hex string, straight from the packet. */
  hex(key: string, bytes: Uint8Array, start: number, end: number): void {
    const out = this.#out;
    const at = this.#key(key);
    out.buffer[at] = 0x22;
    out.commit(at + 1);
    out.hex(bytes, start, end);
    out.text('"');
  }
  end(): void {
    this.#out.text("}");
    this.#open = true;
  }
}

/**
 * Formats decoded packets as NDJSON lines. Keys follow Wireshark's field names, nested by
 * protocol, with the rest of the name's dots turned to underscores: `ip.flags.df` is
 * `{"ip":{"flags_df":true}}`. Numbers are numbers, flags booleans, addresses canonical strings,
 * payloads lowercase hex; `checksum_status` is `good`, `bad` or `unverified`. Problems are
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
 * decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
 * const json = JSON.parse(new JsonFormatter().format(packet, decoder));
 * assert.equal(json.ip.flags_df, true);
 * assert.equal(json.tcp.dstport, 80);
 * assert.equal(json.ip.checksum_status, "bad");
 * ```
 */
export class JsonFormatter {
  readonly #out = new Section();
  #payloadShown = false;

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
    out.reset(sink);
    this.#payloadShown = false;
    out.start("frame");
    out.field("number", packet.number);
    out.time("time_epoch", packet.seconds, packet.microseconds);
    out.field("len", packet.wireLength);
    out.field("cap_len", packet.captureLength);
    out.end();
    const wireEnd = packet.wireLength;
    for (let i = 0; i < decoder.layerCount; i++) {
      this.#layer(out, decoder, decoder.layers[i]!, wireEnd);
    }
    // A header cut inside its fixed fields: show the fields that were captured (each field of
    // these layers is shown only when its bytes are there; link headers are all or nothing).
    if (PARTIAL_FIELDS.has(decoder.partialLayer)) {
      this.#layer(out, decoder, decoder.partialLayer, wireEnd);
    }
    // A tunnelled packet: its sections where the outer packet has none (tshark's first
    // occurrence of each field is the outermost).
    const errors: string[] = [];
    if (decoder.inner === null && decoder.status === DecodeStatus.Ok) {
      if (decoder.has(LayerType.TCP) && decoder.tcp.optionsMalformed) {
        out.raw("_errors", '["malformed tcp option"]');
      }
      out.close();
      return;
    }
    for (let inner = decoder.inner; inner !== null; inner = inner.inner) {
      for (let i = 0; i < inner.layerCount; i++) {
        const type = inner.layers[i]!;
        if (!hasSection(out.names, type)) this.#layer(out, inner, type, wireEnd);
      }
      const partial = inner.partialLayer;
      if (PARTIAL_FIELDS.has(partial) && !hasSection(out.names, partial)) {
        this.#layer(out, inner, partial, wireEnd);
      }
      if (inner.status !== DecodeStatus.Ok) errors.push(`inner ${inner.describeProblem()}`);
    }
    if (decoder.status !== DecodeStatus.Ok) errors.unshift(decoder.describeProblem());
    if (decoder.has(LayerType.TCP) && decoder.tcp.optionsMalformed) {
      errors.push("malformed tcp option");
    }
    if (errors.length > 0) out.raw("_errors", JSON.stringify(errors));
    out.close();
  }

  #layer(out: Section, decoder: Decoder, type: number, wireEnd: number): void {
    switch (type) {
      case LayerType.Ethernet: {
        const eth = decoder.ethernet;
        out.start("eth");
        out.mac("dst", eth.bytes, eth.offset);
        out.mac("src", eth.bytes, eth.offset + 6);
        // Up to 1500 the field is an 802.3 length, which Wireshark names eth.len.
        out.field(eth.etherType <= 1500 ? "len" : "type", eth.etherType);
        out.end();
        return;
      }
      case LayerType.VLAN: {
        const a = decoder.vlan.end - decoder.vlan.offset;
        // Tags announced by 0x88a8 are 802.1ad service tags: Wireshark names them
        // ieee8021ad.*; the others (0x8100, 0x9100) are vlan.*, a list when stacked.
        const vlan = decoder.vlan;
        const service: number[] = [];
        const customer: number[] = [];
        // A tag cut after its first 2 bytes still has its priority, DEI and id.
        const cut = decoder.problemLayer === LayerType.VLAN && a - 4 * vlan.count >= 2 ? 1 : 0;
        for (let i = 0; i < vlan.count + cut; i++) {
          const tpid = i === 0 ? outerTagType(decoder) : vlan.etherType(i - 1);
          (tpid === 0x88a8 ? service : customer).push(i);
        }
        const list = (tags: number[], read: (i: number) => number | boolean) => {
          const values = tags.map(read);
          return tags.length > 1 ? `[${values.join(",")}]` : String(values[0]);
        };
        for (const [name, tags] of [["ieee8021ad", service], ["vlan", customer]] as const) {
          if (tags.length === 0) continue;
          out.start(name);
          out.raw("priority", list(tags, (i) => vlan.priority(i)));
          out.raw("dei", list(tags, (i) => vlan.dropEligible(i)));
          out.raw("id", list(tags, (i) => vlan.id(i)));
          // As with Ethernet, a value up to 1500 is an 802.3 length: vlan.len.
          const typed = tags.filter((i) => i < vlan.count && vlan.etherType(i) > 1500);
          const lengths = tags.filter((i) => i < vlan.count && vlan.etherType(i) <= 1500);
          if (name === "vlan" && typed.length > 0) {
            out.raw("etype", list(typed, (i) => vlan.etherType(i)));
          }
          if (name === "vlan" && lengths.length > 0) {
            out.raw("len", list(lengths, (i) => vlan.etherType(i)));
          }
          out.end();
        }
        return;
      }
      case LayerType.LinuxSLL:
      case LayerType.LinuxSLL2: {
        const sll = type === LayerType.LinuxSLL ? decoder.sll : decoder.sll2;
        out.start("sll");
        out.field("pkttype", sll.packetType);
        out.field("hatype", sll.hardwareType);
        out.field("halen", sll.addressLength);
        if (sll.addressLength === 6) out.field("src_eth", sll.source);
        // On a GRE interface (ARPHRD_IPGRE) the protocol is a GRE protocol type.
        if (sll.hardwareType === 778) out.field("gretype", sll.protocol);
        else if (sll.protocol > 1500) out.field("etype", sll.protocol);
        else out.field("ltype", sll.protocol);
        if (type === LayerType.LinuxSLL2) out.field("ifindex", sll.interfaceIndex);
        out.end();
        return;
      }
      case LayerType.Loopback:
        out.start("null");
        out.field("family", decoder.loopback.family);
        out.end();
        return;
      case LayerType.ARP: {
        const a = decoder.arp.end - decoder.arp.offset;
        const arp = decoder.arp;
        out.start("arp");
        if (a >= 2) out.field("hw_type", arp.hardwareType);
        if (a >= 4) out.field("proto_type", arp.protocolType);
        if (a >= 5) out.field("hw_size", arp.hardwareLength);
        if (a >= 6) out.field("proto_size", arp.protocolLength);
        if (a >= 8) out.field("opcode", arp.opcode);
        if (!arp.complete) {
          out.end();
          return;
        }
        // Wireshark's ARP_HW_IS_ETHER and ARP_PRO_IS_IPv4: other kinds are plain bytes.
        const ether = arp.hardwareLength === 6 && [1, 2, 6].includes(arp.hardwareType);
        const ipv4 = arp.protocolLength === 4 &&
          (arp.protocolType === 0x0800 || arp.protocolType === 0xcc);
        if (ether) out.field("src_hw_mac", arp.senderHardwareAddress);
        if (ipv4) out.field("src_proto_ipv4", arp.senderProtocolAddress);
        if (ether) out.field("dst_hw_mac", arp.targetHardwareAddress);
        if (ipv4) out.field("dst_proto_ipv4", arp.targetProtocolAddress);
        out.end();
        return;
      }
      case LayerType.IPv4: {
        const a = decoder.ipv4.end - decoder.ipv4.offset;
        const ip = decoder.ipv4;
        out.start("ip");
        if (decoder.status === DecodeStatus.Malformed && decoder.problemLayer === LayerType.IPv4) {
          // Like tshark: the version, and the header length when that is what is wrong.
          out.field("version", ip.version);
          if (ip.invalidField === "header length") {
            out.field("hdr_len", (ip.bytes[ip.offset]! & 0xf) * 4);
          }
          out.end();
          return;
        }
        if (a >= 1) out.field("version", ip.version);
        if (a >= 1) out.field("hdr_len", ip.headerLength);
        if (a >= 2) out.field("dsfield_dscp", ip.dscp);
        if (a >= 2) out.field("dsfield_ecn", ip.ecn);
        // A total length of 0 (segmentation offload) is shown as tshark shows it: the length
        // the frame says the datagram has.
        if (a >= 4) out.field("len", ip.totalLength || Math.max(0, wireEnd - ip.offset));
        if (a >= 6) out.field("id", ip.identification);
        if (a >= 7) out.field("flags_rb", ip.reservedFlag);
        if (a >= 7) out.field("flags_df", ip.dontFragment);
        if (a >= 7) out.field("flags_mf", ip.moreFragments);
        if (a >= 8) out.field("frag_offset", ip.fragmentOffset);
        if (a >= 9) out.field("ttl", ip.ttl);
        if (a >= 10) out.field("proto", ip.protocol);
        if (a >= 12) out.field("checksum", ip.checksum);
        if (a >= 12) out.field("checksum_status", CHECKSUM_STATUS_NAMES[decoder.ipv4Checksum()]!);
        if (a >= 16) out.address("src", 4, ip.bytes, ip.offset + 12);
        // Like tshark, the destination only once the whole header (options too) is there.
        if (a >= 20 && a >= ip.headerLength) out.address("dst", 4, ip.bytes, ip.offset + 16);
        out.end();
        return;
      }
      case LayerType.IPv6: {
        const a = decoder.ipv6.end - decoder.ipv6.offset;
        const ip = decoder.ipv6;
        out.start("ipv6");
        if (a >= 1) out.field("version", ip.version);
        if (a >= 2) out.field("tclass", ip.trafficClass);
        if (a >= 4) out.field("flow", ip.flowLabel);
        if (a >= 6) out.field("plen", ip.payloadLength);
        if (a >= 7) out.field("nxt", ip.nextHeader);
        if (a >= 8) out.field("hlim", ip.hopLimit);
        if (a >= 24) out.address("src", 6, ip.bytes, ip.offset + 8);
        if (a >= 40) out.address("dst", 6, ip.bytes, ip.offset + 24);
        out.end();
        return;
      }
      case LayerType.ICMP: {
        const a = decoder.icmp.end - decoder.icmp.offset;
        const icmp = decoder.icmp;
        out.start("icmp");
        if (a >= 4) out.field("type", icmp.icmpType);
        if (a >= 4) out.field("code", icmp.code);
        if (a >= 4) out.field("checksum", icmp.checksum);
        if (a >= 4) {
          out.field("checksum_status", CHECKSUM_STATUS_NAMES[decoder.transportChecksum()]!);
        }
        if (icmp.hasIdentifier) {
          out.field("ident", icmp.identifier);
          out.field("seq", icmp.sequence);
        }
        out.end();
        return;
      }
      case LayerType.ICMPv6: {
        const a = decoder.icmpv6.end - decoder.icmpv6.offset;
        const icmp = decoder.icmpv6;
        out.start("icmpv6");
        if (a >= 4) out.field("type", icmp.icmpType);
        if (a >= 4) out.field("code", icmp.code);
        if (a >= 4) out.field("checksum", icmp.checksum);
        if (a >= 4) {
          out.field("checksum_status", CHECKSUM_STATUS_NAMES[decoder.transportChecksum()]!);
        }
        if (icmp.isEcho) {
          out.field("echo_identifier", icmp.identifier);
          out.field("echo_sequence_number", icmp.sequence);
        }
        if (icmp.hasTarget && icmp.icmpType === 135) {
          out.field("nd_ns_target_address", icmp.targetAddress);
        }
        if (icmp.hasTarget && icmp.icmpType === 136) {
          const flags = icmp.advertisementFlags;
          out.field("nd_na_flag_r", (flags & 4) !== 0);
          out.field("nd_na_flag_s", (flags & 2) !== 0);
          out.field("nd_na_flag_o", (flags & 1) !== 0);
          out.field("nd_na_target_address", icmp.targetAddress);
        }
        out.end();
        return;
      }
      case LayerType.UDP: {
        const a = decoder.udp.end - decoder.udp.offset;
        const udp = decoder.udp;
        out.start("udp");
        if (a >= 2) out.field("srcport", udp.sourcePort);
        if (a >= 4) out.field("dstport", udp.destinationPort);
        if (a >= 6) out.field("length", udp.length);
        if (a >= 8) out.field("checksum", udp.checksum);
        if (a >= 8) {
          out.field("checksum_status", CHECKSUM_STATUS_NAMES[decoder.transportChecksum()]!);
        }
        out.end();
        return;
      }
      case LayerType.GRE: {
        const gre = decoder.gre;
        out.start("gre");
        out.field("proto", gre.protocolType);
        const key = gre.key;
        if (key !== undefined) out.field("key", key);
        out.end();
        return;
      }
      case LayerType.VXLAN:
        out.start("vxlan");
        out.field("vni", decoder.vxlan.vni);
        out.end();
        return;
      case LayerType.Geneve:
        out.start("geneve");
        out.field("proto_type", decoder.geneve.protocolType);
        out.field("vni", decoder.geneve.vni);
        out.end();
        return;
      case LayerType.TCP: {
        const a = decoder.tcp.end - decoder.tcp.offset;
        const tcp = decoder.tcp;
        out.start("tcp");
        if (a >= 2) out.field("srcport", tcp.sourcePort);
        if (a >= 4) out.field("dstport", tcp.destinationPort);
        // tshark shows only the ports of a header cut before 20 bytes, and stops after the
        // header length when that is under 20.
        if (a < 20) {
          out.end();
          return;
        }
        out.field("seq_raw", tcp.sequence);
        const valid = tcp.dataOffset >= 5;
        if (valid) out.field("ack_raw", tcp.acknowledgment);
        out.field("hdr_len", tcp.dataOffset * 4);
        if (valid) {
          out.field("flags", tcp.flagsWithReserved);
          out.field("window_size_value", tcp.window);
          out.field("checksum", tcp.checksum);
          out.field("checksum_status", CHECKSUM_STATUS_NAMES[decoder.transportChecksum()]!);
          out.field("urgent_pointer", tcp.urgentPointer);
        }
        out.field("len", tcpLength(decoder));
        const mss = tcp.mss;
        if (mss !== undefined) out.field("options_mss_val", mss);
        const scale = tcp.windowScale;
        if (scale !== undefined) out.field("options_wscale_shift", scale);
        if (tcp.sackPermitted) out.field("options_sack_perm", true);
        const blocks = tcp.sackBlockCount;
        if (blocks > 0) {
          const left: number[] = [];
          const right: number[] = [];
          for (let i = 0; i < blocks; i++) {
            left.push(tcp.sackLeft(i));
            right.push(tcp.sackRight(i));
          }
          out.raw("options_sack_le", `[${left.join(",")}]`);
          out.raw("options_sack_re", `[${right.join(",")}]`);
        }
        const tsval = tcp.timestampValue;
        if (tsval !== undefined) {
          out.field("options_timestamp_tsval", tsval);
          out.field("options_timestamp_tsecr", tcp.timestampEcho!);
        }
        // The data of a reset is its "reset cause" to tshark, not payload.
        const reset = (tcp.flags & TcpFlag.RST) !== 0;
        if (decoder.has(LayerType.TCP) && decoder.payloadLength > 0 && !reset) {
          // Only the outermost TCP's payload is shown: the first occurrence, as tshark's.
          if (!this.#payloadShown) {
            this.#payloadShown = true;
            out.hex("payload", tcp.bytes, decoder.payloadOffset, decoder.payloadEnd);
          }
        }
        out.end();
        return;
      }
    }
  }
}

/** Whether a layer's section is written already (VLAN tags write vlan, ieee8021ad or both). */
function hasSection(names: string[], type: number): boolean {
  if (type === LayerType.VLAN) return names.includes("vlan") || names.includes("ieee8021ad");
  return names.includes(SECTION_NAMES[type] ?? "");
}

/** The EtherType that announced the first VLAN tag (from Ethernet or a cooked header). */
function outerTagType(decoder: Decoder): number {
  if (decoder.has(LayerType.Ethernet)) return decoder.ethernet.etherType;
  if (decoder.has(LayerType.LinuxSLL)) return decoder.sll.protocol;
  if (decoder.has(LayerType.LinuxSLL2)) return decoder.sll2.protocol;
  return 0x8100;
}

/** TCP's message length as the IP header states it (tshark's `tcp.len`). */
export function tcpLength(decoder: Decoder): number {
  const tcp = decoder.tcp;
  let ipPayload: number;
  if (decoder.has(LayerType.IPv4)) {
    const ip = decoder.ipv4;
    ipPayload = ip.totalLength === 0
      ? ip.end - ip.offset - ip.headerLength
      : ip.totalLength - ip.headerLength;
  } else {
    const ip = decoder.ipv6;
    ipPayload = ip.payloadLength === 0
      ? ip.end - ip.offset - ip.headerLength
      : ip.payloadLength - (ip.headerLength - 40);
  }
  // The data offset as sent, even when it is too small to be valid (as tshark counts it).
  return Math.max(0, ipPayload - tcp.dataOffset * 4);
}
