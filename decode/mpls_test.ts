import assert from "node:assert/strict";
import { Decoder } from "./decoder.ts";
import { DecodeStatus, LayerType, Malformation } from "./layer.ts";
import { layerForEtherType, layerForUdpPorts } from "./layer_type.ts";
import { LinkType } from "./link_type.ts";
import { MAX_MPLS_LABELS, Mpls, mplsLabelName } from "./mpls.ts";
import { LAYERS } from "./registry.ts";
import { allOutputs, formatEveryPrefixAndMutation } from "../tests/_fuzz.ts";
import { internetChecksum, strict } from "../tests/_frames.ts";

// ---------------------------------------------------------------------------------------------
// Frame builders

interface Entry {
  label: number;
  tc?: number;
  ttl?: number;
}

/** A label stack, the last entry marked bottom of stack unless `bottom` is false. */
function stack(entries: Entry[], bottom = true): number[] {
  const bytes: number[] = [];
  entries.forEach((e, i) => {
    const s = bottom && i === entries.length - 1 ? 1 : 0;
    const word = e.label * 0x1000 + ((e.tc ?? 0) << 9) + (s << 8) + (e.ttl ?? 64);
    bytes.push(Math.floor(word / 0x1000000), (word >> 16) & 0xff, (word >> 8) & 0xff, word & 0xff);
  });
  return bytes;
}

/** An IPv4 header (10.0.0.1 → 10.0.0.2) before `payload`. */
function ipv4(protocol: number, payload: number[]): number[] {
  const total = 20 + payload.length;
  const header = [0x45, 0, total >> 8, total & 0xff, 0, 1, 0, 0, 64, protocol, 0, 0];
  header.push(10, 0, 0, 1, 10, 0, 0, 2);
  const sum = internetChecksum(header);
  header[10] = sum >> 8;
  header[11] = sum & 0xff;
  return [...header, ...payload];
}

/** An ICMP echo request. */
function echo(): number[] {
  const message = [8, 0, 0, 0, 0, 1, 0, 1, 0x61, 0x62, 0x63, 0x64];
  const sum = internetChecksum(message);
  message[2] = sum >> 8;
  message[3] = sum & 0xff;
  return message;
}

/** An IPv6 header (fd00::1 → fd00::2) before `payload`. */
function ipv6(next: number, payload: number[]): number[] {
  const source = [0xfd, ...new Array(14).fill(0), 1];
  const destination = [0xfd, ...new Array(14).fill(0), 2];
  return [
    0x60,
    0,
    0,
    0,
    payload.length >> 8,
    payload.length & 0xff,
    next,
    64,
    ...source,
    ...destination,
    ...payload,
  ];
}

function ethernet(etherType: number, payload: number[]): number[] {
  return [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, etherType >> 8, etherType & 0xff, ...payload];
}

/** A UDP header (no checksum) before `payload`. */
function udp(source: number, destination: number, payload: number[]): number[] {
  const length = 8 + payload.length;
  return [
    source >> 8,
    source & 0xff,
    destination >> 8,
    destination & 0xff,
    length >> 8,
    length & 0xff,
    0,
    0,
    ...payload,
  ];
}

function entries(mpls: Mpls): [number, number, boolean, number][] {
  const read: [number, number, boolean, number][] = [];
  for (let i = 0; i < mpls.count; i++) {
    read.push([mpls.label(i), mpls.trafficClass(i), mpls.bottomOfStack(i), mpls.ttl(i)]);
  }
  return read;
}

// ---------------------------------------------------------------------------------------------
// The layer alone

Deno.test("Mpls: one entry, every field, and the IPv4 packet under it", () => {
  const bytes = new Uint8Array([...stack([{ label: 16, tc: 5, ttl: 63 }]), ...ipv4(1, echo())]);
  assert.deepEqual([...bytes.subarray(0, 4)], [0x00, 0x01, 0x0b, 0x3f]);
  const mpls = new Mpls();
  assert.equal(mpls.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(mpls.type, LayerType.MPLS);
  assert.equal(mpls.count, 1);
  assert.deepEqual(entries(mpls), [[16, 5, true, 63]]);
  assert.equal(mpls.headerLength, 4);
  assert.equal(mpls.end, bytes.length);
  assert.equal(mpls.nextLayer, LayerType.IPv4);
  assert.equal(mpls.innerLayer, LayerType.None);
});

Deno.test("Mpls: the extreme values of each field", () => {
  const bytes = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
  const mpls = new Mpls();
  assert.equal(mpls.decode(bytes, 0, 4), DecodeStatus.Ok);
  assert.deepEqual(entries(mpls), [[0xfffff, 7, true, 255]]);
  // Nothing after the bottom of the stack: nothing to decode next.
  assert.equal(mpls.nextLayer, LayerType.None);
  const zeros = new Uint8Array([0, 0, 1, 0]);
  assert.equal(mpls.decode(zeros, 0, 4), DecodeStatus.Ok);
  assert.deepEqual(entries(mpls), [[0, 0, true, 0]]);
});

Deno.test("Mpls: a stack of three, read in place at an offset", () => {
  const labels = [{ label: 1000, tc: 3, ttl: 255 }, { label: 0x80000, tc: 1, ttl: 2 }, {
    label: 17,
    tc: 7,
    ttl: 1,
  }];
  const bytes = new Uint8Array([9, 9, ...stack(labels), ...ipv6(59, [])]);
  const mpls = new Mpls();
  assert.equal(mpls.decode(bytes, 2, bytes.length), DecodeStatus.Ok);
  assert.equal(mpls.offset, 2);
  assert.equal(mpls.count, 3);
  assert.deepEqual(entries(mpls), [[1000, 3, false, 255], [0x80000, 1, false, 2], [
    17,
    7,
    true,
    1,
  ]]);
  assert.equal(mpls.headerLength, 12);
  assert.equal(mpls.nextLayer, LayerType.IPv6);
});

Deno.test("Mpls: the packet under the stack is told by its first nibble", () => {
  const mpls = new Mpls();
  const cases: [number, LayerType][] = [
    [0x45, LayerType.IPv4],
    [0x4f, LayerType.IPv4],
    [0x60, LayerType.IPv6],
    [0x00, LayerType.None], // a pseudowire control word
    [0x10, LayerType.None], // an associated channel header
    [0x02, LayerType.None], // an Ethernet frame without control word
    [0x50, LayerType.None],
    [0xff, LayerType.None],
  ];
  for (const [first, layer] of cases) {
    const bytes = new Uint8Array([...stack([{ label: 100 }]), first, 0, 0, 0]);
    assert.equal(mpls.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(mpls.nextLayer, layer, `first byte 0x${first.toString(16)}`);
  }
  // Reserved labels do not decide it (Wireshark reads the nibble for them too).
  const explicitNull = new Uint8Array([...stack([{ label: 2 }]), 0x45, 0, 0, 20]);
  assert.equal(mpls.decode(explicitNull, 0, explicitNull.length), DecodeStatus.Ok);
  assert.equal(mpls.nextLayer, LayerType.IPv4);
});

Deno.test("Mpls: in UDP, the packet under the stack is carried, not next", () => {
  const bytes = new Uint8Array([...stack([{ label: 21 }, { label: 22 }]), ...ipv4(1, echo())]);
  const mpls = new Mpls(LayerType.MPLSinUDP);
  assert.equal(mpls.type, LayerType.MPLSinUDP);
  assert.equal(mpls.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(mpls.nextLayer, LayerType.None);
  assert.equal(mpls.innerLayer, LayerType.IPv4);
  assert.equal(mpls.headerLength, 8);
  // A reused layer forgets the last packet's.
  const pseudowire = new Uint8Array([...stack([{ label: 21 }]), 0, 0, 0, 0]);
  assert.equal(mpls.decode(pseudowire, 0, pseudowire.length), DecodeStatus.Ok);
  assert.equal(mpls.innerLayer, LayerType.None);
});

Deno.test("Mpls: truncations keep the entries captured whole", () => {
  const bytes = new Uint8Array(stack([{ label: 16 }, { label: 17 }, { label: 18 }]));
  const mpls = new Mpls();
  for (let n = 0; n < bytes.length; n++) {
    const where = `${n} bytes`;
    assert.equal(mpls.decode(strict(bytes.slice(0, n)), 0, n), DecodeStatus.Truncated, where);
    const whole = Math.floor(n / 4);
    assert.equal(mpls.count, whole, where);
    assert.equal(mpls.headerLength, 4 * whole, where);
    assert.equal(mpls.needed, 4 * whole + 4, where);
    assert.equal(mpls.nextLayer, LayerType.None, where);
    assert.deepEqual(entries(mpls).map((e) => e[0]), [16, 17, 18].slice(0, whole), where);
  }
  assert.equal(mpls.decode(strict(bytes), 0, bytes.length), DecodeStatus.Ok);
  assert.equal(mpls.count, 3);
  // A stack that never reaches its bottom runs off the end of the frame.
  const endless = new Uint8Array(stack([{ label: 16 }, { label: 17 }], false));
  assert.equal(mpls.decode(strict(endless), 0, endless.length), DecodeStatus.Truncated);
  assert.equal(mpls.count, 2);
  assert.equal(mpls.needed, 12);
  // `end` bounds the stack even when the array goes on.
  assert.equal(mpls.decode(bytes, 0, 6), DecodeStatus.Truncated);
  assert.equal(mpls.count, 1);
});

Deno.test("Mpls: more entries than the cap is malformed", () => {
  const mpls = new Mpls();
  const deepest = stack(Array.from({ length: MAX_MPLS_LABELS }, (_, i) => ({ label: 100 + i })));
  const ok = new Uint8Array([...deepest, ...ipv4(1, echo())]);
  assert.equal(mpls.decode(strict(ok), 0, ok.length), DecodeStatus.Ok);
  assert.equal(mpls.count, MAX_MPLS_LABELS);
  assert.equal(mpls.headerLength, 4 * MAX_MPLS_LABELS);
  assert.equal(mpls.nextLayer, LayerType.IPv4);
  const tooDeep = new Uint8Array([
    ...stack(Array.from({ length: MAX_MPLS_LABELS + 1 }, (_, i) => ({ label: 100 + i }))),
    ...ipv4(1, echo()),
  ]);
  assert.equal(mpls.decode(strict(tooDeep), 0, tooDeep.length), DecodeStatus.Malformed);
  assert.equal(mpls.malformation, Malformation.TagCount);
  assert.equal(mpls.invalidField, "tag count");
  assert.equal(mpls.count, MAX_MPLS_LABELS);
  assert.equal(mpls.nextLayer, LayerType.None);
});

Deno.test("Mpls: reserved labels have names", () => {
  assert.equal(mplsLabelName(0), "IPv4 Explicit-Null");
  assert.equal(mplsLabelName(2), "IPv6 Explicit-Null");
  assert.equal(mplsLabelName(3), "Implicit-Null");
  assert.equal(mplsLabelName(13), "Generic Associated Channel Label");
  assert.equal(mplsLabelName(4), "");
  assert.equal(mplsLabelName(16), "");
});

// ---------------------------------------------------------------------------------------------
// Dispatch, through the decoder

Deno.test("Mpls: announced by EtherTypes 0x8847 and 0x8848 and by UDP port 6635", () => {
  assert.equal(layerForEtherType(0x8847), LayerType.MPLS);
  assert.equal(layerForEtherType(0x8848), LayerType.MPLS);
  assert.equal(layerForEtherType(0x8849), LayerType.None);
  assert.equal(layerForUdpPorts(40000, 6635), LayerType.MPLSinUDP);
  assert.equal(layerForUdpPorts(6635, 51348), LayerType.MPLSinUDP);
  assert.equal(layerForUdpPorts(6634, 6636), LayerType.None);
  assert.equal(LAYERS[LayerType.MPLS].section, "mpls");
  assert.equal(LAYERS[LayerType.MPLSinUDP].section, "mpls");
});

Deno.test("Decoder: Ethernet, MPLS, IPv4, ICMP", () => {
  for (const etherType of [0x8847, 0x8848]) {
    const frame = new Uint8Array(
      ethernet(etherType, [...stack([{ label: 30, ttl: 9 }, { label: 16 }]), ...ipv4(1, echo())]),
    );
    const decoder = new Decoder();
    assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
    assert.deepEqual([...decoder.layers.subarray(0, decoder.layerCount)], [
      LayerType.Ethernet,
      LayerType.MPLS,
      LayerType.IPv4,
      LayerType.ICMP,
    ]);
    const mpls = decoder.layer(LayerType.MPLS);
    assert.ok(decoder.has(LayerType.MPLS));
    assert.equal(mpls.offset, 14);
    assert.deepEqual(entries(mpls).map((e) => e[0]), [30, 16]);
    assert.equal(decoder.ipv4.offset, 22);
    assert.equal(decoder.ipv4.protocol, 1);
    assert.equal(decoder.transportChecksum(), 1); // good
    assert.equal(decoder.inner, null);
  }
});

Deno.test("Decoder: VLAN then MPLS then IPv6", () => {
  const frame = new Uint8Array(
    ethernet(0x8100, [0, 100, 0x88, 0x47, ...stack([{ label: 16 }]), ...ipv6(59, [])]),
  );
  const decoder = new Decoder();
  assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.deepEqual([...decoder.layers.subarray(0, decoder.layerCount)], [
    LayerType.Ethernet,
    LayerType.VLAN,
    LayerType.MPLS,
    LayerType.IPv6,
  ]);
});

Deno.test("Decoder: MPLS in UDP carries its packet to the inner decoder", () => {
  const carried = [...stack([{ label: 21, ttl: 63 }]), ...ipv4(1, echo())];
  const frame = new Uint8Array(ethernet(0x0800, ipv4(17, udp(58699, 6635, carried))));
  const decoder = new Decoder();
  assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.deepEqual([...decoder.layers.subarray(0, decoder.layerCount)], [
    LayerType.Ethernet,
    LayerType.IPv4,
    LayerType.UDP,
    LayerType.MPLSinUDP,
  ]);
  assert.equal(decoder.layer(LayerType.MPLSinUDP).label(0), 21);
  const inner = decoder.inner;
  assert.ok(inner !== null);
  assert.deepEqual([...inner.layers.subarray(0, inner.layerCount)], [
    LayerType.IPv4,
    LayerType.ICMP,
  ]);
  assert.equal(inner.ipv4.offset, 14 + 20 + 8 + 4);
  // Not IP under the stack: nothing carried.
  const other = new Uint8Array(
    ethernet(0x0800, ipv4(17, udp(58699, 6635, [...stack([{ label: 21 }]), 0, 0, 0, 0]))),
  );
  assert.equal(decoder.decode(other, other.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.equal(decoder.inner, null);
  assert.equal(decoder.layers[decoder.layerCount - 1], LayerType.MPLSinUDP);
});

Deno.test("Decoder: a cut or endless stack is truncated, a deep one malformed", () => {
  const decoder = new Decoder();
  const frame = new Uint8Array(ethernet(0x8847, [...stack([{ label: 16 }, { label: 17 }])]));
  // Cut inside the first entry: MPLS is not decoded, only partial.
  assert.equal(decoder.decode(frame, 16, LinkType.EN10MB), DecodeStatus.Truncated);
  assert.equal(decoder.problemLayer, LayerType.MPLS);
  assert.equal(decoder.partialLayer, LayerType.MPLS);
  assert.equal(decoder.has(LayerType.MPLS), false);
  assert.equal(decoder.describeProblem(), "truncated mpls: needs 4 bytes at offset 14, has 2");
  // Cut after the first: decoded as far as it goes.
  assert.equal(decoder.decode(frame, 20, LinkType.EN10MB), DecodeStatus.Truncated);
  assert.ok(decoder.has(LayerType.MPLS));
  assert.equal(decoder.layer(LayerType.MPLS).count, 1);
  assert.equal(decoder.problemNeeded, 8);
  const deep = new Uint8Array(
    ethernet(0x8847, stack(Array.from({ length: 40 }, () => ({ label: 16 })), false)),
  );
  assert.equal(decoder.decode(deep, deep.length, LinkType.EN10MB), DecodeStatus.Malformed);
  assert.equal(decoder.describeProblem(), "malformed mpls: bad tag count at offset 14");
});

// ---------------------------------------------------------------------------------------------
// Output

const outputs = allOutputs;

Deno.test("Mpls output: tcpdump's words as a shim, stacked entries in lists", () => {
  const frame = ethernet(0x8847, [
    ...stack([{ label: 1000, tc: 3, ttl: 255 }, { label: 17, tc: 5, ttl: 63 }]),
    ...ipv4(1, echo()),
  ]);
  const { text, detail, json } = outputs(frame);
  assert.equal(
    text,
    "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype MPLS unicast (0x8847), length 54: " +
      "MPLS (label 1000, tc 3, ttl 255) (label 17, tc 5, [S], ttl 63) " +
      "10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 12",
  );
  assert.deepEqual(json.mpls, { label: [1000, 17], exp: [3, 5], bottom: [0, 1], ttl: [255, 63] });
  assert.deepEqual(Object.keys(json), ["frame", "eth", "mpls", "ip", "icmp"]);
  assert.ok(
    detail.includes(
      "  MPLS label stack entry 2\n    Label: 17\n    Traffic Class: 5\n" +
        "    Bottom of Stack: set\n    Time to Live: 63\n  Internet Protocol version 4",
    ),
    detail,
  );
  const multicast = outputs(ethernet(0x8848, [...stack([{ label: 20 }]), ...ipv4(1, echo())]));
  assert.match(
    multicast.text,
    /, ethertype MPLS multicast \(0x8848\), length 50: MPLS \(label 20,/,
  );
  const one = outputs(ethernet(0x8847, [...stack([{ label: 0 }]), ...ipv4(1, echo())]));
  assert.deepEqual(one.json.mpls, { label: 0, exp: 0, bottom: 1, ttl: 64 });
  assert.match(one.detail, /Label: 0 \(IPv4 Explicit-Null\)/);
});

Deno.test("Mpls output: a cut stack shows its whole entries; a cut first entry nothing", () => {
  const frame = ethernet(0x8847, [...stack([{ label: 16 }, { label: 17 }]), ...ipv4(1, echo())]);
  const cut = outputs(frame, 20);
  assert.match(cut.text, /length 54: MPLS \(label 16, tc 0, ttl 64\) \[\|mpls\]$/);
  assert.deepEqual(cut.json.mpls, { label: 16, exp: 0, bottom: 0, ttl: 64 });
  assert.deepEqual(cut.json._errors, ["truncated mpls: needs 8 bytes at offset 14, has 6"]);
  const inside = outputs(frame, 16);
  assert.match(inside.text, /length 54 \[\|mpls\]$/);
  assert.equal(inside.json.mpls, undefined);
});

Deno.test("Mpls output: in UDP, named before the carried packet", () => {
  const carried = [...stack([{ label: 21, ttl: 63 }]), ...ipv4(1, echo())];
  const { text, json } = outputs(ethernet(0x0800, ipv4(17, udp(58699, 6635, carried))));
  assert.match(
    text,
    /10\.0\.0\.1\.58699 > 10\.0\.0\.2\.6635: UDP, length 36: MPLS \(label 21, tc 0, \[S\], ttl 63\): 10\.0\.0\.1 > 10\.0\.0\.2: ICMP echo request, id 1, seq 1, length 12$/,
  );
  assert.deepEqual(json.mpls, { label: 21, exp: 0, bottom: 1, ttl: 63 });
  assert.equal(json.icmp.type, 8);
});

// ---------------------------------------------------------------------------------------------
// Hostile bytes

Deno.test("Mpls: every prefix and 20,000 mutations through decoder and formatters", () => {
  const seeds = [
    ethernet(0x8847, [...stack([{ label: 16 }]), ...ipv4(1, echo())]),
    ethernet(0x8848, [...stack([{ label: 1 }, { label: 2 }, { label: 3 }]), ...ipv6(59, [])]),
    ethernet(0x8100, [0, 7, 0x88, 0x47, ...stack([{ label: 16 }]), ...ipv4(6, [])]),
    ethernet(0x0800, ipv4(17, udp(1, 6635, [...stack([{ label: 9 }]), ...ipv4(1, echo())]))),
  ];
  formatEveryPrefixAndMutation(seeds, 0x6d70);
});
