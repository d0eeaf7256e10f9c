import assert from "node:assert/strict";
import { Decoder } from "../decode/decoder.ts";
import { LayerType } from "../decode/layer.ts";
import { Packet } from "../decode/packet.ts";
import { Summary } from "./summary.ts";
import { craft } from "../tests/_frames.ts";

/**
 * An Ethernet → IPv4 → UDP frame of `length` bytes (zero MACs, 10.0.0.1:12345 → 10.0.0.2:53),
 * with a zero (unsent) UDP checksum and a zero, so wrong, IPv4 header checksum.
 */
function udpFrame(length: number): Uint8Array {
  const zero = [0, 0, 0, 0, 0, 0];
  return craft()
    .ethernet({ destination: zero, source: zero })
    .ipv4({ id: 0, flags: 0, checksum: 0 })
    .udp({ sourcePort: 12345, checksum: 0 })
    .payload(new Array(length - 42).fill(0))
    .build();
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
  // UDP over IPv4 with checksum 0 was sent without one (not present): counted as unverified.
  assert.match(table, /transport checksums: 0 good, 0 bad, 0 offloaded, 1 unverified/);
});
