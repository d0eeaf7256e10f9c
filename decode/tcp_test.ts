import assert from "node:assert/strict";
import { DecodeStatus, LayerType } from "./layer.ts";
import { scanTcpOptions, TCP, TcpFlag, TcpOption } from "./tcp.ts";
import { be32, craft, type TcpFields } from "../tests/_frames.ts";

interface Segment extends TcpFields {
  payload?: number[];
}

/** A segment on its own (no IP header: the checksum is as given, 0xfe30 unless told). */
function segment(s: Segment): Uint8Array {
  return craft().tcp({ checksum: 0xfe30, ...s }).payload(s.payload ?? []).build();
}

const PRINT = [...new TextEncoder().encode("print")];

Deno.test("TCP: PSH-ACK with a message, every field", () => {
  const bytes = segment({
    flags: TcpFlag.PSH | TcpFlag.ACK,
    sequence: 1,
    acknowledgment: 1,
    payload: PRINT,
  });
  assert.deepEqual(
    [...bytes.subarray(0, 20)],
    [0xa8, 0xca, 0x00, 0x50, 0, 0, 0, 1, 0, 0, 0, 1, 0x50, 0x18, 0x01, 0xf6, 0xfe, 0x30, 0, 0],
  );
  const tcp = new TCP();
  assert.equal(tcp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(tcp.type, LayerType.TCP);
  assert.equal(tcp.offset, 0);
  assert.equal(tcp.end, 25);
  assert.equal(tcp.headerLength, 20);
  assert.equal(tcp.nextLayer, LayerType.Payload);
  assert.equal(tcp.sourcePort, 43210);
  assert.equal(tcp.destinationPort, 80);
  assert.equal(tcp.sequence, 1);
  assert.equal(tcp.acknowledgment, 1);
  assert.equal(tcp.dataOffset, 5);
  assert.equal(tcp.flags, 0x018);
  assert.equal(tcp.window, 502);
  assert.equal(tcp.checksum, 0xfe30);
  assert.equal(tcp.urgentPointer, 0);
  assert.equal(tcp.optionsOffset, 20);
  assert.equal(tcp.payloadOffset, 20);
  assert.equal(tcp.payloadLength, 5);
  assert.equal(
    new TextDecoder().decode(tcp.bytes.subarray(tcp.payloadOffset, tcp.end)),
    "print",
  );
  // No options: the payload "print" is not scanned as options.
  assert.equal(tcp.mss, undefined);
  assert.equal(tcp.windowScale, undefined);
  assert.equal(tcp.sackPermitted, false);
  assert.equal(tcp.timestampValue, undefined);
  assert.equal(tcp.timestampEcho, undefined);
  assert.equal(tcp.sackBlockCount, 0);
  assert.equal(tcp.optionsMalformed, false);
});

Deno.test("TCP: options (data offset 8) with timestamps", () => {
  // NOP, NOP, Timestamps TSval 0x0a0b0c0d TSecr 0x01020304.
  const options = [1, 1, 8, 10, 0x0a, 0x0b, 0x0c, 0x0d, 0x01, 0x02, 0x03, 0x04];
  const bytes = segment({ options, flags: TcpFlag.PSH | TcpFlag.ACK, payload: PRINT });
  assert.equal(bytes[12], 0x80);
  const tcp = new TCP();
  assert.equal(tcp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(tcp.dataOffset, 8);
  assert.equal(tcp.headerLength, 32);
  assert.equal(tcp.optionsOffset, 20);
  assert.equal(tcp.payloadOffset, 32);
  assert.equal(tcp.payloadLength, 5);
  assert.equal(tcp.end, 37);
  assert.equal(tcp.nextLayer, LayerType.Payload);
  assert.deepEqual([...bytes.subarray(tcp.optionsOffset, tcp.payloadOffset)], options);
  assert.equal(tcp.bytes[tcp.payloadOffset], 0x70); // "p"
  assert.equal(tcp.timestampValue, 0x0a0b0c0d);
  assert.equal(tcp.timestampEcho, 0x01020304);
  assert.equal(tcp.mss, undefined);
  assert.equal(tcp.windowScale, undefined);
  assert.equal(tcp.sackPermitted, false);
  assert.equal(tcp.sackBlockCount, 0);
  assert.equal(tcp.optionsMalformed, false);
});

Deno.test("TCP: SYN with the usual Linux options (data offset 10), no payload", () => {
  // MSS 1460, SACK permitted, Timestamps, NOP, window scale 7.
  const options = [
    2,
    4,
    0x05,
    0xb4,
    4,
    2,
    8,
    10,
    0x9a,
    0xbc,
    0xde,
    0xf0,
    0,
    0,
    0,
    0,
    1,
    3,
    3,
    7,
  ];
  const bytes = segment({
    sourcePort: 51234,
    destinationPort: 443,
    sequence: 0x6a3b9f01,
    acknowledgment: 0,
    flags: TcpFlag.SYN,
    window: 64240,
    options,
  });
  const tcp = new TCP();
  assert.equal(tcp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(tcp.sourcePort, 51234);
  assert.equal(tcp.destinationPort, 443);
  assert.equal(tcp.sequence, 0x6a3b9f01);
  assert.equal(tcp.acknowledgment, 0);
  assert.equal(tcp.dataOffset, 10);
  assert.equal(tcp.headerLength, 40);
  assert.equal(tcp.flags, TcpFlag.SYN);
  assert.equal(tcp.window, 64240);
  assert.equal(tcp.payloadOffset, 40);
  assert.equal(tcp.payloadLength, 0);
  assert.equal(tcp.end, 40);
  assert.equal(tcp.nextLayer, LayerType.None);
  assert.equal(tcp.mss, 1460);
  assert.equal(tcp.sackPermitted, true);
  assert.equal(tcp.timestampValue, 0x9abcdef0); // above 2^31, unsigned
  assert.equal(tcp.timestampEcho, 0);
  assert.equal(tcp.windowScale, 7);
  assert.equal(tcp.sackBlockCount, 0);
  assert.equal(tcp.optionsMalformed, false);
});

Deno.test("TCP: SACK blocks", () => {
  // NOP, NOP, SACK with two blocks (kind 5, length 18): data offset 10.
  const options = [
    1,
    1,
    5,
    18,
    ...be32(0xf0000001),
    ...be32(0xf0000101),
    ...be32(0x00000010),
    ...be32(0x00000020),
  ];
  const bytes = segment({ options, acknowledgment: 0xefffffff });
  const tcp = new TCP();
  assert.equal(tcp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(tcp.dataOffset, 10);
  assert.equal(tcp.sackBlockCount, 2);
  assert.equal(tcp.sackLeft(0), 0xf0000001);
  assert.equal(tcp.sackRight(0), 0xf0000101);
  assert.equal(tcp.sackLeft(1), 0x10);
  assert.equal(tcp.sackRight(1), 0x20);
  assert.equal(tcp.acknowledgment, 4026531839);
  assert.equal(tcp.optionsMalformed, false);
  // The scan is redone for the next segment the layer decodes.
  const plain = segment({});
  assert.equal(tcp.decode(plain, 0, plain.length), DecodeStatus.Ok);
  assert.equal(tcp.sackBlockCount, 0);
});

Deno.test("TCP: malformed options are flagged, not followed", () => {
  const tcp = new TCP();
  // An MSS option claiming length 0.
  let bytes = segment({ options: [2, 0, 5, 0xb4] });
  assert.equal(tcp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(tcp.optionsMalformed, true);
  assert.equal(tcp.mss, undefined);
  // A timestamps option running past the header (8 bytes of options, length 10).
  bytes = segment({ options: [1, 1, 8, 10, 0, 0, 0, 1], payload: PRINT });
  assert.equal(tcp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(tcp.optionsMalformed, true);
  assert.equal(tcp.timestampValue, undefined);
  // A window scale option of the wrong length is ignored but not malformed.
  bytes = segment({ options: [3, 4, 7, 0] });
  assert.equal(tcp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(tcp.windowScale, undefined);
  assert.equal(tcp.optionsMalformed, false);
  // EOL ends the list: the MSS after it is padding.
  bytes = segment({ options: [0, 2, 4, 5, 0xb4, 0, 0, 0] });
  assert.equal(tcp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(tcp.mss, undefined);
  assert.equal(tcp.optionsMalformed, false);
});

Deno.test("scanTcpOptions: kinds, offsets and lengths", () => {
  const options = new Uint8Array([1, 2, 4, 0x05, 0xb4, 3, 3, 7, 4, 2, 0, 99]);
  const seen: [number, number, number][] = [];
  const count = scanTcpOptions(options, 0, options.length, (kind, at, length) => {
    seen.push([kind, at, length]);
  });
  assert.equal(count, 5);
  assert.deepEqual(seen, [
    [TcpOption.NOP, 0, 1],
    [TcpOption.MSS, 1, 4],
    [TcpOption.WindowScale, 5, 3],
    [TcpOption.SackPermitted, 8, 2],
    [TcpOption.EOL, 10, 1],
  ]);
  // A kind with no room for its length byte is malformed.
  seen.length = 0;
  assert.equal(scanTcpOptions(options, 0, 2, (k, a, l) => seen.push([k, a, l])), 2);
  assert.deepEqual(seen, [[1, 0, 1], [2, 1, -1]]);
  // Nothing to scan.
  assert.equal(scanTcpOptions(options, 4, 4, () => assert.fail("no option")), 0);
});

Deno.test("TCP: sequence and acknowledgment above 2^31 are unsigned", () => {
  const bytes = segment({ sequence: 0xdeadbeef, acknowledgment: 0xfedcba98 });
  assert.deepEqual([...bytes.subarray(4, 12)], [0xde, 0xad, 0xbe, 0xef, 0xfe, 0xdc, 0xba, 0x98]);
  const tcp = new TCP();
  assert.equal(tcp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(tcp.sequence, 3735928559);
  assert.equal(tcp.acknowledgment, 4275878552);
  const max = segment({ sequence: 0xffffffff, acknowledgment: 0x80000000 });
  assert.equal(tcp.decode(max, 0, max.length), DecodeStatus.Ok);
  assert.equal(tcp.sequence, 4294967295);
  assert.equal(tcp.acknowledgment, 2147483648);
});

Deno.test("TCP: ports, window, checksum and urgent pointer at their extremes", () => {
  const bytes = segment({
    sourcePort: 65535,
    destinationPort: 1,
    window: 65535,
    checksum: 0xffff,
    urgent: 0x8001,
    flags: TcpFlag.URG | TcpFlag.ACK,
  });
  const tcp = new TCP();
  assert.equal(tcp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(tcp.sourcePort, 65535);
  assert.equal(tcp.destinationPort, 1);
  assert.equal(tcp.window, 65535);
  assert.equal(tcp.checksum, 0xffff);
  assert.equal(tcp.urgentPointer, 0x8001);
  assert.equal(tcp.flags, 0x030);
});

Deno.test("TCP: every flag bit, AE included", () => {
  const tcp = new TCP();
  const bits: [number, number, number][] = [
    // flag, byte 12 low bits, byte 13
    [TcpFlag.FIN, 0, 0x01],
    [TcpFlag.SYN, 0, 0x02],
    [TcpFlag.RST, 0, 0x04],
    [TcpFlag.PSH, 0, 0x08],
    [TcpFlag.ACK, 0, 0x10],
    [TcpFlag.URG, 0, 0x20],
    [TcpFlag.ECE, 0, 0x40],
    [TcpFlag.CWR, 0, 0x80],
    [TcpFlag.AE, 1, 0x00],
  ];
  for (const [flag, high, low] of bits) {
    const bytes = segment({ flags: flag });
    assert.equal(bytes[12], 0x50 | high);
    assert.equal(bytes[13], low);
    assert.equal(tcp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(tcp.flags, flag);
    assert.equal(tcp.dataOffset, 5, "a flag bit does not leak into the data offset");
  }
  assert.equal(TcpFlag.AE, 0x100);
  const all = segment({ flags: 0x1ff });
  assert.equal(all[12], 0x51);
  assert.equal(all[13], 0xff);
  assert.equal(tcp.decode(all, 0, all.length), DecodeStatus.Ok);
  assert.equal(tcp.flags, 0x1ff);
  assert.equal(tcp.headerLength, 20);
  // The three reserved bits are not flags.
  all[12] = 0x5e;
  all[13] = 0;
  assert.equal(tcp.decode(all, 0, all.length), DecodeStatus.Ok);
  assert.equal(tcp.flags, 0);
  assert.equal(tcp.dataOffset, 5);
});

Deno.test("TCP: data offset under 5 is malformed", () => {
  const tcp = new TCP();
  for (const dataOffset of [0, 1, 4]) {
    const bytes = segment({ dataOffset, payload: PRINT });
    assert.equal(
      tcp.decode(bytes, 0, bytes.length),
      DecodeStatus.Malformed,
      `offset ${dataOffset}`,
    );
    assert.equal(tcp.invalidField, "data offset");
    assert.equal(tcp.nextLayer, LayerType.None);
  }
});

Deno.test("TCP: fewer than 20 bytes, or options cut, is truncated", () => {
  const tcp = new TCP();
  const plain = segment({ payload: PRINT });
  for (let end = 0; end < 20; end++) {
    assert.equal(tcp.decode(plain.subarray(0, end), 0, end), DecodeStatus.Truncated);
    assert.equal(tcp.needed, 20);
    assert.equal(tcp.nextLayer, LayerType.None);
  }
  const withOptions = segment({ options: [1, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2], payload: PRINT });
  for (let end = 20; end < 32; end++) {
    assert.equal(tcp.decode(withOptions.subarray(0, end), 0, end), DecodeStatus.Truncated);
    assert.equal(tcp.needed, 32);
    assert.equal(tcp.nextLayer, LayerType.None);
  }
  assert.equal(tcp.decode(withOptions.subarray(0, 32), 0, 32), DecodeStatus.Ok);
  assert.equal(tcp.payloadLength, 0);
  assert.equal(tcp.nextLayer, LayerType.None);
  assert.equal(tcp.decode(withOptions.subarray(0, 33), 0, 33), DecodeStatus.Ok);
  assert.equal(tcp.payloadLength, 1);
  assert.equal(tcp.nextLayer, LayerType.Payload);
});

Deno.test("TCP: decoded at an offset, the message ends at end", () => {
  // 34 bytes in front (Ethernet + IPv4), 6 bytes of padding behind that `end` excludes.
  const tcpBytes = segment({ flags: TcpFlag.PSH | TcpFlag.ACK, payload: PRINT });
  const frame = new Uint8Array(34 + tcpBytes.length + 6).fill(0xee);
  frame.set(tcpBytes, 34);
  const tcp = new TCP();
  assert.equal(tcp.decode(frame, 34, 34 + tcpBytes.length), DecodeStatus.Ok);
  assert.equal(tcp.offset, 34);
  assert.equal(tcp.optionsOffset, 54);
  assert.equal(tcp.payloadOffset, 54);
  assert.equal(tcp.payloadLength, 5);
  assert.equal(tcp.end, 59);
  assert.equal(tcp.sourcePort, 43210);
  assert.equal(tcp.destinationPort, 80);
  assert.equal(tcp.flags, TcpFlag.PSH | TcpFlag.ACK);
});

Deno.test("TCP: options cut by the capture are told from malformed ones", () => {
  // NOP, NOP, Timestamps (10 bytes): a 32-byte header.
  const timestamps = segment({ options: [1, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2] });
  const cutAt = (bytes: Uint8Array, end: number): TCP => {
    const tcp = new TCP();
    tcp.decode(bytes, 0, end);
    return tcp;
  };
  let tcp = cutAt(timestamps, timestamps.length);
  assert.equal(tcp.optionsCut, false, "a whole header");
  assert.equal(tcp.cutOptionNamed, false);
  tcp = cutAt(timestamps, 22);
  assert.equal(tcp.optionsCut, true, "cut before the timestamps option's kind");
  assert.equal(tcp.cutOptionNamed, false);
  tcp = cutAt(timestamps, 26);
  assert.equal(tcp.optionsCut, true, "cut inside the timestamps' value");
  assert.equal(tcp.cutOptionNamed, true, "kind and length were captured");
  assert.equal(tcp.optionsMalformed, true, "the list stops early, as before");
  // A length under 2 in what was captured is malformed, cut header or not.
  const badLength = segment({ options: [1, 8, 1, 0, 0, 0, 0, 0] });
  assert.equal(cutAt(badLength, 24).optionsCut, false);
  assert.equal(cutAt(badLength, badLength.length).optionsMalformed, true);
  // So is a length that runs past the header.
  const pastHeader = segment({ options: [1, 8, 40, 0, 0, 0, 0, 0] });
  assert.equal(cutAt(pastHeader, 24).optionsCut, false);
  // An end-of-list option ends the list: what follows it was never part of it.
  const endOfList = segment({ options: [0, 0, 0, 0, 0, 0, 0, 0] });
  assert.equal(cutAt(endOfList, 22).optionsCut, false);
});
