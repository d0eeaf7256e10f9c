import assert from "node:assert/strict";
import { IPv6 } from "./ipv6.ts";
import { DecodeStatus, LayerType } from "./layer.ts";

// 2001:db8::1 and 2001:db8::2
const SOURCE = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01];
const DESTINATION = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02];

/**
 * A fixed header: traffic class 0xb8 (EF), flow label 0x12345, so the first word is 0x6b812345.
 * `rest` is everything after it (extension headers, TCP, payload).
 */
function packet(nextHeader: number, rest: number[], payloadLength = rest.length): Uint8Array {
  return new Uint8Array([
    0x6b,
    0x81,
    0x23,
    0x45,
    payloadLength >> 8,
    payloadLength & 0xff,
    nextHeader,
    64,
    ...SOURCE,
    ...DESTINATION,
    ...rest,
  ]);
}

/** A TCP SYN from port 50000 to 443, no options. */
const TCP_SYN = [
  0xc3,
  0x50,
  0x01,
  0xbb,
  0,
  0,
  0,
  1,
  0,
  0,
  0,
  0,
  0x50,
  0x02,
  0xff,
  0xff,
  0,
  0,
  0,
  0,
];

// Hop-by-hop (8 bytes, next: destination options): Router Alert (5, 2, 0, 0) and PadN (1, 0).
const HOP_BY_HOP = [60, 0, 5, 2, 0, 0, 1, 0];
// Destination options (16 bytes, hdr ext len 1, next: fragment): PadN of 12 bytes.
const DEST_OPTS = [44, 1, 1, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/** A fragment header, next: TCP. `offset` in 8-byte units. */
function fragment(offset: number, more: boolean, next = 6): number[] {
  const word = (offset << 3) | (more ? 1 : 0);
  return [next, 0, word >> 8, word & 0xff, 0xde, 0xad, 0xbe, 0xef];
}

Deno.test("IPv6: fixed header, every field", () => {
  const bytes = packet(6, TCP_SYN);
  const ip = new IPv6();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.type, LayerType.IPv6);
  assert.equal(ip.offset, 0);
  assert.equal(ip.headerLength, 40);
  assert.equal(ip.end, 60);
  assert.equal(ip.nextLayer, LayerType.TCP);
  assert.equal(ip.version, 6);
  assert.equal(ip.trafficClass, 0xb8);
  assert.equal(ip.flowLabel, 0x12345);
  assert.equal(ip.payloadLength, 20);
  assert.equal(ip.nextHeader, 6);
  assert.equal(ip.hopLimit, 64);
  assert.equal(ip.source, "2001:db8::1");
  assert.equal(ip.destination, "2001:db8::2");
  assert.equal(ip.upperProtocol, 6);
  assert.equal(ip.extensionCount, 0);
  assert.equal(ip.fragmentHeaderOffset, -1);
  assert.equal(ip.payloadTruncated, false);
});

Deno.test("IPv6: traffic class and flow label bits do not mix", () => {
  const bytes = packet(17, [0, 0, 0, 0, 0, 0, 0, 0]);
  bytes.set([0x60, 0x0f, 0xff, 0xff]); // TC 0, flow label all ones
  const ip = new IPv6();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.trafficClass, 0);
  assert.equal(ip.flowLabel, 0xfffff);
  bytes.set([0x6f, 0xf0, 0x00, 0x00]); // TC 0xff, flow label 0
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.trafficClass, 0xff);
  assert.equal(ip.flowLabel, 0);
  assert.equal(ip.nextLayer, LayerType.UDP);
});

Deno.test("IPv6: hop-by-hop, destination options and fragment headers", () => {
  const rest = [...HOP_BY_HOP, ...DEST_OPTS, ...fragment(0, true), ...TCP_SYN];
  const bytes = packet(0, rest);
  const ip = new IPv6();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.nextHeader, 0);
  assert.equal(ip.payloadLength, 52);
  assert.equal(ip.headerLength, 40 + 8 + 16 + 8);
  assert.equal(ip.extensionCount, 3);
  assert.equal(ip.fragmentHeaderOffset, 64);
  assert.equal(ip.upperProtocol, 6);
  assert.equal(ip.nextLayer, LayerType.TCP); // offset 0: the first fragment has the TCP header
  assert.equal(ip.end, 92);
  assert.equal(bytes[ip.offset + ip.headerLength], 0xc3); // TCP source port follows
});

Deno.test("IPv6: extension headers at an offset (after Ethernet)", () => {
  const rest = [...HOP_BY_HOP, ...DEST_OPTS, ...fragment(0, false), ...TCP_SYN];
  const frame = new Uint8Array(14 + 40 + rest.length + 6); // 6 bytes of trailer
  frame.set([0x86, 0xdd], 12);
  frame.set(packet(0, rest), 14);
  const ip = new IPv6();
  assert.equal(ip.decode(frame, 14, frame.length), DecodeStatus.Ok);
  assert.equal(ip.offset, 14);
  assert.equal(ip.headerLength, 72);
  assert.equal(ip.fragmentHeaderOffset, 14 + 64);
  assert.equal(ip.end, 14 + 40 + 52); // the trailer is not payload
  assert.equal(ip.nextLayer, LayerType.TCP);
  assert.equal(ip.source, "2001:db8::1");
  assert.equal(ip.destination, "2001:db8::2");
});

Deno.test("IPv6: a non-first fragment leads to Fragment", () => {
  const ip = new IPv6();
  // Offset 1448 bytes = 181 units, more fragments.
  let bytes = packet(44, [...fragment(181, true), 0x41, 0x42, 0x43, 0x44]);
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.extensionCount, 1);
  assert.equal(ip.fragmentHeaderOffset, 40);
  assert.equal(ip.headerLength, 48);
  assert.equal(ip.upperProtocol, 6);
  assert.equal(ip.nextLayer, LayerType.Fragment);
  // The last fragment (M clear), after hop-by-hop and destination options.
  bytes = packet(0, [...HOP_BY_HOP, ...DEST_OPTS, ...fragment(1, false), 1, 2, 3]);
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.fragmentHeaderOffset, 64);
  assert.equal(ip.headerLength, 72);
  assert.equal(ip.nextLayer, LayerType.Fragment);
  // The largest offset.
  bytes = packet(44, fragment(0x1fff, false));
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.nextLayer, LayerType.Fragment);
  // Only the M bit (and reserved bits) set: still the first fragment.
  bytes = packet(44, [6, 0, 0x00, 0x07, 0, 0, 0, 1]);
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.nextLayer, LayerType.TCP);
});

Deno.test("IPv6: routing header and AH", () => {
  // Routing (43): next AH, hdr ext len 2 = 24 bytes (type 4, one segment).
  const routing = [51, 2, 4, 0, 0, 0, 0, 0, ...DESTINATION];
  // AH (51): next UDP, payload len 4 = (4 + 2) * 4 = 24 bytes.
  const ah = [17, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 7, ...new Array(12).fill(0xaa)];
  const udp = [0x00, 0x35, 0xd4, 0x31, 0, 8, 0, 0];
  const bytes = packet(43, [...routing, ...ah, ...udp]);
  const ip = new IPv6();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.extensionCount, 2);
  assert.equal(ip.headerLength, 40 + 24 + 24);
  assert.equal(ip.fragmentHeaderOffset, -1);
  assert.equal(ip.upperProtocol, 17);
  assert.equal(ip.nextLayer, LayerType.UDP);
  // Cut inside the AH: it needs 24 bytes from where it starts.
  assert.equal(ip.decode(bytes, 0, 40 + 24 + 23), DecodeStatus.Truncated);
  assert.equal(ip.needed, 40 + 24 + 24);
  assert.equal(ip.upperProtocol, 51);
});

Deno.test("IPv6: upper protocols", () => {
  const ip = new IPv6();
  const cases: [number, LayerType][] = [
    [6, LayerType.TCP],
    [17, LayerType.UDP],
    [58, LayerType.ICMPv6],
    [59, LayerType.None], // no next header
    [50, LayerType.None], // ESP is not skipped
  ];
  for (const [next, layer] of cases) {
    const bytes = packet(next, [0, 0, 0, 0, 0, 0, 0, 0]);
    assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(ip.nextLayer, layer, `next header ${next}`);
    assert.equal(ip.upperProtocol, next);
    assert.equal(ip.headerLength, 40);
    assert.equal(ip.extensionCount, 0);
  }
});

Deno.test("IPv6: payload length 0 runs to the captured end", () => {
  const bytes = packet(6, [...TCP_SYN, ...new Array(100).fill(0x61)], 0);
  const ip = new IPv6();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.payloadLength, 0);
  assert.equal(ip.end, 160);
  assert.equal(ip.payloadTruncated, false);
  assert.equal(ip.nextLayer, LayerType.TCP);
});

Deno.test("IPv6: payload length beyond the capture keeps the captured end", () => {
  const bytes = packet(6, TCP_SYN, 1440);
  const ip = new IPv6();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.payloadLength, 1440);
  assert.equal(ip.end, 60);
  assert.equal(ip.payloadTruncated, true);
});

Deno.test("IPv6: fewer than 40 bytes is truncated", () => {
  const bytes = packet(6, TCP_SYN);
  const ip = new IPv6();
  for (let end = 0; end < 40; end++) {
    assert.equal(ip.decode(bytes.subarray(0, end), 0, end), DecodeStatus.Truncated);
    assert.equal(ip.needed, 40);
    assert.equal(ip.nextLayer, LayerType.None);
  }
});

Deno.test("IPv6: extension headers cut by the captured end are truncated", () => {
  const rest = [...HOP_BY_HOP, ...DEST_OPTS, ...fragment(0, false), ...TCP_SYN];
  const bytes = packet(0, rest);
  const ip = new IPv6();
  for (let end = 40; end < 72; end++) {
    let needed: number;
    let protocol: number;
    if (end < 48) [needed, protocol] = [48, 0]; // hop-by-hop: 8 bytes
    else if (end < 56) [needed, protocol] = [56, 60]; // destination options: first 8 bytes
    else if (end < 64) [needed, protocol] = [64, 60]; // destination options: all 16
    else [needed, protocol] = [72, 44]; // fragment
    assert.equal(ip.decode(bytes.subarray(0, end), 0, end), DecodeStatus.Truncated, `end ${end}`);
    assert.equal(ip.needed, needed, `end ${end}`);
    assert.equal(ip.upperProtocol, protocol, `end ${end}`);
    assert.equal(ip.nextLayer, LayerType.None);
  }
  assert.equal(ip.decode(bytes.subarray(0, 72), 0, 72), DecodeStatus.Ok);
  assert.equal(ip.headerLength, 72);
  assert.equal(ip.nextLayer, LayerType.TCP);
});

Deno.test("IPv6: version other than 6 is malformed", () => {
  const bytes = packet(6, TCP_SYN);
  bytes[0] = 0x45;
  const ip = new IPv6();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Malformed);
  assert.equal(ip.invalidField, "version");
  assert.equal(ip.nextLayer, LayerType.None);
  assert.equal(ip.version, 4);
});

Deno.test("IPv6: more than 16 extension headers is malformed", () => {
  const chain = (count: number) => {
    const rest: number[] = [];
    for (let i = 0; i < count; i++) rest.push(i === count - 1 ? 59 : 60, 0, 1, 4, 0, 0, 0, 0);
    return packet(60, rest);
  };
  const ip = new IPv6();
  let bytes = chain(16);
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.extensionCount, 16);
  assert.equal(ip.headerLength, 40 + 16 * 8);
  assert.equal(ip.upperProtocol, 59);
  assert.equal(ip.nextLayer, LayerType.None);
  bytes = chain(17);
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Malformed);
  assert.equal(ip.invalidField, "extension headers");
  assert.equal(ip.nextLayer, LayerType.None);
});

Deno.test("IPv6: a reused layer forgets the previous packet", () => {
  const ip = new IPv6();
  const withExtensions = packet(0, [...HOP_BY_HOP, ...DEST_OPTS, ...fragment(3, true)]);
  assert.equal(ip.decode(withExtensions, 0, withExtensions.length), DecodeStatus.Ok);
  assert.equal(ip.extensionCount, 3);
  const plain = packet(6, TCP_SYN);
  assert.equal(ip.decode(plain, 0, plain.length), DecodeStatus.Ok);
  assert.equal(ip.extensionCount, 0);
  assert.equal(ip.fragmentHeaderOffset, -1);
  assert.equal(ip.headerLength, 40);
  assert.equal(ip.nextLayer, LayerType.TCP);
});
