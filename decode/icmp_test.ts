import assert from "node:assert/strict";
import { ICMP, icmpTypeName } from "./icmp.ts";
import { DecodeStatus, LayerType } from "./layer.ts";
import { craft, internetChecksum, strict } from "../tests/_frames.ts";

/** An ICMP message with a correct checksum: type, code, the 4 type-specific bytes, data. */
function message(type: number, code: number, rest: number[], data: number[] = []): Uint8Array {
  return craft().icmp({ type, code, rest }).payload(data).build();
}

/** The 48 bytes ping sends after its timestamp: 0x10, 0x11, … 0x37. */
const PING_DATA = Array.from({ length: 48 }, (_, i) => 0x10 + i);

/** The IPv4 header and first 8 bytes of a UDP datagram to port 33434 (traceroute). */
const QUOTED = [
  ...craft()
    .ipv4({
      totalLength: 0x3c,
      id: 0xbeef,
      flags: 0,
      ttl: 1,
      checksum: 0,
      source: [192, 168, 1, 10],
      destination: [203, 0, 113, 9],
    })
    .udp({ sourcePort: 50000, destinationPort: 33434, length: 0x28, checksum: 0 })
    .build(),
];

Deno.test("ICMP: an echo request, every field", () => {
  const bytes = message(8, 0, [0x12, 0x34, 0x00, 0x01], PING_DATA);
  assert.equal(bytes.length, 56);
  const icmp = new ICMP();
  assert.equal(icmp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(icmp.type, LayerType.ICMP);
  assert.equal(icmp.bytes, bytes);
  assert.equal(icmp.offset, 0);
  assert.equal(icmp.headerLength, 8);
  assert.equal(icmp.end, 56);
  assert.equal(icmp.nextLayer, LayerType.None);
  assert.equal(icmp.icmpType, 8);
  assert.equal(icmp.code, 0);
  assert.equal(icmp.checksum, (bytes[2]! << 8) | bytes[3]!);
  assert.equal(icmp.checksum, internetChecksum([8, 0, 0, 0, 0x12, 0x34, 0, 1, ...PING_DATA]));
  assert.equal(icmp.hasIdentifier, true);
  assert.equal(icmp.identifier, 0x1234);
  assert.equal(icmp.sequence, 1);
  assert.equal(icmp.isError, false);
  assert.equal(icmp.quotedOffset, 8);
  assert.equal(icmp.typeName, "echo request");
});

Deno.test("ICMP: an echo reply at an offset, identifier and sequence above 2^15", () => {
  const reply = message(0, 0, [0xfe, 0xdc, 0x80, 0x01], PING_DATA);
  const frame = new Uint8Array(34 + reply.length);
  frame.set(reply, 34);
  const icmp = new ICMP();
  assert.equal(icmp.decode(frame, 34, frame.length), DecodeStatus.Ok);
  assert.equal(icmp.offset, 34);
  assert.equal(icmp.end, 90);
  assert.equal(icmp.headerLength, 8);
  assert.equal(icmp.icmpType, 0);
  assert.equal(icmp.code, 0);
  assert.equal(icmp.checksum, (reply[2]! << 8) | reply[3]!);
  assert.equal(icmp.hasIdentifier, true);
  assert.equal(icmp.identifier, 0xfedc);
  assert.equal(icmp.sequence, 0x8001);
  assert.equal(icmp.isError, false);
  assert.equal(icmp.quotedOffset, 42);
  assert.equal(icmp.typeName, "echo reply");
});

Deno.test("ICMP: which types carry an identifier and sequence", () => {
  const icmp = new ICMP();
  const withId = [0, 8, 13, 14, 15, 16, 17, 18];
  for (let type = 0; type < 256; type++) {
    const bytes = message(type, 0, [0x00, 0x2a, 0x00, 0x07], [0, 0, 0, 0]);
    assert.equal(icmp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(icmp.hasIdentifier, withId.includes(type), `type ${type}`);
    if (icmp.hasIdentifier) {
      assert.equal(icmp.identifier, 42);
      assert.equal(icmp.sequence, 7);
    }
  }
});

Deno.test("ICMP: error types quote the offending datagram", () => {
  const icmp = new ICMP();
  const errors = [3, 4, 5, 11, 12];
  for (let type = 0; type < 256; type++) {
    const bytes = message(type, 0, [0, 0, 0, 0], QUOTED);
    assert.equal(icmp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(icmp.isError, errors.includes(type), `type ${type}`);
  }
  // Port unreachable from a router, quoting a traceroute probe.
  const unreachable = message(3, 3, [0, 0, 0, 0], QUOTED);
  const frame = new Uint8Array(34 + unreachable.length);
  frame.set(unreachable, 34);
  assert.equal(icmp.decode(frame, 34, frame.length), DecodeStatus.Ok);
  assert.equal(icmp.icmpType, 3);
  assert.equal(icmp.code, 3);
  assert.equal(icmp.isError, true);
  assert.equal(icmp.hasIdentifier, false);
  assert.equal(icmp.typeName, "port unreachable");
  assert.equal(icmp.quotedOffset, 42);
  assert.equal(icmp.headerLength, 8);
  assert.equal(icmp.end, 34 + 8 + 28);
  assert.equal(frame[icmp.quotedOffset], 0x45);
  assert.deepEqual([...frame.subarray(icmp.quotedOffset, icmp.end)], QUOTED);
  // Fragmentation needed carries the next-hop MTU in the bytes an echo uses for its identifier.
  const mtu = message(3, 4, [0, 0, 0x05, 0xdc], QUOTED);
  assert.equal(icmp.decode(mtu, 0, mtu.length), DecodeStatus.Ok);
  assert.equal(icmp.typeName, "fragmentation needed");
  assert.equal(icmp.isError, true);
  assert.equal(icmp.hasIdentifier, false);
  assert.equal(icmp.sequence, 1500);
  // Time exceeded in transit.
  const exceeded = message(11, 0, [0, 0, 0, 0], QUOTED);
  assert.equal(icmp.decode(exceeded, 0, exceeded.length), DecodeStatus.Ok);
  assert.equal(icmp.typeName, "time to live exceeded");
  assert.equal(icmp.isError, true);
  assert.equal(icmp.quotedOffset, 8);
});

Deno.test("icmpTypeName: types and unreachable codes", () => {
  const names: [number, number, string][] = [
    [0, 0, "echo reply"],
    [8, 0, "echo request"],
    [8, 5, "echo request"], // the code does not matter outside 3 and 11
    [4, 0, "source quench"],
    [5, 1, "redirect"],
    [9, 0, "router advertisement"],
    [10, 0, "router solicitation"],
    [12, 0, "parameter problem"],
    [13, 0, "timestamp request"],
    [14, 0, "timestamp reply"],
    [15, 0, "information request"],
    [16, 0, "information reply"],
    [17, 0, "address mask request"],
    [18, 0, "address mask reply"],
    [3, 0, "net unreachable"],
    [3, 1, "host unreachable"],
    [3, 2, "protocol unreachable"],
    [3, 3, "port unreachable"],
    [3, 4, "fragmentation needed"],
    [3, 5, "source route failed"],
    [3, 9, "network administratively prohibited"],
    [3, 10, "host administratively prohibited"],
    [3, 13, "communication administratively prohibited"],
    [3, 6, "unreachable code 6"],
    [3, 255, "unreachable code 255"],
    [11, 0, "time to live exceeded"],
    [11, 1, "fragment reassembly time exceeded"],
    [1, 0, "type 1"],
    [42, 0, "type 42"],
    [255, 255, "type 255"],
  ];
  for (const [type, code, name] of names) {
    assert.equal(icmpTypeName(type, code), name, `type ${type} code ${code}`);
  }
  const icmp = new ICMP();
  const bytes = message(3, 13, [0, 0, 0, 0]);
  assert.equal(icmp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(icmp.typeName, "communication administratively prohibited");
});

Deno.test("ICMP: cut bytes are truncated, and no identifier is claimed", () => {
  const bytes = message(8, 0, [0x12, 0x34, 0x00, 0x01], PING_DATA);
  const icmp = new ICMP();
  for (let n = 0; n <= bytes.length; n++) {
    const where = `${n} bytes`;
    const status = icmp.decode(strict(bytes.slice(0, n)), 0, n);
    assert.equal(icmp.end, n, where);
    assert.equal(icmp.nextLayer, LayerType.None, where);
    assert.equal(icmp.headerLength, Math.min(8, n), where);
    if (n < 4) {
      assert.equal(status, DecodeStatus.Truncated, where);
      assert.equal(icmp.needed, 4, where);
    } else if (n < 8) {
      assert.equal(status, DecodeStatus.Truncated, where);
      assert.equal(icmp.needed, 8, where);
      assert.equal(icmp.icmpType, 8);
      assert.equal(icmp.code, 0);
      assert.equal(icmp.checksum, (bytes[2]! << 8) | bytes[3]!);
      assert.equal(icmp.isError, false);
      assert.equal(icmp.hasIdentifier, false, where);
      assert.equal(icmp.typeName, "echo request");
    } else {
      assert.equal(status, DecodeStatus.Ok, where);
      assert.equal(icmp.hasIdentifier, true, where);
      assert.equal(icmp.identifier, 0x1234);
      assert.equal(icmp.sequence, 1);
    }
  }
  // The same in a longer buffer whose end cuts the message: the end decides, not the array.
  assert.equal(icmp.decode(bytes, 0, 7), DecodeStatus.Truncated);
  assert.equal(icmp.hasIdentifier, false);
  const frame = new Uint8Array(100);
  frame.set(bytes, 34);
  assert.equal(icmp.decode(frame, 34, 41), DecodeStatus.Truncated);
  assert.equal(icmp.hasIdentifier, false);
  assert.equal(icmp.headerLength, 7);
  assert.equal(icmp.decode(frame, 34, 42), DecodeStatus.Ok);
  assert.equal(icmp.hasIdentifier, true);
  assert.equal(icmp.end, 42);
});
