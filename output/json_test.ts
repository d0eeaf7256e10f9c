import assert from "node:assert/strict";
import { Decoder } from "../decode/decoder.ts";
import { LinkType } from "../decode/link_type.ts";
import { TcpFlag } from "../decode/tcp.ts";
import { Packet } from "../decode/packet.ts";
import { JsonFormatter } from "./json.ts";

// ---------------------------------------------------------------------------------------------
// A JSON reader that rejects duplicate keys (JSON.parse keeps the last one silently).

/** Parses JSON text, throwing on a syntax error or on a key repeated within one object. */
function parseStrict(text: string): unknown {
  let at = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at ${at}: ${text.slice(Math.max(0, at - 20), at + 20)}`);
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at++;
  };
  const expect = (char: string) => {
    space();
    if (text[at] !== char) fail(`expected ${char}`);
    at++;
  };
  const string = (): string => {
    space();
    const start = at;
    if (text[at] !== '"') fail("expected a string");
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === "\\" ? 2 : 1;
    if (at >= text.length) fail("unterminated string");
    at++;
    return JSON.parse(text.slice(start, at));
  };
  const value = (): unknown => {
    space();
    const char = text[at];
    if (char === "{") {
      at++;
      const object: Record<string, unknown> = {};
      const keys = new Set<string>();
      space();
      if (text[at] === "}") {
        at++;
        return object;
      }
      for (;;) {
        const key = string();
        if (keys.has(key)) fail(`duplicate key "${key}"`);
        keys.add(key);
        expect(":");
        object[key] = value();
        space();
        if (text[at] === ",") {
          at++;
          continue;
        }
        expect("}");
        return object;
      }
    }
    if (char === "[") {
      at++;
      const array: unknown[] = [];
      space();
      if (text[at] === "]") {
        at++;
        return array;
      }
      for (;;) {
        array.push(value());
        space();
        if (text[at] === ",") {
          at++;
          continue;
        }
        expect("]");
        return array;
      }
    }
    if (char === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(
      text.slice(at),
    );
    if (literal === null) fail("expected a value");
    at += literal![0].length;
    return JSON.parse(literal![0]);
  };
  const result = value();
  space();
  if (at !== text.length) fail("text after the value");
  return result;
}

// ---------------------------------------------------------------------------------------------
// Frame builders

const MAC_CLIENT = [0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e];
const MAC_SERVER = [0x52, 0x54, 0x00, 0x12, 0x34, 0x56];
const BROADCAST = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const IP_CLIENT = [192, 168, 1, 10];
const IP_SERVER = [93, 184, 216, 34];
const GET = [...new TextEncoder().encode("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")];

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

/** An IPv4 datagram with correct header and transport checksums (unless `keepChecksum`). */
function ipv4(protocol: number, payload: number[], keepChecksum = false): number[] {
  const at = CHECKSUM_AT[protocol];
  if (at !== undefined && !keepChecksum) {
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
    0x00,
    ...be16(20 + payload.length),
    0x3a,
    0x7c,
    0x40,
    0x00,
    64,
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

function tcp(flags: number, options: number[], data: number[]): number[] {
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
    0,
    0,
    ...options,
    ...data,
  ];
}

/** MSS 1460, SACK permitted, window scale 7, NOP, timestamps, two SACK blocks, two NOPs. */
const ALL_OPTIONS = [
  2,
  4,
  0x05,
  0xb4,
  4,
  2,
  3,
  3,
  7,
  1,
  8,
  10,
  ...be32(0x0a0b0c0d),
  ...be32(0x01020304),
  5,
  18,
  ...be32(0xf0000001),
  ...be32(0xf0000101),
  ...be32(0x00000010),
  ...be32(0x00000020),
  1,
  1,
];

function udp(sourcePort: number, destinationPort: number, data: number[]): number[] {
  return [...be16(sourcePort), ...be16(destinationPort), ...be16(8 + data.length), 0, 0, ...data];
}

const DNS = [0x1a, 0x2b, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 3, 0x77, 0x77, 0x77, 0, 0, 1, 0, 1];

function icmpEcho(): number[] {
  return [8, 0, 0, 0, 0x12, 0x34, 0x00, 0x01, ...Array.from({ length: 48 }, (_, i) => 0x10 + i)];
}

function vlanTag(priority: number, dropEligible: boolean, id: number, etherType: number): number[] {
  return [...be16((priority << 13) | (dropEligible ? 0x1000 : 0) | id), ...be16(etherType)];
}

const TCP_FRAME = ethernet(0x0800, ipv4(6, tcp(TcpFlag.PSH | TcpFlag.ACK, ALL_OPTIONS, GET)));
const UDP_DATAGRAM = ipv4(17, udp(54321, 53, DNS));
const ARP_FRAME = [
  ...ethernet(
    0x0806,
    [0, 1, 8, 0, 6, 4, 0, 1, ...MAC_CLIENT, ...IP_CLIENT, 0, 0, 0, 0, 0, 0, 192, 168, 1, 1],
    BROADCAST,
  ),
  ...new Array(18).fill(0),
];
const ICMP_FRAME = ethernet(0x0800, ipv4(1, icmpEcho()));

/** Decodes and formats a frame; `captureLength` cuts it, the wire length stays whole. */
function format(
  frame: number[],
  captureLength = frame.length,
  linkType: number = LinkType.EN10MB,
): string {
  const bytes = new Uint8Array(frame.slice(0, captureLength));
  const packet = Packet.from(bytes, {
    seconds: 1700000000,
    microseconds: 123456,
    wireLength: frame.length,
    number: 7,
    linkType,
  });
  const decoder = new Decoder();
  decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
  return new JsonFormatter().format(packet, decoder);
}

type Json = Record<string, Record<string, unknown>> & { _errors?: string[] };

function parse(text: string): Json {
  return parseStrict(text) as Json;
}

// ---------------------------------------------------------------------------------------------

Deno.test("parseStrict: finds duplicate keys that JSON.parse hides", () => {
  assert.deepEqual(parseStrict('{"a":1,"b":{"a":2},"c":[{"a":1},{"a":2}]}'), {
    a: 1,
    b: { a: 2 },
    c: [{ a: 1 }, { a: 2 }],
  });
  assert.deepEqual(JSON.parse('{"a":1,"a":2}'), { a: 2 });
  assert.throws(() => parseStrict('{"a":1,"a":2}'), /duplicate key "a"/);
  assert.throws(() => parseStrict('{"x":{"eth":{},"eth":{}}}'), /duplicate key "eth"/);
  assert.throws(() => parseStrict('[{"k":true,"k":false}]'), /duplicate key "k"/);
  assert.throws(() => parseStrict('{"a":1,}'), SyntaxError);
  assert.throws(() => parseStrict('{"a":1} x'), SyntaxError);
  assert.deepEqual(parseStrict('{"t":1700000000.123456,"e":[],"s":"a\\"b"}'), {
    t: 1700000000.123456,
    e: [],
    s: 'a"b',
  });
});

Deno.test("JsonFormatter: Ethernet, IPv4, TCP with every option", () => {
  const text = format(TCP_FRAME);
  assert.ok(!text.includes("\n"));
  assert.match(text, /^\{"frame":\{"number":7,"time_epoch":1700000000\.123456,/);
  const json = parse(text);
  assert.deepEqual(Object.keys(json), ["frame", "eth", "ip", "tcp"]);
  assert.deepEqual(json.frame, {
    number: 7,
    time_epoch: 1700000000.123456,
    len: TCP_FRAME.length,
    cap_len: TCP_FRAME.length,
  });
  assert.deepEqual(json.eth, {
    dst: "52:54:00:12:34:56",
    src: "00:1a:2b:3c:4d:5e",
    type: 0x0800,
  });
  const ipLength = 20 + 60 + GET.length;
  assert.deepEqual(json.ip, {
    version: 4,
    hdr_len: 20,
    dsfield_dscp: 0,
    dsfield_ecn: 0,
    len: ipLength,
    id: 0x3a7c,
    flags_rb: false,
    flags_df: true,
    flags_mf: false,
    frag_offset: 0,
    ttl: 64,
    proto: 6,
    checksum: (TCP_FRAME[24]! << 8) | TCP_FRAME[25]!,
    checksum_status: "good",
    src: "192.168.1.10",
    dst: "93.184.216.34",
  });
  assert.deepEqual(Object.keys(json.tcp!), [
    "srcport",
    "dstport",
    "seq_raw",
    "ack_raw",
    "hdr_len",
    "flags",
    "window_size_value",
    "checksum",
    "checksum_status",
    "urgent_pointer",
    "len",
    "options_mss_val",
    "options_wscale_shift",
    "options_sack_perm",
    "options_sack_le",
    "options_sack_re",
    "options_timestamp_tsval",
    "options_timestamp_tsecr",
    "payload",
  ]);
  assert.deepEqual(json.tcp, {
    srcport: 51234,
    dstport: 80,
    seq_raw: 0x6a3b9f02,
    ack_raw: 0x1c445566,
    hdr_len: 60,
    flags: 0x018,
    window_size_value: 502,
    checksum: (TCP_FRAME[50]! << 8) | TCP_FRAME[51]!,
    checksum_status: "good",
    urgent_pointer: 0,
    len: GET.length,
    options_mss_val: 1460,
    options_wscale_shift: 7,
    options_sack_perm: true,
    options_sack_le: [0xf0000001, 0x10],
    options_sack_re: [0xf0000101, 0x20],
    options_timestamp_tsval: 0x0a0b0c0d,
    options_timestamp_tsecr: 0x01020304,
    payload: GET.map((b) => b.toString(16).padStart(2, "0")).join(""),
  });
  assert.equal(json._errors, undefined);
});

Deno.test("JsonFormatter: a bad TCP checksum, and a malformed option", () => {
  const bad = [...TCP_FRAME];
  bad[bad.length - 1]! ^= 0x01;
  let json = parse(format(bad));
  assert.equal(json.tcp!.checksum_status, "bad");
  assert.equal(json.ip!.checksum_status, "good");
  // An MSS option of length 0, in a 4-byte option list.
  const malformed = ethernet(0x0800, ipv4(6, tcp(TcpFlag.SYN, [2, 0, 5, 0xb4], [])));
  json = parse(format(malformed));
  assert.deepEqual(json._errors, ["malformed tcp option"]);
  assert.equal(json.tcp!.options_mss_val, undefined);
  assert.equal(json.tcp!.hdr_len, 24);
  assert.equal(json.tcp!.checksum_status, "good");
});

Deno.test("JsonFormatter: two 802.1Q tags make vlan.* lists", () => {
  const frame = ethernet(0x8100, [
    ...vlanTag(1, false, 10, 0x8100),
    ...vlanTag(5, true, 20, 0x0800),
    ...UDP_DATAGRAM,
  ]);
  const json = parse(format(frame));
  assert.deepEqual(Object.keys(json), ["frame", "eth", "vlan", "ip", "udp"]);
  assert.equal(json.eth!.type, 0x8100);
  assert.deepEqual(json.vlan, {
    priority: [1, 5],
    dei: [false, true],
    id: [10, 20],
    etype: [0x8100, 0x0800],
  });
  assert.equal(json.ieee8021ad, undefined);
  assert.equal(json.udp!.dstport, 53);
});

Deno.test("JsonFormatter: an 802.1ad outer tag is ieee8021ad, the inner tags vlan", () => {
  // QinQ: service tag 100 (0x88a8), customer tag 200.
  let frame = ethernet(0x88a8, [
    ...vlanTag(0, false, 100, 0x8100),
    ...vlanTag(5, true, 200, 0x0800),
    ...UDP_DATAGRAM,
  ]);
  let json = parse(format(frame));
  assert.deepEqual(Object.keys(json), ["frame", "eth", "ieee8021ad", "vlan", "ip", "udp"]);
  assert.equal(json.eth!.type, 0x88a8);
  assert.deepEqual(json.ieee8021ad, { priority: 0, dei: false, id: 100 });
  assert.deepEqual(json.vlan, { priority: 5, dei: true, id: 200, etype: 0x0800 });
  // Three tags: one service tag, two customer tags as lists.
  frame = ethernet(0x88a8, [
    ...vlanTag(3, false, 100, 0x8100),
    ...vlanTag(4, false, 200, 0x8100),
    ...vlanTag(6, true, 300, 0x0800),
    ...UDP_DATAGRAM,
  ]);
  json = parse(format(frame));
  assert.deepEqual(Object.keys(json), ["frame", "eth", "ieee8021ad", "vlan", "ip", "udp"]);
  assert.deepEqual(json.ieee8021ad, { priority: 3, dei: false, id: 100 });
  assert.deepEqual(json.vlan, {
    priority: [4, 6],
    dei: [false, true],
    id: [200, 300],
    etype: [0x8100, 0x0800],
  });
  assert.equal(json.ip!.checksum_status, "good");
  assert.equal(json.udp!.checksum_status, "good");
});

Deno.test("JsonFormatter: a tag cut after its first 2 bytes still shows its id", () => {
  const frame = ethernet(0x88a8, [
    ...vlanTag(0, false, 100, 0x8100),
    ...vlanTag(5, true, 200, 0x0800),
    ...UDP_DATAGRAM,
  ]);
  const json = parse(format(frame, 14 + 4 + 2));
  assert.deepEqual(Object.keys(json), ["frame", "eth", "ieee8021ad", "vlan", "_errors"]);
  assert.deepEqual(json.ieee8021ad, { priority: 0, dei: false, id: 100 });
  assert.deepEqual(json.vlan, { priority: 5, dei: true, id: 200 });
  assert.deepEqual(json._errors, ["truncated vlan: needs 8 bytes at offset 14, has 6"]);
});

Deno.test("JsonFormatter: ARP", () => {
  const json = parse(format(ARP_FRAME));
  assert.deepEqual(Object.keys(json), ["frame", "eth", "arp"]);
  assert.deepEqual(json.eth, {
    dst: "ff:ff:ff:ff:ff:ff",
    src: "00:1a:2b:3c:4d:5e",
    type: 0x0806,
  });
  assert.deepEqual(json.arp, {
    hw_type: 1,
    proto_type: 0x0800,
    hw_size: 6,
    proto_size: 4,
    opcode: 1,
    src_hw_mac: "00:1a:2b:3c:4d:5e",
    src_proto_ipv4: "192.168.1.10",
    dst_hw_mac: "00:00:00:00:00:00",
    dst_proto_ipv4: "192.168.1.1",
  });
  assert.equal(json.frame!.len, 60);
  assert.equal(json._errors, undefined);
});

Deno.test("JsonFormatter: ICMP echo request", () => {
  const json = parse(format(ICMP_FRAME));
  assert.deepEqual(Object.keys(json), ["frame", "eth", "ip", "icmp"]);
  assert.equal(json.ip!.proto, 1);
  assert.deepEqual(json.icmp, {
    type: 8,
    code: 0,
    checksum: (ICMP_FRAME[36]! << 8) | ICMP_FRAME[37]!,
    checksum_status: "good",
    ident: 0x1234,
    seq: 1,
  });
});

Deno.test("JsonFormatter: a frame cut inside TCP lists the error", () => {
  // 40 of the frame's bytes captured: 6 bytes of the TCP header.
  const json = parse(format(TCP_FRAME, 40));
  assert.deepEqual(Object.keys(json), ["frame", "eth", "ip", "tcp", "_errors"]);
  assert.deepEqual(json.frame, {
    number: 7,
    time_epoch: 1700000000.123456,
    len: TCP_FRAME.length,
    cap_len: 40,
  });
  assert.deepEqual(json.tcp, { srcport: 51234, dstport: 80 });
  assert.equal(json.ip!.checksum_status, "good");
  assert.equal(json.ip!.len, 20 + 60 + GET.length);
  assert.deepEqual(json._errors, ["truncated tcp: needs 20 bytes at offset 34, has 6"]);
  // Cut inside the IPv4 header: the fields that fit, no destination.
  const cut = parse(format(TCP_FRAME, 30));
  assert.deepEqual(Object.keys(cut), ["frame", "eth", "ip", "_errors"]);
  assert.equal(cut.ip!.src, "192.168.1.10");
  assert.equal(cut.ip!.dst, undefined);
  assert.equal(cut.ip!.ttl, 64);
  assert.deepEqual(cut._errors, ["truncated ip: needs 20 bytes at offset 14, has 16"]);
  // Cut inside the TCP options: the fixed fields, and the error.
  const options = parse(format(TCP_FRAME, 60));
  assert.equal(options.tcp!.seq_raw, 0x6a3b9f02);
  assert.equal(options.tcp!.checksum_status, "unverified");
  assert.deepEqual(options._errors, ["truncated tcp: needs 60 bytes at offset 34, has 26"]);
});

Deno.test("JsonFormatter: an 802.3 frame has eth.len, not eth.type", () => {
  // A spanning tree BPDU: LLC 42 42 03, then 35 bytes of configuration BPDU.
  const bpdu = [0x42, 0x42, 0x03, 0, 0, 0, 0, 0x80, 0, ...MAC_SERVER, ...new Array(23).fill(0)];
  const frame = [
    ...[0x01, 0x80, 0xc2, 0x00, 0x00, 0x00],
    ...MAC_SERVER,
    ...be16(bpdu.length),
    ...bpdu,
    ...new Array(60 - 14 - bpdu.length).fill(0),
  ];
  const json = parse(format(frame));
  assert.deepEqual(Object.keys(json), ["frame", "eth"]);
  assert.deepEqual(json.eth, {
    dst: "01:80:c2:00:00:00",
    src: "52:54:00:12:34:56",
    len: 38,
  });
  assert.equal(json._errors, undefined);
  // 1500 is still a length, 1536 a type.
  frame[12] = 0x05;
  frame[13] = 0xdc;
  assert.deepEqual(Object.keys(parse(format(frame)).eth!), ["dst", "src", "len"]);
  frame[13] = 0xdd;
  assert.deepEqual(Object.keys(parse(format(frame)).eth!), ["dst", "src", "type"]);
});

Deno.test("JsonFormatter: VXLAN's inner ICMP is the icmp section, each key once", () => {
  const innerFrame = [
    ...[0x02, 0, 0, 0, 0, 0x0b],
    ...[0x02, 0, 0, 0, 0, 0x0a],
    0x08,
    0x00,
    ...ipv4(1, icmpEcho()),
  ];
  const vxlan = [0x08, 0, 0, 0, ...be32(0x0000c800), ...innerFrame];
  const frame = ethernet(0x0800, ipv4(17, udp(49152, 4789, vxlan)));
  const text = format(frame);
  const json = parse(text); // throws on a repeated key
  assert.deepEqual(Object.keys(json), ["frame", "eth", "ip", "udp", "vxlan", "icmp"]);
  assert.deepEqual(json.vxlan, { vni: 200 });
  // The outer headers are the ones shown.
  assert.equal(json.eth!.src, "00:1a:2b:3c:4d:5e");
  assert.equal(json.ip!.proto, 17);
  assert.equal(json.udp!.dstport, 4789);
  assert.equal(json.udp!.checksum_status, "good");
  assert.deepEqual(json.icmp, {
    type: 8,
    code: 0,
    // 14 + 20 + 8 + 8 outer bytes, 14 + 20 inner: the ICMP message starts at 84.
    checksum: (frame[86]! << 8) | frame[87]!,
    checksum_status: "good",
    ident: 0x1234,
    seq: 1,
  });
  assert.equal(frame[84], 8, "the inner ICMP type byte");
  assert.equal(json._errors, undefined);
  assert.equal(text.match(/"eth":/g)!.length, 1);
  assert.equal(text.match(/"ip":/g)!.length, 1);
});

Deno.test({
  name: "JsonFormatter: 802.1ad tags outside and inside a VXLAN tunnel, each key once",
  fn() {
    const innerFrame = [
      ...[0x02, 0, 0, 0, 0, 0x0b],
      ...[0x02, 0, 0, 0, 0, 0x0a],
      ...be16(0x88a8),
      ...vlanTag(0, false, 100, 0x0800),
      ...ipv4(1, icmpEcho()),
    ];
    const vxlan = [0x08, 0, 0, 0, ...be32(0x0000c800), ...innerFrame];
    const frame = ethernet(0x88a8, [
      ...vlanTag(0, false, 5, 0x0800),
      ...ipv4(17, udp(49152, 4789, vxlan)),
    ]);
    const json = parse(format(frame)); // throws: duplicate key "ieee8021ad"
    assert.deepEqual(json.ieee8021ad, { priority: 0, dei: false, id: 5 });
    assert.equal(json.icmp!.type, 8);
  },
});

Deno.test("JsonFormatter: every prefix of every frame is JSON with each key once", () => {
  const vxlan = ethernet(
    0x0800,
    ipv4(17, udp(49152, 4789, [0x08, 0, 0, 0, 0, 0, 1, 0, ...ICMP_FRAME])),
  );
  const frames = [
    TCP_FRAME,
    ARP_FRAME,
    ICMP_FRAME,
    vxlan,
    ethernet(0x88a8, [
      ...vlanTag(0, false, 100, 0x8100),
      ...vlanTag(5, true, 200, 0x8100),
      ...vlanTag(5, true, 300, 0x0800),
      ...UDP_DATAGRAM,
    ]),
  ];
  for (const frame of frames) {
    for (let n = 0; n <= frame.length; n++) {
      const text = format(frame, n);
      let json: Json;
      try {
        json = parse(text);
      } catch (error) {
        throw new Error(`${n} of ${frame.length} bytes: ${error}\n${text}`);
      }
      assert.equal(json.frame!.cap_len, n);
      assert.equal(json.frame!.len, frame.length);
      assert.ok(!text.includes("undefined") && !text.includes("NaN"), text);
      if (n < 14) {
        assert.deepEqual(Object.keys(json), ["frame", "_errors"]);
        assert.deepEqual(json._errors, [`truncated eth: needs 14 bytes at offset 0, has ${n}`]);
      } else {
        assert.equal(json.eth!.src, "00:1a:2b:3c:4d:5e");
      }
    }
  }
});
