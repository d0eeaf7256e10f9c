/**
 * The decoder alone, without libpcap or output: frames of the benchmark's mix decoded in a loop.
 *
 * deno bench bench/decode_bench.ts
 *
 * @module
 */

import { Decoder } from "../decode/decoder.ts";
import { generate } from "./generate.ts";
import { Summary } from "../output/summary.ts";
import { Packet } from "../decode/packet.ts";

// 20,000 frames of the benchmark's mix, read from a generated file without libpcap.
const path = Deno.makeTempFileSync({ suffix: ".pcap" });
generate(path, 20_000, 7);
const file = Deno.readFileSync(path);
Deno.removeSync(path);
const view = new DataView(file.buffer);
const frames: Uint8Array[] = [];
for (let at = 24; at + 16 <= file.length;) {
  const length = view.getUint32(at + 8, true);
  frames.push(file.subarray(at + 16, at + 16 + length));
  at += 16 + length;
}
const decoder = new Decoder();

Deno.bench("decode 20,000 frames (Ethernet → IP → TCP/UDP/ICMP, ARP)", () => {
  for (const frame of frames) decoder.decode(frame, frame.length, 1);
});

Deno.bench("decode and verify every checksum, 20,000 frames", () => {
  for (const frame of frames) {
    decoder.decode(frame, frame.length, 1);
    decoder.ipv4Checksum();
    decoder.transportChecksum();
  }
});

const summary = new Summary();
const packet = new Packet();
Deno.bench("decode and count (--summary's work), 20,000 frames", () => {
  for (const frame of frames) {
    packet.reset(frame, frame.length, frame.length);
    decoder.decode(frame, frame.length, 1);
    summary.count(packet, decoder);
  }
});
