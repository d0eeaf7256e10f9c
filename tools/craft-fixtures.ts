/**
 * Writes the crafted capture files in tests/fixtures/: packets the kernel here cannot make
 * (VLAN tags, other link types, IPv6 extension headers, odd TCP options, bad checksums, cut
 * frames), built byte by byte. tools/make-fixtures runs it after its real captures.
 *
 * deno run --allow-write tools/craft-fixtures.ts
 *
 * Every file is a classic pcap (little-endian, microseconds, magic 0xa1b2c3d4, snaplen 262144),
 * packets 1.017 ms apart from 2024-01-01T00:00:00Z, so that every run writes the same bytes.
 * Addresses: MACs 02:00:00:00:00:0a → 02:00:00:00:00:0b, 10.77.0.1 → 10.77.0.2,
 * fd77::1 → fd77::2 (more fd77:: addresses in routing headers). Every IPv4 header, ICMP,
 * ICMPv6, UDP and TCP checksum is right (pseudo-headers included: the final destination of a
 * routing header, the whole datagram for fragments) except where a packet below says "bad".
 *
 * Files (link type 1, Ethernet, unless told):
 *   vlan.pcap         802.1Q VLAN 100 priority 3 → IPv4/TCP SYN; 802.1ad 0x88a8 outer VLAN 200 +
 *                     802.1Q inner 300 → IPv4/UDP; three tags (0x88a8 10 with DEI, 0x8100 20,
 *                     0x8100 30) → ARP request, padded to 60 bytes; VLAN 100 → IPv6/ICMPv6 echo
 *                     request and reply; priority tag (VLAN 0, priority 5) → ARP reply
 *   null-loop.pcap    link type 0 (DLT_NULL, family in host order, here little-endian): 2 →
 *                     IPv4/TCP; 24, 28, 30 (BSDs' and macOS's AF_INET6) → IPv6/UDP
 *   loop.pcap         link type 108 (DLT_LOOP, family in network order): 2 → IPv4/TCP,
 *                     24 → IPv6/UDP
 *   raw-ip.pcap       link type 101 (LINKTYPE_RAW, version nibble picks): IPv4/TCP SYN,
 *                     IPv6/ICMPv6 echo request
 *   raw-ipv4.pcap     link type 228: IPv4/TCP SYN, IPv4/UDP
 *   raw-ipv6.pcap     link type 229: IPv6/ICMPv6 echo request (traffic class, flow label),
 *                     IPv6/TCP SYN
 *   ipv6-ext.pcap     IPv6 hop-by-hop (router alert, PadN) → TCP; routing type 0 with 1 address
 *                     (segments left 1) → UDP; routing type 4 (segment routing, 1 segment,
 *                     segments left 0) → UDP; destination options (PadN, unknown option 0x1e)
 *                     → ICMPv6 echo; fragment header: first fragment (offset 0, M) and second
 *                     (offset 24 bytes) of one UDP datagram; AH (SPI, sequence, 12-byte ICV) → TCP;
 *                     a chain hop-by-hop → destination options → routing type 0 → TCP; then a
 *                     bad ICMPv6 checksum and a UDP checksum of 0 over IPv6 (bad: it is mandatory)
 *   tcp-options.pcap  IPv4 unless told. SYN with MSS, SACK permitted, timestamps, NOP, window
 *                     scale (Linux's order); ACKs with timestamps + 1 SACK block, 2 and 3 blocks;
 *                     MSS + unknown kind 99 length 4 + EOL padding; experimental kind 253 length 4
 *                     (ExID 0x1234); NOP + kind 79 with length 0 (malformed); SACK whose length
 *                     (18) runs past the header; MD5 signature; TCP Fast Open cookie; SYN with ECE
 *                     and CWR (IPv4 ECN not-ECT); PSH/ACK/URG with urgent pointer 3 (IP ECT(0));
 *                     ACK with ECE (IP CE); ACK with CWR and data (IP ECT(0)); ACK with the AE
 *                     (former NS) bit; every flag and the 3 reserved bits set; data offset 15
 *                     (40 bytes of options); IPv6 SYN with options; data offset 4 (bogus, less
 *                     than the 20-byte header). Each segment has a source port of its own.
 *   ipv4-options.pcap IPv4 options record route (2 slots, 1 filled), NOP, EOL → ICMP echo; router
 *                     alert → UDP; a UDP datagram in two fragments (MF at offset 0, then offset
 *                     24 bytes); total length 0 (as TSO captures show) on a TCP segment; bad
 *                     IPv4 header checksum (UDP inside good); bad TCP checksum; bad UDP checksum;
 *                     UDP checksum 0 (none: allowed over IPv4); ICMP echo with a bad checksum;
 *                     a TCP ACK of 54 bytes padded to the 60-byte Ethernet minimum
 *   truncated.pcap    frames cut (caplen < len) inside: the Ethernet header (10 bytes), an 802.1Q
 *                     tag (16), the IPv4 header (26), IPv4 options (40), the IPv6 header (34), an
 *                     IPv6 hop-by-hop header (58), the TCP header (44), TCP options (61), the UDP
 *                     header (39), the ICMP header (37), an ARP message (24)
 *   tunnels.pcap      outer 10.77.0.1 → 10.77.0.2 (Geneve: fd77::1 → fd77::2), inner 192.168.7.1 →
 *                     192.168.7.2 / fd78::1 → fd78::2, inner MACs 02:00:00:00:01:0a → …:01:0b.
 *                     GRE → IPv4/ICMP echo request; GRE with checksum and key 0x1234, 0x6558 →
 *                     Ethernet/IPv4/TCP SYN (MSS); GRE → IPv6/UDP; ERSPAN II (GRE with sequence,
 *                     0x88be, session 5) → Ethernet/IPv4/UDP; ERSPAN I (GRE without sequence,
 *                     0x88be) → Ethernet/ARP request; ERSPAN III (0x22eb, session 6) →
 *                     Ethernet/IPv4/ICMP echo reply; VXLAN (UDP 4789, VNI 100, UDP checksum 0) →
 *                     Ethernet/IPv4/TCP "print"; Geneve over IPv6 (UDP 6081, one 8-byte option,
 *                     VNI 200) → Ethernet/IPv6/ICMPv6 echo request; VXLAN (UDP checksum set) cut
 *                     inside the inner IPv4 header (74 bytes kept)
 *   mpls.pcap         0x8847 label 16 → IPv4/ICMP echo request; 0x8848 labels 1000 (tc 3, TTL
 *                     255) and 17 (tc 5) → IPv6/UDP; VLAN 100 → label 0 (IPv4 explicit null) →
 *                     IPv4/TCP SYN; label 2 (IPv6 explicit null) → IPv6/ICMPv6 echo request;
 *                     label 100 → a pseudowire (control word, Ethernet: not IP); MPLS in UDP
 *                     (port 6635) labels 21 and 22 → IPv4/ICMP echo request (192.168.7.1 →
 *                     192.168.7.2); three labels cut after the first (20 bytes kept), and cut
 *                     inside the first (16 bytes kept)
 *   pppoe.pcap        PPPoE sessions (0x8864): session 0x17 → IPv4/TCP SYN; session 0x1234 →
 *                     IPv6/ICMPv6 echo request; an LCP echo request (not decoded) padded to 60
 *                     bytes; the PPP protocol compressed to one byte (0x21) → IPv4/UDP; VLAN 7 →
 *                     PPPoE → IPv4/UDP; PPP protocol 0x0281 → MPLS label 16 → IPv4/ICMP; cut
 *                     inside the PPP protocol (21 bytes kept); a payload length of 0 before an
 *                     IPv4 packet (malformed)
 *   igmp.pcap         IPv4 (TTL 1, router alert but for v1) → IGMP: v2 general query (to
 *                     224.0.0.1); v2 query for 224.0.0.251, max response 1 s; v1 query; v1 and v2
 *                     reports; leave (to 224.0.0.2); v3 query (S, QRV 2, QQIC 125, max response
 *                     code 0xfe, 2 sources); v3 report (to 224.0.0.22) of 2 group records, one
 *                     with 2 sources; a v2 report with a bad checksum; a multicast traceroute
 *                     query; a v2 report cut after 6 bytes of IGMP
 *
 * @module
 */

import { TcpFlag } from "../decode/tcp.ts";
import { fail, parseScriptArgs, reason } from "./_script.ts";
import {
  type Bytes,
  checksum,
  concat,
  ipv4Address,
  ipv6Address,
  mac,
  text,
  u16,
  u32,
  u8,
  zeros,
} from "./_bytes.ts";

const OUT = new URL("../tests/fixtures/", import.meta.url);

const USAGE = `usage: deno run --allow-write tools/craft-fixtures.ts

Writes the crafted captures in tests/fixtures/ (VLAN, NULL/LOOP, raw IP, IPv6 extension headers,
TCP and IPv4 options, truncations, tunnels, MPLS, PPPoE, IGMP), the same bytes on every run; the
header of tools/craft-fixtures.ts lists every packet. Takes no arguments.`;

// ---------------------------------------------------------------------------------------------
// Checksums (the byte builders are in _bytes.ts)

/** A checksum field: the right value, or a wrong one that is surely not equivalent to it. */
function checksumField(right: number, wanted: Checksum | undefined): number {
  if (wanted === undefined || wanted === "good") return right;
  if (wanted === "bad") return right === 0xbad0 ? 0xbad1 : 0xbad0;
  return wanted;
}

type Checksum = "good" | "bad" | number;

// ---------------------------------------------------------------------------------------------
// Link layers

const MAC_A = mac("02:00:00:00:00:0a");
const MAC_B = mac("02:00:00:00:00:0b");
const BROADCAST = mac("ff:ff:ff:ff:ff:ff");

const ETHERTYPE = {
  ipv4: 0x0800,
  arp: 0x0806,
  vlan: 0x8100,
  qinq: 0x88a8,
  ipv6: 0x86dd,
  /** Transparent Ethernet bridging (GRE, Geneve). */
  teb: 0x6558,
  /** ERSPAN types I and II (GRE). */
  erspan: 0x88be,
  /** ERSPAN type III (GRE). */
  erspan3: 0x22eb,
};

interface Tag {
  tpid: number;
  vid: number;
  pcp?: number;
  dei?: boolean;
}

function ethernet(
  type: number,
  payload: Bytes,
  options: { dst?: Bytes; src?: Bytes; tags?: Tag[]; padTo60?: boolean } = {},
): Bytes {
  const tags = (options.tags ?? []).map((tag) =>
    concat(u16(tag.tpid), u16(((tag.pcp ?? 0) << 13) | (tag.dei ? 0x1000 : 0) | tag.vid))
  );
  const frame = concat(options.dst ?? MAC_B, options.src ?? MAC_A, ...tags, u16(type), payload);
  return options.padTo60 && frame.length < 60 ? concat(frame, zeros(60 - frame.length)) : frame;
}

function arp(op: 1 | 2, sha: Bytes, spa: string, tha: Bytes, tpa: string): Bytes {
  return concat(
    u16(1), // Ethernet
    u16(ETHERTYPE.ipv4),
    u8(6, 4),
    u16(op),
    sha,
    ipv4Address(spa),
    tha,
    ipv4Address(tpa),
  );
}

// ---------------------------------------------------------------------------------------------
// Network layers

/** The addresses a transport checksum's pseudo-header takes. */
interface Net {
  version: 4 | 6;
  src: Bytes;
  dst: Bytes;
}

const V4: Net = { version: 4, src: ipv4Address("10.77.0.1"), dst: ipv4Address("10.77.0.2") };
const V6: Net = { version: 6, src: ipv6Address("fd77::1"), dst: ipv6Address("fd77::2") };

function pseudoHeader(net: Net, protocol: number, length: number): Bytes {
  return net.version === 4
    ? concat(net.src, net.dst, u8(0, protocol), u16(length))
    : concat(net.src, net.dst, u32(length), u8(0, 0, 0, protocol));
}

const PROTO = {
  hopByHop: 0,
  icmp: 1,
  tcp: 6,
  udp: 17,
  routing: 43,
  fragment: 44,
  gre: 47,
  ah: 51,
  icmpv6: 58,
  destOpts: 60,
};

interface Ipv4Fields {
  protocol: number;
  payload: Bytes;
  net?: Net;
  tos?: number;
  id?: number;
  /** 3 bits: 4 reserved, 2 DF, 1 MF. */
  flags?: number;
  /** In 8-byte units. */
  fragmentOffset?: number;
  ttl?: number;
  options?: Bytes;
  totalLength?: number;
  checksum?: Checksum;
}

function ipv4(fields: Ipv4Fields): Bytes {
  const net = fields.net ?? V4;
  const options = fields.options ?? zeros(0);
  if (options.length % 4 !== 0) throw new Error("IPv4 options must fill 32-bit words");
  const headerLength = 20 + options.length;
  const header = concat(
    u8(0x40 | (headerLength / 4), fields.tos ?? 0),
    u16(fields.totalLength ?? headerLength + fields.payload.length),
    u16(fields.id ?? 0x1234),
    u16(((fields.flags ?? 2) << 13) | (fields.fragmentOffset ?? 0)),
    u8(fields.ttl ?? 64, fields.protocol),
    u16(0),
    net.src,
    net.dst,
    options,
  );
  const sum = checksumField(checksum(header), fields.checksum);
  header.set(u16(sum), 10);
  return concat(header, fields.payload);
}

interface Ipv6Fields {
  next: number;
  payload: Bytes;
  net?: Net;
  trafficClass?: number;
  flowLabel?: number;
  hopLimit?: number;
}

function ipv6(fields: Ipv6Fields): Bytes {
  const net = fields.net ?? V6;
  const first = (6 << 28) | ((fields.trafficClass ?? 0) << 20) | (fields.flowLabel ?? 0);
  return concat(
    u32(first),
    u16(fields.payload.length),
    u8(fields.next, fields.hopLimit ?? 64),
    net.src,
    net.dst,
    fields.payload,
  );
}

/** A hop-by-hop, destination options or routing header: next header, length, then `body`. */
function extension(next: number, body: Bytes): Bytes {
  if ((body.length + 2) % 8 !== 0) throw new Error("an extension header fills 8-byte units");
  return concat(u8(next, (body.length + 2) / 8 - 1), body);
}

/** Routing header type 0 (deprecated, still decoded): the addresses still to visit. */
function routingType0(next: number, segmentsLeft: number, addresses: Bytes[]): Bytes {
  return extension(next, concat(u8(0, segmentsLeft), zeros(4), ...addresses));
}

/** Segment routing header (type 4, RFC 8754): segment list in reverse order of visit. */
function segmentRouting(next: number, segmentsLeft: number, segments: Bytes[]): Bytes {
  return extension(
    next,
    concat(u8(4, segmentsLeft, segments.length - 1, 0), u16(0), ...segments),
  );
}

function fragmentHeader(next: number, offsetBytes: number, more: boolean, id: number): Bytes {
  if (offsetBytes % 8 !== 0) throw new Error("a fragment offset is in 8-byte units");
  return concat(u8(next, 0), u16(offsetBytes | (more ? 1 : 0)), u32(id));
}

/** Authentication header (RFC 4302) with a 96-bit ICV. */
function authenticationHeader(next: number, spi: number, sequence: number): Bytes {
  const icv = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i);
  return concat(u8(next, (12 + icv.length) / 4 - 2), u16(0), u32(spi), u32(sequence), icv);
}

// ---------------------------------------------------------------------------------------------
// Transport layers

const TCP = TcpFlag;

interface TcpFields {
  sport?: number;
  dport?: number;
  seq?: number;
  ack?: number;
  /** TCP.* bits, AE (the former NS) included. */
  flags: number;
  /** The 3 reserved bits. */
  reserved?: number;
  window?: number;
  urgent?: number;
  options?: Bytes;
  payload?: Bytes;
  /** In 32-bit words; from the options when not given. */
  dataOffset?: number;
  checksum?: Checksum;
}

function tcp(net: Net, fields: TcpFields): Bytes {
  const options = fields.options ?? zeros(0);
  if (fields.dataOffset === undefined && options.length % 4 !== 0) {
    throw new Error("TCP options must fill 32-bit words");
  }
  const dataOffset = fields.dataOffset ?? 5 + options.length / 4;
  const segment = concat(
    u16(fields.sport ?? 40000),
    u16(fields.dport ?? 7000),
    u32(fields.seq ?? 1000),
    u32(fields.ack ?? 0),
    u8(
      (dataOffset << 4) | ((fields.reserved ?? 0) << 1) | (fields.flags >> 8),
      fields.flags & 0xff,
    ),
    u16(fields.window ?? 64240),
    u16(0),
    u16(fields.urgent ?? 0),
    options,
    fields.payload ?? zeros(0),
  );
  const right = checksum(pseudoHeader(net, PROTO.tcp, segment.length), segment);
  segment.set(u16(checksumField(right, fields.checksum)), 16);
  return segment;
}

interface UdpFields {
  sport?: number;
  dport?: number;
  payload: Bytes;
  /** "none" writes 0: no checksum (allowed over IPv4 only). */
  checksum?: Checksum | "none";
}

function udp(net: Net, fields: UdpFields): Bytes {
  const datagram = concat(
    u16(fields.sport ?? 40001),
    u16(fields.dport ?? 7001),
    u16(8 + fields.payload.length),
    u16(0),
    fields.payload,
  );
  // A computed 0 goes as 0xffff: 0 means "no checksum".
  const right = checksum(pseudoHeader(net, PROTO.udp, datagram.length), datagram) || 0xffff;
  const sum = fields.checksum === "none" ? 0 : checksumField(right, fields.checksum);
  datagram.set(u16(sum), 6);
  return datagram;
}

function icmpEcho(
  type: 0 | 8,
  id: number,
  sequence: number,
  data: Bytes,
  wanted?: Checksum,
): Bytes {
  const message = concat(u8(type, 0), u16(0), u16(id), u16(sequence), data);
  message.set(u16(checksumField(checksum(message), wanted)), 2);
  return message;
}

function icmpv6(net: Net, type: number, code: number, body: Bytes, wanted?: Checksum): Bytes {
  const message = concat(u8(type, code), u16(0), body);
  const right = checksum(pseudoHeader(net, PROTO.icmpv6, message.length), message);
  message.set(u16(checksumField(right, wanted)), 2);
  return message;
}

function icmpv6Echo(
  net: Net,
  type: 128 | 129,
  id: number,
  sequence: number,
  data: Bytes,
  wanted?: Checksum,
): Bytes {
  return icmpv6(net, type, 0, concat(u16(id), u16(sequence), data), wanted);
}

/** The other direction of `net`. */
function reverse(net: Net): Net {
  return { version: net.version, src: net.dst, dst: net.src };
}

// TCP options
const opt = {
  eol: () => u8(0),
  nop: () => u8(1),
  mss: (value: number) => concat(u8(2, 4), u16(value)),
  windowScale: (shift: number) => u8(3, 3, shift),
  sackPermitted: () => u8(4, 2),
  sack: (...blocks: [number, number][]) =>
    concat(
      u8(5, 2 + 8 * blocks.length),
      ...blocks.flatMap(([left, right]) => [u32(left), u32(right)]),
    ),
  timestamps: (value: number, echo: number) => concat(u8(8, 10), u32(value), u32(echo)),
};

/** Linux's SYN options: MSS, SACK permitted, timestamps, NOP, window scale (20 bytes). */
function synOptions(mss = 1460): Bytes {
  return concat(
    opt.mss(mss),
    opt.sackPermitted(),
    opt.timestamps(0x01020304, 0),
    opt.nop(),
    opt.windowScale(7),
  );
}

// ---------------------------------------------------------------------------------------------
// Tunnels

interface GreFields {
  /** GRE protocol type (an EtherType). */
  protocol: number;
  payload: Bytes;
  /** C bit: a checksum over the GRE header and payload. */
  checksum?: boolean;
  /** K bit. */
  key?: number;
  /** S bit. */
  sequence?: number;
}

/** GRE (RFC 2784, RFC 2890), version 0: the optional fields in order checksum, key, sequence. */
function gre(fields: GreFields): Bytes {
  const flags = (fields.checksum ? 0x8000 : 0) | (fields.key !== undefined ? 0x2000 : 0) |
    (fields.sequence !== undefined ? 0x1000 : 0);
  const header = concat(
    u16(flags),
    u16(fields.protocol),
    fields.checksum ? zeros(4) : zeros(0), // checksum and reserved1
    fields.key !== undefined ? u32(fields.key) : zeros(0),
    fields.sequence !== undefined ? u32(fields.sequence) : zeros(0),
  );
  if (fields.checksum) header.set(u16(checksum(header, fields.payload)), 4);
  return concat(header, fields.payload);
}

/** ERSPAN type II header (8 bytes, version 1), then the mirrored Ethernet frame. */
function erspanII(
  fields: { session: number; vlan?: number; cos?: number; encapsulation?: number; index?: number },
  frame: Bytes,
): Bytes {
  return concat(
    u16((1 << 12) | (fields.vlan ?? 0)),
    u16(((fields.cos ?? 0) << 13) | ((fields.encapsulation ?? 0) << 11) | fields.session),
    u32((fields.index ?? 0) & 0xfffff),
    frame,
  );
}

/** ERSPAN type III header (12 bytes, version 2, O flag 0: no platform-specific subheader). */
function erspanIII(
  fields: {
    session: number;
    vlan?: number;
    cos?: number;
    timestamp?: number;
    sgt?: number;
    hardwareId?: number;
    /** Timestamp granularity, 2 bits. */
    granularity?: number;
  },
  frame: Bytes,
): Bytes {
  return concat(
    u16((2 << 12) | (fields.vlan ?? 0)),
    u16(((fields.cos ?? 0) << 13) | fields.session),
    u32(fields.timestamp ?? 0),
    u16(fields.sgt ?? 0),
    // P 0, frame type 0 (Ethernet), hardware id, D 0, granularity, O 0.
    u16(((fields.hardwareId ?? 0) << 4) | ((fields.granularity ?? 0) << 1)),
    frame,
  );
}

/** VXLAN (RFC 7348): flags 0x08 (VNI valid), the VNI, then the inner Ethernet frame. */
function vxlan(vni: number, frame: Bytes): Bytes {
  return concat(u8(0x08, 0, 0, 0), u32(vni << 8), frame);
}

/** Geneve (RFC 8926), version 0, O and C flags clear; `options` fills 32-bit words. */
function geneve(protocol: number, vni: number, options: Bytes, payload: Bytes): Bytes {
  if (options.length % 4 !== 0) throw new Error("Geneve options must fill 32-bit words");
  return concat(u8(options.length / 4, 0), u16(protocol), u32(vni << 8), options, payload);
}

/** One Geneve option: class, type, then data of a whole number of 32-bit words. */
function geneveOption(optionClass: number, type: number, data: Bytes): Bytes {
  if (data.length % 4 !== 0) throw new Error("Geneve option data must fill 32-bit words");
  return concat(u16(optionClass), u8(type, data.length / 4), data);
}

// ---------------------------------------------------------------------------------------------
// pcap

interface PcapRecord {
  data: Bytes;
  /** Bytes kept of `data` (caplen); all when not given. */
  caplen?: number;
}

const BASE_SECONDS = Date.UTC(2024, 0, 1) / 1000;

function pcap(linkType: number, records: (PcapRecord | Bytes)[]): Bytes {
  const header = new DataView(new ArrayBuffer(24));
  header.setUint32(0, 0xa1b2c3d4, true);
  header.setUint16(4, 2, true);
  header.setUint16(6, 4, true);
  header.setInt32(8, 0, true); // thiszone
  header.setUint32(12, 0, true); // sigfigs
  header.setUint32(16, 262144, true); // snaplen
  header.setUint32(20, linkType, true);
  const parts: Bytes[] = [new Uint8Array(header.buffer)];
  records.forEach((entry, index) => {
    const record = entry instanceof Uint8Array ? { data: entry } : entry;
    const caplen = Math.min(record.caplen ?? record.data.length, record.data.length);
    const micros = index * 1017; // about 1 ms apart, not round
    const recordHeader = new DataView(new ArrayBuffer(16));
    recordHeader.setUint32(0, BASE_SECONDS + Math.floor(micros / 1e6), true);
    recordHeader.setUint32(4, micros % 1e6, true);
    recordHeader.setUint32(8, caplen, true);
    recordHeader.setUint32(12, record.data.length, true);
    parts.push(new Uint8Array(recordHeader.buffer), record.data.subarray(0, caplen));
  });
  return concat(...parts);
}

function write(name: string, linkType: number, records: (PcapRecord | Bytes)[]): void {
  try {
    Deno.writeFileSync(new URL(name, OUT), pcap(linkType, records));
  } catch (error) {
    fail("craft-fixtures", `cannot write tests/fixtures/${name}: ${reason(error)}`);
  }
  console.log(`craft-fixtures: tests/fixtures/${name} (${records.length} packets)`);
}

const LINKTYPE = { null: 0, ethernet: 1, raw: 101, loop: 108, ipv4: 228, ipv6: 229 };

// ---------------------------------------------------------------------------------------------
// Packets used by several files

function tcpSynV4(): Bytes {
  return ipv4({
    protocol: PROTO.tcp,
    payload: tcp(V4, { flags: TCP.SYN, options: synOptions() }),
  });
}

function udpV4(message = "hello udp"): Bytes {
  return ipv4({ protocol: PROTO.udp, payload: udp(V4, { payload: text(message) }) });
}

function tcpSynV6(): Bytes {
  return ipv6({ next: PROTO.tcp, payload: tcp(V6, { flags: TCP.SYN, options: synOptions(1440) }) });
}

function udpV6(message = "hello udp"): Bytes {
  return ipv6({ next: PROTO.udp, payload: udp(V6, { payload: text(message) }) });
}

function echoRequestV6(net = V6): Bytes {
  return ipv6({
    next: PROTO.icmpv6,
    net,
    payload: icmpv6Echo(net, 128, 0x4242, 1, text("ping6 payload...")),
  });
}

// ---------------------------------------------------------------------------------------------
// Files

function vlanFile(): void {
  const echoReply = ipv6({
    next: PROTO.icmpv6,
    net: reverse(V6),
    payload: icmpv6Echo(reverse(V6), 129, 0x4242, 1, text("ping6 payload...")),
  });
  write("vlan.pcap", LINKTYPE.ethernet, [
    ethernet(ETHERTYPE.ipv4, tcpSynV4(), { tags: [{ tpid: ETHERTYPE.vlan, vid: 100, pcp: 3 }] }),
    ethernet(ETHERTYPE.ipv4, udpV4("in QinQ"), {
      tags: [{ tpid: ETHERTYPE.qinq, vid: 200 }, { tpid: ETHERTYPE.vlan, vid: 300 }],
    }),
    ethernet(ETHERTYPE.arp, arp(1, MAC_A, "10.77.0.1", zeros(6), "10.77.0.2"), {
      dst: BROADCAST,
      tags: [
        { tpid: ETHERTYPE.qinq, vid: 10, dei: true },
        { tpid: ETHERTYPE.vlan, vid: 20, pcp: 1 },
        { tpid: ETHERTYPE.vlan, vid: 30, pcp: 7 },
      ],
      padTo60: true,
    }),
    ethernet(ETHERTYPE.ipv6, echoRequestV6(), {
      tags: [{ tpid: ETHERTYPE.vlan, vid: 100, pcp: 3 }],
    }),
    ethernet(ETHERTYPE.ipv6, echoReply, {
      dst: MAC_A,
      src: MAC_B,
      tags: [{ tpid: ETHERTYPE.vlan, vid: 100, pcp: 3 }],
    }),
    ethernet(ETHERTYPE.arp, arp(2, MAC_B, "10.77.0.2", MAC_A, "10.77.0.1"), {
      dst: MAC_A,
      src: MAC_B,
      tags: [{ tpid: ETHERTYPE.vlan, vid: 0, pcp: 5 }],
    }),
  ]);
}

function familyLE(family: number): Bytes {
  return u8(family & 0xff, (family >> 8) & 0xff, (family >> 16) & 0xff, family >>> 24);
}

function nullLoopFiles(): void {
  write("null-loop.pcap", LINKTYPE.null, [
    concat(familyLE(2), tcpSynV4()),
    concat(familyLE(24), udpV6("AF_INET6 24")),
    concat(familyLE(28), udpV6("AF_INET6 28")),
    concat(familyLE(30), udpV6("AF_INET6 30")),
  ]);
  write("loop.pcap", LINKTYPE.loop, [
    concat(u32(2), tcpSynV4()),
    concat(u32(24), udpV6("AF_INET6 24")),
  ]);
}

function rawFiles(): void {
  write("raw-ip.pcap", LINKTYPE.raw, [tcpSynV4(), echoRequestV6()]);
  write("raw-ipv4.pcap", LINKTYPE.ipv4, [tcpSynV4(), udpV4()]);
  const labelled = ipv6({
    next: PROTO.icmpv6,
    trafficClass: 0xb8, // DSCP EF
    flowLabel: 0x12345,
    payload: icmpv6Echo(V6, 128, 0x4242, 2, text("flow labelled")),
  });
  write("raw-ipv6.pcap", LINKTYPE.ipv6, [labelled, tcpSynV6()]);
}

function ipv6ExtensionFile(): void {
  const frame = (packet: Bytes) => ethernet(ETHERTYPE.ipv6, packet);
  const packets: Bytes[] = [];

  // Hop-by-hop: router alert (MLD) and a PadN of 0 bytes of padding → TCP.
  const hopByHop = extension(PROTO.tcp, concat(u8(0x05, 2), u16(0), u8(1, 0)));
  packets.push(ipv6({
    next: PROTO.hopByHop,
    payload: concat(hopByHop, tcp(V6, { flags: TCP.SYN, options: synOptions(1440) })),
  }));

  // Routing type 0, one address left to visit: the packet goes to fd77::3 first, then fd77::2,
  // the final destination that the UDP pseudo-header takes.
  const firstHop: Net = { version: 6, src: V6.src, dst: ipv6Address("fd77::3") };
  packets.push(ipv6({
    next: PROTO.routing,
    net: firstHop,
    payload: concat(
      routingType0(PROTO.udp, 1, [V6.dst]),
      udp(V6, { payload: text("routed by type 0") }),
    ),
  }));

  // Segment routing, one segment (the destination itself), none left.
  packets.push(ipv6({
    next: PROTO.routing,
    payload: concat(
      segmentRouting(PROTO.udp, 0, [V6.dst]),
      udp(V6, { payload: text("segment routed") }),
    ),
  }));

  // Destination options: an unknown option 0x1e (skip if not understood) with 2 bytes, PadN.
  const destinationOptions = extension(PROTO.icmpv6, concat(u8(0x1e, 2, 0xbe, 0xef), u8(1, 0)));
  packets.push(ipv6({
    next: PROTO.destOpts,
    payload: concat(destinationOptions, icmpv6Echo(V6, 128, 0x4242, 3, text("with dstopts"))),
  }));

  // One UDP datagram (8 + 56 bytes) in two fragments: 24 bytes with M set, then the other 40.
  const datagram = udp(V6, {
    payload: text("fragmented over IPv6, 56 bytes of payload in all!!!!"),
  });
  if (datagram.length !== 60) throw new Error(`datagram of ${datagram.length}`);
  packets.push(ipv6({
    next: PROTO.fragment,
    payload: concat(fragmentHeader(PROTO.udp, 0, true, 0xcafe0001), datagram.subarray(0, 24)),
  }));
  packets.push(ipv6({
    next: PROTO.fragment,
    payload: concat(fragmentHeader(PROTO.udp, 24, false, 0xcafe0001), datagram.subarray(24)),
  }));

  // AH → TCP.
  packets.push(ipv6({
    next: PROTO.ah,
    payload: concat(
      authenticationHeader(PROTO.tcp, 0x1000, 1),
      tcp(V6, {
        sport: 40010,
        flags: TCP.PSH | TCP.ACK,
        seq: 1001,
        ack: 2001,
        payload: text("authenticated"),
      }),
    ),
  }));

  // A chain: hop-by-hop (Pad1 ×2, PadN 2) → destination options → routing type 0 → TCP.
  packets.push(ipv6({
    next: PROTO.hopByHop,
    net: firstHop,
    payload: concat(
      extension(PROTO.destOpts, u8(0, 0, 1, 2, 0, 0)),
      extension(PROTO.routing, u8(1, 4, 0, 0, 0, 0)),
      routingType0(PROTO.tcp, 1, [V6.dst]),
      tcp(V6, { sport: 40011, flags: TCP.ACK, seq: 1001, ack: 2001 }),
    ),
  }));

  // Bad ICMPv6 checksum; UDP checksum 0 over IPv6 (not allowed: bad).
  packets.push(ipv6({
    next: PROTO.icmpv6,
    payload: icmpv6Echo(V6, 128, 0x4242, 4, text("bad checksum"), "bad"),
  }));
  packets.push(ipv6({
    next: PROTO.udp,
    payload: udp(V6, { payload: text("no checksum over IPv6"), checksum: "none" }),
  }));

  write("ipv6-ext.pcap", LINKTYPE.ethernet, packets.map(frame));
}

function tcpOptionsFile(): void {
  // A port of its own for each segment: tshark's stream analysis (retransmissions, window
  // scaling, relative numbers) leaves each alone.
  let sport = 40100;
  const v4 = (fields: TcpFields, tos = 0) =>
    ethernet(
      ETHERTYPE.ipv4,
      ipv4({ protocol: PROTO.tcp, payload: tcp(V4, { sport: sport++, ...fields }), tos }),
    );
  const ack = { seq: 1001, ack: 2001, window: 502 };
  write("tcp-options.pcap", LINKTYPE.ethernet, [
    v4({ flags: TCP.SYN, options: synOptions() }),
    v4({
      ...ack,
      flags: TCP.ACK,
      options: concat(
        opt.nop(),
        opt.nop(),
        opt.timestamps(0x01020305, 0x0a0b0c0d),
        opt.nop(),
        opt.nop(),
        opt.sack([3001, 4001]),
      ),
    }),
    v4({
      ...ack,
      flags: TCP.ACK,
      options: concat(opt.nop(), opt.nop(), opt.sack([3001, 4001], [5001, 6001])),
    }),
    v4({
      ...ack,
      flags: TCP.ACK,
      options: concat(opt.nop(), opt.nop(), opt.sack([3001, 4001], [5001, 6001], [7001, 8001])),
    }),
    // MSS, unknown kind 99 with 2 bytes of data, EOL and the padding after it.
    v4({
      flags: TCP.SYN,
      options: concat(opt.mss(1460), u8(99, 4, 0xab, 0xcd), opt.eol(), zeros(3)),
    }),
    // RFC 6994 experimental option with its 16-bit ExID only.
    v4({ ...ack, flags: TCP.ACK, options: concat(u8(253, 4), u16(0x1234)) }),
    // Malformed: a length of 0.
    v4({ ...ack, flags: TCP.ACK, options: u8(1, 79, 0, 0) }),
    // Malformed: SACK says 18 bytes, 6 are left in the header (the payload follows).
    v4({
      ...ack,
      flags: TCP.PSH | TCP.ACK,
      options: concat(opt.nop(), opt.nop(), u8(5, 18), u32(3001)),
      payload: text("data after"),
    }),
    // TCP MD5 signature (RFC 2385) and padding.
    v4({
      ...ack,
      flags: TCP.ACK,
      options: concat(
        u8(19, 18),
        Uint8Array.from({ length: 16 }, (_, i) => i),
        opt.nop(),
        opt.nop(),
      ),
    }),
    // TCP Fast Open cookie (kind 34) on a SYN with data.
    v4({
      flags: TCP.SYN,
      options: concat(
        opt.mss(1460),
        u8(34, 10),
        u32(0x11223344),
        u32(0x55667788),
        opt.nop(),
        opt.nop(),
      ),
      payload: text("early data"),
    }),
    // ECN setup SYN.
    v4({ flags: TCP.SYN | TCP.ECE | TCP.CWR, options: synOptions() }),
    // Urgent data: pointer 3; IP ECN ECT(0).
    v4({ ...ack, flags: TCP.PSH | TCP.ACK | TCP.URG, urgent: 3, payload: text("URGent") }, 0x02),
    // ECE echo of a congestion experienced mark, IP ECN CE; then CWR in answer.
    v4({ ...ack, flags: TCP.ACK | TCP.ECE }, 0x03),
    v4({ ...ack, flags: TCP.ACK | TCP.CWR, payload: text("cwr") }, 0x02),
    // AE (accurate ECN, formerly NS).
    v4({ ...ack, flags: TCP.ACK | TCP.AE }),
    // Every flag and the reserved bits.
    v4({ ...ack, flags: 0x1ff, reserved: 0b111, urgent: 1, payload: text("x") }),
    // Data offset 15: 40 bytes of options.
    v4({
      ...ack,
      flags: TCP.ACK,
      options: concat(
        opt.nop(),
        opt.nop(),
        opt.timestamps(0x01020306, 0x0a0b0c0e),
        opt.nop(),
        opt.nop(),
        opt.sack([3001, 4001], [5001, 6001], [7001, 8001]),
      ),
    }),
    // The same SYN options over IPv6.
    ethernet(
      ETHERTYPE.ipv6,
      ipv6({
        next: PROTO.tcp,
        payload: tcp(V6, { sport: sport++, flags: TCP.SYN, options: synOptions(1440) }),
      }),
    ),
    // Data offset 4: less than the fixed header (bogus).
    v4({ ...ack, flags: TCP.ACK, dataOffset: 4 }),
  ]);
}

function ipv4OptionsFile(): void {
  const frame = (packet: Bytes) => ethernet(ETHERTYPE.ipv4, packet);
  const packets: Bytes[] = [];

  // Record route with room for 2 addresses, the first filled (pointer 8), NOP, EOL, padding.
  const recordRoute = concat(u8(7, 11, 8), ipv4Address("10.77.0.1"), zeros(4));
  packets.push(ipv4({
    protocol: PROTO.icmp,
    options: concat(recordRoute, u8(1, 0), zeros(3)),
    payload: icmpEcho(8, 0x2121, 1, text("record my route")),
  }));
  // Router alert (RFC 2113).
  packets.push(ipv4({
    protocol: PROTO.udp,
    options: concat(u8(0x94, 4), u16(0)),
    payload: udp(V4, { payload: text("router alert") }),
  }));

  // A UDP datagram (8 + 56 bytes) in two fragments: MF at offset 0 with 24 bytes, then 40 bytes
  // at offset 3 (24 bytes).
  const datagram = udp(V4, {
    payload: text("fragmented over IPv4, 56 bytes of payload in all!!!!"),
  });
  if (datagram.length !== 60) throw new Error(`datagram of ${datagram.length}`);
  packets.push(ipv4({
    protocol: PROTO.udp,
    id: 0x5151,
    flags: 1,
    payload: datagram.subarray(0, 24),
  }));
  packets.push(ipv4({
    protocol: PROTO.udp,
    id: 0x5151,
    flags: 0,
    fragmentOffset: 3,
    payload: datagram.subarray(24),
  }));

  // Total length 0, as captures of TCP segmentation offload show.
  packets.push(ipv4({
    protocol: PROTO.tcp,
    totalLength: 0,
    payload: tcp(V4, {
      sport: 40020,
      seq: 1001,
      ack: 2001,
      flags: TCP.PSH | TCP.ACK,
      payload: text("a segment the NIC will cut"),
    }),
  }));

  // Bad checksums.
  packets.push(ipv4({
    protocol: PROTO.udp,
    checksum: "bad",
    payload: udp(V4, { payload: text("bad IPv4 header checksum") }),
  }));
  packets.push(ipv4({
    protocol: PROTO.tcp,
    payload: tcp(V4, {
      sport: 40021,
      seq: 1001,
      ack: 2001,
      flags: TCP.PSH | TCP.ACK,
      payload: text("bad TCP checksum"),
      checksum: "bad",
    }),
  }));
  packets.push(ipv4({
    protocol: PROTO.udp,
    payload: udp(V4, { payload: text("bad UDP checksum"), checksum: "bad" }),
  }));
  packets.push(ipv4({
    protocol: PROTO.udp,
    payload: udp(V4, { payload: text("no UDP checksum"), checksum: "none" }),
  }));
  packets.push(ipv4({
    protocol: PROTO.icmp,
    payload: icmpEcho(8, 0x2121, 2, text("bad ICMP checksum"), "bad"),
  }));

  const frames = packets.map(frame);
  // A bare ACK: 54 bytes, padded to the Ethernet minimum of 60.
  frames.push(
    ethernet(
      ETHERTYPE.ipv4,
      ipv4({
        protocol: PROTO.tcp,
        payload: tcp(V4, {
          sport: 40022,
          seq: 1001,
          ack: 2001,
          flags: TCP.ACK,
        }),
      }),
      { padTo60: true },
    ),
  );
  write("ipv4-options.pcap", LINKTYPE.ethernet, frames);
}

function truncatedFile(): void {
  const cut = (data: Bytes, caplen: number): PcapRecord => ({ data, caplen });
  const synV4 = ethernet(ETHERTYPE.ipv4, tcpSynV4());
  const withOptions = ethernet(
    ETHERTYPE.ipv4,
    ipv4({
      protocol: PROTO.icmp,
      options: concat(u8(7, 11, 8), ipv4Address("10.77.0.1"), zeros(4), u8(1, 0), zeros(3)),
      payload: icmpEcho(8, 0x2121, 1, text("record my route")),
    }),
  );
  const hopByHop = ethernet(
    ETHERTYPE.ipv6,
    ipv6({
      next: PROTO.hopByHop,
      payload: concat(
        extension(PROTO.udp, concat(u8(0x05, 2), u16(0), u8(1, 0))),
        udp(V6, { payload: text("behind hop-by-hop") }),
      ),
    }),
  );
  write("truncated.pcap", LINKTYPE.ethernet, [
    cut(synV4, 10), // inside the source MAC address
    cut(
      ethernet(ETHERTYPE.ipv4, tcpSynV4(), { tags: [{ tpid: ETHERTYPE.vlan, vid: 100, pcp: 3 }] }),
      16, // TPID and half of the tag control information
    ),
    cut(synV4, 14 + 12), // IPv4 header up to the checksum
    cut(withOptions, 14 + 26), // 6 of the 16 bytes of IPv4 options
    cut(ethernet(ETHERTYPE.ipv6, udpV6()), 14 + 20), // IPv6 header: half the source address
    cut(hopByHop, 14 + 40 + 4), // the hop-by-hop header's first 4 bytes
    cut(synV4, 14 + 20 + 10), // TCP header: ports, sequence number, half the acknowledgment
    cut(synV4, 14 + 20 + 20 + 7), // TCP options: MSS, SACK permitted, 1 byte of timestamps
    cut(ethernet(ETHERTYPE.ipv4, udpV4()), 14 + 20 + 5), // UDP header: ports, half the length
    cut(
      ethernet(
        ETHERTYPE.ipv4,
        ipv4({ protocol: PROTO.icmp, payload: icmpEcho(8, 1, 1, text("cut")) }),
      ),
      14 + 20 + 3,
    ),
    cut(
      ethernet(ETHERTYPE.arp, arp(1, MAC_A, "10.77.0.1", zeros(6), "10.77.0.2"), {
        dst: BROADCAST,
      }),
      14 + 10,
    ),
  ]);
}

function tunnelsFile(): void {
  // Outer: V4 (or V6) between MAC_A and MAC_B; inner: addresses of their own.
  const innerV4: Net = {
    version: 4,
    src: ipv4Address("192.168.7.1"),
    dst: ipv4Address("192.168.7.2"),
  };
  const innerV6: Net = { version: 6, src: ipv6Address("fd78::1"), dst: ipv6Address("fd78::2") };
  const innerMacs = { src: mac("02:00:00:00:01:0a"), dst: mac("02:00:00:00:01:0b") };
  const overGre = (packet: Bytes) =>
    ethernet(ETHERTYPE.ipv4, ipv4({ protocol: PROTO.gre, payload: packet }));
  const overUdpV4 = (sport: number, dport: number, payload: Bytes, sum?: "none") =>
    ethernet(
      ETHERTYPE.ipv4,
      ipv4({ protocol: PROTO.udp, payload: udp(V4, { sport, dport, payload, checksum: sum }) }),
    );
  const innerUdpV4 = (message: string) =>
    ipv4({
      protocol: PROTO.udp,
      net: innerV4,
      payload: udp(innerV4, { sport: 40300, dport: 7300, payload: text(message) }),
    });

  // A VXLAN frame whose inner IPv4 header is cut after 10 bytes (in the TTL/protocol word).
  const cutInner = overUdpV4(
    49153,
    4789,
    vxlan(
      100,
      ethernet(ETHERTYPE.ipv4, innerUdpV4("cut inside VXLAN"), innerMacs),
    ),
  );

  write("tunnels.pcap", LINKTYPE.ethernet, [
    // 1. GRE, no options → IPv4 → ICMP echo request.
    overGre(gre({
      protocol: ETHERTYPE.ipv4,
      payload: ipv4({
        protocol: PROTO.icmp,
        net: innerV4,
        payload: icmpEcho(8, 0x3131, 1, text("inside GRE")),
      }),
    })),
    // 2. GRE with checksum and key 0x1234, transparent Ethernet bridging → TCP SYN with MSS.
    overGre(gre({
      protocol: ETHERTYPE.teb,
      checksum: true,
      key: 0x1234,
      payload: ethernet(
        ETHERTYPE.ipv4,
        ipv4({
          protocol: PROTO.tcp,
          net: innerV4,
          payload: tcp(innerV4, { sport: 40301, flags: TCP.SYN, options: opt.mss(1400) }),
        }),
        innerMacs,
      ),
    })),
    // 3. GRE → IPv6 → UDP.
    overGre(gre({
      protocol: ETHERTYPE.ipv6,
      payload: ipv6({
        next: PROTO.udp,
        net: innerV6,
        payload: udp(innerV6, { sport: 40302, dport: 7302, payload: text("IPv6 in GRE") }),
      }),
    })),
    // 4. ERSPAN type II (GRE with a sequence number), session 5 → IPv4 → UDP.
    overGre(gre({
      protocol: ETHERTYPE.erspan,
      sequence: 1,
      payload: erspanII(
        { session: 5 },
        ethernet(ETHERTYPE.ipv4, innerUdpV4("mirrored by ERSPAN II"), innerMacs),
      ),
    })),
    // 5. ERSPAN type I (no sequence number, no ERSPAN header) → ARP request.
    overGre(gre({
      protocol: ETHERTYPE.erspan,
      payload: ethernet(
        ETHERTYPE.arp,
        arp(1, innerMacs.src, "192.168.7.1", zeros(6), "192.168.7.2"),
        { src: innerMacs.src, dst: BROADCAST, padTo60: true },
      ),
    })),
    // 6. ERSPAN type III, session 6 → IPv4 → ICMP echo reply.
    overGre(gre({
      protocol: ETHERTYPE.erspan3,
      sequence: 2,
      payload: erspanIII(
        { session: 6, timestamp: 0x00abcdef, hardwareId: 1, granularity: 1 },
        ethernet(
          ETHERTYPE.ipv4,
          ipv4({
            protocol: PROTO.icmp,
            net: reverse(innerV4),
            payload: icmpEcho(0, 0x3131, 1, text("mirrored by ERSPAN III")),
          }),
          { src: innerMacs.dst, dst: innerMacs.src },
        ),
      ),
    })),
    // 7. VXLAN, VNI 100, UDP checksum 0 (as Linux sends) → IPv4 → TCP with data "print".
    overUdpV4(
      49152,
      4789,
      vxlan(
        100,
        ethernet(
          ETHERTYPE.ipv4,
          ipv4({
            protocol: PROTO.tcp,
            net: innerV4,
            payload: tcp(innerV4, {
              sport: 40303,
              seq: 1001,
              ack: 2001,
              flags: TCP.PSH | TCP.ACK,
              payload: text("print"),
            }),
          }),
          innerMacs,
        ),
      ),
      "none",
    ),
    // 8. Geneve over IPv6 (UDP checksum mandatory), one 8-byte option, VNI 200 → Ethernet →
    //    IPv6 → ICMPv6 echo request.
    ethernet(
      ETHERTYPE.ipv6,
      ipv6({
        next: PROTO.udp,
        payload: udp(V6, {
          sport: 49154,
          dport: 6081,
          payload: geneve(
            ETHERTYPE.teb,
            200,
            geneveOption(0x0101, 0x01, u32(0xdeadbeef)),
            ethernet(
              ETHERTYPE.ipv6,
              ipv6({
                next: PROTO.icmpv6,
                net: innerV6,
                payload: icmpv6Echo(innerV6, 128, 0x4343, 1, text("inside Geneve")),
              }),
              innerMacs,
            ),
          ),
        }),
      }),
    ),
    // 9. VXLAN (UDP checksum right, over the whole datagram) cut inside the inner IPv4 header.
    { data: cutInner, caplen: 14 + 20 + 8 + 8 + 14 + 10 },
  ]);
}

function mplsFile(): void {
  const entry = (label: number, tc: number, bottom: boolean, ttl: number) =>
    u32(label * 0x1000 + (tc << 9) + (bottom ? 0x100 : 0) + ttl);
  const echoV4 = (net = V4) =>
    ipv4({ protocol: PROTO.icmp, net, payload: icmpEcho(8, 0x4d50, 1, text("over MPLS")) });
  const innerV4: Net = {
    version: 4,
    src: ipv4Address("192.168.7.1"),
    dst: ipv4Address("192.168.7.2"),
  };
  const threeLabels = ethernet(
    0x8847,
    concat(entry(100, 0, false, 64), entry(101, 0, false, 64), entry(102, 0, true, 64), echoV4()),
  );
  write("mpls.pcap", LINKTYPE.ethernet, [
    // 1. One label, unicast.
    ethernet(0x8847, concat(entry(16, 0, true, 64), echoV4()), { padTo60: true }),
    // 2. Two labels, multicast, IPv6 under them.
    ethernet(0x8848, concat(entry(1000, 3, false, 255), entry(17, 5, true, 63), udpV6())),
    // 3. After a VLAN tag; the IPv4 explicit null label.
    ethernet(0x8847, concat(entry(0, 0, true, 64), tcpSynV4()), {
      tags: [{ tpid: ETHERTYPE.vlan, vid: 100 }],
    }),
    // 4. The IPv6 explicit null label.
    ethernet(0x8847, concat(entry(2, 7, true, 64), echoRequestV6())),
    // 5. A pseudowire: control word 0, then an Ethernet frame (not IP: not decoded).
    ethernet(0x8847, concat(entry(100, 0, true, 64), u32(0), ethernet(ETHERTYPE.ipv4, echoV4()))),
    // 6. MPLS in UDP (RFC 7510).
    ethernet(
      ETHERTYPE.ipv4,
      ipv4({
        protocol: PROTO.udp,
        payload: udp(V4, {
          sport: 49200,
          dport: 6635,
          payload: concat(entry(21, 0, false, 63), entry(22, 1, true, 62), echoV4(innerV4)),
        }),
      }),
    ),
    // 7. Cut after the first of three labels, and 8. inside the first.
    { data: threeLabels, caplen: 14 + 4 + 2 },
    { data: threeLabels, caplen: 16 },
  ]);
}

function pppoeFile(): void {
  const session = (id: number, payload: Bytes, length = payload.length) =>
    concat(u8(0x11, 0x00), u16(id), u16(length), payload);
  const PPP = { ipv4: u16(0x0021), ipv6: u16(0x0057), lcp: u16(0xc021), mpls: u16(0x0281) };
  const echoV4 = ipv4({ protocol: PROTO.icmp, payload: icmpEcho(8, 0x5050, 1, text("PPPoE")) });
  write("pppoe.pcap", LINKTYPE.ethernet, [
    // 1. IPv4 and 2. IPv6 in a session.
    ethernet(0x8864, session(0x17, concat(PPP.ipv4, tcpSynV4()))),
    ethernet(0x8864, session(0x1234, concat(PPP.ipv6, echoRequestV6()))),
    // 3. LCP echo request (id 1, magic number), padded to the Ethernet minimum.
    ethernet(0x8864, session(0x17, concat(PPP.lcp, u8(9, 1), u16(8), u32(0x5a5a5a5a))), {
      padTo60: true,
    }),
    // 4. The PPP protocol compressed to one byte.
    ethernet(0x8864, session(0x17, concat(u8(0x21), udpV4("compressed")))),
    // 5. After a VLAN tag.
    ethernet(0x8864, session(0x99, concat(PPP.ipv4, udpV4("tagged"))), {
      tags: [{ tpid: ETHERTYPE.vlan, vid: 7 }],
    }),
    // 6. MPLS in the session.
    ethernet(0x8864, session(0x17, concat(PPP.mpls, u32(0x00010140), echoV4))),
    // 7. Cut inside the PPP protocol.
    { data: ethernet(0x8864, session(0x17, concat(PPP.ipv4, echoV4))), caplen: 14 + 7 },
    // 8. A payload length of 0 before a packet: malformed.
    ethernet(0x8864, session(0x17, concat(PPP.ipv4, echoV4), 0)),
  ]);
}

function igmpFile(): void {
  const group = ipv4Address("224.0.0.251");
  const none = ipv4Address("0.0.0.0");
  /** A message with its checksum (over all of it) filled in, or made wrong. */
  const igmp = (message: Bytes, wanted?: Checksum) => {
    message.set(u16(checksumField(checksum(message), wanted)), 2);
    return message;
  };
  const base = (type: number, code: number, address: Bytes, wanted?: Checksum) =>
    igmp(concat(u8(type, code), u16(0), address), wanted);
  const routerAlert = u8(0x94, 0x04, 0x00, 0x00);
  const frame = (message: Bytes, to: string, options: Bytes | null = routerAlert) => {
    const net: Net = { version: 4, src: V4.src, dst: ipv4Address(to) };
    const packet = ipv4({
      protocol: 2,
      net,
      tos: 0xc0,
      ttl: 1,
      payload: message,
      options: options ?? undefined,
    });
    return ethernet(ETHERTYPE.ipv4, packet, { padTo60: true });
  };
  const v3Query = igmp(
    concat(
      u8(0x11, 0xfe),
      u16(0),
      group,
      u8(0x0a, 125),
      u16(2),
      ipv4Address("10.77.0.5"),
      ipv4Address("10.77.0.6"),
    ),
  );
  const v3Report = igmp(concat(
    u8(0x22, 0),
    u16(0),
    u16(0),
    u16(2),
    u8(4, 0),
    u16(0),
    ipv4Address("239.255.255.250"),
    u8(1, 0),
    u16(2),
    ipv4Address("232.1.2.3"),
    ipv4Address("10.77.0.5"),
    ipv4Address("10.77.0.6"),
  ));
  const mtrace = igmp(concat(
    u8(0x1f, 32),
    u16(0),
    group,
    ipv4Address("10.77.0.5"),
    ipv4Address("10.77.0.2"),
    V4.src,
    u8(64, 0, 0, 7),
  ));
  write("igmp.pcap", LINKTYPE.ethernet, [
    // 1. v2 general query, 2. v2 group-specific query (max response 1 s), 3. v1 query.
    frame(base(0x11, 100, none), "224.0.0.1"),
    frame(base(0x11, 10, group), "224.0.0.251"),
    frame(base(0x11, 0, none), "224.0.0.1", null),
    // 4. v1 report, 5. v2 report, 6. leave.
    frame(base(0x12, 0, group), "224.0.0.251", null),
    frame(base(0x16, 0, group), "224.0.0.251"),
    frame(base(0x17, 0, group), "224.0.0.2"),
    // 7. v3 query with sources, 8. v3 report.
    frame(v3Query, "224.0.0.251"),
    frame(v3Report, "224.0.0.22"),
    // 9. Bad checksum.
    frame(base(0x16, 0, group, "bad"), "224.0.0.251"),
    // 10. Multicast traceroute query.
    frame(mtrace, "10.77.0.2", null),
    // 11. Cut after 6 bytes of IGMP.
    { data: frame(base(0x16, 0, group), "224.0.0.251"), caplen: 14 + 24 + 6 },
  ]);
}

if (import.meta.main) {
  parseScriptArgs("craft-fixtures", USAGE, {});
  vlanFile();
  nullLoopFiles();
  rawFiles();
  ipv6ExtensionFile();
  tcpOptionsFile();
  ipv4OptionsFile();
  truncatedFile();
  tunnelsFile();
  mplsFile();
  pppoeFile();
  igmpFile();
}
