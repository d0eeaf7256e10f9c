import assert from "node:assert/strict";
import { DecodeStatus, LayerType } from "./layer.ts";
import { LinuxSll } from "./linux_sll.ts";
import { craft, type LinuxSllFields, strict } from "../tests/_frames.ts";

const MAC = [0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e];

/** A LINUX_SLL (v1) header: packet type, ARPHRD type, address length, address, protocol. */
function v1(c: LinuxSllFields): Uint8Array {
  return craft().linuxSll(c).build();
}

/** A LINUX_SLL2 header: protocol, reserved, ifindex, ARPHRD type, packet type, length, address. */
function v2(c: LinuxSllFields): Uint8Array {
  return craft().linuxSll2(c).build();
}

Deno.test("LinuxSll v1: an incoming IPv4 packet on Ethernet, every field", () => {
  const bytes = v1({ packetType: 0, hardwareType: 1, address: MAC, protocol: 0x0800 });
  assert.deepEqual(
    [...bytes],
    [0, 0, 0, 1, 0, 6, 0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e, 0, 0, 0x08, 0x00],
  );
  const sll = new LinuxSll(LayerType.LinuxSLL);
  assert.equal(sll.type, LayerType.LinuxSLL);
  assert.equal(sll.headerLength, 16);
  assert.equal(sll.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(sll.bytes, bytes);
  assert.equal(sll.offset, 0);
  assert.equal(sll.headerLength, 16);
  assert.equal(sll.end, 16);
  assert.equal(sll.nextLayer, LayerType.IPv4);
  assert.equal(sll.packetType, 0);
  assert.equal(sll.packetTypeName, "in");
  assert.equal(sll.hardwareType, 1);
  assert.equal(sll.addressLength, 6);
  assert.equal(sll.source, "00:1a:2b:3c:4d:5e");
  assert.equal(sll.protocol, 0x0800);
  assert.equal(sll.interfaceIndex, 0);
});

Deno.test("LinuxSll v2: an outgoing IPv6 packet on interface 7, every field", () => {
  const bytes = v2({
    packetType: 4,
    hardwareType: 1,
    address: MAC,
    protocol: 0x86dd,
    interfaceIndex: 7,
  });
  assert.deepEqual(
    [...bytes],
    [0x86, 0xdd, 0, 0, 0, 0, 0, 7, 0, 1, 4, 6, 0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e, 0, 0],
  );
  const sll = new LinuxSll(LayerType.LinuxSLL2);
  assert.equal(sll.type, LayerType.LinuxSLL2);
  assert.equal(sll.headerLength, 20);
  // After 14 bytes of something else, with the packet behind it.
  const frame = new Uint8Array(14 + 20 + 40);
  frame.set(bytes, 14);
  assert.equal(sll.decode(frame, 14, frame.length), DecodeStatus.Ok);
  assert.equal(sll.offset, 14);
  assert.equal(sll.headerLength, 20);
  assert.equal(sll.end, frame.length);
  assert.equal(sll.nextLayer, LayerType.IPv6);
  assert.equal(sll.packetType, 4);
  assert.equal(sll.packetTypeName, "out");
  assert.equal(sll.hardwareType, 1);
  assert.equal(sll.addressLength, 6);
  assert.equal(sll.source, "00:1a:2b:3c:4d:5e");
  assert.equal(sll.protocol, 0x86dd);
  assert.equal(sll.interfaceIndex, 7);
});

Deno.test("LinuxSll: packet types and their names", () => {
  const names = ["in", "broadcast", "multicast", "other host", "out", "type 5", "type 6"];
  for (const [version, build] of [[LayerType.LinuxSLL, v1], [LayerType.LinuxSLL2, v2]] as const) {
    const sll = new LinuxSll(version);
    for (let packetType = 0; packetType < names.length; packetType++) {
      const bytes = build({ packetType, hardwareType: 1, address: MAC, protocol: 0x0806 });
      assert.equal(sll.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
      assert.equal(sll.packetType, packetType);
      assert.equal(sll.packetTypeName, names[packetType], `v${version - 9} type ${packetType}`);
      assert.equal(sll.nextLayer, LayerType.ARP);
    }
  }
  // v1's packet type is 16 bits.
  const sll = new LinuxSll(LayerType.LinuxSLL);
  const bytes = v1({ packetType: 0x0100, hardwareType: 1, address: MAC, protocol: 0x0800 });
  assert.equal(sll.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(sll.packetType, 256);
  assert.equal(sll.packetTypeName, "type 256");
});

Deno.test("LinuxSll: address lengths 6, 0, 8 and longer", () => {
  for (const [version, build] of [[LayerType.LinuxSLL, v1], [LayerType.LinuxSLL2, v2]] as const) {
    const sll = new LinuxSll(version);
    const where = `v${version - 9}`;
    // Loopback (ARPHRD_LOOPBACK, 772): a 6-byte address of zeros.
    let bytes = build({
      packetType: 0,
      hardwareType: 772,
      address: [0, 0, 0, 0, 0, 0],
      protocol: 0x0800,
    });
    assert.equal(sll.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(sll.hardwareType, 772, where);
    assert.equal(sll.addressLength, 6);
    assert.equal(sll.source, "00:00:00:00:00:00");
    // A tun device (ARPHRD_NONE, 65534): no address at all.
    bytes = build({ packetType: 0, hardwareType: 65534, address: [], protocol: 0x86dd });
    assert.equal(sll.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(sll.hardwareType, 65534, where);
    assert.equal(sll.addressLength, 0);
    assert.equal(sll.source, "");
    assert.equal(sll.nextLayer, LayerType.IPv6);
    // An 8-byte address (ARPHRD_EUI64, 27) fills the field.
    const eui64 = [0x02, 0x11, 0x22, 0xff, 0xfe, 0x33, 0x44, 0x55];
    bytes = build({ packetType: 1, hardwareType: 27, address: eui64, protocol: 0x0800 });
    assert.equal(sll.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(sll.addressLength, 8, where);
    assert.equal(sll.source, "02:11:22:ff:fe:33:44:55", where);
    // A 4-byte address (an IPv4 GRE tunnel's endpoint).
    bytes = build({ packetType: 0, hardwareType: 778, address: [192, 0, 2, 1], protocol: 0x0800 });
    assert.equal(sll.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(sll.addressLength, 4);
    assert.equal(sll.source, "c0:00:02:01");
    // InfiniBand's 20-byte address: the length says 20, the field holds the first 8 bytes.
    const infiniband = Array.from({ length: 20 }, (_, i) => 0x80 + i);
    bytes = build({
      packetType: 0,
      hardwareType: 32,
      address: infiniband,
      addressLength: 20,
      protocol: 0x0800,
    });
    assert.equal(sll.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(sll.addressLength, 20, where);
    assert.equal(sll.source, "80:81:82:83:84:85:86:87", where);
  }
});

Deno.test("LinuxSll: the protocol names the next layer", () => {
  const cases: [number, LayerType][] = [
    [0x0800, LayerType.IPv4],
    [0x86dd, LayerType.IPv6],
    [0x0806, LayerType.ARP],
    [0x8100, LayerType.VLAN],
    [0x88a8, LayerType.VLAN],
    [0x88cc, LayerType.None], // LLDP
    [0x0004, LayerType.None], // ETH_P_802_2: LLC follows
    [0x000c, LayerType.None], // ETH_P_CAN
    [0x0001, LayerType.None], // ETH_P_802_3
    [1500, LayerType.None],
    [1536, LayerType.None],
  ];
  for (const [version, build] of [[LayerType.LinuxSLL, v1], [LayerType.LinuxSLL2, v2]] as const) {
    const sll = new LinuxSll(version);
    for (const [protocol, layer] of cases) {
      const bytes = build({ packetType: 0, hardwareType: 1, address: MAC, protocol });
      assert.equal(sll.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
      assert.equal(sll.protocol, protocol);
      assert.equal(sll.nextLayer, layer, `v${version - 9} protocol 0x${protocol.toString(16)}`);
    }
  }
});

Deno.test("LinuxSll v2: the interface index is 32 bits, unsigned", () => {
  const sll = new LinuxSll(LayerType.LinuxSLL2);
  for (const index of [0, 1, 0x0102, 0x7fffffff, 0x80000001, 0xffffffff]) {
    const bytes = v2({
      packetType: 0,
      hardwareType: 1,
      address: MAC,
      protocol: 0x0800,
      interfaceIndex: index,
    });
    assert.equal(sll.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(sll.interfaceIndex, index);
  }
  // v1 has none: whatever its bytes 4-7 hold, the index is 0.
  const v1Layer = new LinuxSll(LayerType.LinuxSLL);
  const bytes = v1({ packetType: 0, hardwareType: 1, address: MAC, protocol: 0x0800 });
  assert.equal(v1Layer.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(v1Layer.interfaceIndex, 0);
});

Deno.test("LinuxSll: headers cut short are truncated", () => {
  const cases = [
    [LayerType.LinuxSLL, v1({ packetType: 0, hardwareType: 1, address: MAC, protocol: 0x0800 })],
    [
      LayerType.LinuxSLL2,
      v2({ packetType: 0, hardwareType: 1, address: MAC, protocol: 0x0800, interfaceIndex: 2 }),
    ],
  ] as const;
  for (const [version, bytes] of cases) {
    const sll = new LinuxSll(version);
    const length = version === LayerType.LinuxSLL ? 16 : 20;
    for (let n = 0; n <= length; n++) {
      const where = `v${version - 9}, ${n} bytes`;
      const status = sll.decode(strict(bytes.slice(0, n)), 0, n);
      assert.equal(sll.end, n, where);
      assert.equal(sll.headerLength, length, where);
      if (n < length) {
        assert.equal(status, DecodeStatus.Truncated, where);
        assert.equal(sll.needed, length, where);
        assert.equal(sll.nextLayer, LayerType.None, where);
      } else {
        assert.equal(status, DecodeStatus.Ok, where);
        assert.equal(sll.nextLayer, LayerType.IPv4, where);
        assert.equal(sll.source, "00:1a:2b:3c:4d:5e");
      }
    }
    // The same through `end` in a longer buffer.
    assert.equal(sll.decode(bytes, 0, length - 1), DecodeStatus.Truncated);
    assert.equal(sll.nextLayer, LayerType.None);
  }
});
