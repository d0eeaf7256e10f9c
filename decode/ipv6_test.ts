import assert from "node:assert/strict";
import { IPv6 } from "./ipv6.ts";
import { DecodeStatus, LayerType } from "./layer.ts";
import { TcpFlag } from "./tcp.ts";
import {
  be32,
  craft,
  type FragmentFields,
  type FrameBuilder,
  type Ipv6Fields,
  type TcpFields,
} from "../tests/_frames.ts";

/** 2001:db8::2, the destination (2001:db8::1 is the source). */
const DESTINATION = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02];

/**
 * A fixed header from 2001:db8::1 to 2001:db8::2: traffic class 0xb8 (EF), flow label 0x12345,
 * so the first word is 0x6b812345. What follows is chained on.
 */
function packet(fields: Ipv6Fields = {}): FrameBuilder {
  return craft().ipv6({ trafficClass: 0xb8, flowLabel: 0x12345, ...fields });
}

/** A TCP SYN from port 50000 to 443, no options, checksum 0. */
const SYN: TcpFields = {
  sourcePort: 50000,
  destinationPort: 443,
  sequence: 1,
  acknowledgment: 0,
  flags: TcpFlag.SYN,
  window: 0xffff,
  checksum: 0,
};

const ZEROS = new Array(8).fill(0);
// Hop-by-hop options (8 bytes with the next header and length): Router Alert (5, 2, 0, 0), PadN (1, 0).
const HOP_BY_HOP = [5, 2, 0, 0, 1, 0];
// Destination options (16 bytes, hdr ext len 1): PadN of 12 bytes.
const DEST_OPTS = [1, 12, ...new Array(12).fill(0)];

/** Hop-by-hop, destination options, then a fragment header (identification 0xdeadbeef). */
function extensions(fragment: FragmentFields): FrameBuilder {
  return packet()
    .extension(0, HOP_BY_HOP)
    .extension(60, DEST_OPTS)
    .fragment({ identification: 0xdeadbeef, ...fragment });
}

Deno.test("IPv6: fixed header, every field", () => {
  const bytes = packet().tcp(SYN).build();
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
  const bytes = packet({ nextHeader: 17 }).payload(ZEROS).build();
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
  const bytes = extensions({ more: true }).tcp(SYN).build();
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
  const zero = [0, 0, 0, 0, 0, 0];
  const frame = craft().ethernet({ destination: zero, source: zero })
    .append(extensions({}).tcp(SYN))
    .trailer(new Array(6).fill(0)) // 6 bytes of trailer
    .build();
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
  let bytes = packet()
    .fragment({ offset: 181, more: true, identification: 0xdeadbeef, next: 6 })
    .payload([0x41, 0x42, 0x43, 0x44])
    .build();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.extensionCount, 1);
  assert.equal(ip.fragmentHeaderOffset, 40);
  assert.equal(ip.headerLength, 48);
  assert.equal(ip.upperProtocol, 6);
  assert.equal(ip.nextLayer, LayerType.Fragment);
  // The last fragment (M clear), after hop-by-hop and destination options.
  bytes = extensions({ offset: 1, next: 6 }).payload([1, 2, 3]).build();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.fragmentHeaderOffset, 64);
  assert.equal(ip.headerLength, 72);
  assert.equal(ip.nextLayer, LayerType.Fragment);
  // The largest offset.
  bytes = packet().fragment({ offset: 0x1fff, identification: 0xdeadbeef, next: 6 }).build();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.nextLayer, LayerType.Fragment);
  // Only the M bit (and reserved bits) set: still the first fragment.
  bytes = packet().extension(44, [0x00, 0x07, 0, 0, 0, 1], { next: 6 }).build();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.nextLayer, LayerType.TCP);
});

Deno.test("IPv6: routing header and AH", () => {
  // Routing (43): next AH, hdr ext len 2 = 24 bytes (type 4, one segment).
  const routing = [4, 0, 0, 0, 0, 0, ...DESTINATION];
  // AH (51): next UDP, payload len 4 = (4 + 2) * 4 = 24 bytes.
  const ah = [0, 0, ...be32(1), ...be32(7), ...new Array(12).fill(0xaa)];
  const bytes = packet()
    .extension(43, routing)
    .extension(51, ah)
    .udp({ sourcePort: 53, destinationPort: 54321, checksum: 0 })
    .build();
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
    const bytes = packet({ nextHeader: next }).payload(ZEROS).build();
    assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(ip.nextLayer, layer, `next header ${next}`);
    assert.equal(ip.upperProtocol, next);
    assert.equal(ip.headerLength, 40);
    assert.equal(ip.extensionCount, 0);
  }
});

Deno.test("IPv6: payload length 0 runs to the captured end", () => {
  const bytes = packet({ payloadLength: 0 }).tcp(SYN).payload(new Array(100).fill(0x61)).build();
  const ip = new IPv6();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.payloadLength, 0);
  assert.equal(ip.end, 160);
  assert.equal(ip.payloadTruncated, false);
  assert.equal(ip.nextLayer, LayerType.TCP);
});

Deno.test("IPv6: payload length beyond the capture keeps the captured end", () => {
  const bytes = packet({ payloadLength: 1440 }).tcp(SYN).build();
  const ip = new IPv6();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.payloadLength, 1440);
  assert.equal(ip.end, 60);
  assert.equal(ip.payloadTruncated, true);
});

Deno.test("IPv6: fewer than 40 bytes is truncated", () => {
  const bytes = packet().tcp(SYN).build();
  const ip = new IPv6();
  for (let end = 0; end < 40; end++) {
    assert.equal(ip.decode(bytes.subarray(0, end), 0, end), DecodeStatus.Truncated);
    assert.equal(ip.needed, 40);
    assert.equal(ip.nextLayer, LayerType.None);
  }
});

Deno.test("IPv6: extension headers cut by the captured end are truncated", () => {
  const bytes = extensions({}).tcp(SYN).build();
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
  const bytes = packet().tcp(SYN).build();
  bytes[0] = 0x45;
  const ip = new IPv6();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Malformed);
  assert.equal(ip.invalidField, "version");
  assert.equal(ip.nextLayer, LayerType.None);
  assert.equal(ip.version, 4);
});

Deno.test("IPv6: more than 16 extension headers is malformed", () => {
  const chain = (count: number) => {
    // Destination options with a PadN of 4 bytes each, the last one with no next header.
    let chained = packet();
    for (let i = 0; i < count; i++) chained = chained.extension(60, [1, 4, 0, 0, 0, 0]);
    return chained.build();
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
  const withExtensions = extensions({ offset: 3, more: true, next: 6 }).build();
  assert.equal(ip.decode(withExtensions, 0, withExtensions.length), DecodeStatus.Ok);
  assert.equal(ip.extensionCount, 3);
  const plain = packet().tcp(SYN).build();
  assert.equal(ip.decode(plain, 0, plain.length), DecodeStatus.Ok);
  assert.equal(ip.extensionCount, 0);
  assert.equal(ip.fragmentHeaderOffset, -1);
  assert.equal(ip.headerLength, 40);
  assert.equal(ip.nextLayer, LayerType.TCP);
});
