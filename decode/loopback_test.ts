import assert from "node:assert/strict";
import { Decoder } from "./decoder.ts";
import { DecodeStatus, LayerType } from "./layer.ts";
import { LinkType } from "./link_type.ts";
import { Loopback } from "./loopback.ts";
import { craft, strict } from "../tests/_frames.ts";

/** A DLT_NULL header from a little-endian host. */
function littleEndian(family: number): Uint8Array {
  return craft().loopback({ family }).build();
}

/** A DLT_NULL header from a big-endian host, or a DLT_LOOP header. */
function bigEndian(family: number): Uint8Array {
  return craft().loopback({ family, byteOrder: "big" }).build();
}

Deno.test("Loopback: DLT_NULL AF_INET from a little-endian host, every field", () => {
  const bytes = littleEndian(2);
  assert.deepEqual([...bytes], [2, 0, 0, 0]);
  const loopback = new Loopback();
  assert.equal(loopback.networkOrder, false);
  assert.equal(loopback.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(loopback.type, LayerType.Loopback);
  assert.equal(loopback.bytes, bytes);
  assert.equal(loopback.offset, 0);
  assert.equal(loopback.headerLength, 4);
  assert.equal(loopback.end, 4);
  assert.equal(loopback.family, 2);
  assert.equal(loopback.nextLayer, LayerType.IPv4);
});

Deno.test("Loopback: DLT_NULL AF_INET from a big-endian host", () => {
  const bytes = bigEndian(2);
  assert.deepEqual([...bytes], [0, 0, 0, 2]);
  const loopback = new Loopback();
  assert.equal(loopback.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(loopback.family, 2);
  assert.equal(loopback.nextLayer, LayerType.IPv4);
  assert.equal(loopback.headerLength, 4);
});

Deno.test("Loopback: DLT_NULL AF_INET6 of each system, in both byte orders", () => {
  const loopback = new Loopback();
  // NetBSD/OpenBSD 24, FreeBSD 28, macOS 30, Linux 10.
  for (const family of [24, 28, 30, 10]) {
    for (const bytes of [littleEndian(family), bigEndian(family)]) {
      assert.equal(loopback.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
      assert.equal(loopback.family, family, `${family} as ${bytes}`);
      assert.equal(loopback.nextLayer, LayerType.IPv6, `${family} as ${bytes}`);
    }
  }
});

Deno.test("Loopback: DLT_LOOP is in network byte order", () => {
  const loopback = new Loopback();
  loopback.networkOrder = true;
  for (
    const [family, layer] of [[2, LayerType.IPv4], [24, LayerType.IPv6], [28, LayerType.IPv6], [
      30,
      LayerType.IPv6,
    ]] as const
  ) {
    const bytes = bigEndian(family);
    assert.equal(loopback.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(loopback.family, family);
    assert.equal(loopback.nextLayer, layer);
  }
  // Little-endian bytes are not swapped back when the order is known.
  const swapped = littleEndian(2);
  assert.equal(loopback.decode(swapped, 0, swapped.length), DecodeStatus.Ok);
  assert.equal(loopback.family, 0x02000000);
  assert.equal(loopback.nextLayer, LayerType.None);
});

Deno.test("Loopback: an unknown family leads nowhere", () => {
  const loopback = new Loopback();
  for (const family of [0, 1, 7, 17, 23, 29, 31, 0xffff]) {
    for (const bytes of [littleEndian(family), bigEndian(family)]) {
      assert.equal(loopback.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
      assert.equal(loopback.family, family, `family ${family}`);
      assert.equal(loopback.nextLayer, LayerType.None, `family ${family}`);
    }
  }
  // Both halves set: not a family in either order; read as written (big-endian).
  const odd = new Uint8Array([0x02, 0x00, 0x00, 0x02]);
  assert.equal(loopback.decode(odd, 0, odd.length), DecodeStatus.Ok);
  assert.equal(loopback.family, 0x02000002);
  assert.equal(loopback.nextLayer, LayerType.None);
  // Above 2^31: unsigned.
  const high = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
  assert.equal(loopback.decode(high, 0, high.length), DecodeStatus.Ok);
  assert.equal(loopback.family, 0xffffffff);
});

Deno.test("Loopback: fewer than 4 bytes is truncated", () => {
  const loopback = new Loopback();
  const bytes = littleEndian(30);
  for (let n = 0; n < 4; n++) {
    assert.equal(loopback.decode(strict(bytes.slice(0, n)), 0, n), DecodeStatus.Truncated);
    assert.equal(loopback.needed, 4);
    assert.equal(loopback.end, n);
    assert.equal(loopback.nextLayer, LayerType.None);
  }
  assert.equal(loopback.decode(strict(bytes.slice()), 0, 4), DecodeStatus.Ok);
  assert.equal(loopback.nextLayer, LayerType.IPv6);
  // At an offset, cut by the end.
  const frame = new Uint8Array([9, 9, ...bytes, 0x60]);
  assert.equal(loopback.decode(frame, 2, 5), DecodeStatus.Truncated);
  assert.equal(loopback.decode(frame, 2, 7), DecodeStatus.Ok);
  assert.equal(loopback.offset, 2);
  assert.equal(loopback.end, 7);
  assert.equal(loopback.family, 30);
});

Deno.test("Loopback: through the decoder, DLT_NULL and DLT_LOOP", () => {
  // An IPv6 header with no next header behind each.
  const zero = new Array(16).fill(0);
  const ipv6 = craft().ipv6({ source: zero, destination: zero });
  const decoder = new Decoder();
  for (const byteOrder of ["little", "big"] as const) {
    const frame = craft().loopback({ family: 30, byteOrder }).append(ipv6).build();
    assert.equal(decoder.decode(frame, frame.length, LinkType.NULL), DecodeStatus.Ok);
    assert.equal(decoder.loopback.networkOrder, false);
    assert.deepEqual([...decoder.layers.subarray(0, decoder.layerCount)], [
      LayerType.Loopback,
      LayerType.IPv6,
    ]);
    assert.equal(decoder.loopback.family, 30);
  }
  const loop = craft().loopback({ family: 30, byteOrder: "big" }).append(ipv6).build();
  assert.equal(decoder.decode(loop, loop.length, LinkType.LOOP), DecodeStatus.Ok);
  assert.equal(decoder.loopback.networkOrder, true);
  assert.equal(decoder.layerCount, 2);
  const wrongOrder = craft().loopback({ family: 30 }).append(ipv6).build();
  assert.equal(decoder.decode(wrongOrder, wrongOrder.length, LinkType.LOOP), DecodeStatus.Ok);
  assert.equal(decoder.layerCount, 1);
  assert.equal(decoder.loopback.nextLayer, LayerType.None);
  // DLT_NULL again: the order is reset.
  assert.equal(decoder.decode(wrongOrder, wrongOrder.length, LinkType.NULL), DecodeStatus.Ok);
  assert.equal(decoder.loopback.networkOrder, false);
  assert.equal(decoder.layerCount, 2);
});
