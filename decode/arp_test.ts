import assert from "node:assert/strict";
import { ARP } from "./arp.ts";
import { DecodeStatus, LayerType } from "./layer.ts";
import { type ArpFields, craft, strict } from "../tests/_frames.ts";

const MAC_SENDER = [0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e];
const MAC_TARGET = [0x52, 0x54, 0x00, 0x12, 0x34, 0x56];
const ZERO_MAC = [0, 0, 0, 0, 0, 0];

/** An ARP message; the lengths default to those of the addresses given. */
function message(m: ArpFields): Uint8Array {
  return craft().arp(m).build();
}

const REQUEST = message({
  opcode: 1,
  senderHardware: MAC_SENDER,
  senderProtocol: [192, 168, 1, 10],
  targetHardware: ZERO_MAC,
  targetProtocol: [192, 168, 1, 1],
});

const REPLY_FIELDS: ArpFields = {
  opcode: 2,
  senderHardware: MAC_TARGET,
  senderProtocol: [192, 168, 1, 1],
  targetHardware: MAC_SENDER,
  targetProtocol: [192, 168, 1, 10],
};
const REPLY = message(REPLY_FIELDS);

/** EUI-64 hardware addresses (ARPHRD_EUI64, 27) and 16-byte protocol addresses. */
const LONG = message({
  hardwareType: 27,
  protocolType: 0x86dd,
  opcode: 1,
  senderHardware: [0x02, 0x11, 0x22, 0xff, 0xfe, 0x33, 0x44, 0x55],
  senderProtocol: [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0x11, 0x22, 0xff, 0xfe, 0x33, 0x44, 0x55],
  targetHardware: [0, 0, 0, 0, 0, 0, 0, 0],
  targetProtocol: [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01],
});

Deno.test("ARP: an Ethernet/IPv4 request, every field", () => {
  assert.equal(REQUEST.length, 28);
  assert.deepEqual(
    [...REQUEST.subarray(0, 8)],
    [0x00, 0x01, 0x08, 0x00, 0x06, 0x04, 0x00, 0x01],
  );
  const arp = new ARP();
  assert.equal(arp.decode(REQUEST, 0, REQUEST.length), DecodeStatus.Ok);
  assert.equal(arp.type, LayerType.ARP);
  assert.equal(arp.bytes, REQUEST);
  assert.equal(arp.offset, 0);
  assert.equal(arp.headerLength, 28);
  assert.equal(arp.end, 28);
  assert.equal(arp.nextLayer, LayerType.None);
  assert.equal(arp.hardwareType, 1);
  assert.equal(arp.protocolType, 0x0800);
  assert.equal(arp.hardwareLength, 6);
  assert.equal(arp.protocolLength, 4);
  assert.equal(arp.opcode, 1);
  assert.equal(arp.complete, true);
  assert.equal(arp.isEthernetIPv4, true);
  assert.equal(arp.senderHardwareAddress, "00:1a:2b:3c:4d:5e");
  assert.equal(arp.senderProtocolAddress, "192.168.1.10");
  assert.equal(arp.targetHardwareAddress, "00:00:00:00:00:00");
  assert.equal(arp.targetProtocolAddress, "192.168.1.1");
});

Deno.test("ARP: an Ethernet/IPv4 reply in a padded Ethernet frame", () => {
  // 14 bytes of Ethernet, 28 of ARP, 18 of padding to the 60-byte minimum.
  const frame = craft().ethernet({ destination: MAC_SENDER, source: MAC_TARGET }).arp(REPLY_FIELDS)
    .pad(60).build();
  const arp = new ARP();
  assert.equal(arp.decode(frame, 14, frame.length), DecodeStatus.Ok);
  assert.equal(arp.offset, 14);
  assert.equal(arp.headerLength, 28);
  assert.equal(arp.end, 60, "ARP has no length of its own: the padding stays in end");
  assert.equal(arp.nextLayer, LayerType.None);
  assert.equal(arp.hardwareType, 1);
  assert.equal(arp.protocolType, 0x0800);
  assert.equal(arp.hardwareLength, 6);
  assert.equal(arp.protocolLength, 4);
  assert.equal(arp.opcode, 2);
  assert.equal(arp.complete, true);
  assert.equal(arp.isEthernetIPv4, true);
  assert.equal(arp.senderHardwareAddress, "52:54:00:12:34:56");
  assert.equal(arp.senderProtocolAddress, "192.168.1.1");
  assert.equal(arp.targetHardwareAddress, "00:1a:2b:3c:4d:5e");
  assert.equal(arp.targetProtocolAddress, "192.168.1.10");
});

Deno.test("ARP: hardware length 8 and protocol length 16", () => {
  assert.equal(LONG.length, 8 + 2 * (8 + 16));
  const arp = new ARP();
  assert.equal(arp.decode(LONG, 0, LONG.length), DecodeStatus.Ok);
  assert.equal(arp.headerLength, 56);
  assert.equal(arp.end, 56);
  assert.equal(arp.hardwareType, 27);
  assert.equal(arp.protocolType, 0x86dd);
  assert.equal(arp.hardwareLength, 8);
  assert.equal(arp.protocolLength, 16);
  assert.equal(arp.opcode, 1);
  assert.equal(arp.complete, true);
  assert.equal(arp.isEthernetIPv4, false);
  assert.equal(arp.senderHardwareAddress, "02:11:22:ff:fe:33:44:55");
  assert.equal(arp.senderProtocolAddress, "fe:80:00:00:00:00:00:00:00:11:22:ff:fe:33:44:55");
  assert.equal(arp.targetHardwareAddress, "00:00:00:00:00:00:00:00");
  assert.equal(arp.targetProtocolAddress, "fe:80:00:00:00:00:00:00:00:00:00:00:00:00:00:01");
});

Deno.test("ARP: not Ethernet/IPv4 unless all four fields say so", () => {
  const arp = new ARP();
  // IEEE 802 hardware (6) with 6-byte addresses: still shown as a MAC, but not "Ethernet".
  let bytes = message({
    hardwareType: 6,
    opcode: 1,
    senderHardware: MAC_SENDER,
    senderProtocol: [10, 0, 0, 1],
    targetHardware: ZERO_MAC,
    targetProtocol: [10, 0, 0, 2],
  });
  assert.equal(arp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(arp.isEthernetIPv4, false);
  assert.equal(arp.senderHardwareAddress, "00:1a:2b:3c:4d:5e");
  assert.equal(arp.senderProtocolAddress, "10.0.0.1");
  // A 4-byte protocol address of another protocol type is bytes, not dotted.
  bytes = message({
    protocolType: 0x0801,
    opcode: 2,
    senderHardware: MAC_SENDER,
    senderProtocol: [10, 0, 0, 1],
    targetHardware: MAC_TARGET,
    targetProtocol: [10, 0, 0, 2],
  });
  assert.equal(arp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(arp.isEthernetIPv4, false);
  assert.equal(arp.senderProtocolAddress, "0a:00:00:01");
  assert.equal(arp.targetProtocolAddress, "0a:00:00:02");
  assert.equal(arp.targetHardwareAddress, "52:54:00:12:34:56");
  // RARP and InARP opcodes are read as they are.
  for (const opcode of [3, 4, 8, 9, 0xffff]) {
    bytes = message({
      opcode,
      senderHardware: MAC_SENDER,
      senderProtocol: [0, 0, 0, 0],
      targetHardware: MAC_SENDER,
      targetProtocol: [0, 0, 0, 0],
    });
    assert.equal(arp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
    assert.equal(arp.opcode, opcode);
    assert.equal(arp.isEthernetIPv4, true);
  }
});

Deno.test("ARP: zero-length addresses make an 8-byte message", () => {
  const bytes = message({
    senderHardware: [],
    senderProtocol: [],
    targetHardware: [],
    targetProtocol: [],
  });
  assert.deepEqual([...bytes], [0x00, 0x01, 0x08, 0x00, 0, 0, 0x00, 0x01]);
  const arp = new ARP();
  assert.equal(arp.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(arp.headerLength, 8);
  assert.equal(arp.complete, true);
  assert.equal(arp.hardwareLength, 0);
  assert.equal(arp.protocolLength, 0);
  assert.equal(arp.senderHardwareAddress, "");
  assert.equal(arp.targetProtocolAddress, "");
});

Deno.test("ARP: the largest lengths need 1028 bytes", () => {
  const address = new Array(255).fill(0xab);
  const bytes = message({
    senderHardware: address,
    senderProtocol: address,
    targetHardware: address,
    targetProtocol: address,
  });
  assert.equal(bytes.length, 8 + 2 * (255 + 255));
  const arp = new ARP();
  assert.equal(arp.decode(bytes, 0, 1027), DecodeStatus.Truncated);
  assert.equal(arp.needed, 1028);
  assert.equal(arp.complete, false);
  assert.equal(arp.decode(bytes, 0, 1028), DecodeStatus.Ok);
  assert.equal(arp.headerLength, 1028);
  assert.equal(arp.complete, true);
  assert.equal(arp.senderHardwareAddress.split(":").length, 255);
});

Deno.test("ARP: addresses cut short leave the message incomplete", () => {
  const arp = new ARP();
  for (const [bytes, length] of [[REQUEST, 28], [LONG, 56]] as const) {
    for (let end = 8; end < length; end++) {
      const cut = bytes.slice(0, end);
      assert.equal(arp.decode(cut, 0, end), DecodeStatus.Truncated, `${end} bytes`);
      assert.equal(arp.needed, length);
      assert.equal(arp.headerLength, 8);
      assert.equal(arp.end, end);
      assert.equal(arp.complete, false, `${end} bytes`);
      // The fixed fields are all there.
      assert.equal(arp.hardwareType, length === 28 ? 1 : 27);
      assert.equal(arp.opcode, 1);
    }
  }
  // The same bytes in a longer buffer, with the end cutting them: still incomplete.
  const frame = new Uint8Array(64);
  frame.set(REQUEST, 14);
  assert.equal(arp.decode(frame, 14, 14 + 27), DecodeStatus.Truncated);
  assert.equal(arp.complete, false);
  assert.equal(arp.decode(frame, 14, 14 + 28), DecodeStatus.Ok);
  assert.equal(arp.complete, true);
});

Deno.test("ARP: every prefix is truncated below 8 and below 8 + 2(hlen + plen), never throws", () => {
  const arp = new ARP();
  for (const bytes of [REQUEST, REPLY, LONG]) {
    const full = 8 + 2 * (bytes[4]! + bytes[5]!);
    assert.equal(full, bytes.length);
    for (let n = 0; n <= bytes.length; n++) {
      const where = `${bytes.length}-byte message, ${n} bytes`;
      const view = strict(bytes.slice(0, n));
      const status = arp.decode(view, 0, n);
      assert.equal(arp.end, n, where);
      assert.equal(arp.nextLayer, LayerType.None, where);
      if (n < 8) {
        assert.equal(status, DecodeStatus.Truncated, where);
        assert.equal(arp.needed, 8, where);
        assert.equal(arp.headerLength, 8, where);
        assert.equal(arp.complete, false, where);
      } else if (n < full) {
        assert.equal(status, DecodeStatus.Truncated, where);
        assert.equal(arp.needed, full, where);
        assert.equal(arp.headerLength, 8, where);
        assert.equal(arp.complete, false, where);
        assert.equal(typeof arp.isEthernetIPv4, "boolean");
      } else {
        assert.equal(status, DecodeStatus.Ok, where);
        assert.equal(arp.headerLength, full, where);
        assert.equal(arp.complete, true, where);
        // Every address is inside the captured bytes: the strict view would throw otherwise.
        for (
          const address of [
            arp.senderHardwareAddress,
            arp.senderProtocolAddress,
            arp.targetHardwareAddress,
            arp.targetProtocolAddress,
          ]
        ) {
          assert.ok(!address.includes("undefined"), where);
        }
      }
    }
  }
});

Deno.test("ARP: a reused layer forgets the previous message", () => {
  const arp = new ARP();
  assert.equal(arp.decode(LONG, 0, LONG.length), DecodeStatus.Ok);
  assert.equal(arp.headerLength, 56);
  assert.equal(arp.decode(REQUEST, 0, REQUEST.length), DecodeStatus.Ok);
  assert.equal(arp.headerLength, 28);
  assert.equal(arp.senderProtocolAddress, "192.168.1.10");
  assert.equal(arp.decode(REQUEST, 0, 5), DecodeStatus.Truncated);
  assert.equal(arp.headerLength, 8);
  assert.equal(arp.needed, 8);
  assert.equal(arp.complete, false);
});
