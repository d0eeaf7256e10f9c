import assert from "node:assert/strict";
import { Decoder } from "./decoder.ts";
import { DecodeStatus, LayerType } from "./layer.ts";
import { LinkType } from "./link_type.ts";
import { MAX_VLAN_TAGS, Vlan } from "./vlan.ts";
import { craft, strict, type VlanFields } from "../tests/_frames.ts";

/** The 4 bytes of each tag, outermost first. */
function tags(...list: VlanFields[]): Uint8Array {
  return list.reduce((built, tag) => built.vlan(tag), craft()).build();
}

function readTags(vlan: Vlan): [number, boolean, number, number][] {
  const read: [number, boolean, number, number][] = [];
  for (let i = 0; i < vlan.count; i++) {
    read.push([vlan.priority(i), vlan.dropEligible(i), vlan.id(i), vlan.etherType(i)]);
  }
  return read;
}

Deno.test("Vlan: one 802.1Q tag, every field", () => {
  // Priority 5 (video), VLAN 100, then IPv4: a0 64 08 00.
  const bytes = tags({ priority: 5, id: 100, etherType: 0x0800 });
  assert.deepEqual([...bytes], [0xa0, 0x64, 0x08, 0x00]);
  const vlan = new Vlan();
  assert.equal(vlan.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(vlan.type, LayerType.VLAN);
  assert.equal(vlan.bytes, bytes);
  assert.equal(vlan.offset, 0);
  assert.equal(vlan.count, 1);
  assert.equal(vlan.headerLength, 4);
  assert.equal(vlan.end, 4);
  assert.equal(vlan.nextLayer, LayerType.IPv4);
  assert.equal(vlan.priority(0), 5);
  assert.equal(vlan.dropEligible(0), false);
  assert.equal(vlan.id(0), 100);
  assert.equal(vlan.etherType(0), 0x0800);
});

Deno.test("Vlan: priority, DEI and id at their extremes", () => {
  const vlan = new Vlan();
  let bytes = tags({ priority: 7, dropEligible: true, id: 4095, etherType: 0x86dd });
  assert.deepEqual([...bytes], [0xff, 0xff, 0x86, 0xdd]);
  assert.equal(vlan.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.deepEqual(readTags(vlan), [[7, true, 4095, 0x86dd]]);
  assert.equal(vlan.nextLayer, LayerType.IPv6);
  // A priority tag: VLAN 0, only the priority means anything.
  bytes = tags({ priority: 6, id: 0, etherType: 0x0806 });
  assert.equal(vlan.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.deepEqual(readTags(vlan), [[6, false, 0, 0x0806]]);
  assert.equal(vlan.nextLayer, LayerType.ARP);
  // DEI alone does not leak into the id or the priority.
  bytes = tags({ priority: 0, dropEligible: true, id: 1, etherType: 0x0800 });
  assert.deepEqual([...bytes], [0x10, 0x01, 0x08, 0x00]);
  assert.equal(vlan.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.deepEqual(readTags(vlan), [[0, true, 1, 0x0800]]);
});

Deno.test("Vlan: QinQ, an 802.1ad service tag then an 802.1Q customer tag", () => {
  // Ethernet says 0x88a8; the S-tag (VLAN 200) says 0x8100; the C-tag (VLAN 300) says IPv6.
  const bytes = tags(
    { priority: 0, id: 200, etherType: 0x8100 },
    { priority: 3, dropEligible: true, id: 300, etherType: 0x86dd },
  );
  assert.deepEqual([...bytes], [0x00, 0xc8, 0x81, 0x00, 0x71, 0x2c, 0x86, 0xdd]);
  const vlan = new Vlan();
  assert.equal(vlan.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(vlan.count, 2);
  assert.equal(vlan.headerLength, 8);
  assert.equal(vlan.end, 8);
  assert.equal(vlan.nextLayer, LayerType.IPv6);
  assert.deepEqual(readTags(vlan), [
    [0, false, 200, 0x8100],
    [3, true, 300, 0x86dd],
  ]);

  // Through the decoder, from the Ethernet header's 0x88a8.
  const zero = new Array(16).fill(0);
  const frame = craft()
    .ethernet({ destination: [0x33, 0x33, 0, 0, 0, 1], etherType: 0x88a8 })
    .raw(bytes)
    .ipv6({ source: zero, destination: zero }) // no next header
    .build();
  const decoder = new Decoder();
  assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.deepEqual([...decoder.layers.subarray(0, decoder.layerCount)], [
    LayerType.Ethernet,
    LayerType.VLAN,
    LayerType.IPv6,
  ]);
  assert.equal(decoder.ethernet.etherType, 0x88a8);
  assert.equal(decoder.vlan.offset, 14);
  assert.equal(decoder.vlan.count, 2);
  assert.equal(decoder.vlan.id(0), 200);
  assert.equal(decoder.vlan.id(1), 300);
  assert.equal(decoder.ipv6.offset, 22);
});

Deno.test("Vlan: three tags, 0x9100 in the middle", () => {
  const bytes = tags(
    { priority: 1, id: 10, etherType: 0x9100 },
    { priority: 2, id: 20, etherType: 0x8100 },
    { priority: 4, dropEligible: true, id: 30, etherType: 0x0806 },
  );
  const frame = new Uint8Array(14 + bytes.length + 28);
  frame.set(bytes, 14);
  const vlan = new Vlan();
  assert.equal(vlan.decode(frame, 14, frame.length), DecodeStatus.Ok);
  assert.equal(vlan.offset, 14);
  assert.equal(vlan.count, 3);
  assert.equal(vlan.headerLength, 12);
  assert.equal(vlan.end, frame.length);
  assert.equal(vlan.nextLayer, LayerType.ARP);
  assert.deepEqual(readTags(vlan), [
    [1, false, 10, 0x9100],
    [2, false, 20, 0x8100],
    [4, true, 30, 0x0806],
  ]);
});

Deno.test("Vlan: MAX_VLAN_TAGS tags are read, one more is malformed", () => {
  assert.equal(MAX_VLAN_TAGS, 8);
  const vlan = new Vlan();
  const stack = (count: number, last: number) =>
    tags(
      ...Array.from({ length: count }, (_, i) => ({
        priority: i % 8,
        id: 100 + i,
        etherType: i === count - 1 ? last : 0x8100,
      })),
    );
  const most = stack(MAX_VLAN_TAGS, 0x0800);
  assert.equal(vlan.decode(most, 0, most.length), DecodeStatus.Ok);
  assert.equal(vlan.count, MAX_VLAN_TAGS);
  assert.equal(vlan.headerLength, 32);
  assert.equal(vlan.nextLayer, LayerType.IPv4);
  assert.equal(vlan.id(7), 107);
  assert.equal(vlan.priority(7), 7);

  const tooMany = stack(MAX_VLAN_TAGS + 1, 0x0800);
  assert.equal(vlan.decode(tooMany, 0, tooMany.length), DecodeStatus.Malformed);
  assert.equal(vlan.invalidField, "tag count");
  assert.equal(vlan.count, MAX_VLAN_TAGS);
  assert.equal(vlan.headerLength, 32);
  assert.equal(vlan.nextLayer, LayerType.None);
  // The eighth tag still announces another: that is what is wrong, whatever follows.
  const endless = stack(MAX_VLAN_TAGS, 0x8100);
  assert.equal(vlan.decode(endless, 0, endless.length), DecodeStatus.Malformed);
  assert.equal(vlan.count, MAX_VLAN_TAGS);

  const decoder = new Decoder();
  const frame = craft()
    .ethernet({ destination: [0, 0, 0, 0, 0, 2], source: [0, 0, 0, 0, 0, 1], etherType: 0x8100 })
    .payload(tooMany)
    .build();
  assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Malformed);
  assert.equal(decoder.problemLayer, LayerType.VLAN);
  assert.equal(decoder.problemOffset, 14);
  assert.equal(decoder.describeProblem(), "malformed vlan: bad tag count at offset 14");
});

Deno.test("Vlan: a tag cut after 2 bytes is truncated", () => {
  const vlan = new Vlan();
  const one = tags({ priority: 5, id: 100, etherType: 0x0800 });
  assert.equal(vlan.decode(one, 0, 2), DecodeStatus.Truncated);
  assert.equal(vlan.count, 0);
  assert.equal(vlan.needed, 4);
  assert.equal(vlan.headerLength, 0);
  assert.equal(vlan.nextLayer, LayerType.None);
  // The second tag of a QinQ pair cut after its TCI: the first tag is whole and counted; the
  // cut one's priority and id are there to read.
  const two = tags(
    { priority: 0, id: 200, etherType: 0x8100 },
    { priority: 3, dropEligible: true, id: 300, etherType: 0x0800 },
  );
  assert.equal(vlan.decode(two.slice(0, 6), 0, 6), DecodeStatus.Truncated);
  assert.equal(vlan.count, 1);
  assert.equal(vlan.needed, 8);
  assert.equal(vlan.headerLength, 4);
  assert.equal(vlan.nextLayer, LayerType.None);
  assert.deepEqual(readTags(vlan), [[0, false, 200, 0x8100]]);
  assert.equal(vlan.priority(1), 3);
  assert.equal(vlan.dropEligible(1), true);
  assert.equal(vlan.id(1), 300);
});

Deno.test("Vlan: every prefix of a stack", () => {
  const bytes = tags(
    { priority: 0, id: 200, etherType: 0x88a8 },
    { priority: 3, id: 300, etherType: 0x8100 },
    { priority: 7, id: 4000, etherType: 0x86dd },
  );
  const vlan = new Vlan();
  for (let n = 0; n <= bytes.length; n++) {
    const where = `${n} bytes`;
    const status = vlan.decode(strict(bytes.slice(0, n)), 0, n);
    const whole = Math.floor(n / 4);
    assert.equal(vlan.end, n, where);
    if (n < 12) {
      assert.equal(status, DecodeStatus.Truncated, where);
      assert.equal(vlan.count, whole, where);
      assert.equal(vlan.headerLength, 4 * whole, where);
      assert.equal(vlan.needed, 4 * whole + 4, where);
      assert.equal(vlan.nextLayer, LayerType.None, where);
    } else {
      assert.equal(status, DecodeStatus.Ok, where);
      assert.equal(vlan.count, 3);
      assert.equal(vlan.headerLength, 12);
      assert.equal(vlan.nextLayer, LayerType.IPv6);
    }
    assert.deepEqual(
      readTags(vlan),
      [[0, false, 200, 0x88a8], [3, false, 300, 0x8100], [7, false, 4000, 0x86dd]].slice(
        0,
        vlan.count,
      ),
      where,
    );
  }
});

Deno.test("Vlan: an 802.3 length or an unknown type after the tag", () => {
  const vlan = new Vlan();
  // LLC after the tag: a length (here 38), not a type.
  let bytes = tags({ priority: 0, id: 5, etherType: 38 });
  assert.equal(vlan.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(vlan.etherType(0), 38);
  assert.equal(vlan.nextLayer, LayerType.None);
  bytes = tags({ priority: 0, id: 5, etherType: 1500 });
  assert.equal(vlan.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(vlan.nextLayer, LayerType.None);
  // LLDP: a type with no decoder.
  bytes = tags({ priority: 0, id: 5, etherType: 0x88cc });
  assert.equal(vlan.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(vlan.nextLayer, LayerType.None);
  assert.equal(vlan.count, 1);
});

Deno.test({
  name: "Vlan: an outer 0x9100 tag is decoded as a tag, as an inner one is",
  fn() {
    const frame = craft()
      .ethernet()
      .vlan({ id: 100, tpid: 0x9100 })
      .vlan({ id: 200, etherType: 0x0806 })
      .payload(new Array(28).fill(0))
      .build();
    const decoder = new Decoder();
    assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
    assert.deepEqual([...decoder.layers.subarray(0, decoder.layerCount)], [
      LayerType.Ethernet,
      LayerType.VLAN,
      LayerType.ARP,
    ]);
  },
});

Deno.test("Vlan: a reused layer forgets the previous stack", () => {
  const vlan = new Vlan();
  const two = tags({ priority: 0, id: 1, etherType: 0x8100 }, {
    priority: 0,
    id: 2,
    etherType: 0x0800,
  });
  assert.equal(vlan.decode(two, 0, two.length), DecodeStatus.Ok);
  assert.equal(vlan.count, 2);
  const one = tags({ priority: 1, id: 3, etherType: 0x86dd });
  assert.equal(vlan.decode(one, 0, one.length), DecodeStatus.Ok);
  assert.equal(vlan.count, 1);
  assert.equal(vlan.headerLength, 4);
  assert.equal(vlan.nextLayer, LayerType.IPv6);
  assert.equal(vlan.decode(one, 0, 3), DecodeStatus.Truncated);
  assert.equal(vlan.count, 0);
  assert.equal(vlan.nextLayer, LayerType.None);
});
