import assert from "node:assert/strict";
import { Decoder } from "./decoder.ts";
import { DecodeStatus, type DecodingLayer, LayerType } from "./layer.ts";
import { LAYER_NAMES } from "./registry.ts";
import { LinkType } from "./link_type.ts";
import { TcpFlag } from "./tcp.ts";
import { craft, mulberry32, strict, type TcpFields } from "../tests/_frames.ts";

// ---------------------------------------------------------------------------------------------
// Frames: 02:00:00:00:00:01 → 02:00:00:00:00:02, 10.0.0.1 → 10.0.0.2, 2001:db8::1 → ::2 (the
// builder's defaults), TCP 43210 → 80 PSH-ACK, seq 1, ack 1, window 502.

const PRINT = [...new TextEncoder().encode("print")];
const PSH_ACK: TcpFields = { flags: TcpFlag.PSH | TcpFlag.ACK };
const ETHERNET_II = craft().ethernet();

const TIMESTAMPS = [1, 1, 8, 10, 0x00, 0x0f, 0x42, 0x40, 0x00, 0x0f, 0x42, 0x3f];
const ROUTER_ALERT = [0x94, 0x04, 0x00, 0x00];
/** Hop-by-hop options: Router Alert and PadN. */
const HOP_BY_HOP = [5, 2, 0, 0, 1, 0];
/** Destination options: PadN of 12 bytes. */
const DEST_OPTS = [1, 12, ...new Array(12).fill(0)];
/** The start of a DNS query after its UDP header. */
const DNS_DATA = [0x12, 0x34, 0x01, 0x00];

/**
 * Where a frame's headers are, to say what each prefix of it should decode to. `limits` are
 * the absolute lengths below which the layer is truncated, with the `needed` it then reports.
 */
interface Layout {
  type: LayerType;
  start: number;
  limits: [number, number][];
}

interface Fixture {
  name: string;
  bytes: Uint8Array;
  layout: Layout[];
  /** Where the last layer's data ends (before Ethernet padding). */
  dataEnd: number;
  /** The bytes after the last decoded header (TCP's message, a fragment's data), padding included. */
  message: number[];
}

const ETHERNET: Layout = { type: LayerType.Ethernet, start: 0, limits: [[14, 14]] };

const FIXTURES: Fixture[] = [
  {
    name: "Ethernet, IPv4, TCP, print",
    bytes: ETHERNET_II.ipv4().tcp(PSH_ACK).payload(PRINT).build(),
    layout: [
      ETHERNET,
      { type: LayerType.IPv4, start: 14, limits: [[34, 20]] },
      { type: LayerType.TCP, start: 34, limits: [[54, 20]] },
    ],
    dataEnd: 59,
    message: PRINT,
  },
  {
    name: "Ethernet, IPv4, TCP, print, padded to 60 bytes plus an FCS",
    bytes: ETHERNET_II.ipv4().tcp(PSH_ACK).payload(PRINT).pad(60).trailer([0xde, 0xad, 0xbe, 0xef])
      .build(),
    layout: [
      ETHERNET,
      { type: LayerType.IPv4, start: 14, limits: [[34, 20]] },
      { type: LayerType.TCP, start: 34, limits: [[54, 20]] },
    ],
    dataEnd: 59,
    message: PRINT,
  },
  {
    name: "Ethernet, IPv4 with options, TCP with options, print",
    bytes: ETHERNET_II.ipv4({ options: ROUTER_ALERT })
      .tcp({ ...PSH_ACK, options: TIMESTAMPS })
      .payload(PRINT)
      .pad(60)
      .build(),
    layout: [
      ETHERNET,
      { type: LayerType.IPv4, start: 14, limits: [[34, 20], [38, 24]] },
      { type: LayerType.TCP, start: 38, limits: [[58, 20], [70, 32]] },
    ],
    dataEnd: 75,
    message: PRINT,
  },
  {
    name: "Ethernet, IPv6, TCP, print",
    bytes: ETHERNET_II.ipv6().tcp(PSH_ACK).payload(PRINT).build(),
    layout: [
      ETHERNET,
      { type: LayerType.IPv6, start: 14, limits: [[54, 40]] },
      { type: LayerType.TCP, start: 54, limits: [[74, 20]] },
    ],
    dataEnd: 79,
    message: PRINT,
  },
  {
    name: "Ethernet, IPv6 with hop-by-hop, destination options, fragment, TCP, print",
    bytes: ETHERNET_II.ipv6()
      .extension(0, HOP_BY_HOP)
      .extension(60, DEST_OPTS)
      .fragment({ more: true, identification: 0x12345678 }) // offset 0: the first fragment
      .tcp(PSH_ACK)
      .payload(PRINT)
      .build(),
    layout: [
      ETHERNET,
      {
        type: LayerType.IPv6,
        start: 14,
        limits: [[54, 40], [62, 48], [70, 56], [78, 64], [86, 72]],
      },
      { type: LayerType.TCP, start: 86, limits: [[106, 20]] },
    ],
    dataEnd: 111,
    message: PRINT,
  },
  {
    name: "Ethernet, ARP request",
    bytes: ETHERNET_II.arp().pad(60).build(),
    layout: [ETHERNET, { type: LayerType.ARP, start: 14, limits: [[22, 8], [42, 28]] }],
    dataEnd: 60,
    message: new Array(18).fill(0),
  },
  {
    name: "Ethernet, IPv4, UDP (DNS query)",
    bytes: ETHERNET_II.ipv4().udp({ checksum: 0 }).payload(DNS_DATA).pad(60).build(),
    layout: [
      ETHERNET,
      { type: LayerType.IPv4, start: 14, limits: [[34, 20]] },
      { type: LayerType.UDP, start: 34, limits: [[42, 8]] },
    ],
    dataEnd: 46,
    message: DNS_DATA,
  },
  {
    name: "Ethernet, IPv4 non-first fragment",
    bytes: ETHERNET_II.ipv4({ flags: 0, fragmentOffset: 185, protocol: 6 }).payload(PRINT).pad(60)
      .build(),
    layout: [ETHERNET, { type: LayerType.IPv4, start: 14, limits: [[34, 20]] }],
    dataEnd: 39,
    message: PRINT,
  },
  {
    name: "Ethernet, IPv6 non-first fragment",
    bytes: ETHERNET_II.ipv6().fragment({ offset: 181, identification: 9, next: 6 }).payload(PRINT)
      .build(),
    layout: [ETHERNET, { type: LayerType.IPv6, start: 14, limits: [[54, 40], [62, 48]] }],
    dataEnd: 67,
    message: PRINT,
  },
  {
    name: "Ethernet, 802.1Q, IPv4, TCP, print",
    bytes: ETHERNET_II.vlan({ priority: 1, id: 100 }).ipv4().tcp(PSH_ACK).payload(PRINT).build(),
    layout: [
      ETHERNET,
      { type: LayerType.VLAN, start: 14, limits: [[18, 4]] },
      { type: LayerType.IPv4, start: 18, limits: [[38, 20]] },
      { type: LayerType.TCP, start: 38, limits: [[58, 20]] },
    ],
    dataEnd: 63,
    message: PRINT,
  },
  {
    name: "Ethernet, IPv4, ICMP echo request",
    bytes: ETHERNET_II.ipv4().icmp({ identifier: 0x1234, sequence: 1 }).payload(PRINT).pad(60)
      .build(),
    layout: [
      ETHERNET,
      { type: LayerType.IPv4, start: 14, limits: [[34, 20]] },
      { type: LayerType.ICMP, start: 34, limits: [[38, 4], [42, 8]] },
    ],
    dataEnd: 47,
    message: PRINT,
  },
  {
    name: "Ethernet, IPv6, ICMPv6 echo request",
    bytes: ETHERNET_II.ipv6()
      .icmpv6({ identifier: 0x1234, sequence: 1, checksum: 0 }) // checksum not under test
      .payload(PRINT)
      .build(),
    layout: [
      ETHERNET,
      { type: LayerType.IPv6, start: 14, limits: [[54, 40]] },
      { type: LayerType.ICMPv6, start: 54, limits: [[58, 4], [62, 8]] },
    ],
    dataEnd: 67,
    message: PRINT,
  },
];

/** A fixture framed for another link type: the Ethernet header replaced by that link's. */
interface Variant {
  name: string;
  linkType: number;
  bytes: Uint8Array;
  layout: Layout[];
  dataEnd: number;
  message: number[];
}

function relink(fixture: Fixture, linkType: number): Variant | null {
  const etherType = (fixture.bytes[12]! << 8) | fixture.bytes[13]!;
  const rest = [...fixture.bytes.subarray(14)];
  const ip = etherType === 0x0800 || etherType === 0x86dd;
  let header: number[];
  let first: Layout | null;
  switch (linkType) {
    case LinkType.EN10MB:
      header = [...fixture.bytes.subarray(0, 14)];
      first = ETHERNET;
      break;
    case LinkType.IPV4:
    case LinkType.IPV6:
      if (etherType !== (linkType === LinkType.IPV4 ? 0x0800 : 0x86dd)) return null;
      header = [];
      first = null;
      break;
    case LinkType.NULL: // host order (little-endian here): AF_INET 2, AF_INET6 24 (BSD)
    case LinkType.LOOP: { // network order
      if (!ip) return null;
      const family = etherType === 0x0800 ? 2 : 24;
      const byteOrder = linkType === LinkType.NULL ? "little" : "big";
      header = [...craft().loopback({ family, byteOrder }).build()];
      first = { type: LayerType.Loopback, start: 0, limits: [[4, 4]] };
      break;
    }
    case LinkType.LINUX_SLL: // incoming, ARPHRD_ETHER, 6-byte address
      header = [...craft().linuxSll({ protocol: etherType }).build()];
      first = { type: LayerType.LinuxSLL, start: 0, limits: [[16, 16]] };
      break;
    case LinkType.LINUX_SLL2: // protocol, reserved, interface 2, ARPHRD_ETHER, outgoing, 6
      header = [
        ...craft().linuxSll2({ protocol: etherType, interfaceIndex: 2, packetType: 4 }).build(),
      ];
      first = { type: LayerType.LinuxSLL2, start: 0, limits: [[20, 20]] };
      break;
    default:
      return null;
  }
  const shift = header.length - 14;
  const layout = fixture.layout.slice(1).map((layer) => ({
    type: layer.type,
    start: layer.start + shift,
    limits: layer.limits.map(([length, needed]) => [length + shift, needed] as [number, number]),
  }));
  return {
    name: `${fixture.name} (link type ${linkType})`,
    linkType,
    bytes: new Uint8Array([...header, ...rest]),
    layout: first === null ? layout : [first, ...layout],
    dataEnd: fixture.dataEnd + shift,
    message: fixture.message,
  };
}

const LINK_TYPES = [
  LinkType.EN10MB,
  LinkType.IPV4,
  LinkType.IPV6,
  LinkType.NULL,
  LinkType.LOOP,
  LinkType.LINUX_SLL,
  LinkType.LINUX_SLL2,
];
const VARIANTS: Variant[] = FIXTURES.flatMap((fixture) =>
  LINK_TYPES.map((linkType) => relink(fixture, linkType)).filter((v) => v !== null)
);
const ETHERNET_VARIANTS = VARIANTS.filter((v) => v.linkType === LinkType.EN10MB);

function text(bytes: Uint8Array, start: number, end: number): string {
  return new TextDecoder().decode(bytes.subarray(start, end));
}

// ---------------------------------------------------------------------------------------------
// Whole frames

Deno.test("Decoder: Ethernet, IPv4, TCP with the message print", () => {
  const frame = FIXTURES[0]!.bytes;
  const decoder = new Decoder();
  assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.equal(decoder.status, DecodeStatus.Ok);
  assert.equal(decoder.layerCount, 3);
  assert.deepEqual([...decoder.layers.subarray(0, 3)], [
    LayerType.Ethernet,
    LayerType.IPv4,
    LayerType.TCP,
  ]);
  assert.ok(decoder.has(LayerType.Ethernet));
  assert.ok(decoder.has(LayerType.IPv4));
  assert.ok(decoder.has(LayerType.TCP));
  assert.ok(!decoder.has(LayerType.IPv6));
  assert.ok(!decoder.has(LayerType.Payload));
  assert.equal(decoder.network, decoder.ipv4);
  assert.equal(decoder.problemLayer, LayerType.None);
  assert.equal(decoder.undecodedLayer, LayerType.None);
  assert.equal(decoder.describeProblem(), "");
  assert.equal(decoder.ethernet.source, "02:00:00:00:00:01");
  assert.equal(decoder.ethernet.destination, "02:00:00:00:00:02");
  assert.equal(decoder.ipv4.source, "10.0.0.1");
  assert.equal(decoder.ipv4.destination, "10.0.0.2");
  assert.equal(decoder.ipv4.totalLength, 45);
  assert.equal(decoder.ipv4.offset, 14);
  assert.equal(decoder.tcp.offset, 34);
  assert.equal(decoder.tcp.sourcePort, 43210);
  assert.equal(decoder.tcp.destinationPort, 80);
  assert.equal(decoder.tcp.flags, 0x18);
  assert.equal(decoder.payloadOffset, 54);
  assert.equal(decoder.payloadEnd, 59);
  assert.equal(decoder.payloadLength, 5);
  assert.equal(text(frame, decoder.payloadOffset, decoder.payloadEnd), "print");
});

Deno.test("Decoder: Ethernet padding after the IP total length is not payload", () => {
  const frame = FIXTURES[1]!.bytes;
  assert.equal(frame.length, 64);
  const decoder = new Decoder();
  assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.equal(decoder.layerCount, 3);
  assert.equal(decoder.ipv4.end, 59);
  assert.equal(decoder.tcp.end, 59);
  assert.equal(decoder.payloadOffset, 54);
  assert.equal(decoder.payloadEnd, 59);
  assert.equal(text(frame, decoder.payloadOffset, decoder.payloadEnd), "print");
});

Deno.test("Decoder: IPv4 and TCP options move the payload", () => {
  const frame = FIXTURES[2]!.bytes;
  const decoder = new Decoder();
  assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.equal(decoder.ipv4.headerLength, 24);
  assert.equal(decoder.tcp.offset, 38);
  assert.equal(decoder.tcp.headerLength, 32);
  assert.equal(decoder.payloadOffset, 70);
  assert.equal(decoder.payloadEnd, 75);
  assert.equal(text(frame, decoder.payloadOffset, decoder.payloadEnd), "print");
});

Deno.test("Decoder: Ethernet, IPv6, TCP", () => {
  const frame = FIXTURES[3]!.bytes;
  const decoder = new Decoder();
  assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.equal(decoder.layerCount, 3);
  assert.deepEqual([...decoder.layers.subarray(0, 3)], [
    LayerType.Ethernet,
    LayerType.IPv6,
    LayerType.TCP,
  ]);
  assert.ok(decoder.has(LayerType.IPv6));
  assert.ok(!decoder.has(LayerType.IPv4));
  assert.equal(decoder.network, decoder.ipv6);
  assert.equal(decoder.ethernet.etherType, 0x86dd);
  assert.equal(decoder.ipv6.source, "2001:db8::1");
  assert.equal(decoder.ipv6.destination, "2001:db8::2");
  assert.equal(decoder.ipv6.payloadLength, 25);
  assert.equal(decoder.tcp.offset, 54);
  assert.equal(decoder.tcp.destinationPort, 80);
  assert.equal(decoder.payloadOffset, 74);
  assert.equal(decoder.payloadEnd, 79);
  assert.equal(text(frame, decoder.payloadOffset, decoder.payloadEnd), "print");
});

Deno.test("Decoder: IPv6 extension headers before TCP", () => {
  const frame = FIXTURES[4]!.bytes;
  const decoder = new Decoder();
  assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.equal(decoder.layerCount, 3);
  assert.equal(decoder.ipv6.extensionCount, 3);
  assert.equal(decoder.ipv6.headerLength, 72);
  assert.equal(decoder.ipv6.fragmentHeaderOffset, 78);
  assert.equal(decoder.tcp.offset, 86);
  assert.equal(decoder.tcp.sourcePort, 43210);
  assert.equal(text(frame, decoder.payloadOffset, decoder.payloadEnd), "print");
});

Deno.test("Decoder: ARP EtherType", () => {
  const frame = FIXTURES[5]!.bytes;
  const decoder = new Decoder();
  assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.equal(decoder.status, DecodeStatus.Ok);
  assert.equal(decoder.problemLayer, LayerType.None);
  assert.equal(decoder.ethernet.etherType, 0x0806);
  assert.equal(decoder.ethernet.nextLayer, LayerType.ARP);
  assert.equal(decoder.network, null);
  assert.ok(decoder.has(LayerType.ARP));
  assert.equal(decoder.layerCount, 2);
  assert.deepEqual([...decoder.layers.subarray(0, 2)], [LayerType.Ethernet, LayerType.ARP]);
  assert.equal(decoder.undecodedLayer, LayerType.None);
  assert.equal(decoder.arp.offset, 14);
  assert.equal(decoder.arp.opcode, 1);
  assert.equal(decoder.arp.senderProtocolAddress, "10.0.0.1");
  assert.equal(decoder.arp.targetProtocolAddress, "10.0.0.2");
  assert.equal(decoder.payloadOffset, 42);
  assert.equal(decoder.payloadEnd, 60); // the frame's padding
});

Deno.test("Decoder: UDP, and fragments stop after the IP layer", () => {
  const decoder = new Decoder();
  const udp = FIXTURES[6]!.bytes;
  assert.equal(decoder.decode(udp, udp.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.equal(decoder.layerCount, 3);
  assert.ok(decoder.has(LayerType.UDP));
  assert.equal(decoder.undecodedLayer, LayerType.None);
  assert.equal(decoder.udp.sourcePort, 54321);
  assert.equal(decoder.udp.destinationPort, 53);
  assert.equal(decoder.payloadOffset, 42);
  assert.equal(decoder.payloadEnd, 46);

  const v4Fragment = FIXTURES[7]!.bytes;
  assert.equal(decoder.decode(v4Fragment, v4Fragment.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.equal(decoder.layerCount, 2);
  assert.equal(decoder.ipv4.nextLayer, LayerType.Fragment);
  assert.equal(decoder.ipv4.fragmentOffset, 185);
  assert.equal(decoder.undecodedLayer, LayerType.None);
  assert.ok(!decoder.has(LayerType.TCP));
  assert.equal(text(v4Fragment, decoder.payloadOffset, decoder.payloadEnd), "print");

  const v6Fragment = FIXTURES[8]!.bytes;
  assert.equal(decoder.decode(v6Fragment, v6Fragment.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.equal(decoder.layerCount, 2);
  assert.equal(decoder.ipv6.nextLayer, LayerType.Fragment);
  assert.equal(decoder.ipv6.upperProtocol, 6);
  assert.ok(!decoder.has(LayerType.TCP));
  assert.equal(text(v6Fragment, decoder.payloadOffset, decoder.payloadEnd), "print");
});

Deno.test("Decoder: an unknown link type decodes no layer", () => {
  const frame = FIXTURES[0]!.bytes;
  const decoder = new Decoder();
  for (const linkType of [147, 105, 9999]) { // USER0, IEEE802_11, unassigned
    assert.equal(decoder.decode(frame, frame.length, linkType), DecodeStatus.Ok);
    assert.equal(decoder.layerCount, 0);
    assert.equal(decoder.status, DecodeStatus.Ok);
    assert.equal(decoder.problemLayer, LayerType.None);
    assert.equal(decoder.undecodedLayer, LayerType.None);
    assert.equal(decoder.network, null);
    assert.ok(!decoder.has(LayerType.Ethernet));
    assert.equal(decoder.payloadOffset, 0);
    assert.equal(decoder.payloadEnd, frame.length);
  }
});

Deno.test("Decoder: raw IP link types start at the IP header", () => {
  const decoder = new Decoder();
  const v4 = FIXTURES[0]!.bytes.subarray(14);
  for (const linkType of [LinkType.RAW, LinkType.LINKTYPE_RAW, LinkType.IPV4]) {
    assert.equal(decoder.decode(v4, v4.length, linkType), DecodeStatus.Ok);
    assert.deepEqual([...decoder.layers.subarray(0, decoder.layerCount)], [
      LayerType.IPv4,
      LayerType.TCP,
    ]);
    assert.equal(text(v4, decoder.payloadOffset, decoder.payloadEnd), "print");
  }
  const v6 = FIXTURES[3]!.bytes.subarray(14);
  assert.equal(decoder.decode(v6, v6.length, LinkType.RAW), DecodeStatus.Ok);
  assert.deepEqual([...decoder.layers.subarray(0, decoder.layerCount)], [
    LayerType.IPv6,
    LayerType.TCP,
  ]);
  assert.equal(decoder.decode(v6, 0, LinkType.RAW), DecodeStatus.Ok);
  assert.equal(decoder.layerCount, 0);
});

Deno.test("Decoder: captureLength limits the bytes read", () => {
  const frame = FIXTURES[0]!.bytes;
  const decoder = new Decoder();
  assert.equal(decoder.decode(frame, 40, LinkType.EN10MB), DecodeStatus.Truncated);
  assert.equal(decoder.problemLayer, LayerType.TCP);
  assert.equal(decoder.problemOffset, 34);
  assert.equal(decoder.problemNeeded, 20);
  assert.equal(decoder.problemAvailable, 6);
  assert.equal(decoder.describeProblem(), "truncated tcp: needs 20 bytes at offset 34, has 6");
  assert.equal(decoder.partialLayer, LayerType.TCP);
  assert.ok(!decoder.has(LayerType.TCP));
  // A captureLength past the array is held to the array.
  assert.equal(decoder.decode(frame, 1000, LinkType.EN10MB), DecodeStatus.Ok);
  assert.equal(decoder.payloadEnd, 59);
});

Deno.test("Decoder: malformed layers are described", () => {
  const decoder = new Decoder();
  const badVersion = FIXTURES[0]!.bytes.slice();
  badVersion[14] = 0x55;
  assert.equal(
    decoder.decode(badVersion, badVersion.length, LinkType.EN10MB),
    DecodeStatus.Malformed,
  );
  assert.equal(decoder.layerCount, 1);
  assert.equal(decoder.problemLayer, LayerType.IPv4);
  assert.equal(decoder.problemOffset, 14);
  assert.equal(decoder.network, null);
  assert.equal(decoder.describeProblem(), "malformed ip: bad version at offset 14");

  const badOffset = FIXTURES[0]!.bytes.slice();
  badOffset[46] = 0x40 | (badOffset[46]! & 0x0f);
  assert.equal(
    decoder.decode(badOffset, badOffset.length, LinkType.EN10MB),
    DecodeStatus.Malformed,
  );
  assert.equal(decoder.layerCount, 2);
  assert.equal(decoder.problemLayer, LayerType.TCP);
  assert.equal(decoder.problemOffset, 34);
  assert.equal(decoder.describeProblem(), "malformed tcp: bad data offset at offset 34");
  assert.equal(decoder.payloadOffset, 34);
  assert.equal(decoder.payloadEnd, 59);

  const badIhl = FIXTURES[0]!.bytes.slice();
  badIhl[14] = 0x43;
  assert.equal(decoder.decode(badIhl, badIhl.length, LinkType.EN10MB), DecodeStatus.Malformed);
  assert.equal(decoder.describeProblem(), "malformed ip: bad header length at offset 14");

  const badV6 = FIXTURES[3]!.bytes.slice();
  badV6[14] = 0x40;
  assert.equal(decoder.decode(badV6, badV6.length, LinkType.EN10MB), DecodeStatus.Malformed);
  assert.equal(decoder.describeProblem(), "malformed ipv6: bad version at offset 14");
});

Deno.test("Decoder: a reused decoder forgets the previous frame", () => {
  const decoder = new Decoder();
  const v6 = FIXTURES[3]!.bytes;
  const udp = FIXTURES[6]!.bytes;
  decoder.decode(v6.subarray(0, 60), 60, LinkType.EN10MB);
  assert.equal(decoder.status, DecodeStatus.Truncated);
  assert.ok(decoder.has(LayerType.IPv6));
  decoder.decode(udp, udp.length, LinkType.EN10MB);
  assert.equal(decoder.status, DecodeStatus.Ok);
  assert.equal(decoder.problemLayer, LayerType.None);
  assert.equal(decoder.layerCount, 3);
  assert.ok(!decoder.has(LayerType.IPv6));
  assert.ok(!decoder.has(LayerType.TCP));
  assert.ok(decoder.has(LayerType.UDP));
  decoder.decode(v6, v6.length, LinkType.EN10MB);
  assert.ok(!decoder.has(LayerType.UDP));
  assert.equal(decoder.layerCount, 3);
});

// ---------------------------------------------------------------------------------------------
// Every prefix

Deno.test("Decoder: every prefix of every frame, on every link type", () => {
  const decoder = new Decoder();
  const byType = layersByType(decoder);
  assert.ok(VARIANTS.length > 3 * FIXTURES.length);
  for (const fixture of VARIANTS) {
    for (let n = 0; n <= fixture.bytes.length; n++) {
      const where = `${fixture.name}, ${n} bytes`;
      const bytes = strict(fixture.bytes.slice(0, n));
      const status = decoder.decode(bytes, n, fixture.linkType);
      // What the layout says this prefix should give. A layer cut after its first limit (its
      // fixed fields) is still decoded; one cut before is only partial.
      let expected: { type: LayerType; start: number; needed: number; fixed: boolean } | null =
        null;
      const decoded: LayerType[] = [];
      for (const layer of fixture.layout) {
        const index = layer.limits.findIndex(([length]) => n < length);
        if (index >= 0) {
          expected = {
            type: layer.type,
            start: layer.start,
            needed: layer.limits[index]![1],
            fixed: index > 0,
          };
          if (expected.fixed) decoded.push(layer.type);
          break;
        }
        decoded.push(layer.type);
      }
      assert.equal(decoder.layerCount, decoded.length, where);
      assert.deepEqual([...decoder.layers.subarray(0, decoder.layerCount)], decoded, where);
      for (const type of decoded) assert.ok(decoder.has(type), where);
      if (expected === null) {
        assert.equal(status, DecodeStatus.Ok, where);
        assert.equal(decoder.problemLayer, LayerType.None, where);
        assert.equal(decoder.partialLayer, LayerType.None, where);
        assert.equal(decoder.undecodedLayer, LayerType.None, where);
        const last = fixture.layout[fixture.layout.length - 1]!;
        const headerEnd = last.limits[last.limits.length - 1]![0];
        assert.equal(decoder.payloadOffset, headerEnd, where);
        assert.equal(decoder.payloadEnd, Math.min(n, fixture.dataEnd), where);
        assert.deepEqual(
          [...fixture.bytes.subarray(decoder.payloadOffset, decoder.payloadEnd)],
          fixture.message.slice(0, Math.max(0, Math.min(n, fixture.dataEnd) - headerEnd)),
          where,
        );
      } else {
        assert.equal(status, DecodeStatus.Truncated, where);
        assert.equal(decoder.status, DecodeStatus.Truncated, where);
        assert.equal(decoder.problemLayer, expected.type, where);
        assert.equal(decoder.problemOffset, expected.start, where);
        assert.equal(decoder.problemNeeded, expected.needed, where);
        assert.equal(decoder.problemAvailable, n - expected.start, where);
        assert.equal(
          decoder.partialLayer,
          !expected.fixed && n > expected.start ? expected.type : LayerType.None,
          where,
        );
        assert.equal(decoder.payloadOffset, expected.fixed ? n : expected.start, where);
        assert.equal(decoder.payloadEnd, n, where);
        assert.match(
          decoder.describeProblem(),
          new RegExp(`^truncated ${LAYER_NAMES[expected.type]}: needs ${expected.needed} bytes `),
          where,
        );
      }
      readEveryField(decoder, byType, n, where);
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Random and mutated frames

/** Getters that may be undefined: TCP options that the segment does not carry. */
const MAY_BE_UNDEFINED = new Set([
  "mss",
  "windowScale",
  "timestampValue",
  "timestampEcho",
  "key",
  "mtu",
  "pointer",
]);
/** Getters that mean something only when another getter says so. */
const ONLY_WHEN: Record<string, string> = {
  "icmp.identifier": "hasIdentifier",
  "icmp.sequence": "hasIdentifier",
  "arp.senderHardwareAddress": "complete",
  "arp.senderProtocolAddress": "complete",
  "arp.targetHardwareAddress": "complete",
  "arp.targetProtocolAddress": "complete",
  "icmpv6.identifier": "isEcho",
  "icmpv6.sequence": "isEcho",
  "icmpv6.targetAddress": "hasTarget",
  "icmpv6.advertisementFlags": "hasTarget",
};

function getterNames(layer: object): string[] {
  const names: string[] = [];
  for (let proto = Object.getPrototypeOf(layer); proto !== Object.prototype;) {
    for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (descriptor.get !== undefined) names.push(name);
    }
    proto = Object.getPrototypeOf(proto);
  }
  return names;
}

const GETTERS = new Map<object, string[]>();

/** The layer object of each type a decoder holds. */
function layersByType(decoder: Decoder): Map<number, DecodingLayer> {
  const map = new Map<number, DecodingLayer>();
  // Every layer the registry makes, named field on the decoder or not (types are below 32).
  for (let type = 0; type < 32; type++) {
    const layer: DecodingLayer | undefined = decoder.layer(type as LayerType);
    if (layer !== undefined) map.set(type, layer);
  }
  return map;
}

function checkValue(value: unknown, what: string, where: string): void {
  const ok = typeof value === "number"
    ? Number.isInteger(value) &&
      (value >= 0 || (what.endsWith("fragmentHeaderOffset") && value === -1))
    : typeof value === "string"
    ? !value.includes("undefined") && !value.includes("NaN")
    : typeof value === "boolean";
  if (!ok) throw new Error(`${what} is ${value}: ${where}`);
}

/**
 * Reads every getter of every decoded layer, checking that none is undefined or NaN, and
 * checks the decoder's invariants.
 */
function readEveryField(
  decoder: Decoder,
  byType: Map<number, DecodingLayer>,
  captureLength: number,
  where: string,
): void {
  const { payloadOffset, payloadEnd } = decoder;
  if (!(payloadOffset <= payloadEnd && payloadEnd <= captureLength) || payloadOffset < 0) {
    throw new Error(`payload [${payloadOffset}, ${payloadEnd}) of ${captureLength}: ${where}`);
  }
  checkValue(decoder.payloadLength, "payloadLength", where);
  checkValue(decoder.describeProblem(), "describeProblem", where);
  checkValue(decoder.ipv4Checksum(), "ipv4Checksum", where);
  checkValue(decoder.transportChecksum(), "transportChecksum", where);
  if ((decoder.status === DecodeStatus.Ok) !== (decoder.problemLayer === LayerType.None)) {
    throw new Error(
      `status ${decoder.status} with problem layer ${decoder.problemLayer}: ${where}`,
    );
  }
  for (let i = 0; i < decoder.layerCount; i++) {
    const type = decoder.layers[i]!;
    const layer = byType.get(type);
    if (layer === undefined || !decoder.has(type as LayerType)) {
      throw new Error(`layer ${type} decoded but not held: ${where}`);
    }
    const name = LAYER_NAMES[type];
    // The last layer may be one cut short after its fixed fields.
    const whole = !(decoder.status === DecodeStatus.Truncated && i === decoder.layerCount - 1 &&
      decoder.problemLayer === type);
    if (layer.end > captureLength || (whole && layer.offset + layer.headerLength > layer.end)) {
      throw new Error(`${name} [${layer.offset} + ${layer.headerLength}, ${layer.end}): ${where}`);
    }
    let getters = GETTERS.get(layer);
    if (getters === undefined) GETTERS.set(layer, getters = getterNames(layer));
    const record = layer as unknown as Record<string, unknown>;
    for (const getter of getters) {
      const condition = ONLY_WHEN[`${name}.${getter}`];
      if (condition !== undefined && record[condition] !== true) continue;
      const value = record[getter];
      if (value === undefined && MAY_BE_UNDEFINED.has(getter)) continue;
      checkValue(value, `${name}.${getter}`, where);
    }
    if (type === LayerType.TCP) {
      const tcp = decoder.tcp;
      for (let block = 0; block < tcp.sackBlockCount; block++) {
        checkValue(tcp.sackLeft(block), "tcp.sackLeft", where);
        checkValue(tcp.sackRight(block), "tcp.sackRight", where);
      }
    } else if (type === LayerType.VLAN) {
      const vlan = decoder.vlan;
      for (let tag = 0; tag < vlan.count; tag++) {
        for (
          const value of [
            vlan.priority(tag),
            vlan.dropEligible(tag),
            vlan.id(tag),
            vlan.etherType(tag),
          ]
        ) {
          checkValue(value, "vlan tag", where);
        }
      }
    }
  }
}

const INTERESTING = [
  0x00,
  0x01,
  0x02,
  0x04,
  0x05,
  0x06,
  0x08,
  0x11,
  0x14,
  0x18,
  0x28,
  0x2b,
  0x2c,
  0x33,
  0x3a,
  0x3b,
  0x3c,
  0x40,
  0x41,
  0x45,
  0x46,
  0x4f,
  0x50,
  0x5f,
  0x60,
  0x7f,
  0x80,
  0x81,
  0x86,
  0x88,
  0xa8,
  0xdd,
  0xf0,
  0xfe,
  0xff,
];

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Runs `count` random or mutated frames through one decoder; `check` a strict view 1 in `strictEvery`. */
function fuzz(seed: number, count: number, strictEvery: number): void {
  const random = mulberry32(seed);
  const below = (n: number) => random() % n;
  const decoder = new Decoder();
  const byType = layersByType(decoder);
  const scratch = new Uint8Array(256);
  for (let i = 0; i < count; i++) {
    let length: number;
    let linkType: number = LinkType.EN10MB;
    const kind = below(10);
    if (kind === 0) {
      // Random bytes, usually announcing IPv4 or IPv6 so that decoding goes deeper.
      length = below(140);
      for (let j = 0; j < length; j++) scratch[j] = below(256);
      if (below(4) !== 0) {
        const v6 = below(2) === 0;
        scratch[12] = v6 ? 0x86 : 0x08;
        scratch[13] = v6 ? 0xdd : 0x00;
        scratch[14] = v6 ? 0x60 | below(16) : 0x40 | below(16);
      }
      if (below(8) === 0) linkType = LINK_TYPES[below(LINK_TYPES.length)]!;
    } else {
      // Mostly Ethernet; sometimes another link type's framing of the same packet.
      const pool = below(4) === 0 ? VARIANTS : ETHERNET_VARIANTS;
      const fixture = pool[below(pool.length)]!;
      linkType = fixture.linkType;
      const bytes = fixture.bytes;
      if (linkType === LinkType.IPV4 || linkType === LinkType.IPV6) {
        // Raw IP as DLT_RAW and LINKTYPE_RAW too, where the version picks the layer.
        linkType = [LinkType.RAW, LinkType.RAW_OPENBSD, LinkType.LINKTYPE_RAW, linkType][below(4)]!;
      } else if (linkType === LinkType.EN10MB && below(32) === 0) {
        linkType = below(300); // what a frame of some other link type would get
      }
      length = bytes.length;
      scratch.set(bytes);
      const mutations = below(5);
      for (let m = 0; m < mutations; m++) {
        // Mostly in the headers, where the decisions are.
        const position = below(2) === 0 ? below(Math.min(length, 90)) : below(length);
        scratch[position] = below(3) === 0 ? below(256) : INTERESTING[below(INTERESTING.length)]!;
      }
      const cut = below(4);
      if (cut === 0) length = below(length + 1);
      else if (cut === 1) {
        // Longer than the fixture: random trailing bytes.
        const extra = below(40);
        for (let j = 0; j < extra; j++) scratch[length + j] = below(256);
        length += extra;
      }
    }
    // A frame exactly as long as what was captured, so a read past it reads undefined.
    const view = scratch.slice(0, length);
    const bytes = strictEvery > 0 && i % strictEvery === 0 ? strict(view) : view;
    let where = "";
    try {
      decoder.decode(bytes, length, linkType);
      readEveryField(decoder, byType, length, "");
    } catch (error) {
      where = `seed ${seed}, frame ${i}, link type ${linkType}, bytes ${hex(view)}: ${error}`;
    }
    if (where !== "") assert.fail(where);
  }
}

Deno.test("Decoder: 200,000 random and mutated frames never throw or read out of bounds", () => {
  fuzz(0x5eed1234, 100_000, 10);
  fuzz(0xc0ffee, 100_000, 10);
});

// ---------------------------------------------------------------------------------------------
// IP in IP and ICMPv6 quotes: packets a second decoder decodes.

/** The layer types a decoder decoded, by name, outermost first. */
function layerNames(decoder: Decoder | null): string[] {
  if (decoder === null) return [];
  return [...decoder.layers.subarray(0, decoder.layerCount)].map((type) => LAYER_NAMES[type]!);
}

const TUNNEL_V4 = { source: [192, 0, 2, 1], destination: [192, 0, 2, 2] };
const TUNNEL_V6 = {
  source: [0x20, 0x01, 0x0d, 0xb8, ...new Array(11).fill(0), 0x0a],
  destination: [0x20, 0x01, 0x0d, 0xb8, ...new Array(11).fill(0), 0x0b],
};

Deno.test("Decoder: IP in IP, each version in each, carries its packet to the inner decoder", () => {
  const cases: [string, ReturnType<typeof craft>, string[], string[]][] = [
    ["4 in 4", craft().ethernet().ipv4(TUNNEL_V4).ipv4(), ["eth", "ip"], ["ip", "tcp"]],
    ["6 in 4", craft().ethernet().ipv4(TUNNEL_V4).ipv6(), ["eth", "ip"], ["ipv6", "tcp"]],
    ["4 in 6", craft().ethernet().ipv6(TUNNEL_V6).ipv4(), ["eth", "ipv6"], ["ip", "tcp"]],
    ["6 in 6", craft().ethernet().ipv6(TUNNEL_V6).ipv6(), ["eth", "ipv6"], ["ipv6", "tcp"]],
  ];
  const decoder = new Decoder();
  for (const [name, outer, layers, inner] of cases) {
    const frame = outer.tcp(PSH_ACK).payload(PRINT).build();
    assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok, name);
    assert.deepEqual(layerNames(decoder), layers, name);
    assert.equal(decoder.has(LayerType.TCP), false, name);
    assert.deepEqual(layerNames(decoder.inner), inner, name);
    const carried = decoder.inner!;
    assert.equal(carried.status, DecodeStatus.Ok, name);
    // The carried header's addresses, not the tunnel's: what the TCP streams are keyed on.
    assert.ok(/^(10\.0\.0\.1|2001:db8::1)$/.test(carried.network!.source), name);
    assert.equal(carried.tcp.destinationPort, 80, name);
    assert.deepEqual([...frame.subarray(carried.payloadOffset, carried.payloadEnd)], PRINT, name);
  }
  // The same decoder, given a plain frame next, has no inner packet left.
  const plain = craft().ethernet().ipv4().tcp(PSH_ACK).build();
  decoder.decode(plain, plain.length, LinkType.EN10MB);
  assert.equal(decoder.inner, null);
  assert.deepEqual(layerNames(decoder), ["eth", "ip", "tcp"]);
});

Deno.test("Decoder: IP in IP cut short, and nested deeper than the tunnel limit", () => {
  const frame = craft().ethernet().ipv4(TUNNEL_V4).ipv4().tcp(PSH_ACK).build();
  const decoder = new Decoder();
  // The carried IPv4 header cut after 10 bytes: the outer packet is whole, the inner is not.
  decoder.decode(frame, 14 + 20 + 10, LinkType.EN10MB);
  assert.equal(decoder.status, DecodeStatus.Ok);
  assert.equal(decoder.inner!.status, DecodeStatus.Truncated);
  assert.equal(decoder.inner!.problemLayer, LayerType.IPv4);
  assert.deepEqual(layerNames(decoder.inner), []);
  // Five IPv4 headers: three tunnels are decoded, the packet under the last is left alone.
  const deep = craft().ethernet().ipv4().ipv4().ipv4().ipv4().ipv4().tcp().build();
  decoder.decode(deep, deep.length, LinkType.EN10MB);
  let depth = 0;
  let last: Decoder = decoder;
  for (let d = decoder.inner; d !== null; d = d.inner) depth++, last = d;
  assert.equal(depth, 3);
  assert.deepEqual(layerNames(last), ["ip"]);
  assert.equal(last.has(LayerType.TCP), false);
});

Deno.test("Decoder: an ICMPv6 error's quoted packet is decoded as IPv6", () => {
  const quotedTcp = craft().ipv6({ source: TUNNEL_V6.destination, destination: TUNNEL_V6.source })
    .tcp({ sourcePort: 41002, destinationPort: 7002, flags: TcpFlag.SYN });
  const decoder = new Decoder();
  for (const type of [1, 2, 3, 4]) {
    const frame = craft().ethernet().ipv6(TUNNEL_V6)
      .icmpv6({ type, code: type === 1 ? 4 : 0, rest: [0, 0, 0x05, 0x00] }).append(quotedTcp)
      .build();
    decoder.decode(frame, frame.length, LinkType.EN10MB);
    assert.deepEqual(layerNames(decoder), ["eth", "ipv6", "icmpv6"], `type ${type}`);
    assert.deepEqual(layerNames(decoder.quoted), ["ipv6", "tcp"], `type ${type}`);
    assert.equal(decoder.quoted!.tcp.sourcePort, 41002);
    assert.equal(decoder.quoted!.ipv6.destination, "2001:db8::a");
    assert.equal(decoder.icmpv6.mtu, type === 2 ? 0x500 : undefined);
    assert.equal(decoder.icmpv6.pointer, type === 4 ? 0x500 : undefined);
  }
  // A UDP datagram quoted whole, and a TCP header cut after its ports.
  const quotedUdp = craft().ipv6().udp({ destinationPort: 7009 }).payload(DNS_DATA);
  let frame = craft().ethernet().ipv6().icmpv6({ type: 1, code: 4, rest: [0, 0, 0, 0] })
    .append(quotedUdp).build();
  decoder.decode(frame, frame.length, LinkType.EN10MB);
  assert.deepEqual(layerNames(decoder.quoted), ["ipv6", "udp"]);
  assert.equal(decoder.quoted!.udp.destinationPort, 7009);
  frame = craft().ethernet().ipv6().icmpv6({ type: 1, code: 4, rest: [0, 0, 0, 0] })
    .append(quotedTcp).build();
  decoder.decode(frame, frame.length - 12, LinkType.EN10MB);
  assert.equal(decoder.status, DecodeStatus.Ok);
  assert.deepEqual(layerNames(decoder.quoted), ["ipv6"]);
  assert.equal(decoder.quoted!.partialLayer, LayerType.TCP);
  // Informational messages quote nothing, nor does an error with nothing after its 8 bytes.
  for (
    const built of [
      craft().ethernet().ipv6().icmpv6().payload(PRINT),
      craft().ethernet().ipv6().icmpv6({ type: 1, rest: [0, 0, 0, 0] }),
    ]
  ) {
    frame = built.build();
    decoder.decode(frame, frame.length, LinkType.EN10MB);
    assert.equal(decoder.quoted, null);
  }
});
