import assert from "node:assert/strict";
import { Decoder } from "../decode/decoder.ts";
import { LayerType } from "../decode/layer.ts";
import { Packet } from "../decode/packet.ts";
import { Summary } from "./summary.ts";

/** An Ethernet → IPv4 → UDP frame of `length` bytes, with a zero (unsent) UDP checksum. */
function udpFrame(length: number): Uint8Array {
  const frame = new Uint8Array(length);
  frame.set([0x08, 0x00], 12);
  const ipLength = length - 14;
  frame.set([0x45, 0, ipLength >> 8, ipLength & 0xff, 0, 0, 0, 0, 64, 17, 0, 0], 14);
  frame.set([10, 0, 0, 1, 10, 0, 0, 2], 26);
  frame.set([0x30, 0x39, 0, 53, (ipLength - 20) >> 8, (ipLength - 20) & 0xff], 34);
  return frame;
}

Deno.test("Summary: counts packets and bytes per protocol, grouped by thousands", () => {
  const decoder = new Decoder();
  const summary = new Summary();
  const frame = udpFrame(1000);
  const packet = Packet.from(frame);
  for (let i = 0; i < 1234; i++) {
    decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
    summary.count(packet, decoder);
  }
  // A frame cut inside its UDP header counts as truncated, and still as IP.
  const cut = Packet.from(frame.subarray(0, 38));
  decoder.decode(cut.buffer, cut.captureLength, cut.linkType);
  summary.count(cut, decoder);
  assert.equal(summary.packetsOf(LayerType.UDP), 1234);
  assert.equal(summary.packetsOf(LayerType.IPv4), 1235);
  const table = summary.table();
  assert.match(table, /^all\s+1,235\s+1,234,038$/m);
  assert.match(table, /^udp\s+1,234\s+1,234,000$/m);
  assert.match(table, /truncated 1, malformed 0/);
  assert.doesNotMatch(table, /checksums/);
});

Deno.test("Summary with checksums: verifies and counts the IPv4 header's", () => {
  const decoder = new Decoder();
  const summary = new Summary({ verifyChecksums: true });
  const packet = Packet.from(udpFrame(100)); // header checksum left 0: wrong
  decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
  summary.count(packet, decoder);
  const table = summary.table();
  assert.match(table, /ip checksums: 0 good, 1 bad, 0 unverified/);
  // UDP over IPv4 with checksum 0 was sent without one: not verifiable.
  assert.match(table, /transport checksums: 0 good, 0 bad, 1 unverified/);
});
