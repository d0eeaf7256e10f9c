import assert from "node:assert/strict";
import { ICMPv6, icmpv6TypeName } from "./icmpv6.ts";
import { DecodeStatus, LayerType } from "./layer.ts";
import { craft, strict } from "../tests/_frames.ts";

const LINK_LOCAL_A = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x02, 0x1a, 0x2b, 0xff, 0xfe, 0x3c, 0x4d, 0x5e];
const LINK_LOCAL_B = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x50, 0x54, 0x00, 0xff, 0xfe, 0x12, 0x34, 0x56];
const GLOBAL = [0x20, 0x01, 0x0d, 0xb8, 0x00, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01];
const SOLICITED_NODE = [0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0xff, 0x12, 0x34, 0x56];

/**
 * An ICMPv6 message from `source` to `destination`, with its checksum over the pseudo-header:
 * the message as an IPv6 packet between them carries it.
 */
function message(
  type: number,
  code: number,
  body: number[],
  source = LINK_LOCAL_A,
  destination = LINK_LOCAL_B,
): Uint8Array {
  return craft()
    .ipv6({ source, destination })
    .icmpv6({ type, code, rest: body.slice(0, 4) })
    .payload(body.slice(4))
    .build()
    .slice(40);
}

const PING_DATA = Array.from({ length: 56 }, (_, i) => i & 0xff);
/** Source link-layer address option (type 1, 1 unit): 52:54:00:12:34:56. */
const SOURCE_LLA = [1, 1, 0x52, 0x54, 0x00, 0x12, 0x34, 0x56];
/** Target link-layer address option (type 2, 1 unit): 02:1a:2b:3c:4d:5e. */
const TARGET_LLA = [2, 1, 0x02, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e];

/** A neighbour solicitation for `GLOBAL`, sent to its solicited-node address. */
const SOLICITATION = message(
  135,
  0,
  [0, 0, 0, 0, ...GLOBAL, ...SOURCE_LLA],
  LINK_LOCAL_B,
  SOLICITED_NODE,
);

/** A neighbour advertisement for `GLOBAL` with the given R/S/O byte. */
function advertisement(flags: number): Uint8Array {
  return message(136, 0, [flags, 0, 0, 0, ...GLOBAL, ...TARGET_LLA]);
}

Deno.test("ICMPv6: an echo request, every field", () => {
  const bytes = message(128, 0, [0x0b, 0xad, 0x00, 0x03, ...PING_DATA], GLOBAL, LINK_LOCAL_B);
  assert.equal(bytes.length, 64);
  const icmp = new ICMPv6();
  assert.equal(icmp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(icmp.type, LayerType.ICMPv6);
  assert.equal(icmp.bytes, bytes);
  assert.equal(icmp.offset, 0);
  assert.equal(icmp.headerLength, 8);
  assert.equal(icmp.end, 64);
  assert.equal(icmp.nextLayer, LayerType.None);
  assert.equal(icmp.icmpType, 128);
  assert.equal(icmp.code, 0);
  assert.equal(icmp.checksum, (bytes[2]! << 8) | bytes[3]!);
  assert.equal(icmp.isEcho, true);
  assert.equal(icmp.identifier, 0x0bad);
  assert.equal(icmp.sequence, 3);
  assert.equal(icmp.hasTarget, false);
  assert.equal(icmp.isError, false);
  assert.equal(icmp.typeName, "echo request");
});

Deno.test("ICMPv6: an echo reply at an offset", () => {
  const reply = message(129, 0, [0xff, 0xfe, 0x80, 0x00, ...PING_DATA]);
  const frame = new Uint8Array(54 + reply.length);
  frame.set(reply, 54);
  const icmp = new ICMPv6();
  assert.equal(icmp.decode(frame, 54, frame.length), DecodeStatus.Ok);
  assert.equal(icmp.offset, 54);
  assert.equal(icmp.end, 54 + 64);
  assert.equal(icmp.headerLength, 8);
  assert.equal(icmp.icmpType, 129);
  assert.equal(icmp.checksum, (reply[2]! << 8) | reply[3]!);
  assert.equal(icmp.isEcho, true);
  assert.equal(icmp.identifier, 0xfffe);
  assert.equal(icmp.sequence, 0x8000);
  assert.equal(icmp.typeName, "echo reply");
});

Deno.test("ICMPv6: a neighbour solicitation names its target", () => {
  assert.equal(SOLICITATION.length, 32);
  const icmp = new ICMPv6();
  assert.equal(icmp.decode(SOLICITATION, 0, SOLICITATION.length), DecodeStatus.Ok);
  assert.equal(icmp.icmpType, 135);
  assert.equal(icmp.code, 0);
  assert.equal(icmp.headerLength, 24);
  assert.equal(icmp.end, 32);
  assert.equal(icmp.checksum, (SOLICITATION[2]! << 8) | SOLICITATION[3]!);
  assert.equal(icmp.hasTarget, true);
  assert.equal(icmp.targetAddress, "2001:db8:a::1");
  assert.equal(icmp.advertisementFlags, 0);
  assert.equal(icmp.isEcho, false);
  assert.equal(icmp.isError, false);
  assert.equal(icmp.typeName, "neighbor solicitation");
  // Duplicate address detection: from ::, without options (exactly the 24 fixed bytes).
  const dad = message(135, 0, [0, 0, 0, 0, ...LINK_LOCAL_A], new Array(16).fill(0), [
    0xff,
    0x02,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0x01,
    0xff,
    0x3c,
    0x4d,
    0x5e,
  ]);
  assert.equal(icmp.decode(dad, 0, dad.length), DecodeStatus.Ok);
  assert.equal(icmp.headerLength, 24);
  assert.equal(icmp.end, 24);
  assert.equal(icmp.hasTarget, true);
  assert.equal(icmp.targetAddress, "fe80::21a:2bff:fe3c:4d5e");
});

Deno.test("ICMPv6: a neighbour advertisement's R, S and O flags", () => {
  const icmp = new ICMPv6();
  const cases: [number, number][] = [
    [0x00, 0b000],
    [0x80, 0b100], // router
    [0x40, 0b010], // solicited
    [0x20, 0b001], // override
    [0x60, 0b011], // the usual answer to a solicitation
    [0xe0, 0b111],
    [0x1f, 0b000], // the reserved bits are not flags
    [0xff, 0b111],
  ];
  for (const [byte, flags] of cases) {
    const bytes = advertisement(byte);
    assert.equal(icmp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(icmp.icmpType, 136);
    assert.equal(icmp.headerLength, 24);
    assert.equal(icmp.end, 32);
    assert.equal(icmp.hasTarget, true);
    assert.equal(icmp.targetAddress, "2001:db8:a::1");
    assert.equal(icmp.advertisementFlags, flags, `flags byte 0x${byte.toString(16)}`);
    assert.equal((icmp.advertisementFlags & 4) !== 0, (byte & 0x80) !== 0, "R");
    assert.equal((icmp.advertisementFlags & 2) !== 0, (byte & 0x40) !== 0, "S");
    assert.equal((icmp.advertisementFlags & 1) !== 0, (byte & 0x20) !== 0, "O");
    assert.equal(icmp.typeName, "neighbor advertisement");
    assert.equal(icmp.isEcho, false);
    assert.equal(icmp.isError, false);
  }
});

Deno.test("ICMPv6: a redirect needs 40 bytes", () => {
  const bytes = message(137, 0, [0, 0, 0, 0, ...LINK_LOCAL_B, ...GLOBAL]);
  assert.equal(bytes.length, 40);
  const icmp = new ICMPv6();
  assert.equal(icmp.decode(bytes, 0, 39), DecodeStatus.Truncated);
  assert.equal(icmp.needed, 40);
  assert.equal(icmp.headerLength, 4);
  assert.equal(icmp.decode(bytes, 0, 40), DecodeStatus.Ok);
  assert.equal(icmp.headerLength, 40);
  assert.equal(icmp.typeName, "redirect");
  assert.equal(icmp.hasTarget, false);
});

Deno.test("ICMPv6: errors, with the fixed part each type has", () => {
  const icmp = new ICMPv6();
  // An IPv6 header quoted after the 8 bytes.
  const quoted = [
    ...craft()
      .ipv6({ source: GLOBAL, destination: LINK_LOCAL_B, payloadLength: 8, nextHeader: 17 })
      .build(),
  ];
  const cases: [number, number, string][] = [
    [1, 4, "port unreachable"],
    [2, 0, "packet too big"],
    [3, 0, "time exceeded"],
    [4, 1, "parameter problem"],
  ];
  for (const [type, code, name] of cases) {
    const bytes = message(type, code, [0, 0, 0x05, 0x00, ...quoted]);
    assert.equal(icmp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(icmp.isError, true, name);
    assert.equal(icmp.headerLength, 8);
    assert.equal(icmp.typeName, name);
    assert.equal(icmp.isEcho, false);
    assert.equal(icmp.hasTarget, false);
    assert.equal(icmp.decode(bytes, 0, 7), DecodeStatus.Truncated);
    assert.equal(icmp.needed, 8);
  }
  for (let type = 0; type < 256; type++) {
    const bytes = message(type, 0, [0, 0, 0, 0, ...new Array(36).fill(0)]);
    assert.equal(icmp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(icmp.isError, type >= 1 && type <= 4, `type ${type}`);
    assert.equal(icmp.isEcho, type === 128 || type === 129, `type ${type}`);
    assert.equal(icmp.hasTarget, type === 135 || type === 136, `type ${type}`);
    const fixed = type === 135 || type === 136
      ? 24
      : type === 137
      ? 40
      : type >= 128 || type <= 4
      ? 8
      : 4;
    assert.equal(icmp.headerLength, fixed, `type ${type}`);
  }
  // Types 5 to 127 (unassigned errors) have only the 4-byte header.
  const bytes = message(100, 0, []);
  assert.equal(icmp.decode(bytes, 0, 4), DecodeStatus.Ok);
  assert.equal(icmp.headerLength, 4);
  assert.equal(icmp.typeName, "type 100");
});

Deno.test("icmpv6TypeName: types and unreachable codes", () => {
  const names: [number, number, string][] = [
    [1, 0, "no route"],
    [1, 1, "administratively prohibited"],
    [1, 2, "beyond scope"],
    [1, 3, "address unreachable"],
    [1, 4, "port unreachable"],
    [1, 5, "unreachable code 5"],
    [1, 6, "unreachable code 6"],
    [2, 0, "packet too big"],
    [3, 1, "time exceeded"],
    [4, 2, "parameter problem"],
    [128, 0, "echo request"],
    [129, 0, "echo reply"],
    [130, 0, "multicast listener query"],
    [131, 0, "multicast listener report"],
    [132, 0, "multicast listener done"],
    [133, 0, "router solicitation"],
    [134, 0, "router advertisement"],
    [135, 0, "neighbor solicitation"],
    [136, 0, "neighbor advertisement"],
    [137, 0, "redirect"],
    [143, 0, "multicast listener report v2"],
    [0, 0, "type 0"],
    [144, 0, "type 144"],
    [255, 0, "type 255"],
  ];
  for (const [type, code, name] of names) {
    assert.equal(icmpv6TypeName(type, code), name, `type ${type} code ${code}`);
  }
});

Deno.test("ICMPv6: every prefix; isEcho and hasTarget are false when the bytes are cut", () => {
  const icmp = new ICMPv6();
  const echo = message(128, 0, [0x0b, 0xad, 0x00, 0x03, ...PING_DATA]);
  for (let n = 0; n <= echo.length; n++) {
    const where = `echo, ${n} bytes`;
    const status = icmp.decode(strict(echo.slice(0, n)), 0, n);
    assert.equal(icmp.end, n, where);
    assert.equal(icmp.nextLayer, LayerType.None, where);
    if (n < 4) {
      assert.equal(status, DecodeStatus.Truncated, where);
      assert.equal(icmp.needed, 4, where);
      assert.equal(icmp.headerLength, 4, where);
    } else if (n < 8) {
      assert.equal(status, DecodeStatus.Truncated, where);
      assert.equal(icmp.needed, 8, where);
      assert.equal(icmp.headerLength, 4, where);
      assert.equal(icmp.icmpType, 128);
      assert.equal(icmp.isEcho, false, where);
      assert.equal(icmp.hasTarget, false, where);
    } else {
      assert.equal(status, DecodeStatus.Ok, where);
      assert.equal(icmp.headerLength, 8);
      assert.equal(icmp.isEcho, true, where);
      assert.equal(icmp.identifier, 0x0bad);
      assert.equal(icmp.sequence, 3);
    }
  }
  for (const [name, bytes] of [["NS", SOLICITATION], ["NA", advertisement(0x60)]] as const) {
    for (let n = 0; n <= bytes.length; n++) {
      const where = `${name}, ${n} bytes`;
      const status = icmp.decode(strict(bytes.slice(0, n)), 0, n);
      if (n < 4) {
        assert.equal(status, DecodeStatus.Truncated, where);
        assert.equal(icmp.needed, 4, where);
      } else if (n < 24) {
        assert.equal(status, DecodeStatus.Truncated, where);
        assert.equal(icmp.needed, 24, where);
        assert.equal(icmp.headerLength, 4, where);
        assert.equal(icmp.hasTarget, false, where);
        assert.equal(icmp.isEcho, false, where);
      } else {
        assert.equal(status, DecodeStatus.Ok, where);
        assert.equal(icmp.headerLength, 24, where);
        assert.equal(icmp.hasTarget, true, where);
        assert.equal(icmp.targetAddress, "2001:db8:a::1", where);
      }
    }
  }
  // The end decides, not the array: a whole message in a buffer, cut by `end`.
  assert.equal(icmp.decode(SOLICITATION, 0, 23), DecodeStatus.Truncated);
  assert.equal(icmp.hasTarget, false);
  assert.equal(icmp.decode(echo, 0, 7), DecodeStatus.Truncated);
  assert.equal(icmp.isEcho, false);
});
