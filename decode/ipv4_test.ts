import assert from "node:assert/strict";
import { IPv4 } from "./ipv4.ts";
import { DecodeStatus, LayerType } from "./layer.ts";
import { craft, internetChecksum, type Ipv4Fields } from "../tests/_frames.ts";

/** An IPv4 header (172.16.10.99 → 172.16.10.12, id 0x1c46, TCP), then `payload` bytes of 0xd0. */
function datagram(h: Ipv4Fields, payload = 0): Uint8Array {
  return craft()
    .ipv4({
      source: [172, 16, 10, 99],
      destination: [172, 16, 10, 12],
      id: 0x1c46,
      protocol: 6,
      ...h,
    })
    .payload(new Array(payload).fill(0xd0))
    .build();
}

Deno.test("IPv4: a TCP datagram, every field", () => {
  // The classic example header: 45 00 00 3c 1c 46 40 00 40 06 b1 e6 ac 10 0a 63 ac 10 0a 0c.
  const bytes = datagram({ totalLength: 60 }, 40);
  assert.deepEqual(
    [...bytes.subarray(0, 20)],
    [
      0x45,
      0x00,
      0x00,
      0x3c,
      0x1c,
      0x46,
      0x40,
      0x00,
      0x40,
      0x06,
      0xb1,
      0xe6,
      0xac,
      0x10,
      0x0a,
      0x63,
      0xac,
      0x10,
      0x0a,
      0x0c,
    ],
  );
  const ip = new IPv4();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.type, LayerType.IPv4);
  assert.equal(ip.offset, 0);
  assert.equal(ip.headerLength, 20);
  assert.equal(ip.end, 60);
  assert.equal(ip.nextLayer, LayerType.TCP);
  assert.equal(ip.version, 4);
  assert.equal(ip.dscp, 0);
  assert.equal(ip.ecn, 0);
  assert.equal(ip.totalLength, 60);
  assert.equal(ip.identification, 0x1c46);
  assert.equal(ip.flags, 0b010);
  assert.equal(ip.reservedFlag, false);
  assert.equal(ip.dontFragment, true);
  assert.equal(ip.moreFragments, false);
  assert.equal(ip.fragmentOffset, 0);
  assert.equal(ip.ttl, 64);
  assert.equal(ip.protocol, 6);
  assert.equal(ip.checksum, 0xb1e6);
  assert.equal(ip.source, "172.16.10.99");
  assert.equal(ip.destination, "172.16.10.12");
  assert.equal(ip.sourceOffset, 12);
  assert.equal(ip.optionsLength, 0);
  assert.equal(ip.payloadTruncated, false);
});

Deno.test("IPv4: DSCP and ECN", () => {
  // EF (46) with ECT(1): 46 << 2 | 1 = 0xb9; CS1 with CE: 8 << 2 | 3 = 0x23.
  const ip = new IPv4();
  let bytes = datagram({ tos: 0xb9, totalLength: 20 });
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.dscp, 46);
  assert.equal(ip.ecn, 1);
  bytes = datagram({ tos: 0x23, totalLength: 20 });
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.dscp, 8);
  assert.equal(ip.ecn, 3);
  assert.equal(ip.nextLayer, LayerType.TCP);
  assert.equal(ip.end, 20);
});

Deno.test("IPv4: options (IHL 6) with Router Alert", () => {
  // IGMPv2 membership report: IHL 6, Router Alert option 94 04 00 00, protocol 2, TTL 1.
  const bytes = datagram(
    {
      tos: 0xc0,
      totalLength: 32,
      id: 0,
      ttl: 1,
      protocol: 2,
      source: [192, 168, 1, 20],
      destination: [224, 0, 0, 251],
      options: [0x94, 0x04, 0x00, 0x00],
    },
    8,
  );
  assert.equal(bytes[0], 0x46);
  const ip = new IPv4();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.version, 4);
  assert.equal(ip.headerLength, 24);
  assert.equal(ip.optionsLength, 4);
  assert.equal(ip.totalLength, 32);
  assert.equal(ip.end, 32);
  assert.equal(ip.dscp, 48);
  assert.equal(ip.ecn, 0);
  assert.equal(ip.identification, 0);
  assert.equal(ip.ttl, 1);
  assert.equal(ip.protocol, 2);
  assert.equal(ip.nextLayer, LayerType.IGMP);
  assert.equal(
    ip.checksum,
    internetChecksum([...bytes.subarray(0, 10), 0, 0, ...bytes.subarray(12, 24)]),
  );
  assert.equal(ip.source, "192.168.1.20");
  assert.equal(ip.destination, "224.0.0.251");
  assert.equal(ip.dontFragment, true);
});

Deno.test("IPv4: options cut by the captured end are truncated", () => {
  const bytes = datagram({ totalLength: 24, options: [1, 1, 1, 0] });
  const ip = new IPv4();
  for (let end = 20; end < 24; end++) {
    assert.equal(ip.decode(bytes, 0, end), DecodeStatus.Truncated);
    assert.equal(ip.needed, 24);
    assert.equal(ip.nextLayer, LayerType.None);
  }
  assert.equal(ip.decode(bytes, 0, 24), DecodeStatus.Ok);
  assert.equal(ip.headerLength, 24);
  // Largest header: IHL 15 = 60 bytes.
  const big = datagram({ totalLength: 60, options: new Array(40).fill(1) });
  assert.equal(big[0], 0x4f);
  assert.equal(ip.decode(big, 0, 59), DecodeStatus.Truncated);
  assert.equal(ip.needed, 60);
  assert.equal(ip.decode(big, 0, 60), DecodeStatus.Ok);
  assert.equal(ip.headerLength, 60);
  assert.equal(ip.optionsLength, 40);
  assert.equal(ip.end, 60);
});

Deno.test("IPv4: more fragments on the first fragment still leads to TCP", () => {
  // MF set, offset 0: the first fragment carries the TCP header.
  const bytes = datagram({ totalLength: 1500, flags: 0b001, id: 0xabcd }, 1480);
  const ip = new IPv4();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.flags, 0b001);
  assert.equal(ip.moreFragments, true);
  assert.equal(ip.dontFragment, false);
  assert.equal(ip.reservedFlag, false);
  assert.equal(ip.fragmentOffset, 0);
  assert.equal(ip.identification, 0xabcd);
  assert.equal(ip.nextLayer, LayerType.TCP);
  assert.equal(ip.end, 1500);
});

Deno.test("IPv4: a non-first fragment leads to Fragment", () => {
  // Offset 1480 bytes = 185 units, MF set: 0x2000 | 185 = 0x20b9.
  const ip = new IPv4();
  let bytes = datagram(
    { totalLength: 1500, flags: 0b001, fragmentOffset: 185, protocol: 17 },
    1480,
  );
  assert.equal(bytes[6], 0x20);
  assert.equal(bytes[7], 0xb9);
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.fragmentOffset, 185);
  assert.equal(ip.moreFragments, true);
  assert.equal(ip.protocol, 17);
  assert.equal(ip.nextLayer, LayerType.Fragment);
  // The last fragment: MF clear, offset 2960 bytes = 370 units = 0x172.
  bytes = datagram({ totalLength: 120, flags: 0, fragmentOffset: 370 }, 100);
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.flags, 0);
  assert.equal(ip.moreFragments, false);
  assert.equal(ip.fragmentOffset, 370);
  assert.equal(ip.nextLayer, LayerType.Fragment);
  // The largest offset: all 13 bits, with DF and the reserved bit set too.
  bytes = datagram({ totalLength: 20, flags: 0b110, fragmentOffset: 0x1fff });
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.flags, 0b110);
  assert.equal(ip.reservedFlag, true);
  assert.equal(ip.dontFragment, true);
  assert.equal(ip.moreFragments, false);
  assert.equal(ip.fragmentOffset, 0x1fff);
  assert.equal(ip.nextLayer, LayerType.Fragment);
});

Deno.test("IPv4: the reserved (evil) bit alone", () => {
  const bytes = datagram({ totalLength: 20, flags: 0b100 });
  const ip = new IPv4();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.flags, 0b100);
  assert.equal(ip.reservedFlag, true);
  assert.equal(ip.dontFragment, false);
  assert.equal(ip.moreFragments, false);
  assert.equal(ip.fragmentOffset, 0);
  assert.equal(ip.nextLayer, LayerType.TCP);
});

Deno.test("IPv4: total length 0 (TSO) runs to the captured end", () => {
  const bytes = datagram({ totalLength: 0 }, 9000);
  const ip = new IPv4();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.totalLength, 0);
  assert.equal(ip.end, 9020);
  assert.equal(ip.payloadTruncated, false);
  assert.equal(ip.nextLayer, LayerType.TCP);
  assert.equal(ip.decode(bytes, 0, 100), DecodeStatus.Ok);
  assert.equal(ip.end, 100);
});

Deno.test("IPv4: Ethernet padding after the total length is excluded from end", () => {
  // A 14-byte Ethernet header, then a 40-byte IPv4+TCP datagram padded to 60 bytes of frame.
  const zero = [0, 0, 0, 0, 0, 0];
  const frame = craft().ethernet({ destination: zero, source: zero, etherType: 0x0800 })
    .payload(datagram({ totalLength: 40 }, 20)).pad(60).build();
  const ip = new IPv4();
  assert.equal(ip.decode(frame, 14, 60), DecodeStatus.Ok);
  assert.equal(ip.offset, 14);
  assert.equal(ip.sourceOffset, 26);
  assert.equal(ip.totalLength, 40);
  assert.equal(ip.end, 54);
  assert.equal(ip.payloadTruncated, false);
  assert.equal(ip.source, "172.16.10.99");
  assert.equal(ip.destination, "172.16.10.12");
  assert.equal(ip.ttl, 64);
});

Deno.test("IPv4: total length beyond the capture keeps the captured end", () => {
  const bytes = datagram({ totalLength: 1500 }, 76); // snaplen 96
  const ip = new IPv4();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.end, 96);
  assert.equal(ip.totalLength, 1500);
  assert.equal(ip.payloadTruncated, true);
});

Deno.test("IPv4: version other than 4 is malformed", () => {
  const bytes = datagram({ totalLength: 20, version: 6, ihl: 5 });
  const ip = new IPv4();
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Malformed);
  assert.equal(ip.invalidField, "version");
  assert.equal(ip.nextLayer, LayerType.None);
  assert.equal(ip.version, 6);
  bytes[0] = 0x05;
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Malformed);
  assert.equal(ip.invalidField, "version");
});

Deno.test("IPv4: IHL under 5 is malformed", () => {
  const ip = new IPv4();
  for (const ihl of [0, 1, 4]) {
    const bytes = datagram({ totalLength: 40, ihl }, 20);
    assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Malformed, `IHL ${ihl}`);
    assert.equal(ip.invalidField, "header length");
    assert.equal(ip.nextLayer, LayerType.None);
  }
});

Deno.test("IPv4: total length under the header length is malformed", () => {
  const ip = new IPv4();
  let bytes = datagram({ totalLength: 19 }, 20);
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Malformed);
  assert.equal(ip.invalidField, "total length");
  bytes = datagram({ totalLength: 20, options: [1, 1, 1, 1] }, 20);
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Malformed);
  assert.equal(ip.invalidField, "total length");
  // Exactly the header length is a datagram with no payload.
  bytes = datagram({ totalLength: 24, options: [1, 1, 1, 1] }, 20);
  assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(ip.end, 24);
});

Deno.test("IPv4: fewer than 20 bytes is truncated", () => {
  const bytes = datagram({ totalLength: 40 }, 20);
  const ip = new IPv4();
  for (let end = 0; end < 20; end++) {
    assert.equal(ip.decode(bytes.subarray(0, end), 0, end), DecodeStatus.Truncated);
    assert.equal(ip.needed, 20);
    assert.equal(ip.headerLength, 20);
    assert.equal(ip.nextLayer, LayerType.None);
  }
});

Deno.test("IPv4: protocol numbers map to layers", () => {
  const ip = new IPv4();
  const cases: [number, LayerType][] = [
    [6, LayerType.TCP],
    [17, LayerType.UDP],
    [1, LayerType.ICMP],
    [58, LayerType.ICMPv6],
    [47, LayerType.GRE],
    [50, LayerType.None], // ESP
  ];
  for (const [protocol, layer] of cases) {
    const bytes = datagram({ totalLength: 28, protocol }, 8);
    assert.equal(ip.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(ip.protocol, protocol);
    assert.equal(ip.nextLayer, layer, `protocol ${protocol}`);
  }
});

Deno.test("IPv4: a reused layer forgets the previous header", () => {
  const ip = new IPv4();
  const withOptions = datagram({ totalLength: 24, options: [1, 1, 1, 0] });
  assert.equal(ip.decode(withOptions, 0, withOptions.length), DecodeStatus.Ok);
  assert.equal(ip.headerLength, 24);
  const plain = datagram({ totalLength: 20 });
  assert.equal(ip.decode(plain, 0, plain.length), DecodeStatus.Ok);
  assert.equal(ip.headerLength, 20);
  assert.equal(ip.optionsLength, 0);
  assert.equal(ip.decode(plain, 0, 10), DecodeStatus.Truncated);
  assert.equal(ip.nextLayer, LayerType.None);
});
