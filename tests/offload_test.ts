/**
 * Checksum offload on real captures: segments captured on the host that sent them carry in the
 * checksum field only the pseudo-header's sum (the network card was to finish it). Those are
 * named, not flagged; a checksum really wrong (the same segments with a byte of it flipped) is
 * still flagged bad on the default line.
 */

import assert from "node:assert/strict";
import { ChecksumStatus } from "../decode/checksum.ts";
import { Decoder } from "../decode/decoder.ts";
import { LayerType } from "../decode/layer.ts";
import { Packet } from "../decode/packet.ts";
import { DetailFormatter } from "../output/detail.ts";
import { JsonFormatter } from "../output/json.ts";
import { Summary } from "../output/summary.ts";
import { TextFormatter } from "../output/text.ts";

/** The frames of a little-endian classic pcap file (as tools/make-fixtures writes them). */
function framesOf(path: string): Uint8Array[] {
  const file = Deno.readFileSync(new URL(path, import.meta.url));
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  assert.equal(view.getUint32(0, true), 0xa1b2c3d4, `${path}: a little-endian pcap`);
  assert.equal(view.getUint32(20, true), 1, `${path}: Ethernet`);
  const frames: Uint8Array[] = [];
  for (let at = 24; at + 16 <= file.length;) {
    const length = view.getUint32(at + 8, true);
    frames.push(file.slice(at + 16, at + 16 + length));
    at += 16 + length;
  }
  return frames;
}

interface Output {
  status: ChecksumStatus;
  transport: LayerType;
  text: string;
  detail: string;
  json: Record<string, Record<string, unknown>>;
}

function output(frame: Uint8Array): Output {
  const packet = Packet.from(frame, { seconds: 1700000000 });
  const decoder = new Decoder();
  decoder.decodePacket(packet);
  return {
    status: decoder.transportChecksum(),
    transport: decoder.transport,
    text: new TextFormatter({ utcOffsetMinutes: 0 }).format(packet, decoder),
    detail: new DetailFormatter({ utcOffsetMinutes: 0 }).format(packet, decoder),
    json: JSON.parse(new JsonFormatter().format(packet, decoder)),
  };
}

/** Where the transport checksum field is in an Ethernet frame of IPv4 or IPv6 (no extensions). */
function checksumOffset(frame: Uint8Array, transport: LayerType): number {
  const ipv4 = frame[12] === 0x08 && frame[13] === 0x00;
  const ipHeader = ipv4 ? (frame[14]! & 0x0f) * 4 : 40;
  return 14 + ipHeader + (transport === LayerType.TCP ? 16 : 6);
}

const CAPTURES = [
  // The demo (`deno task demo`): HTTP over IPv4 on a veth pair, offload on.
  { path: "fixtures/http-ipv4.pcap", offloaded: { tcp: 20, udp: 0 } },
  // TCP and UDP over IPv4 and IPv6, offload on.
  { path: "fixtures/offload-on.pcap", offloaded: { tcp: 20, udp: 4 } },
];

for (const { path, offloaded } of CAPTURES) {
  Deno.test(`checksum offload: ${path} names offloaded segments, flags corrupted copies`, () => {
    const seen = { tcp: 0, udp: 0 };
    const families = new Set<string>();
    for (const frame of framesOf(path)) {
      const out = output(frame);
      if (out.status !== ChecksumStatus.Offloaded) {
        // Nothing else in these captures is wrong.
        assert.doesNotMatch(out.text, /cksum/, out.text);
        continue;
      }
      const name = out.transport === LayerType.TCP ? "tcp" : "udp";
      seen[name]++;
      families.add(`${name}/${frame[12] === 0x86 ? "ipv6" : "ipv4"}`);
      // Default line: no flag. -v: named. JSON: what tshark says, and that it is the pattern.
      assert.doesNotMatch(out.text, /cksum/, out.text);
      assert.match(out.detail, /Checksum: 0x[0-9a-f]{4} \[partial \(offloaded\)\]/);
      assert.equal(out.json[name]!.checksum_status, "bad");
      assert.equal(out.json[name]!.checksum_offloaded, true);

      // A corrupted copy: one byte of the checksum flipped, either byte, is really wrong.
      const at = checksumOffset(frame, out.transport);
      const field = (frame[at]! << 8) | frame[at + 1]!;
      assert.equal(out.json[name]!.checksum, field);
      for (const [byte, bit] of [[0, 0x01], [1, 0x80], [1, 0xff]] as const) {
        const corrupted = frame.slice();
        corrupted[at + byte]! ^= bit;
        const value = (corrupted[at]! << 8) | corrupted[at + 1]!;
        const bad = output(corrupted);
        assert.equal(bad.status, ChecksumStatus.Bad);
        const hex = value.toString(16).padStart(4, "0");
        assert.ok(bad.text.endsWith(` [bad ${name} cksum 0x${hex}]`), bad.text);
        assert.match(bad.detail, new RegExp(`Checksum: 0x${hex} \\[bad\\]`));
        assert.equal(bad.json[name]!.checksum_status, "bad");
        assert.equal(bad.json[name]!.checksum_offloaded, undefined);
      }
    }
    assert.deepEqual(seen, offloaded);
    if (path.includes("offload-on")) {
      assert.deepEqual([...families].sort(), ["tcp/ipv4", "tcp/ipv6", "udp/ipv4", "udp/ipv6"]);
    }
  });
}

Deno.test("checksum offload: --summary -v counts offloaded apart from bad", () => {
  const summary = new Summary({ verifyChecksums: true });
  const decoder = new Decoder();
  for (const frame of framesOf("fixtures/offload-on.pcap")) {
    const packet = Packet.from(frame);
    decoder.decodePacket(packet);
    summary.count(packet, decoder);
  }
  const table = summary.table();
  assert.match(table, /^ip checksums: 12 good, 0 bad, 0 unverified$/m);
  assert.match(table, /^transport checksums: 2 good, 0 bad, 24 offloaded, 0 unverified$/m);
});
