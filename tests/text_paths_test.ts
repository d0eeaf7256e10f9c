/**
 * The text formatter writes the common frame (Ethernet → IPv4/IPv6 → TCP) field by field, and
 * composes a string for every other: both must give the same line, byte for byte.
 */

import assert from "node:assert/strict";
import { Decoder } from "../decode/decoder.ts";
import { Capture } from "../ffi/capture.ts";
import type { Packet } from "../decode/packet.ts";
import { TextFormatter } from "../output/text.ts";
import { LineWriter, StringSink } from "../output/writer.ts";
import { FIXTURES } from "./_cli.ts";

Deno.test("text: the direct and the composed paths write the same lines", () => {
  const decoder = new Decoder();
  let compared = 0;
  for (const limit of [256, 0, 3]) {
    const formatter = new TextFormatter({ utcOffsetMinutes: 0, messageLimit: limit });
    const general = new TextFormatter({
      utcOffsetMinutes: 0,
      messageLimit: limit,
      directPath: false,
    });
    for (const entry of Deno.readDirSync(FIXTURES)) {
      if (!entry.name.endsWith(".pcap")) continue;
      using capture = Capture.openOffline(FIXTURES + entry.name);
      let packet: Packet | null;
      while ((packet = capture.next()) !== null) {
        decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
        // The direct path into a LineWriter (bytes) and into a StringSink (strings).
        const chunks: Uint8Array[] = [];
        const writer = new LineWriter({ writeSync: (b) => (chunks.push(b.slice()), b.length) });
        formatter.write(packet, decoder, writer);
        writer.flush();
        const direct = new TextDecoder().decode(concat(chunks));
        const sink = new StringSink();
        formatter.write(packet, decoder, sink);
        assert.equal(direct, sink.value, `${entry.name} #${packet.number}`);
        // And the composed string, from a formatter told not to take the direct path.
        assert.equal(direct, general.format(packet, decoder), `${entry.name} #${packet.number}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 600, `lines compared: ${compared}`);
});

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
