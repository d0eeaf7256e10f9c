/**
 * Test helpers for the stream outputs: tshark's Follow TCP Stream chunks of a fixture, to feed
 * the listeners with what a correct reassembler gives, and hand-made conversations.
 *
 * @module
 */

import type { Conversation } from "../streams/events.ts";

/** One stream as `tshark -q -z follow,tcp,raw,N` shows it. */
export interface TsharkFollow {
  /** tshark's whole output (standard output). */
  output: string;
  /** The `Node 0:` and `Node 1:` values. */
  node0: string;
  node1: string;
  /** The chunks in order. */
  chunks: { node: 0 | 1; bytes: Uint8Array }[];
}

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** Runs tshark's raw follow of stream `stream` of `file` (tshark must be installed). */
export async function tsharkFollow(
  file: string,
  stream: number,
  mode = "raw",
): Promise<TsharkFollow> {
  const output = await new Deno.Command("tshark", {
    args: ["-r", file, "-n", "-q", "-z", `follow,tcp,${mode},${stream}`],
    stderr: "null",
    env: { LC_ALL: "C" },
  }).output();
  if (!output.success) throw new Error(`tshark failed on ${file}`);
  const text = new TextDecoder().decode(output.stdout);
  const lines = text.split("\n");
  const node0 = lines.find((line) => line.startsWith("Node 0: "))!.slice(8);
  const node1 = lines.find((line) => line.startsWith("Node 1: "))!.slice(8);
  const chunks: { node: 0 | 1; bytes: Uint8Array }[] = [];
  if (mode === "raw") {
    const first = lines.findIndex((line) => line.startsWith("Node 1: ")) + 1;
    for (const line of lines.slice(first)) {
      if (line.startsWith("====") || line === "") continue;
      const node = line.startsWith("\t") ? 1 : 0;
      chunks.push({ node, bytes: hexBytes(line.trim()) });
    }
  }
  return { output: text, node0, node1, chunks };
}

/** Splits tshark's `addr:port` (IPv6 in brackets) into its parts. */
export function splitEndpoint(text: string): { address: string; port: number; family: 4 | 6 } {
  const colon = text.lastIndexOf(":");
  const address = text.slice(0, colon);
  const port = Number(text.slice(colon + 1));
  return address.startsWith("[")
    ? { address: address.slice(1, -1), port, family: 6 }
    : { address, port, family: 4 };
}

/** A conversation with every field set, `fields` overriding the defaults. */
export function conversation(fields: Partial<Conversation> = {}): Conversation {
  return {
    index: 0,
    family: 4,
    addressA: "10.0.0.1",
    portA: 5555,
    addressB: "10.0.0.2",
    portB: 80,
    macA: "02:00:00:00:00:01",
    macB: "02:00:00:00:00:02",
    firstPacket: 1,
    firstTime: 1700000000,
    lastTime: 1700000001,
    framesAtoB: 0,
    bytesAtoB: 0,
    framesBtoA: 0,
    bytesBtoA: 0,
    completeness: 0,
    state: "OTH",
    missedBytes: 0,
    ...fields,
  };
}

/** A conversation for a stream tshark followed. */
export function followedConversation(index: number, follow: TsharkFollow): Conversation {
  const a = splitEndpoint(follow.node0);
  const b = splitEndpoint(follow.node1);
  return conversation({
    index,
    family: a.family,
    addressA: a.address,
    portA: a.port,
    addressB: b.address,
    portB: b.port,
  });
}

/** A LineWriter target that collects what is written as text. */
export function collector(): { writeSync(bytes: Uint8Array): number; text: string } {
  const decoder = new TextDecoder();
  return {
    text: "",
    writeSync(bytes: Uint8Array): number {
      this.text += decoder.decode(bytes);
      return bytes.length;
    },
  };
}

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 2) sum += (bytes[i]! << 8) | (bytes[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

/** An Ethernet/IPv4/TCP frame with correct checksums. */
function tcpFrame(
  fromA: boolean,
  seq: number,
  ack: number,
  flags: number,
  data: Uint8Array = new Uint8Array(0),
): Uint8Array {
  const a = [10, 0, 0, 1];
  const b = [10, 0, 0, 2];
  const [src, dst, sport, dport] = fromA ? [a, b, 4000, 80] : [b, a, 80, 4000];
  const tcp = new Uint8Array(20 + data.length);
  const view = new DataView(tcp.buffer);
  view.setUint16(0, sport as number);
  view.setUint16(2, dport as number);
  view.setUint32(4, seq >>> 0);
  view.setUint32(8, ack >>> 0);
  tcp[12] = 0x50;
  tcp[13] = flags;
  view.setUint16(14, 65535);
  tcp.set(data, 20);
  const pseudo = new Uint8Array(12 + tcp.length);
  pseudo.set(src as number[], 0);
  pseudo.set(dst as number[], 4);
  pseudo[9] = 6;
  new DataView(pseudo.buffer).setUint16(10, tcp.length);
  pseudo.set(tcp, 12);
  view.setUint16(16, checksum(pseudo));
  const ip = new Uint8Array(20);
  ip.set([0x45, 0, (20 + tcp.length) >> 8, (20 + tcp.length) & 0xff, 0, 0, 0, 0, 64, 6]);
  ip.set(src as number[], 12);
  ip.set(dst as number[], 16);
  new DataView(ip.buffer).setUint16(10, checksum(ip));
  const frame = new Uint8Array(14 + 20 + tcp.length);
  frame.set([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 8, 0]);
  frame.set(ip, 14);
  frame.set(tcp, 34);
  return frame;
}

const SYN = 0x02, ACK = 0x10, PSH_ACK = 0x18, FIN_ACK = 0x11, SYN_ACK = 0x12;

function ascii(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Writes `frames` as a pcap file, one second apart from 1700000000. */
function writeCapture(path: string, frames: Uint8Array[]): void {
  const parts: Uint8Array[] = [];
  const header = new DataView(new ArrayBuffer(24));
  header.setUint32(0, 0xa1b2c3d4, true);
  header.setUint16(4, 2, true);
  header.setUint16(6, 4, true);
  header.setUint32(16, 65535, true);
  header.setUint32(20, 1, true);
  parts.push(new Uint8Array(header.buffer));
  frames.forEach((frame, i) => {
    const record = new DataView(new ArrayBuffer(16));
    record.setUint32(0, 1700000000 + i, true);
    record.setUint32(8, frame.length, true);
    record.setUint32(12, frame.length, true);
    parts.push(new Uint8Array(record.buffer), frame);
  });
  const file = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    file.set(part, at);
    at += part.length;
  }
  Deno.writeFileSync(path, file);
}

/**
 * Writes a capture of one connection (10.0.0.1:4000 → 10.0.0.2:80) whose client data has a
 * 10-byte hole the server acknowledges past: tshark shows its missing marker, tcpflow a hole.
 */
export function writeGapCapture(path: string): void {
  writeCapture(path, [
    tcpFrame(true, 1000, 0, SYN),
    tcpFrame(false, 5000, 1001, SYN_ACK),
    tcpFrame(true, 1001, 5001, ACK),
    tcpFrame(true, 1001, 5001, PSH_ACK, ascii("0123456789")),
    tcpFrame(true, 1021, 5001, PSH_ACK, ascii("KLMNOPQRST")),
    tcpFrame(false, 5001, 1031, ACK),
    tcpFrame(false, 5001, 1031, PSH_ACK, ascii("reply")),
    tcpFrame(true, 1031, 5006, FIN_ACK),
    tcpFrame(false, 5006, 1032, FIN_ACK),
  ]);
}

/**
 * Writes a capture of two connections on the same ports (10.0.0.1:4000 → 10.0.0.2:80), the
 * second with new initial sequence numbers after the first closed: two streams for tshark,
 * `…c1` files for tcpflow.
 */
export function writeReuseCapture(path: string): void {
  const connection = (client: number, server: number, request: string, reply: string) => [
    tcpFrame(true, client, 0, SYN),
    tcpFrame(false, server, client + 1, SYN_ACK),
    tcpFrame(true, client + 1, server + 1, ACK),
    tcpFrame(true, client + 1, server + 1, PSH_ACK, ascii(request)),
    tcpFrame(false, server + 1, client + 1 + request.length, PSH_ACK, ascii(reply)),
    tcpFrame(true, client + 1 + request.length, server + 1 + reply.length, FIN_ACK),
    tcpFrame(false, server + 1 + reply.length, client + 2 + request.length, FIN_ACK),
    tcpFrame(true, client + 2 + request.length, server + 2 + reply.length, ACK),
  ];
  writeCapture(path, [
    ...connection(1000, 5000, "first", "one"),
    ...connection(900000, 77000, "second", "two"),
  ]);
}

/** The byte count of a chunk that is tshark's missing marker, or -1. */
export function markerBytes(bytes: Uint8Array): number {
  if (bytes.at(-1) !== 0) return -1;
  const match = /^\[(\d+) bytes missing in capture file\]$/.exec(
    new TextDecoder().decode(bytes.subarray(0, -1)),
  );
  return match ? Number(match[1]) : -1;
}
