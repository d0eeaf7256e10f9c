import assert from "node:assert/strict";
import { Decoder } from "../decode/decoder.ts";
import { TcpFlag } from "../decode/tcp.ts";
import { Packet } from "../decode/packet.ts";
import { DetailFormatter } from "./detail.ts";
import { craft, type FrameBuilder, type Ipv4Fields, type TcpFields } from "../tests/_frames.ts";

// ---------------------------------------------------------------------------------------------
// Frame builders

const MAC_CLIENT = [0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e];
const MAC_SERVER = [0x52, 0x54, 0x00, 0x12, 0x34, 0x56];
const BROADCAST = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const IP_CLIENT = [192, 168, 1, 10];
const IP_SERVER = [93, 184, 216, 34];

const ETHERNET_II = craft().ethernet({ destination: MAC_SERVER, source: MAC_CLIENT });

/** An IPv4 header (id 0x3a7c unless told) from the client to the server. */
function ipv4(fields: Ipv4Fields = {}): FrameBuilder {
  return ETHERNET_II.ipv4({ source: IP_CLIENT, destination: IP_SERVER, id: 0x3a7c, ...fields });
}

/** A TCP header from 51234 to 80. */
function tcp(flags: number, options: number[] = []): TcpFields {
  return { sourcePort: 51234, sequence: 0x6a3b9f02, acknowledgment: 0x1c445566, flags, options };
}

function format(frame: Uint8Array, captureLength = frame.length): string {
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

const TCP_SYN = ipv4({ tos: 0xb9, id: 0xbeef, ttl: 128 })
  .tcp(tcp(TcpFlag.SYN, [2, 4, 0x05, 0xb4, 4, 2, 1, 1]))
  .build();

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
  const frame = ipv4({ flags: 0b001, fragmentOffset: 185, protocol: 17 })
    .payload(new Array(40).fill(0x61))
    .build();
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
    format(ipv4({ flags: 0b100 }).udp().build()),
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
    const frame = ipv4().tcp(tcp(bit)).build();
    const s = section(format(frame), "Transmission Control Protocol");
    assertFields(s, names.map(([n, b]) => [n, b === bit ? "set" : "not set"]));
  }
  const all = section(
    format(ipv4().tcp(tcp(0x1ff)).build()),
    "Transmission Control Protocol",
  );
  assertFields(all, names.map(([n]) => [n, "set"]));

  const frame = ipv4().tcp(tcp(TcpFlag.PSH | TcpFlag.ACK)).payload([0x68, 0x69]).build();
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
  const reply = craft()
    .ethernet({ destination: MAC_CLIENT, source: MAC_CLIENT })
    .arp({
      opcode: 2,
      senderHardware: MAC_SERVER,
      senderProtocol: IP_SERVER,
      targetHardware: MAC_CLIENT,
      targetProtocol: IP_CLIENT,
    })
    .pad(60)
    .build();
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
  const request = craft()
    .ethernet({ destination: BROADCAST, source: MAC_CLIENT })
    .arp({
      senderHardware: MAC_CLIENT,
      senderProtocol: IP_CLIENT,
      targetProtocol: [192, 168, 1, 1],
    })
    .build();
  assertFields(section(format(request), "Address Resolution Protocol"), [
    ["Opcode", "1 (request)"],
    ["Sender hardware address", "00:1a:2b:3c:4d:5e"],
    ["Sender protocol address", "192.168.1.10"],
    ["Target hardware address", "00:00:00:00:00:00"],
    ["Target protocol address", "192.168.1.1"],
  ]);
});

Deno.test("DetailFormatter: ICMP type, code, checksum, identifier and sequence", () => {
  const frame = ipv4()
    .icmp({ identifier: 0x1234, sequence: 42 })
    .payload(Array.from({ length: 48 }, (_, i) => i))
    .build();
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
  const unreachable = ipv4().icmp({ type: 3, code: 3 }).payload(frame.slice(14, 42)).build();
  const s = section(format(unreachable), "Internet Control Message Protocol");
  assertFields(s, [["Type", "3 (port unreachable)"], ["Code", "3"]]);
  assert.match(s.fields.get("Checksum")!, /\[good\]$/);
  assert.equal(s.fields.has("Identifier"), false);
  assert.equal(s.fields.has("Sequence Number"), false);
  // The datagram it quotes (the echo request's first 28 bytes), in sections of its own.
  const text = format(unreachable);
  assertFields(section(text, "Quoted Internet Protocol version 4"), [["Protocol", "ICMP (1)"]]);
  assertFields(section(text, "Quoted Internet Control Message Protocol"), [
    ["Type", "8 (echo request)"],
    ["Identifier", "4660"],
  ]);
});

Deno.test("DetailFormatter: UDP ports, length and checksum", () => {
  const dns = [0x1a, 0x2b, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 3, 0x77, 0x77, 0x77, 0, 0, 1, 0, 1];
  const frame = ipv4().udp().payload(dns).build();
  const checksum = (frame[40]! << 8) | frame[41]!;
  assertFields(section(format(frame), "User Datagram Protocol"), [
    ["Source Port", "54321"],
    ["Destination Port", "53"],
    ["Length", "29"],
    ["Checksum", `0x${checksum.toString(16).padStart(4, "0")} [good]`],
  ]);
  const none = ipv4().udp({ checksum: 0 }).payload(dns).build();
  assert.equal(
    section(format(none), "User Datagram Protocol").fields.get("Checksum"),
    "0x0000 [not present]",
  );
});

Deno.test("DetailFormatter: a truncated frame names its problem", () => {
  const text = format(TCP_SYN, 40);
  assert.match(text, /\n {2}\[truncated tcp: needs 20 bytes at offset 34, has 6\]$/);
  assert.equal(sections(text).some((s) => s.title === "Internet Protocol version 4"), true);
});
