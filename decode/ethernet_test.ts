import assert from "node:assert/strict";
import { Ethernet, EtherType, layerForEtherType } from "./ethernet.ts";
import { DecodeStatus, LayerType } from "./layer.ts";
import { craft } from "../tests/_frames.ts";

const DST = [0x02, 0x00, 0x00, 0xaa, 0xbb, 0x02];
const SRC = [0x02, 0x00, 0x00, 0xaa, 0xbb, 0x01];

function frame(etherType: number, payload: number[] = []): Uint8Array {
  return craft().ethernet({ destination: DST, source: SRC, etherType }).payload(payload).build();
}

Deno.test("Ethernet: IPv4 frame", () => {
  const bytes = frame(0x0800, [0x45, 0, 0, 20]);
  const eth = new Ethernet();
  assert.equal(eth.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(eth.type, LayerType.Ethernet);
  assert.equal(eth.bytes, bytes);
  assert.equal(eth.offset, 0);
  assert.equal(eth.headerLength, 14);
  assert.equal(eth.end, 18);
  assert.equal(eth.destination, "02:00:00:aa:bb:02");
  assert.equal(eth.source, "02:00:00:aa:bb:01");
  assert.equal(eth.etherType, 0x0800);
  assert.equal(eth.nextLayer, LayerType.IPv4);
});

Deno.test("Ethernet: next layer for each EtherType", () => {
  const cases: [number, LayerType][] = [
    [0x0800, LayerType.IPv4],
    [0x86dd, LayerType.IPv6],
    [0x0806, LayerType.ARP],
    [0x8100, LayerType.VLAN],
    [0x88a8, LayerType.VLAN],
    [0x88cc, LayerType.None], // LLDP
    [0x0600, LayerType.None], // XNS, a type but unknown
  ];
  const eth = new Ethernet();
  for (const [etherType, layer] of cases) {
    const bytes = frame(etherType);
    assert.equal(eth.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(eth.etherType, etherType);
    assert.equal(eth.nextLayer, layer, `ethertype 0x${etherType.toString(16)}`);
    assert.equal(layerForEtherType(etherType), layer);
  }
  assert.equal(EtherType.IPv6, 0x86dd);
});

Deno.test("Ethernet: an 802.3 length is not taken for a type", () => {
  const eth = new Ethernet();
  // 0x0800 would be IPv4; values up to 1500 are lengths. 1500 = 0x05dc.
  for (const length of [0, 46, 0x05dc]) {
    const bytes = frame(length, [0xaa, 0xaa, 0x03]);
    assert.equal(eth.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(eth.etherType, length);
    assert.equal(eth.nextLayer, LayerType.None);
  }
  const ipv4 = frame(0x0800);
  eth.decode(ipv4, 0, ipv4.length);
  assert.equal(eth.nextLayer, LayerType.IPv4);
  // Reused for an 802.3 frame, the previous next layer does not stick.
  const llc = frame(100);
  eth.decode(llc, 0, llc.length);
  assert.equal(eth.nextLayer, LayerType.None);
});

Deno.test("Ethernet: decodes at an offset and stops at end", () => {
  const bytes = new Uint8Array([0xee, 0xee, ...frame(0x86dd), 0xff]);
  const eth = new Ethernet();
  assert.equal(eth.decode(bytes, 2, 16), DecodeStatus.Ok);
  assert.equal(eth.offset, 2);
  assert.equal(eth.end, 16);
  assert.equal(eth.destination, "02:00:00:aa:bb:02");
  assert.equal(eth.source, "02:00:00:aa:bb:01");
  assert.equal(eth.etherType, 0x86dd);
  assert.equal(eth.nextLayer, LayerType.IPv6);
});

Deno.test("Ethernet: fewer than 14 bytes is truncated", () => {
  const bytes = frame(0x0800);
  const eth = new Ethernet();
  for (let end = 0; end < 14; end++) {
    assert.equal(eth.decode(bytes.subarray(0, end), 0, end), DecodeStatus.Truncated);
    assert.equal(eth.needed, 14);
    assert.equal(eth.nextLayer, LayerType.None);
  }
  // end is honoured even when the array is longer.
  assert.equal(eth.decode(bytes, 0, 13), DecodeStatus.Truncated);
  assert.equal(eth.decode(bytes, 1, 14), DecodeStatus.Truncated);
  assert.equal(eth.decode(bytes, 0, 14), DecodeStatus.Ok);
});
