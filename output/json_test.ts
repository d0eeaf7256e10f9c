import assert from "node:assert/strict";
import { Decoder } from "../decode/decoder.ts";
import { LinkType } from "../decode/link_type.ts";
import { TcpFlag } from "../decode/tcp.ts";
import { Packet } from "../decode/packet.ts";
import { JsonFormatter } from "./json.ts";
import { be32, craft, type Ipv4Fields, type TcpFields } from "../tests/_frames.ts";

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

const ETHERNET_II = craft().ethernet({ destination: MAC_SERVER, source: MAC_CLIENT });
/** An IPv4 header from the client to the server. */
const V4: Ipv4Fields = { source: IP_CLIENT, destination: IP_SERVER, id: 0x3a7c };

/** A TCP header from 51234 to 80. */
function tcp(flags: number, options: number[]): TcpFields {
  return { sourcePort: 51234, sequence: 0x6a3b9f02, acknowledgment: 0x1c445566, flags, options };
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

const DNS = [0x1a, 0x2b, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 3, 0x77, 0x77, 0x77, 0, 0, 1, 0, 1];

/** An echo request, its identifier 0x1234, sequence 1, and ping's 48 bytes. */
const ECHO = craft().icmp({ identifier: 0x1234, sequence: 1 })
  .payload(Array.from({ length: 48 }, (_, i) => 0x10 + i));
/** The VXLAN header, I flag set, VNI 200. */
const VXLAN_200 = [0x08, 0, 0, 0, ...be32(200 << 8)];
/** UDP to the VXLAN port. */
const TO_VXLAN = { sourcePort: 49152, destinationPort: 4789 };
/** The Ethernet header VXLAN carries. */
const INNER_ETHERNET = {
  destination: [0x02, 0, 0, 0, 0, 0x0b],
  source: [0x02, 0, 0, 0, 0, 0x0a],
};

const TCP_FRAME = ETHERNET_II.ipv4(V4)
  .tcp(tcp(TcpFlag.PSH | TcpFlag.ACK, ALL_OPTIONS))
  .payload(GET)
  .build();
const UDP_DATAGRAM = craft().ipv4(V4).udp().payload(DNS);
const ARP_FRAME = craft()
  .ethernet({ destination: BROADCAST, source: MAC_CLIENT })
  .arp({ senderHardware: MAC_CLIENT, senderProtocol: IP_CLIENT, targetProtocol: [192, 168, 1, 1] })
  .pad(60)
  .build();
const ICMP = ETHERNET_II.ipv4(V4).append(ECHO);
const ICMP_FRAME = ICMP.build();

/** Decodes and formats a frame; `captureLength` cuts it, the wire length stays whole. */
function format(
  frame: Uint8Array,
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
  const bad = TCP_FRAME.slice();
  bad[bad.length - 1]! ^= 0x01;
  let json = parse(format(bad));
  assert.equal(json.tcp!.checksum_status, "bad");
  assert.equal(json.ip!.checksum_status, "good");
  // An MSS option of length 0, in a 4-byte option list.
  const malformed = ETHERNET_II.ipv4(V4).tcp(tcp(TcpFlag.SYN, [2, 0, 5, 0xb4])).build();
  json = parse(format(malformed));
  assert.deepEqual(json._errors, ["malformed tcp option"]);
  assert.equal(json.tcp!.options_mss_val, undefined);
  assert.equal(json.tcp!.hdr_len, 24);
  assert.equal(json.tcp!.checksum_status, "good");
});

Deno.test("JsonFormatter: two 802.1Q tags make vlan.* lists", () => {
  const frame = ETHERNET_II.vlan({ priority: 1, id: 10 })
    .vlan({ priority: 5, dropEligible: true, id: 20 })
    .append(UDP_DATAGRAM)
    .build();
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
  let frame = ETHERNET_II.vlan({ id: 100, tpid: 0x88a8 })
    .vlan({ priority: 5, dropEligible: true, id: 200 })
    .append(UDP_DATAGRAM)
    .build();
  let json = parse(format(frame));
  assert.deepEqual(Object.keys(json), ["frame", "eth", "ieee8021ad", "vlan", "ip", "udp"]);
  assert.equal(json.eth!.type, 0x88a8);
  assert.deepEqual(json.ieee8021ad, { priority: 0, dei: false, id: 100 });
  assert.deepEqual(json.vlan, { priority: 5, dei: true, id: 200, etype: 0x0800 });
  // Three tags: one service tag, two customer tags as lists.
  frame = ETHERNET_II.vlan({ priority: 3, id: 100, tpid: 0x88a8 })
    .vlan({ priority: 4, id: 200 })
    .vlan({ priority: 6, dropEligible: true, id: 300 })
    .append(UDP_DATAGRAM)
    .build();
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
  const frame = ETHERNET_II.vlan({ id: 100, tpid: 0x88a8 })
    .vlan({ priority: 5, dropEligible: true, id: 200 })
    .append(UDP_DATAGRAM)
    .build();
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
  const frame = craft()
    .ethernet({
      destination: [0x01, 0x80, 0xc2, 0x00, 0x00, 0x00],
      source: MAC_SERVER,
      etherType: bpdu.length, // an 802.3 length
    })
    .payload(bpdu)
    .pad(60)
    .build();
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
  const frame = ETHERNET_II.ipv4(V4)
    .udp(TO_VXLAN)
    .raw(VXLAN_200)
    .ethernet(INNER_ETHERNET)
    .ipv4(V4)
    .append(ECHO)
    .build();
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
    const frame = ETHERNET_II.vlan({ id: 5, tpid: 0x88a8 })
      .ipv4(V4)
      .udp(TO_VXLAN)
      .raw(VXLAN_200)
      .ethernet(INNER_ETHERNET)
      .vlan({ id: 100, tpid: 0x88a8 })
      .ipv4(V4)
      .append(ECHO)
      .build();
    const json = parse(format(frame)); // throws: duplicate key "ieee8021ad"
    assert.deepEqual(json.ieee8021ad, { priority: 0, dei: false, id: 5 });
    assert.equal(json.icmp!.type, 8);
  },
});

Deno.test("JsonFormatter: every prefix of every frame is JSON with each key once", () => {
  const vxlan = ETHERNET_II.ipv4(V4)
    .udp(TO_VXLAN)
    .raw([0x08, 0, 0, 0, ...be32(1 << 8)]) // VNI 1
    .append(ICMP)
    .build();
  const frames = [
    TCP_FRAME,
    ARP_FRAME,
    ICMP_FRAME,
    vxlan,
    ETHERNET_II.vlan({ id: 100, tpid: 0x88a8 })
      .vlan({ priority: 5, dropEligible: true, id: 200 })
      .vlan({ priority: 5, dropEligible: true, id: 300 })
      .append(UDP_DATAGRAM)
      .build(),
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

Deno.test("JsonFormatter: IP in IP adds the carried packet's sections; ICMP errors nest the quote", () => {
  const formatter = new JsonFormatter();
  const decoder = new Decoder();
  const json = (bytes: Uint8Array) => {
    const packet = Packet.from(bytes);
    decoder.decodePacket(packet);
    return parseStrict(formatter.format(packet, decoder)) as Record<
      string,
      Record<string, unknown>
    >;
  };
  const outer = { source: [192, 0, 2, 1], destination: [192, 0, 2, 2] };
  // 4 in 4: the first ip section is the tunnel's (tshark's first occurrence), tcp the carried.
  let packet = json(craft().ethernet().ipv4(outer).ipv4().tcp({ destinationPort: 8080 }).build());
  assert.equal(packet.ip!.src, "192.0.2.1");
  assert.equal(packet.ip!.proto, 4);
  assert.equal(packet.tcp!.dstport, 8080);
  // 6 in 4: the carried IPv6 header has a section of its own.
  packet = json(craft().ethernet().ipv4(outer).ipv6().udp({ destinationPort: 5000 }).build());
  assert.equal(packet.ip!.proto, 41);
  assert.equal(packet.ipv6!.src, "2001:db8::1");
  assert.equal(packet.udp!.dstport, 5000);
  // An ICMPv6 error: its quote inside the icmpv6 section, not as the packet's own sections.
  const quoted = craft().ipv6()
    .tcp({ sourcePort: 41002, destinationPort: 7002, flags: TcpFlag.SYN, sequence: 4242 });
  packet = json(
    craft().ethernet().ipv6().icmpv6({ type: 1, code: 4, rest: [0, 0, 0, 0] }).append(quoted)
      .build(),
  );
  assert.equal(packet.tcp, undefined);
  const icmpv6 = packet.icmpv6 as Record<string, Record<string, unknown>>;
  assert.equal(icmpv6.type, 1);
  assert.equal(icmpv6.ipv6!.nxt, 6);
  assert.equal(icmpv6.tcp!.srcport, 41002);
  assert.equal(icmpv6.tcp!.seq_raw, 4242);
  // The same for ICMP, whose quote is IPv4.
  const quoted4 = craft().ipv4().udp({ sourcePort: 40000, destinationPort: 7009 });
  packet = json(
    craft().ethernet().ipv4().icmp({ type: 3, code: 3, rest: [0, 0, 0, 0] }).append(quoted4)
      .build(),
  );
  assert.equal(packet.udp, undefined);
  const icmp = packet.icmp as Record<string, Record<string, unknown>>;
  assert.equal(icmp.ip!.proto, 17);
  assert.equal(icmp.udp!.dstport, 7009);
});
