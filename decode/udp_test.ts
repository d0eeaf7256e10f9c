import assert from "node:assert/strict";
import { DecodeStatus, LayerType } from "./layer.ts";
import { TunnelPort } from "./tunnel.ts";
import { UDP } from "./udp.ts";
import { craft, strict, type UdpFields } from "../tests/_frames.ts";

interface Datagram extends UdpFields {
  data?: number[];
}

/** A datagram on its own (no IP header: the checksum is as given, 0x8b3e unless told). */
function datagram(d: Datagram): Uint8Array {
  return craft().udp({ checksum: 0x8b3e, ...d }).payload(d.data ?? []).build();
}

/** A DNS query for example.com, type A. */
const DNS_QUERY = [
  0x1a,
  0x2b,
  0x01,
  0x00,
  0x00,
  0x01,
  0x00,
  0x00,
  0x00,
  0x00,
  0x00,
  0x00,
  7,
  ...new TextEncoder().encode("example"),
  3,
  ...new TextEncoder().encode("com"),
  0,
  0x00,
  0x01,
  0x00,
  0x01,
];

Deno.test("UDP: a DNS query, every field", () => {
  const bytes = datagram({ data: DNS_QUERY });
  assert.equal(DNS_QUERY.length, 29);
  assert.deepEqual([...bytes.subarray(0, 8)], [0xd4, 0x31, 0x00, 0x35, 0x00, 0x25, 0x8b, 0x3e]);
  const udp = new UDP();
  assert.equal(udp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(udp.type, LayerType.UDP);
  assert.equal(udp.bytes, bytes);
  assert.equal(udp.offset, 0);
  assert.equal(udp.headerLength, 8);
  assert.equal(udp.end, 37);
  assert.equal(udp.nextLayer, LayerType.Payload);
  assert.equal(udp.sourcePort, 54321);
  assert.equal(udp.destinationPort, 53);
  assert.equal(udp.length, 37);
  assert.equal(udp.checksum, 0x8b3e);
});

Deno.test("UDP: ports, length and checksum at their extremes", () => {
  const bytes = datagram({ sourcePort: 65535, destinationPort: 0, checksum: 0xffff, data: [1] });
  const udp = new UDP();
  assert.equal(udp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(udp.sourcePort, 65535);
  assert.equal(udp.destinationPort, 0);
  assert.equal(udp.checksum, 0xffff);
  assert.equal(udp.length, 9);
  const zero = datagram({ sourcePort: 0, destinationPort: 65535, checksum: 0 });
  assert.equal(udp.decode(zero, 0, zero.length), DecodeStatus.Ok);
  assert.equal(udp.sourcePort, 0);
  assert.equal(udp.destinationPort, 65535);
  assert.equal(udp.checksum, 0);
  assert.equal(udp.length, 8);
});

Deno.test("UDP: the end is limited by the UDP length, trailing bytes excluded", () => {
  // 12 bytes of UDP (4 of data), then 6 bytes that are not the datagram's (padding, trailer).
  const bytes = new Uint8Array([...datagram({ data: [1, 2, 3, 4] }), 0, 0, 0, 0, 0xee, 0xee]);
  const udp = new UDP();
  assert.equal(udp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(udp.length, 12);
  assert.equal(udp.end, 12);
  assert.equal(udp.nextLayer, LayerType.Payload);
  // At an offset in a frame: the end is offset + length.
  const frame = new Uint8Array(42 + bytes.length);
  frame.set(bytes, 42);
  assert.equal(udp.decode(frame, 42, frame.length), DecodeStatus.Ok);
  assert.equal(udp.offset, 42);
  assert.equal(udp.end, 54);
  assert.equal(udp.sourcePort, 54321);
  // A length of exactly 8 with bytes after it: no data.
  const empty = new Uint8Array([...datagram({ length: 8 }), 0xaa, 0xbb, 0xcc]);
  assert.equal(udp.decode(empty, 0, empty.length), DecodeStatus.Ok);
  assert.equal(udp.end, 8);
  assert.equal(udp.nextLayer, LayerType.None);
});

Deno.test("UDP: a length beyond the capture keeps the captured end", () => {
  const bytes = datagram({ length: 1472, data: DNS_QUERY });
  const udp = new UDP();
  assert.equal(udp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(udp.length, 1472);
  assert.equal(udp.end, bytes.length);
  assert.equal(udp.nextLayer, LayerType.Payload);
  // Exactly as long as what was captured.
  const exact = datagram({ data: [9, 9] });
  assert.equal(udp.decode(exact, 0, exact.length), DecodeStatus.Ok);
  assert.equal(udp.end, 10);
});

Deno.test("UDP: a length under 8 is ignored, the data runs to the captured end", () => {
  const udp = new UDP();
  for (const length of [0, 1, 7]) {
    const bytes = datagram({ length, data: [1, 2, 3] });
    assert.equal(udp.decode(bytes, 0, bytes.length), DecodeStatus.Ok, `length ${length}`);
    assert.equal(udp.length, length);
    assert.equal(udp.end, 11, `length ${length}`);
    assert.equal(udp.headerLength, 8);
    assert.equal(udp.nextLayer, LayerType.Payload);
    const bare = datagram({ length });
    assert.equal(udp.decode(bare, 0, bare.length), DecodeStatus.Ok);
    assert.equal(udp.end, 8);
    assert.equal(udp.nextLayer, LayerType.None);
  }
});

Deno.test("UDP: VXLAN and Geneve ports lead to the tunnel", () => {
  assert.equal(TunnelPort.VXLAN, 4789);
  assert.equal(TunnelPort.Geneve, 6081);
  const vxlan = [0x08, 0, 0, 0, 0, 0, 0x64, 0];
  const udp = new UDP();
  const cases: [number, number, LayerType][] = [
    [49152, 4789, LayerType.VXLAN],
    [4789, 49152, LayerType.VXLAN],
    [4789, 4789, LayerType.VXLAN],
    [49152, 6081, LayerType.Geneve],
    [6081, 49152, LayerType.Geneve],
    [6081, 6081, LayerType.Geneve],
    // Both: VXLAN is looked for first.
    [6081, 4789, LayerType.VXLAN],
    [4789, 6081, LayerType.VXLAN],
    // Near misses.
    [4788, 4790, LayerType.Payload],
    [6080, 6082, LayerType.Payload],
    [8472, 49152, LayerType.Payload], // Linux's old VXLAN port is not followed
  ];
  for (const [sourcePort, destinationPort, layer] of cases) {
    const bytes = datagram({ sourcePort, destinationPort, data: vxlan });
    assert.equal(udp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(udp.nextLayer, layer, `${sourcePort} > ${destinationPort}`);
    assert.equal(udp.end, 16);
    assert.equal(udp.sourcePort, sourcePort);
    assert.equal(udp.destinationPort, destinationPort);
  }
});

Deno.test("UDP: every prefix under 8 bytes is truncated", () => {
  const bytes = datagram({ destinationPort: 4789, data: [0x08, 0, 0, 0, 0, 0, 0x64, 0] });
  const udp = new UDP();
  for (let n = 0; n <= bytes.length; n++) {
    const status = udp.decode(strict(bytes.slice(0, n)), 0, n);
    if (n < 8) {
      assert.equal(status, DecodeStatus.Truncated, `${n} bytes`);
      assert.equal(udp.needed, 8);
      assert.equal(udp.headerLength, 8);
      assert.equal(udp.end, n);
      assert.equal(udp.nextLayer, LayerType.None, `${n} bytes`);
    } else {
      assert.equal(status, DecodeStatus.Ok, `${n} bytes`);
      assert.equal(udp.end, n, "the length (16) is beyond the capture");
      assert.equal(udp.nextLayer, LayerType.VXLAN);
      assert.equal(udp.sourcePort, 54321);
      assert.equal(udp.destinationPort, 4789);
      assert.equal(udp.length, 16);
      assert.equal(udp.checksum, 0x8b3e);
    }
  }
});

Deno.test("UDP: a reused layer forgets the previous datagram", () => {
  const udp = new UDP();
  const trailing = new Uint8Array([...datagram({ data: [1, 2] }), 0, 0, 0]);
  assert.equal(udp.decode(trailing, 0, trailing.length), DecodeStatus.Ok);
  assert.equal(udp.end, 10);
  const vxlan = datagram({ destinationPort: 4789, data: [0x08, 0, 0, 0, 0, 0, 1, 0] });
  assert.equal(udp.decode(vxlan, 0, vxlan.length), DecodeStatus.Ok);
  assert.equal(udp.nextLayer, LayerType.VXLAN);
  assert.equal(udp.decode(vxlan, 0, 4), DecodeStatus.Truncated);
  assert.equal(udp.nextLayer, LayerType.None);
  assert.equal(udp.end, 4);
});
