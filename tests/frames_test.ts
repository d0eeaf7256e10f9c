/**
 * The tests' frame builder (tests/_frames.ts) checked against frames the Linux kernel made: the
 * shipped captures' packets rebuilt from their header fields, byte for byte, checksums included
 * (from the captures made with checksum offload off, where the kernel filled every checksum in).
 */

import assert from "node:assert/strict";
import { craft, type FrameBuilder } from "./_frames.ts";

/** The packets of a classic little-endian pcap file in tests/fixtures/. */
function packets(name: string): Uint8Array[] {
  const file = Deno.readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
  const view = new DataView(file.buffer);
  const found: Uint8Array[] = [];
  for (let at = 24; at < file.length; at += 16 + view.getUint32(at + 8, true)) {
    found.push(file.subarray(at + 16, at + 16 + view.getUint32(at + 8, true)));
  }
  return found;
}

// The captures' two hosts: 02:00:00:00:00:0a, 10.77.0.1, fd77::1 and 02:00:00:00:00:0b,
// 10.77.0.2, fd77::2.
const mac = (last: number) => [0x02, 0, 0, 0, 0, last];
const fd77 = (last: number) => [0xfd, 0x77, ...new Array(13).fill(0), last];
const [A, B] = [mac(0x0a), mac(0x0b)];
const [HOST_A, HOST_B] = [[10, 77, 0, 1], [10, 77, 0, 2]];
const [HOST6_A, HOST6_B] = [fd77(1), fd77(2)];
const A_TO_B = craft().ethernet({ destination: B, source: A });
const B_TO_A = craft().ethernet({ destination: A, source: B });

/** Each case: a capture, a packet in it, and the builder that should make it from `data`. */
const CASES: [string, number, number, (data: Uint8Array) => FrameBuilder][] = [
  [
    "arp-ping.pcap",
    0,
    42,
    () =>
      craft()
        .ethernet({ destination: [0xff, 0xff, 0xff, 0xff, 0xff, 0xff], source: A })
        .arp({ senderHardware: A, senderProtocol: HOST_A, targetProtocol: HOST_B }),
  ],
  [
    "arp-ping.pcap",
    2,
    42,
    (data) =>
      A_TO_B.ipv4({ source: HOST_A, destination: HOST_B, id: 0xb361 })
        .icmp({ identifier: 0x683b, sequence: 1 })
        .payload(data),
  ],
  [
    "arp-ping.pcap",
    3,
    42,
    (data) =>
      B_TO_A.ipv4({ source: HOST_B, destination: HOST_A, id: 0x366f, flags: 0 })
        .icmp({ type: 0, identifier: 0x683b, sequence: 1 })
        .payload(data),
  ],
  [
    "http-ipv6.pcap",
    0,
    78,
    (data) =>
      craft()
        .ethernet({ destination: [0x33, 0x33, 0xff, 0, 0, 2], source: A })
        .ipv6({
          source: HOST6_A,
          destination: [0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, 0, 0, 2],
          hopLimit: 255,
        })
        .icmpv6({ type: 135, rest: [0, 0, 0, 0] })
        .payload([...HOST6_B, ...data]), // the target, then the source link-layer address
  ],
  [
    "http-ipv6.pcap",
    2,
    62,
    (data) =>
      A_TO_B.ipv6({ source: HOST6_A, destination: HOST6_B, flowLabel: 0x536e0 })
        .icmpv6({ identifier: 0x680c, sequence: 1 })
        .payload(data),
  ],
  [
    "offload-off.pcap",
    2,
    74,
    () =>
      A_TO_B.ipv4({ source: HOST_A, destination: HOST_B, id: 0x9d91 }).tcp({
        sourcePort: 36172,
        destinationPort: 7000,
        sequence: 0xb0c0a8db,
        acknowledgment: 0,
        flags: 0x002,
        window: 64240,
        options: [2, 4, 0x05, 0xb4, 4, 2, 8, 10, 0x5c, 0x47, 0xd2, 0x1d, 0, 0, 0, 0, 1, 3, 3, 10],
      }),
  ],
  [
    "offload-off.pcap",
    3,
    74,
    () =>
      B_TO_A.ipv4({ source: HOST_B, destination: HOST_A, id: 0 }).tcp({
        sourcePort: 7000,
        destinationPort: 36172,
        sequence: 0xe6fc31e7,
        acknowledgment: 0xb0c0a8dc,
        flags: 0x012,
        window: 65160,
        options: [
          2,
          4,
          5,
          0xb4,
          4,
          2,
          8,
          10,
          0xf3,
          0x72,
          0x18,
          0x9b,
          0x5c,
          0x47,
          0xd2,
          0x1d,
          1,
          3,
          3,
          10,
        ],
      }),
  ],
  [
    "offload-off.pcap",
    12,
    42,
    (data) =>
      A_TO_B.ipv4({ source: HOST_A, destination: HOST_B, id: 0xffc1 })
        .udp({ sourcePort: 57408, destinationPort: 7001 })
        .payload(data),
  ],
  [
    "offload-off.pcap",
    16,
    94,
    () =>
      A_TO_B.ipv6({ source: HOST6_A, destination: HOST6_B, flowLabel: 0xeb0c5 }).tcp({
        sourcePort: 36002,
        destinationPort: 7000,
        sequence: 0xa52d5187,
        acknowledgment: 0,
        flags: 0x002,
        window: 64800,
        options: [2, 4, 0x05, 0xa0, 4, 2, 8, 10, 0xed, 0x76, 0xe8, 0x5f, 0, 0, 0, 0, 1, 3, 3, 10],
      }),
  ],
  [
    "offload-off.pcap",
    26,
    62,
    (data) =>
      A_TO_B.ipv6({ source: HOST6_A, destination: HOST6_B, flowLabel: 0xbaace })
        .udp({ sourcePort: 48278, destinationPort: 7001 })
        .payload(data),
  ],
];

Deno.test("craft: ARP, ICMP, ICMPv6, TCP and UDP the kernel made, rebuilt byte for byte", () => {
  for (const [capture, index, headers, build] of CASES) {
    const captured = packets(capture)[index]!;
    const built = build(captured.subarray(headers)).build();
    assert.deepEqual([...built], [...captured], `${capture} packet ${index + 1}`);
  }
});

Deno.test("craft: next-protocol fields come from the next layer, or must be given", () => {
  const zero = new Array(16).fill(0);
  const qinq = craft().ethernet().vlan({ id: 100, tpid: 0x88a8 }).vlan({ id: 200 }).ipv6({
    source: zero,
    destination: zero,
  }).build();
  assert.deepEqual([...qinq.subarray(12, 22)], [
    0x88,
    0xa8,
    0,
    100,
    0x81,
    0x00,
    0,
    200,
    0x86,
    0xdd,
  ]);
  assert.equal(qinq[22 + 6], 59, "nothing after the IPv6 header: no next header");
  // A BSD loopback header names the family, in host (here little-endian) or network order.
  assert.deepEqual([...craft().loopback().ipv4().build().subarray(0, 4)], [2, 0, 0, 0]);
  assert.deepEqual(
    [...craft().loopback({ byteOrder: "big" }).ipv6().build().subarray(0, 4)],
    [0, 0, 0, 24],
  );
  // Extension headers count their length in 8-byte units (AH in 4-byte units, less 2).
  const chain = craft().ipv6().extension(0, [1, 0]).extension(51, new Array(10).fill(0))
    .fragment({ offset: 3, more: true }).udp().build();
  assert.deepEqual([...chain.subarray(6, 7)], [0]);
  assert.deepEqual([...chain.subarray(40, 42)], [51, 0]);
  assert.deepEqual([...chain.subarray(48, 50)], [44, 1]);
  assert.deepEqual([...chain.subarray(60, 64)], [17, 0, 0x00, 0x19]);
  // Bytes the builder cannot name need their type given.
  assert.throws(() => craft().ethernet().payload([1, 2]).build(), /ethernet: give the EtherType/);
  assert.throws(() => craft().ipv4().payload([1, 2]).build(), /ipv4: give the protocol/);
  assert.equal(craft().ipv4({ protocol: 253 }).payload([1, 2]).build()[9], 253);
});

Deno.test("craft: wrong values as given, padding, trailer and snapshot length", () => {
  const frame = craft()
    .ethernet()
    .ipv4({ totalLength: 1500, checksum: 0xbeef, ihl: 4 })
    .udp({ length: 3, checksum: 0 })
    .payload([0x61])
    .pad(60, 0xa5)
    .trailer([1, 2, 3, 4]);
  const bytes = frame.build();
  assert.equal(bytes.length, 64);
  assert.deepEqual([...bytes.subarray(14, 18)], [0x44, 0, 0x05, 0xdc]);
  assert.deepEqual([...bytes.subarray(24, 26)], [0xbe, 0xef]);
  assert.deepEqual([...bytes.subarray(38, 43)], [0, 3, 0, 0, 0x61]);
  assert.deepEqual([...bytes.subarray(43)], [...new Array(17).fill(0xa5), 1, 2, 3, 4]);
  assert.deepEqual([...frame.snap(40).build()], [...bytes.subarray(0, 40)]);
  // A builder is a value: continuing one leaves it as it was.
  const base = craft().ethernet().ipv4();
  assert.notDeepEqual([...base.tcp().build()], [...base.udp().build()]);
  assert.equal(base.build().length, 34);
});
