import assert from "node:assert/strict";
import { DecodeStatus, LayerType } from "./layer.ts";
import { Geneve, Gre, TunnelPort, Vxlan } from "./tunnel.ts";
import { be16, be32, craft, strict } from "../tests/_frames.ts";

/** GRE flag bits (RFC 2784/2890, and PPTP's acknowledgment bit). */
const C = 0x8000;
const R = 0x4000;
const K = 0x2000;
const S = 0x1000;
const A = 0x0080;

/** The start of an IPv4 header, for what tunnels carry. */
const INNER_IPV4 = [0x45, 0x00, 0x00, 0x54, 0x12, 0x34, 0x40, 0x00, 0x40, 0x01];

/** Checksum 0x4e5c, offset 0, key 0x0000abcd, sequence 7, then IPv4. */
const GRE_CKS = new Uint8Array([
  ...be16(C | K | S),
  ...be16(0x0800),
  0x4e,
  0x5c,
  0,
  0,
  ...be32(0xabcd),
  ...be32(7),
  ...INNER_IPV4,
]);

/** ERSPAN type II's 8 bytes: version 1, VLAN 10, COS 0, session 42, index 0. */
const ERSPAN_II = [0x10, 0x0a, 0x00, 0x2a, 0, 0, 0, 0];

/** ERSPAN type III's 12 bytes: version 2, session 42, timestamp, and the O flag as given. */
function erspan3(platform: boolean): number[] {
  return [0x20, 0x0a, 0x00, 0x2a, ...be32(0x5f5e100), 0, 0, 0, platform ? 0x01 : 0x00];
}

/** The Ethernet header a tunnel carries, before an IPv4 packet. */
const INNER_ETHERNET = [
  ...craft()
    .ethernet({
      destination: [0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e],
      source: [0x52, 0x54, 0, 0x12, 0x34, 0x56],
      etherType: 0x0800,
    })
    .build(),
];

Deno.test("Gre: version 0 with checksum, key and sequence, every field", () => {
  const gre = new Gre();
  assert.equal(gre.decode(GRE_CKS, 0, GRE_CKS.length), DecodeStatus.Ok);
  assert.equal(gre.type, LayerType.GRE);
  assert.equal(gre.bytes, GRE_CKS);
  assert.equal(gre.offset, 0);
  assert.equal(gre.headerLength, 16);
  assert.equal(gre.end, GRE_CKS.length);
  assert.equal(gre.nextLayer, LayerType.None);
  assert.equal(gre.innerLayer, LayerType.IPv4);
  assert.equal(gre.version, 0);
  assert.equal(gre.protocolType, 0x0800);
  assert.equal(gre.key, 0xabcd);
  assert.equal(GRE_CKS[gre.headerLength], 0x45);
});

Deno.test("Gre: each optional field moves the key and the header length", () => {
  const gre = new Gre();
  const cases: [number, number, number | undefined][] = [
    // flags, header length, key
    [0, 4, undefined],
    [C, 8, undefined],
    [R, 8, undefined], // the routing bit brings the checksum/offset word too
    [C | R, 8, undefined],
    [K, 8, 0xdeadbeef],
    [S, 8, undefined],
    [C | K, 12, 0xdeadbeef],
    [K | S, 12, 0xdeadbeef],
    [C | S, 12, undefined],
    [C | K | S, 16, 0xdeadbeef],
  ];
  for (const [flags, length, key] of cases) {
    const words: number[] = [];
    if (flags & (C | R)) words.push(0x1111, 0);
    if (flags & K) words.push(0xdead, 0xbeef);
    if (flags & S) words.push(0, 9);
    const bytes = new Uint8Array([
      ...be16(flags),
      ...be16(0x86dd),
      ...words.flatMap(be16),
      0x60,
      0,
      0,
      0,
    ]);
    const where = `flags 0x${flags.toString(16)}`;
    assert.equal(gre.decode(bytes, 0, bytes.length), DecodeStatus.Ok, where);
    assert.equal(gre.headerLength, length, where);
    assert.equal(gre.key, key, where);
    assert.equal(gre.version, 0);
    assert.equal(gre.innerLayer, LayerType.IPv6, where);
    assert.equal(bytes[gre.headerLength], 0x60, where);
  }
});

Deno.test("Gre: the protocol type names the carried layer", () => {
  const gre = new Gre();
  const cases: [number, LayerType][] = [
    [0x0800, LayerType.IPv4],
    [0x86dd, LayerType.IPv6],
    [0x6558, LayerType.Ethernet], // transparent Ethernet bridging
    [0x8847, LayerType.None], // MPLS
    [0x880b, LayerType.None], // PPP
    [0x0806, LayerType.None], // ARP is not carried bare here
    [0x0000, LayerType.None],
  ];
  for (const [protocol, layer] of cases) {
    const bytes = new Uint8Array([...be16(K), ...be16(protocol), ...be32(1), ...INNER_IPV4]);
    assert.equal(gre.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(gre.protocolType, protocol);
    assert.equal(gre.innerLayer, layer, `protocol 0x${protocol.toString(16)}`);
    assert.equal(gre.headerLength, 8);
    assert.equal(gre.key, 1);
  }
});

Deno.test("Gre: version 1 (PPTP) always has its key", () => {
  const gre = new Gre();
  // K and S set, version 1, PPP: payload length 0x0034, call id 0x4001, sequence 5.
  let bytes = new Uint8Array([
    ...be16(K | S | 1),
    ...be16(0x880b),
    0x00,
    0x34,
    0x40,
    0x01,
    ...be32(5),
    0xff,
    0x03,
  ]);
  assert.deepEqual([...bytes.subarray(0, 4)], [0x30, 0x01, 0x88, 0x0b]);
  assert.equal(gre.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(gre.version, 1);
  assert.equal(gre.protocolType, 0x880b);
  assert.equal(gre.headerLength, 12);
  assert.equal(gre.key, 0x00344001);
  assert.equal(gre.innerLayer, LayerType.None);
  // With an acknowledgment number too.
  bytes = new Uint8Array([
    ...be16(K | S | A | 1),
    ...be16(0x880b),
    0x00,
    0x34,
    0x40,
    0x01,
    ...be32(5),
    ...be32(4),
  ]);
  assert.equal(gre.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(gre.headerLength, 16);
  assert.equal(gre.key, 0x00344001);
  // Acknowledgment only (no data: no sequence number).
  bytes = new Uint8Array([...be16(K | A | 1), ...be16(0x880b), 0, 0, 0x40, 0x01, ...be32(4)]);
  assert.equal(gre.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(gre.headerLength, 12);
  // Version 1 never carries IP by its protocol type alone.
  bytes = new Uint8Array([...be16(K | 1), ...be16(0x0800), 0, 0, 0, 1, ...INNER_IPV4]);
  assert.equal(gre.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(gre.headerLength, 8);
  assert.equal(gre.innerLayer, LayerType.None);
  // Nor do versions 2 to 7.
  bytes = new Uint8Array([...be16(2), ...be16(0x0800), ...INNER_IPV4]);
  assert.equal(gre.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(gre.version, 2);
  assert.equal(gre.innerLayer, LayerType.None);
  assert.equal(gre.key, undefined);
});

Deno.test("Gre: ERSPAN type I, no sequence bit: Ethernet right after 4 bytes", () => {
  const bytes = new Uint8Array([...be16(0), ...be16(0x88be), ...INNER_ETHERNET]);
  const gre = new Gre();
  assert.equal(gre.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(gre.protocolType, 0x88be);
  assert.equal(gre.headerLength, 4);
  assert.equal(gre.innerLayer, LayerType.Ethernet);
  assert.equal(gre.key, undefined);
  assert.equal(bytes[gre.headerLength], 0x00);
  assert.equal(bytes[gre.headerLength + 12], 0x08);
});

Deno.test("Gre: ERSPAN type II, sequence bit: 4 + 4 + 8 bytes", () => {
  const bytes = new Uint8Array([
    ...be16(S),
    ...be16(0x88be),
    ...be32(0x100),
    ...ERSPAN_II,
    ...INNER_ETHERNET,
  ]);
  const gre = new Gre();
  assert.equal(gre.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(gre.headerLength, 16);
  assert.equal(gre.innerLayer, LayerType.Ethernet);
  assert.equal(gre.key, undefined);
  assert.deepEqual([...bytes.subarray(16, 30)], INNER_ETHERNET);
  // With a key as well: 4 + 4 + 4 + 8.
  const keyed = new Uint8Array([
    ...be16(K | S),
    ...be16(0x88be),
    ...be32(99),
    ...be32(0x100),
    ...ERSPAN_II,
    ...INNER_ETHERNET,
  ]);
  assert.equal(gre.decode(keyed, 0, keyed.length), DecodeStatus.Ok);
  assert.equal(gre.headerLength, 20);
  assert.equal(gre.key, 99);
  assert.equal(gre.innerLayer, LayerType.Ethernet);
  // Cut inside the ERSPAN header: truncated, nothing carried.
  for (let n = 8; n < 16; n++) {
    assert.equal(gre.decode(strict(bytes.slice(0, n)), 0, n), DecodeStatus.Truncated);
    assert.equal(gre.needed, 16);
    assert.equal(gre.innerLayer, LayerType.None);
  }
});

Deno.test("Gre: ERSPAN type III, 12 more bytes, 8 more with the O flag", () => {
  const gre = new Gre();
  const plain = new Uint8Array([
    ...be16(S),
    ...be16(0x22eb),
    ...be32(0x200),
    ...erspan3(false),
    ...INNER_ETHERNET,
  ]);
  assert.equal(gre.decode(plain, 0, plain.length), DecodeStatus.Ok);
  assert.equal(gre.protocolType, 0x22eb);
  assert.equal(gre.headerLength, 20);
  assert.equal(gre.innerLayer, LayerType.Ethernet);
  assert.deepEqual([...plain.subarray(20, 34)], INNER_ETHERNET);

  const platform = [0x0c, 0, 0, 0, 0, 0, 0, 1]; // platform-specific subheader
  const withO = new Uint8Array([
    ...be16(S),
    ...be16(0x22eb),
    ...be32(0x200),
    ...erspan3(true),
    ...platform,
    ...INNER_ETHERNET,
  ]);
  assert.equal(gre.decode(withO, 0, withO.length), DecodeStatus.Ok);
  assert.equal(gre.headerLength, 28);
  assert.equal(gre.innerLayer, LayerType.Ethernet);
  assert.deepEqual([...withO.subarray(28, 42)], INNER_ETHERNET);

  // Every prefix: before the O flag is captured the header is taken to be 20 bytes.
  for (let n = 0; n < 28; n++) {
    const where = `${n} bytes`;
    const status = gre.decode(strict(withO.slice(0, n)), 0, n);
    assert.equal(status, DecodeStatus.Truncated, where);
    assert.equal(gre.innerLayer, LayerType.None, where);
    assert.equal(gre.needed, n < 4 ? 4 : n < 20 ? 20 : 28, where);
  }
  assert.equal(gre.decode(strict(withO.slice(0, 28)), 0, 28), DecodeStatus.Ok);
  assert.equal(gre.headerLength, 28);
  assert.equal(gre.innerLayer, LayerType.Ethernet);
});

Deno.test("Gre: every prefix of a header with checksum, key and sequence", () => {
  const gre = new Gre();
  for (let n = 0; n <= GRE_CKS.length; n++) {
    const where = `${n} bytes`;
    const status = gre.decode(strict(GRE_CKS.slice(0, n)), 0, n);
    assert.equal(gre.end, n, where);
    if (n < 4) {
      assert.equal(status, DecodeStatus.Truncated, where);
      assert.equal(gre.needed, 4, where);
      assert.equal(gre.innerLayer, LayerType.None, where);
    } else if (n < 16) {
      assert.equal(status, DecodeStatus.Truncated, where);
      assert.equal(gre.needed, 16, where);
      assert.equal(gre.headerLength, 16, where);
      assert.equal(gre.innerLayer, LayerType.None, where);
      assert.equal(gre.protocolType, 0x0800);
    } else {
      assert.equal(status, DecodeStatus.Ok, where);
      assert.equal(gre.headerLength, 16);
      assert.equal(gre.key, 0xabcd);
      assert.equal(gre.innerLayer, LayerType.IPv4);
    }
  }
});

Deno.test("Gre: a reused layer forgets the key and the carried layer", () => {
  const gre = new Gre();
  assert.equal(gre.decode(GRE_CKS, 0, GRE_CKS.length), DecodeStatus.Ok);
  assert.equal(gre.key, 0xabcd);
  const plain = new Uint8Array([0, 0, 0x65, 0x58, ...INNER_ETHERNET]);
  assert.equal(gre.decode(plain, 0, plain.length), DecodeStatus.Ok);
  assert.equal(gre.key, undefined);
  assert.equal(gre.headerLength, 4);
  assert.equal(gre.innerLayer, LayerType.Ethernet);
  assert.equal(gre.decode(plain, 0, 3), DecodeStatus.Truncated);
  assert.equal(gre.innerLayer, LayerType.None);
  assert.equal(gre.key, undefined);
});

Deno.test("Vxlan: flags and network identifier, then Ethernet", () => {
  assert.equal(TunnelPort.VXLAN, 4789);
  // I flag, VNI 0x123456, the reserved bytes set to see that they are ignored.
  const bytes = new Uint8Array([0x08, 0xaa, 0xbb, 0xcc, 0x12, 0x34, 0x56, 0xff, ...INNER_ETHERNET]);
  const frame = new Uint8Array(42 + bytes.length);
  frame.set(bytes, 42);
  const vxlan = new Vxlan();
  assert.equal(vxlan.decode(frame, 42, frame.length), DecodeStatus.Ok);
  assert.equal(vxlan.type, LayerType.VXLAN);
  assert.equal(vxlan.bytes, frame);
  assert.equal(vxlan.offset, 42);
  assert.equal(vxlan.headerLength, 8);
  assert.equal(vxlan.end, frame.length);
  assert.equal(vxlan.nextLayer, LayerType.None);
  assert.equal(vxlan.innerLayer, LayerType.Ethernet);
  assert.equal(vxlan.flags, 0x08);
  assert.equal(vxlan.vni, 0x123456);
  // The largest VNI.
  const max = new Uint8Array([0x08, 0, 0, 0, 0xff, 0xff, 0xff, 0x00]);
  assert.equal(vxlan.decode(max, 0, max.length), DecodeStatus.Ok);
  assert.equal(vxlan.vni, 0xffffff);
  for (let n = 0; n < 8; n++) {
    assert.equal(vxlan.decode(strict(max.slice(0, n)), 0, n), DecodeStatus.Truncated);
    assert.equal(vxlan.needed, 8);
    assert.equal(vxlan.innerLayer, LayerType.None);
    assert.equal(vxlan.end, n);
  }
});

Deno.test("Geneve: options length, protocol type and VNI", () => {
  assert.equal(TunnelPort.Geneve, 6081);
  // Version 0, 2 words (8 bytes) of options, O and C clear, Ethernet, VNI 0x00abcd.
  const option = [0x01, 0x02, 0x80, 0x01, 0xde, 0xad, 0xbe, 0xef];
  const bytes = new Uint8Array([
    0x02,
    0x00,
    0x65,
    0x58,
    0x00,
    0xab,
    0xcd,
    0x00,
    ...option,
    ...INNER_ETHERNET,
  ]);
  const geneve = new Geneve();
  assert.equal(geneve.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(geneve.type, LayerType.Geneve);
  assert.equal(geneve.offset, 0);
  assert.equal(geneve.headerLength, 16);
  assert.equal(geneve.end, bytes.length);
  assert.equal(geneve.nextLayer, LayerType.None);
  assert.equal(geneve.innerLayer, LayerType.Ethernet);
  assert.equal(geneve.protocolType, 0x6558);
  assert.equal(geneve.vni, 0xabcd);
  assert.deepEqual([...bytes.subarray(16, 30)], INNER_ETHERNET);
  // No options, IPv4 and IPv6 carried directly, and an unknown protocol.
  for (
    const [protocol, layer] of [[0x0800, LayerType.IPv4], [0x86dd, LayerType.IPv6], [
      0x8847,
      LayerType.None,
    ]] as const
  ) {
    const plain = new Uint8Array([0x00, 0x00, ...be16(protocol), 0, 0, 7, 0, ...INNER_IPV4]);
    assert.equal(geneve.decode(plain, 0, plain.length), DecodeStatus.Ok);
    assert.equal(geneve.headerLength, 8);
    assert.equal(geneve.innerLayer, layer);
    assert.equal(geneve.vni, 7);
  }
  // The O and C bits are not part of the length.
  const flagged = new Uint8Array([0x01, 0xc0, 0x65, 0x58, 0, 0, 1, 0, 0, 0, 0, 0]);
  assert.equal(geneve.decode(flagged, 0, flagged.length), DecodeStatus.Ok);
  assert.equal(geneve.headerLength, 12);
  // The largest options length: 63 words.
  const big = new Uint8Array(8 + 252 + 14);
  big.set([0x3f, 0x00, 0x65, 0x58]);
  assert.equal(geneve.decode(big, 0, 259), DecodeStatus.Truncated);
  assert.equal(geneve.needed, 260);
  assert.equal(geneve.decode(big, 0, big.length), DecodeStatus.Ok);
  assert.equal(geneve.headerLength, 260);
});

Deno.test("Geneve: a version other than 0 is malformed", () => {
  const geneve = new Geneve();
  for (const first of [0x40, 0x80, 0xc0, 0x42]) {
    const bytes = new Uint8Array([first, 0x00, 0x65, 0x58, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert.equal(geneve.decode(bytes, 0, bytes.length), DecodeStatus.Malformed);
    assert.equal(geneve.invalidField, "version");
    assert.equal(geneve.innerLayer, LayerType.None);
  }
});

Deno.test("Geneve: every prefix of a header with options", () => {
  const bytes = new Uint8Array([
    0x02,
    0x00,
    0x65,
    0x58,
    0x00,
    0xab,
    0xcd,
    0x00,
    1,
    2,
    0x80,
    1,
    0,
    0,
    0,
    0,
  ]);
  const geneve = new Geneve();
  for (let n = 0; n <= bytes.length; n++) {
    const where = `${n} bytes`;
    const status = geneve.decode(strict(bytes.slice(0, n)), 0, n);
    assert.equal(geneve.end, n, where);
    if (n < 8) {
      assert.equal(status, DecodeStatus.Truncated, where);
      assert.equal(geneve.needed, 8, where);
      assert.equal(geneve.headerLength, 8, where);
      assert.equal(geneve.innerLayer, LayerType.None, where);
    } else if (n < 16) {
      assert.equal(status, DecodeStatus.Truncated, where);
      assert.equal(geneve.needed, 16, where);
      assert.equal(geneve.headerLength, 16, where);
      assert.equal(geneve.innerLayer, LayerType.None, where);
    } else {
      assert.equal(status, DecodeStatus.Ok, where);
      assert.equal(geneve.innerLayer, LayerType.Ethernet);
      assert.equal(geneve.vni, 0xabcd);
    }
  }
});
