import assert from "node:assert/strict";
import { Decoder } from "../decode/decoder.ts";
import { TcpFlag } from "../decode/tcp.ts";
import { Packet } from "../decode/packet.ts";
import { DetailFormatter } from "./detail.ts";

// ---------------------------------------------------------------------------------------------
// Frame builders

const MAC_CLIENT = [0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e];
const MAC_SERVER = [0x52, 0x54, 0x00, 0x12, 0x34, 0x56];
const BROADCAST = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const IP_CLIENT = [192, 168, 1, 10];
const IP_SERVER = [93, 184, 216, 34];

function be16(value: number): number[] {
  return [(value >> 8) & 0xff, value & 0xff];
}

function be32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/** RFC 1071 checksum, written here independently of decode/checksum.ts. */
function checksumOf(bytes: number[]): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 2) sum += (bytes[i]! << 8) | (bytes[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + Math.floor(sum / 0x10000);
  return ~sum & 0xffff;
}

const CHECKSUM_AT: Record<number, number> = { 1: 2, 6: 16, 17: 6 };

function ethernet(etherType: number, payload: number[], to = MAC_SERVER): number[] {
  return [...to, ...MAC_CLIENT, ...be16(etherType), ...payload];
}

interface V4 {
  tos?: number;
  id?: number;
  flagsFragment?: number;
  ttl?: number;
  /** Leave the transport checksum as given (0 for UDP: none sent). */
  keepChecksum?: boolean;
}

/** An IPv4 datagram with correct header and transport checksums. */
function ipv4(protocol: number, payload: number[], h: V4 = {}): number[] {
  const at = CHECKSUM_AT[protocol];
  if (at !== undefined && !h.keepChecksum) {
    const pseudo = protocol === 1
      ? []
      : [...IP_CLIENT, ...IP_SERVER, 0, protocol, ...be16(payload.length)];
    payload = [...payload];
    payload[at] = payload[at + 1] = 0;
    const value = checksumOf([...pseudo, ...payload]);
    payload[at] = value >> 8;
    payload[at + 1] = value & 0xff;
  }
  const header = [
    0x45,
    h.tos ?? 0x00,
    ...be16(20 + payload.length),
    ...be16(h.id ?? 0x3a7c),
    ...be16(h.flagsFragment ?? 0x4000),
    h.ttl ?? 64,
    protocol,
    0,
    0,
    ...IP_CLIENT,
    ...IP_SERVER,
  ];
  const value = checksumOf(header);
  header[10] = value >> 8;
  header[11] = value & 0xff;
  return [...header, ...payload];
}

function tcp(flags: number, data: number[] = [], options: number[] = []): number[] {
  return [
    ...be16(51234),
    ...be16(80),
    ...be32(0x6a3b9f02),
    ...be32(0x1c445566),
    ((5 + options.length / 4) << 4) | (flags >> 8),
    flags & 0xff,
    ...be16(502),
    0,
    0,
    ...be16(0),
    ...options,
    ...data,
  ];
}

function format(frame: number[], captureLength = frame.length): string {
  const packet = Packet.from(new Uint8Array(frame.slice(0, captureLength)), {
    seconds: 1700000000,
    microseconds: 1,
    wireLength: frame.length,
    number: 3,
  });
  const decoder = new Decoder();
  decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
  return new DetailFormatter({ utcOffsetMinutes: 0 }).format(packet, decoder);
}

interface Section {
  title: string;
  fields: Map<string, string>;
  names: string[];
}

/** The `  Title` lines and their `    Name: value` lines. */
function sections(text: string): Section[] {
  const list: Section[] = [];
  for (const line of text.split("\n").slice(1)) {
    const field = /^ {4}([^:]+): (.*)$/.exec(line);
    if (field !== null) {
      const section = list[list.length - 1];
      assert.ok(section !== undefined, `a field before any section: ${line}`);
      assert.ok(!section.fields.has(field[1]!), `${field[1]} twice in ${section.title}`);
      section.fields.set(field[1]!, field[2]!);
      section.names.push(field[1]!);
    } else if (/^ {2}\S/.test(line)) {
      list.push({ title: line.trim(), fields: new Map(), names: [] });
    } else {
      assert.fail(`an unexpected line: ${JSON.stringify(line)}`);
    }
  }
  return list;
}

function section(text: string, title: string): Section {
  const found = sections(text).filter((s) => s.title === title);
  assert.equal(found.length, 1, `one "${title}" section in:\n${text}`);
  return found[0]!;
}

/** Checks the fields' values, and that they come in this order. */
function assertFields(s: Section, expected: [string, string][]): void {
  for (const [name, value] of expected) {
    assert.equal(s.fields.get(name), value, `${s.title}: ${name}`);
  }
  const order = s.names.filter((name) => expected.some(([n]) => n === name));
  assert.deepEqual(order, expected.map(([name]) => name), `${s.title}: field order`);
}

const TCP_SYN = ethernet(
  0x0800,
  ipv4(6, tcp(TcpFlag.SYN, [], [2, 4, 0x05, 0xb4, 4, 2, 1, 1]), {
    tos: 0xb9,
    id: 0xbeef,
    ttl: 128,
  }),
);

// ---------------------------------------------------------------------------------------------

Deno.test("DetailFormatter: the summary line, then the frame", () => {
  const text = format(TCP_SYN);
  const lines = text.split("\n");
  assert.match(lines[0]!, /^22:13:20\.000001 00:1a:2b:3c:4d:5e > 52:54:00:12:34:56, /);
  assert.equal(
    lines[1],
    `  Frame 3: ${TCP_SYN.length} bytes on the wire, ${TCP_SYN.length} captured`,
  );
  assert.ok(!text.endsWith("\n"));
  assert.deepEqual(sections(text).map((s) => s.title), [
    "Frame 3: 62 bytes on the wire, 62 captured",
    "Ethernet II",
    "Internet Protocol version 4",
    "Transmission Control Protocol",
  ]);
  assertFields(section(text, "Ethernet II"), [
    ["Destination", "52:54:00:12:34:56"],
    ["Source", "00:1a:2b:3c:4d:5e"],
    ["EtherType", "0x0800"],
  ]);
});

Deno.test("DetailFormatter: every IPv4 field, checksum good", () => {
  const text = format(TCP_SYN);
  const checksum = (TCP_SYN[24]! << 8) | TCP_SYN[25]!;
  assertFields(section(text, "Internet Protocol version 4"), [
    ["Version", "4"],
    ["Header Length", "20 bytes (5)"],
    ["DSCP", "46"],
    ["ECN", "1"],
    ["Total Length", "48"],
    ["Identification", "0xbeef (48879)"],
    ["Reserved bit", "not set"],
    ["Don't Fragment", "set"],
    ["More Fragments", "not set"],
    ["Fragment Offset", "0 (0 bytes)"],
    ["Time to Live", "128"],
    ["Protocol", "TCP (6)"],
    ["Header Checksum", `0x${checksum.toString(16).padStart(4, "0")} [good]`],
    ["Source Address", "192.168.1.10"],
    ["Destination Address", "93.184.216.34"],
  ]);
});

Deno.test("DetailFormatter: IPv4 fragment fields and a bad header checksum", () => {
  // A middle fragment of a UDP datagram: MF set, offset 185 units (1480 bytes).
  const frame = ethernet(0x0800, ipv4(17, new Array(40).fill(0x61), { flagsFragment: 0x20b9 }));
  const good = section(format(frame), "Internet Protocol version 4");
  assertFields(good, [
    ["Don't Fragment", "not set"],
    ["More Fragments", "set"],
    ["Fragment Offset", "185 (1480 bytes)"],
    ["Protocol", "UDP (17)"],
  ]);
  assert.match(good.fields.get("Header Checksum")!, /^0x[0-9a-f]{4} \[good\]$/);
  frame[22] = 1; // the TTL, after the checksum was computed
  const bad = section(format(frame), "Internet Protocol version 4");
  assert.equal(bad.fields.get("Time to Live"), "1");
  const checksum = (frame[24]! << 8) | frame[25]!;
  assert.equal(
    bad.fields.get("Header Checksum"),
    `0x${checksum.toString(16).padStart(4, "0")} [bad]`,
  );
  // The reserved bit.
  const evil = section(
    format(ethernet(0x0800, ipv4(17, new Array(8).fill(0), { flagsFragment: 0x8000 }))),
    "Internet Protocol version 4",
  );
  assertFields(evil, [
    ["Reserved bit", "set"],
    ["Don't Fragment", "not set"],
    ["More Fragments", "not set"],
  ]);
});

Deno.test("DetailFormatter: every TCP flag on its own line, checksum status", () => {
  const names: [string, number][] = [
    ["AE", TcpFlag.AE],
    ["CWR", TcpFlag.CWR],
    ["ECE", TcpFlag.ECE],
    ["URG", TcpFlag.URG],
    ["ACK", TcpFlag.ACK],
    ["PSH", TcpFlag.PSH],
    ["RST", TcpFlag.RST],
    ["SYN", TcpFlag.SYN],
    ["FIN", TcpFlag.FIN],
  ];
  for (const [, bit] of names) {
    const frame = ethernet(0x0800, ipv4(6, tcp(bit)));
    const s = section(format(frame), "Transmission Control Protocol");
    assertFields(s, names.map(([n, b]) => [n, b === bit ? "set" : "not set"]));
  }
  const all = section(
    format(ethernet(0x0800, ipv4(6, tcp(0x1ff)))),
    "Transmission Control Protocol",
  );
  assertFields(all, names.map(([n]) => [n, "set"]));

  const frame = ethernet(0x0800, ipv4(6, tcp(TcpFlag.PSH | TcpFlag.ACK, [0x68, 0x69])));
  const checksum = (frame[50]! << 8) | frame[51]!;
  const hex = `0x${checksum.toString(16).padStart(4, "0")}`;
  assertFields(section(format(frame), "Transmission Control Protocol"), [
    ["Source Port", "51234"],
    ["Destination Port", "80"],
    ["Sequence Number", String(0x6a3b9f02)],
    ["Acknowledgment Number", String(0x1c445566)],
    ["Data Offset", "5 (20 bytes)"],
    ["ACK", "set"],
    ["PSH", "set"],
    ["SYN", "not set"],
    ["Window", "502"],
    ["Checksum", `${hex} [good]`],
    ["Urgent Pointer", "0"],
  ]);
  frame[frame.length - 1] = 0x6a; // "hj" instead of "hi"
  assert.equal(
    section(format(frame), "Transmission Control Protocol").fields.get("Checksum"),
    `${hex} [bad]`,
  );
  // Cut by the snapshot length: the bytes the checksum covers are not all there.
  assert.equal(
    section(format(frame, frame.length - 1), "Transmission Control Protocol").fields.get(
      "Checksum",
    ),
    `${hex} [unverified]`,
  );
});

Deno.test("DetailFormatter: ARP sender and target", () => {
  const arp = [0, 1, 8, 0, 6, 4, 0, 2, ...MAC_SERVER, ...IP_SERVER, ...MAC_CLIENT, ...IP_CLIENT];
  const reply = ethernet(0x0806, [...arp, ...new Array(18).fill(0)], MAC_CLIENT);
  assertFields(section(format(reply), "Address Resolution Protocol"), [
    ["Hardware type", "1"],
    ["Protocol type", "0x0800"],
    ["Hardware size", "6"],
    ["Protocol size", "4"],
    ["Opcode", "2 (reply)"],
    ["Sender hardware address", "52:54:00:12:34:56"],
    ["Sender protocol address", "93.184.216.34"],
    ["Target hardware address", "00:1a:2b:3c:4d:5e"],
    ["Target protocol address", "192.168.1.10"],
  ]);
  const request = ethernet(
    0x0806,
    [0, 1, 8, 0, 6, 4, 0, 1, ...MAC_CLIENT, ...IP_CLIENT, 0, 0, 0, 0, 0, 0, 192, 168, 1, 1],
    BROADCAST,
  );
  assertFields(section(format(request), "Address Resolution Protocol"), [
    ["Opcode", "1 (request)"],
    ["Sender hardware address", "00:1a:2b:3c:4d:5e"],
    ["Sender protocol address", "192.168.1.10"],
    ["Target hardware address", "00:00:00:00:00:00"],
    ["Target protocol address", "192.168.1.1"],
  ]);
});

Deno.test("DetailFormatter: ICMP type, code, checksum, identifier and sequence", () => {
  const echo = [8, 0, 0, 0, 0x12, 0x34, 0x00, 0x2a, ...Array.from({ length: 48 }, (_, i) => i)];
  const frame = ethernet(0x0800, ipv4(1, echo));
  const checksum = (frame[36]! << 8) | frame[37]!;
  const hex = `0x${checksum.toString(16).padStart(4, "0")}`;
  assertFields(section(format(frame), "Internet Control Message Protocol"), [
    ["Type", "8 (echo request)"],
    ["Code", "0"],
    ["Checksum", `${hex} [good]`],
    ["Identifier", "4660"],
    ["Sequence Number", "42"],
  ]);
  frame[frame.length - 1]! ^= 0xff;
  assert.equal(
    section(format(frame), "Internet Control Message Protocol").fields.get("Checksum"),
    `${hex} [bad]`,
  );
  // An error has no identifier or sequence number.
  const unreachable = ethernet(0x0800, ipv4(1, [3, 3, 0, 0, 0, 0, 0, 0, ...frame.slice(14, 42)]));
  const s = section(format(unreachable), "Internet Control Message Protocol");
  assertFields(s, [["Type", "3 (port unreachable)"], ["Code", "3"]]);
  assert.match(s.fields.get("Checksum")!, /\[good\]$/);
  assert.equal(s.fields.has("Identifier"), false);
  assert.equal(s.fields.has("Sequence Number"), false);
});

Deno.test("DetailFormatter: UDP ports, length and checksum", () => {
  const dns = [0x1a, 0x2b, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 3, 0x77, 0x77, 0x77, 0, 0, 1, 0, 1];
  const datagram = [...be16(54321), ...be16(53), ...be16(8 + dns.length), 0, 0, ...dns];
  const frame = ethernet(0x0800, ipv4(17, datagram));
  const checksum = (frame[40]! << 8) | frame[41]!;
  assertFields(section(format(frame), "User Datagram Protocol"), [
    ["Source Port", "54321"],
    ["Destination Port", "53"],
    ["Length", "29"],
    ["Checksum", `0x${checksum.toString(16).padStart(4, "0")} [good]`],
  ]);
  const none = ethernet(0x0800, ipv4(17, datagram, { keepChecksum: true }));
  assert.equal(
    section(format(none), "User Datagram Protocol").fields.get("Checksum"),
    "0x0000 [unverified]",
  );
});

Deno.test("DetailFormatter: a truncated frame names its problem", () => {
  const text = format(TCP_SYN, 40);
  assert.match(text, /\n {2}\[truncated tcp: needs 20 bytes at offset 34, has 6\]$/);
  assert.equal(sections(text).some((s) => s.title === "Internet Protocol version 4"), true);
});
