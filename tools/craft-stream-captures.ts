/**
 * Writes the crafted TCP-conversation captures in tests/fixtures/streams/: what the kernel here
 * will not do on demand (sequence wraparound, overlaps with different bytes, data on SYN/FIN/RST,
 * holes, ICMP-quoted headers, tunnels…), built byte by byte. tools/make-stream-captures runs it
 * after its real captures; tests/streams_conformance_test.ts compares the sniffer with tshark on
 * every file.
 *
 * deno run --allow-write tools/craft-stream-captures.ts
 *
 * Every file is a classic pcap (little-endian, microseconds, link type 1 Ethernet, snaplen
 * 262144) starting 2024-01-01T00:00:00Z, so every run writes the same bytes. Packets are 1 ms
 * apart unless told (the gaps matter to tshark's analysis: fast retransmission within 20 ms,
 * out-of-order within the handshake's RTT). A is 10.77.0.1 / fd77::1 port 40000 (MAC …:0a), B is
 * 10.77.0.2 / fd77::2 port 80 (MAC …:0b) unless told; every checksum is right.
 *
 * Files:
 *   wraparound.pcap        A's ISN 0xfffffff0, B's 0xffffff00: A sends 3 × 10 bytes and B 4 × 64
 *                          bytes whose sequence numbers cross 2^32, then FIN both ways
 *   overlap.pcap           A sends 10 bytes at 1, then (5 ms later each) 10 at 6 whose first 5
 *                          differ from the first copy (first copy wins), then 20 at 1 all
 *                          different; B sends 8
 *                          at 1 and 8 again at 1 with other bytes (a retransmission after B's
 *                          data was ACKed: spurious)
 *   data-on-flags.pcap     stream 0: a SYN carrying 9 bytes (TCP Fast Open style) that the
 *                          SYN-ACK acknowledges, a request, then FIN+ACK carrying "bye" each way;
 *                          stream 1: handshake, data, and an RST+ACK carrying 12 bytes
 *   snaplen-cut.pcap       segments of 100 and 300 bytes captured with 40 and 60 of their bytes
 *                          (caplen < len), then a whole one; B answers
 *   holes.pcap             stream 0: A's second segment is never captured and B ACKs past it
 *                          (tshark's "[N bytes missing in capture file]" + NUL, ack_lost_segment);
 *                          stream 1: A's second segment is never captured and B never ACKs past
 *                          it (the data behind the hole is never followed)
 *   out-of-order.pcap      A's segments 2 and 1 arrive swapped within a millisecond (the handshake
 *                          took 30 ms), then 3; B answers after the hole fills
 *   reused-tuple.pcap      a connection on 40000→80 closes; the same 4-tuple opens again with a
 *                          new ISN (reused_ports, stream 1); on 40001→80 the SYN is sent twice with
 *                          the same ISN (a retransmission, one stream) before its SYN-ACK
 *   icmp-quoted.pcap       stream 0 a connection; an ICMP port unreachable quoting the IPv4 and
 *                          first 20 bytes of TCP of an unseen 4-tuple (gets stream 1 in tshark);
 *                          an ICMP error quoting only 8 bytes of TCP of another unseen 4-tuple (no
 *                          stream); an ICMPv6 unreachable quoting a full TCP header of an unseen
 *                          IPv6 4-tuple (stream 2); then a new connection (stream 3)
 *   vlan-directions.pcap   one connection whose A→B frames carry VLAN 100 and B→A frames VLAN 200
 *   tunnels.pcap           one connection 192.168.7.1:40000 ↔ 192.168.7.2:80: the handshake in
 *                          VXLAN (UDP 4789, VNI 100) over 10.77.0.1 ↔ 10.77.0.2, the data A→B in
 *                          IPv4-in-IPv4 over 10.77.1.1 → 10.77.1.2, the answer B→A in IP-in-IP
 *                          over 10.77.2.2 → 10.77.2.1, the FINs bare (untunnelled)
 *   zero-window-probe.pcap B's window falls to 0; A sends 1-byte zero-window probes 200 and 400 ms
 *                          later, B answers them with window 0, then a window update; A goes on
 *   keep-alive-crafted.pcap idle periods with keep-alives of 0 and of 1 byte (seq one below the
 *                          next), each ACKed; 1 s apart
 *   fast-retransmit.pcap   A sends 5 segments, the second not captured; B sends an ACK and 3
 *                          duplicate ACKs with SACK; A retransmits the second 2 ms later (fast);
 *                          B ACKs all; A retransmits the first again (spurious)
 *   malformed-header.pcap  a conversation with, in its middle, a segment of the same 4-tuple whose
 *                          data offset is 4 (less than the 20-byte header)
 *   v4-v6-same-ports.pcap  10.77.0.1:40000 ↔ 10.77.0.2:80 and ::ffff:10.77.0.1:40000 ↔
 *                          ::ffff:10.77.0.2:80 (IPv4-mapped IPv6) interleaved: two streams
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
  text,
  u16,
  u32,
  u8,
} from "./_bytes.ts";

const OUT = new URL("../tests/fixtures/streams/", import.meta.url);

const USAGE = `usage: deno run --allow-write tools/craft-stream-captures.ts
Writes the crafted TCP-conversation captures in tests/fixtures/streams/, the same bytes on every
run; the header of tools/craft-stream-captures.ts lists every packet. Takes no arguments.`;

/** `length` bytes of readable text, different for each `seed`. */
function filler(length: number, seed: string): Bytes {
  const line = `${seed}:0123456789abcdefghijklmnopqrstuvwxyz\n`;
  return text(line.repeat(Math.ceil(length / line.length)).slice(0, length));
}

const MAC_A = u8(2, 0, 0, 0, 0, 0x0a);
const MAC_B = u8(2, 0, 0, 0, 0, 0x0b);
const PROTO = { ipip: 4, tcp: 6, udp: 17, icmp: 1, icmpv6: 58 };

/** A host: its address text and bytes, and its family. */
interface Host {
  version: 4 | 6;
  address: Bytes;
}

const host = (address: string): Host =>
  address.includes(":")
    ? { version: 6, address: ipv6Address(address) }
    : { version: 4, address: ipv4Address(address) };

function pseudoHeader(src: Host, dst: Host, protocol: number, length: number): Bytes {
  return src.version === 4
    ? concat(src.address, dst.address, u8(0, protocol), u16(length))
    : concat(src.address, dst.address, u32(length), u8(0, 0, 0, protocol));
}

let ipId = 1;
function ip(src: Host, dst: Host, protocol: number, payload: Bytes): Bytes {
  if (src.version === 6) {
    return concat(
      u32(0x60000000),
      u16(payload.length),
      u8(protocol, 64),
      src.address,
      dst.address,
      payload,
    );
  }
  const header = concat(
    u8(0x45, 0),
    u16(20 + payload.length),
    u16(ipId++ & 0xffff),
    u16(0x4000),
    u8(64, protocol),
    u16(0),
    src.address,
    dst.address,
  );
  header.set(u16(checksum(header)), 10);
  return concat(header, payload);
}

interface Segment {
  sport: number;
  dport: number;
  seq: number;
  ack: number;
  flags: number;
  window?: number;
  options?: Bytes;
  payload?: Bytes;
  /** In 32-bit words; from the options when not given (a bogus value makes a malformed header). */
  dataOffset?: number;
}

function tcp(src: Host, dst: Host, segment: Segment): Bytes {
  const options = segment.options ?? new Uint8Array(0);
  const dataOffset = segment.dataOffset ?? 5 + options.length / 4;
  const bytes = concat(
    u16(segment.sport),
    u16(segment.dport),
    u32(segment.seq >>> 0),
    u32(segment.ack >>> 0),
    u8(dataOffset << 4, segment.flags & 0xff),
    u16(segment.window ?? 64240),
    u16(0),
    u16(0),
    options,
    segment.payload ?? new Uint8Array(0),
  );
  bytes.set(u16(checksum(pseudoHeader(src, dst, PROTO.tcp, bytes.length), bytes)), 16);
  return bytes;
}

function udp(src: Host, dst: Host, sport: number, dport: number, payload: Bytes): Bytes {
  const datagram = concat(u16(sport), u16(dport), u16(8 + payload.length), u16(0), payload);
  const sum = checksum(pseudoHeader(src, dst, PROTO.udp, datagram.length), datagram) || 0xffff;
  datagram.set(u16(sum), 6);
  return datagram;
}

function ethernet(payload: Bytes, fromA: boolean, version: 4 | 6, vlan?: number): Bytes {
  const type = u16(version === 4 ? 0x0800 : 0x86dd);
  const tag = vlan === undefined ? new Uint8Array(0) : concat(u16(0x8100), u16(vlan));
  return concat(fromA ? MAC_B : MAC_A, fromA ? MAC_A : MAC_B, tag, type, payload);
}

const sackPermitted = () => u8(4, 2, 1, 1);
const mss = (value: number) => concat(u8(2, 4), u16(value));
const sack = (left: number, right: number) => concat(u8(1, 1, 5, 10), u32(left), u32(right));

const { FIN, SYN, RST, PSH, ACK } = TcpFlag;

/** A captured frame and when, in microseconds from the file's start. */
interface Frame {
  data: Bytes;
  time: number;
  caplen?: number;
}

/**
 * Builds one file's frames in time order; `gap` µs between frames unless a step says otherwise.
 */
class Timeline {
  readonly frames: Frame[] = [];
  private now = 0;
  add(data: Bytes, options: { after?: number; caplen?: number } = {}): void {
    this.now += options.after ?? 1000;
    this.frames.push({ data, time: this.now, caplen: options.caplen });
  }
}

/** Per-frame options of a conversation step. */
interface Step {
  payload?: Bytes;
  /** Absolute seq, when not the side's next one. */
  seq?: number;
  /** Absolute ack, when not the other side's next one. */
  ack?: number;
  window?: number;
  options?: Bytes;
  after?: number;
  caplen?: number;
  dataOffset?: number;
  /** Leaves the side's next seq where it was (a retransmission, a probe…). */
  keepSeq?: boolean;
  /** Built but not captured: the segment the capture missed. */
  lost?: boolean;
}

/** One TCP connection between A and B whose frames go into a timeline. */
class Connection {
  nextA: number;
  nextB: number;
  constructor(
    private readonly timeline: Timeline,
    readonly a: Host,
    readonly b: Host,
    readonly portA: number,
    readonly portB: number,
    isnA: number,
    isnB: number,
    /** Wraps the IP packet into a frame; plain Ethernet by default. */
    private readonly link: (packet: Bytes, fromA: boolean, version: 4 | 6) => Bytes = ethernet,
  ) {
    this.nextA = isnA >>> 0;
    this.nextB = isnB >>> 0;
  }

  send(fromA: boolean, flags: number, step: Step = {}): void {
    const [src, dst] = fromA ? [this.a, this.b] : [this.b, this.a];
    const payload = step.payload ?? new Uint8Array(0);
    const next = fromA ? this.nextA : this.nextB;
    const seq = step.seq ?? next;
    const ack = step.ack ?? (flags & ACK ? (fromA ? this.nextB : this.nextA) : 0);
    const segment = tcp(src, dst, {
      sport: fromA ? this.portA : this.portB,
      dport: fromA ? this.portB : this.portA,
      seq,
      ack,
      flags,
      window: step.window,
      options: step.options,
      payload,
      dataOffset: step.dataOffset,
    });
    if (!step.keepSeq) {
      const end = (seq + payload.length + (flags & (SYN | FIN) ? 1 : 0)) >>> 0;
      if (fromA) this.nextA = end;
      else this.nextB = end;
    }
    if (step.lost) return;
    this.timeline.add(this.link(ip(src, dst, PROTO.tcp, segment), fromA, src.version), {
      after: step.after,
      caplen: step.caplen,
    });
  }

  handshake(options: { gap?: number; synPayload?: Bytes } = {}): void {
    this.send(true, SYN, {
      options: concat(mss(1460), sackPermitted()),
      payload: options.synPayload,
    });
    this.send(false, SYN | ACK, {
      options: concat(mss(1460), sackPermitted()),
      after: options.gap,
    });
    this.send(true, ACK, { after: options.gap });
  }

  /** FIN from A, FIN from B, last ACK from A. */
  close(): void {
    this.send(true, FIN | ACK);
    this.send(false, FIN | ACK);
    this.send(true, ACK);
  }
}

const BASE_SECONDS = Date.UTC(2024, 0, 1) / 1000;

function pcap(frames: Frame[]): Bytes {
  const header = new DataView(new ArrayBuffer(24));
  header.setUint32(0, 0xa1b2c3d4, true);
  header.setUint16(4, 2, true);
  header.setUint16(6, 4, true);
  header.setUint32(16, 262144, true);
  header.setUint32(20, 1, true);
  const parts: Bytes[] = [new Uint8Array(header.buffer)];
  for (const frame of frames) {
    const caplen = Math.min(frame.caplen ?? frame.data.length, frame.data.length);
    const record = new DataView(new ArrayBuffer(16));
    record.setUint32(0, BASE_SECONDS + Math.floor(frame.time / 1e6), true);
    record.setUint32(4, frame.time % 1e6, true);
    record.setUint32(8, caplen, true);
    record.setUint32(12, frame.data.length, true);
    parts.push(new Uint8Array(record.buffer), frame.data.subarray(0, caplen));
  }
  return concat(...parts);
}

function write(name: string, timeline: Timeline): void {
  try {
    Deno.mkdirSync(OUT, { recursive: true });
    Deno.writeFileSync(new URL(name, OUT), pcap(timeline.frames));
  } catch (error) {
    fail("craft-stream-captures", `cannot write tests/fixtures/streams/${name}: ${reason(error)}`);
  }
  console.log(
    `craft-stream-captures: tests/fixtures/streams/${name} (${timeline.frames.length} packets)`,
  );
}

const A4 = host("10.77.0.1");
const B4 = host("10.77.0.2");
const A6 = host("fd77::1");
const B6 = host("fd77::2");

// ---------------------------------------------------------------------------------------------
// Files

function wraparound(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 0xfffffff0, 0xffffff00);
  c.handshake();
  for (let i = 0; i < 3; i++) c.send(true, PSH | ACK, { payload: filler(10, `a${i}`) });
  c.send(false, ACK);
  for (let i = 0; i < 4; i++) c.send(false, PSH | ACK, { payload: filler(64, `b${i}`) });
  c.send(true, ACK);
  c.close();
  write("wraparound.pcap", timeline);
}

function overlap(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 1000, 5000);
  c.handshake();
  const start = c.nextA;
  c.send(true, PSH | ACK, { payload: text("AAAAAAAAAA") });
  c.send(true, PSH | ACK, {
    seq: start + 5,
    payload: text("XXXXXyyyyy"),
    keepSeq: true,
    after: 5000,
  });
  c.nextA = start + 15;
  c.send(true, PSH | ACK, {
    seq: start,
    payload: text("ZZZZZZZZZZZZZZZZZZZZ"),
    keepSeq: true,
    after: 5000,
  });
  c.nextA = start + 20;
  c.send(false, ACK);
  const startB = c.nextB;
  c.send(false, PSH | ACK, { payload: text("answer-1") });
  c.send(true, ACK);
  c.send(false, PSH | ACK, { seq: startB, payload: text("ANSWER-2"), keepSeq: true, after: 5000 });
  c.send(true, ACK);
  c.close();
  write("overlap.pcap", timeline);
}

function dataOnFlags(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 7000, 9000);
  c.handshake({ synPayload: text("tfo data\n") });
  c.send(true, PSH | ACK, { payload: text("GET / HTTP/1.1\r\n\r\n") });
  c.send(false, PSH | ACK, { payload: text("HTTP/1.1 204 No Content\r\n\r\n") });
  c.send(true, FIN | PSH | ACK, { payload: text("bye") });
  c.send(false, FIN | PSH | ACK, { payload: text("bye") });
  c.send(true, ACK);
  const d = new Connection(timeline, A4, B4, 40001, 80, 17000, 19000);
  d.handshake();
  d.send(true, PSH | ACK, { payload: text("please reset") });
  d.send(false, RST | ACK, { payload: text("reset reason") });
  write("data-on-flags.pcap", timeline);
}

function snaplenCut(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 100, 200);
  c.handshake();
  const headers = 14 + 20 + 20;
  c.send(true, PSH | ACK, { payload: filler(100, "cut1"), caplen: headers + 40 });
  c.send(true, PSH | ACK, { payload: filler(300, "cut2"), caplen: headers + 60 });
  c.send(true, PSH | ACK, { payload: filler(50, "whole") });
  c.send(false, ACK);
  c.send(false, PSH | ACK, { payload: filler(200, "reply"), caplen: headers + 10 });
  c.send(true, ACK);
  c.close();
  write("snaplen-cut.pcap", timeline);
}

function holes(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 1, 2);
  c.handshake();
  c.send(true, PSH | ACK, { payload: filler(100, "one") });
  c.send(true, PSH | ACK, { payload: filler(100, "two"), lost: true });
  c.send(true, PSH | ACK, { payload: filler(100, "three") });
  c.send(false, ACK);
  c.send(false, PSH | ACK, { payload: text("thanks") });
  c.close();
  const d = new Connection(timeline, A4, B4, 40001, 80, 3, 4);
  d.handshake();
  d.send(true, PSH | ACK, { payload: filler(100, "one") });
  const acked = d.nextA;
  d.send(true, PSH | ACK, { payload: filler(100, "two"), lost: true });
  d.send(true, PSH | ACK, { payload: filler(100, "three") });
  d.send(false, ACK, { ack: acked });
  d.send(false, PSH | ACK, { payload: text("waiting"), ack: acked });
  write("holes.pcap", timeline);
}

function outOfOrder(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 50, 60);
  c.handshake({ gap: 15000 });
  const first = c.nextA;
  c.send(true, PSH | ACK, { seq: first + 100, payload: filler(100, "second"), keepSeq: true });
  c.send(true, PSH | ACK, { payload: filler(100, "first"), after: 300 });
  c.nextA = first + 200;
  c.send(true, PSH | ACK, { payload: filler(100, "third"), after: 300 });
  c.send(false, ACK);
  c.send(false, PSH | ACK, { payload: text("all three") });
  c.send(true, ACK);
  c.close();
  write("out-of-order.pcap", timeline);
}

function reusedTuple(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 1000, 2000);
  c.handshake();
  c.send(true, PSH | ACK, { payload: text("first\n") });
  c.send(false, PSH | ACK, { payload: text("one\n") });
  c.close();
  const again = new Connection(timeline, A4, B4, 40000, 80, 900000, 800000);
  again.handshake();
  again.send(true, PSH | ACK, { payload: text("second\n") });
  again.send(false, PSH | ACK, { payload: text("two\n") });
  again.close();
  const retried = new Connection(timeline, A4, B4, 40001, 80, 5555, 6666);
  retried.send(true, SYN, { options: mss(1460), keepSeq: true });
  retried.send(true, SYN, { options: mss(1460), after: 1000000 });
  retried.send(false, SYN | ACK, { options: mss(1460) });
  retried.send(true, ACK);
  retried.send(true, PSH | ACK, { payload: text("after a retried SYN\n") });
  retried.close();
  write("reused-tuple.pcap", timeline);
}

/** An ICMP destination-unreachable (port) from B quoting `quoted` (an IP packet, cut). */
function icmpUnreachable(quoted: Bytes): Bytes {
  const message = concat(u8(3, 3), u16(0), u32(0), quoted);
  message.set(u16(checksum(message)), 2);
  return ethernet(ip(B4, A4, PROTO.icmp, message), false, 4);
}

function icmpv6Unreachable(quoted: Bytes): Bytes {
  const message = concat(u8(1, 4), u16(0), u32(0), quoted);
  message.set(u16(checksum(pseudoHeader(B6, A6, PROTO.icmpv6, message.length), message)), 2);
  return ethernet(ip(B6, A6, PROTO.icmpv6, message), false, 6);
}

function icmpQuoted(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 1, 1);
  c.handshake();
  c.send(true, PSH | ACK, { payload: text("hello\n") });
  c.send(false, ACK);
  const quotedSyn = (sport: number, src: Host, dst: Host) =>
    ip(src, dst, PROTO.tcp, tcp(src, dst, { sport, dport: 7002, seq: 4242, ack: 0, flags: SYN }));
  // A full 20-byte TCP header quoted (with its 8-byte IPv4 header cap ignored, as Linux sends).
  timeline.add(icmpUnreachable(quotedSyn(41000, A4, B4).subarray(0, 20 + 20)));
  // RFC 792's minimum: 8 bytes of TCP, cut before byte 16.
  timeline.add(icmpUnreachable(quotedSyn(41001, A4, B4).subarray(0, 20 + 8)));
  timeline.add(icmpv6Unreachable(quotedSyn(41002, A6, B6)));
  c.close();
  const d = new Connection(timeline, A4, B4, 40002, 80, 11, 22);
  d.handshake();
  d.send(true, PSH | ACK, { payload: text("later\n") });
  d.close();
  write("icmp-quoted.pcap", timeline);
}

function vlanDirections(): void {
  const timeline = new Timeline();
  const tagged = (packet: Bytes, fromA: boolean, version: 4 | 6) =>
    ethernet(packet, fromA, version, fromA ? 100 : 200);
  const c = new Connection(timeline, A4, B4, 40000, 80, 31, 41, tagged);
  c.handshake();
  c.send(true, PSH | ACK, { payload: text("tagged request\n") });
  c.send(false, PSH | ACK, { payload: text("tagged answer\n") });
  c.close();
  write("vlan-directions.pcap", timeline);
}

function tunnels(): void {
  const timeline = new Timeline();
  const innerA = host("192.168.7.1");
  const innerB = host("192.168.7.2");
  let mode: "vxlan" | "ipip" | "bare" = "vxlan";
  const link = (packet: Bytes, fromA: boolean, version: 4 | 6) => {
    if (mode === "bare") return ethernet(packet, fromA, version);
    const [outerA, outerB] = mode === "vxlan"
      ? [A4, B4]
      : fromA
      ? [host("10.77.1.1"), host("10.77.1.2")]
      : [host("10.77.2.1"), host("10.77.2.2")];
    const [src, dst] = fromA ? [outerA, outerB] : [outerB, outerA];
    if (mode === "ipip") return ethernet(ip(src, dst, PROTO.ipip, packet), fromA, 4);
    const inner = ethernet(packet, fromA, version);
    const vxlan = concat(u8(0x08, 0, 0, 0), u32(100 << 8), inner);
    return ethernet(ip(src, dst, PROTO.udp, udp(src, dst, 50000, 4789, vxlan)), fromA, 4);
  };
  const c = new Connection(timeline, innerA, innerB, 40000, 80, 123, 456, link);
  c.handshake();
  mode = "ipip";
  c.send(true, PSH | ACK, { payload: text("through IP-in-IP\n") });
  c.send(false, PSH | ACK, { payload: text("back another way\n") });
  mode = "bare";
  c.close();
  write("tunnels.pcap", timeline);
}

function zeroWindowProbe(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 10, 20);
  c.handshake();
  c.send(true, PSH | ACK, { payload: filler(1000, "fill") });
  c.send(false, ACK, { window: 1000 });
  c.send(true, PSH | ACK, { payload: filler(1000, "full") });
  c.send(false, ACK, { window: 0 });
  c.send(true, ACK, { payload: text("p"), keepSeq: true, after: 200000 });
  c.send(false, ACK, { window: 0 });
  c.send(true, ACK, { payload: text("p"), keepSeq: true, after: 400000 });
  c.send(false, ACK, { window: 0 });
  c.send(false, ACK, { window: 8192, after: 100000 });
  c.send(true, PSH | ACK, { payload: filler(500, "more") });
  c.send(false, ACK, { window: 8192 });
  c.close();
  write("zero-window-probe.pcap", timeline);
}

function keepAlive(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 70, 80);
  c.handshake();
  c.send(true, PSH | ACK, { payload: text("hello\n") });
  c.send(false, PSH | ACK, { payload: text("hi\n") });
  c.send(true, ACK);
  for (let i = 0; i < 2; i++) {
    c.send(true, ACK, { seq: c.nextA - 1, keepSeq: true, after: 1000000 });
    c.send(false, ACK);
  }
  c.send(true, ACK, { seq: c.nextA - 1, payload: u8(0), keepSeq: true, after: 1000000 });
  c.send(false, ACK);
  c.close();
  write("keep-alive-crafted.pcap", timeline);
}

function fastRetransmit(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 1, 1);
  c.handshake({ gap: 10000 });
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    starts.push(c.nextA);
    c.send(true, PSH | ACK, { payload: filler(500, `seg${i}`), lost: i === 1, after: 100 });
  }
  const hole = starts[1]!;
  c.send(false, ACK, { ack: hole });
  for (let i = 2; i < 5; i++) {
    c.send(false, ACK, { ack: hole, options: sack(starts[2]!, starts[i]! + 500), after: 200 });
  }
  c.send(true, PSH | ACK, { seq: hole, payload: filler(500, "seg1"), keepSeq: true, after: 2000 });
  c.send(false, ACK);
  c.send(true, PSH | ACK, { seq: starts[0]!, payload: filler(500, "seg0"), keepSeq: true });
  c.send(false, ACK);
  c.close();
  write("fast-retransmit.pcap", timeline);
}

function malformedHeader(): void {
  const timeline = new Timeline();
  const c = new Connection(timeline, A4, B4, 40000, 80, 300, 400);
  c.handshake();
  c.send(true, PSH | ACK, { payload: text("before\n") });
  c.send(false, ACK);
  c.send(true, PSH | ACK, { payload: text("bogus header\n"), dataOffset: 4, keepSeq: true });
  c.send(true, PSH | ACK, { payload: text("after\n") });
  c.send(false, PSH | ACK, { payload: text("ok\n") });
  c.close();
  write("malformed-header.pcap", timeline);
}

function v4v6SamePorts(): void {
  const timeline = new Timeline();
  const v4 = new Connection(timeline, A4, B4, 40000, 80, 1, 2);
  const v6 = new Connection(
    timeline,
    host("::ffff:10.77.0.1"),
    host("::ffff:10.77.0.2"),
    40000,
    80,
    1,
    2,
  );
  for (
    const step of [(c: Connection) => c.handshake(), (c: Connection) => {
      c.send(true, PSH | ACK, { payload: text(c.a.version === 4 ? "over IPv4\n" : "over IPv6\n") });
      c.send(false, ACK);
    }, (c: Connection) => c.close()]
  ) {
    step(v4);
    step(v6);
  }
  write("v4-v6-same-ports.pcap", timeline);
}

if (import.meta.main) {
  parseScriptArgs("craft-stream-captures", USAGE, {});
  wraparound();
  overlap();
  dataOnFlags();
  snaplenCut();
  holes();
  outOfOrder();
  reusedTuple();
  icmpQuoted();
  vlanDirections();
  tunnels();
  zeroWindowProbe();
  keepAlive();
  fastRetransmit();
  malformedHeader();
  v4v6SamePorts();
}
