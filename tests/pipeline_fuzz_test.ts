/**
 * The whole pipeline on hostile bytes: every frame of every shipped capture (all link types),
 * mutated and cut at random, through the decoder and the text, detail and JSON formatters. No
 * exception, no read past the captured bytes, valid JSON, no control character in text.
 */

import assert from "node:assert/strict";
import { Decoder } from "../decode/decoder.ts";
import { Capture } from "../ffi/capture.ts";
import { Packet } from "../decode/packet.ts";
import { DetailFormatter } from "../output/detail.ts";
import { JsonFormatter } from "../output/json.ts";
import { TextFormatter } from "../output/text.ts";
import { FIXTURES } from "./_cli.ts";
import { mulberry32, strict } from "./_frames.ts";

const FRAMES = 300_000;
/** One frame in this many is read through a proxy that throws on out-of-bounds reads. */
const STRICT_EVERY = 10;

interface Seed {
  bytes: Uint8Array;
  linkType: number;
}

function seeds(): Seed[] {
  const found: Seed[] = [];
  for (const entry of Deno.readDirSync(FIXTURES)) {
    if (!entry.name.endsWith(".pcap")) continue;
    using capture = Capture.openOffline(FIXTURES + entry.name);
    let packet: Packet | null;
    while ((packet = capture.next()) !== null) {
      found.push({ bytes: packet.data.slice(), linkType: packet.linkType });
    }
  }
  return found;
}

const INTERESTING = [
  0,
  1,
  2,
  4,
  5,
  6,
  8,
  0x0f,
  0x10,
  0x11,
  0x3a,
  0x40,
  0x45,
  0x4f,
  0x60,
  0x7f,
  0x80,
  0x81,
  0x86,
  0x88,
  0xa8,
  0xdd,
  0xfe,
  0xff,
];
// deno-lint-ignore no-control-regex
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

Deno.test(`pipeline: ${FRAMES.toLocaleString("en")} mutated frames through decoder and all formatters`, () => {
  const pool = seeds();
  assert.ok(pool.length > 200, `seeds from the shipped captures: ${pool.length}`);
  assert.ok(new Set(pool.map((seed) => seed.linkType)).size >= 6, "several link types");
  const random = mulberry32(20261123);
  const below = (n: number) => random() % n;
  const decoder = new Decoder();
  const text = new TextFormatter({ utcOffsetMinutes: 0, linkHeaders: true });
  const detail = new DetailFormatter({ utcOffsetMinutes: 0 });
  const json = new JsonFormatter();
  const scratch = new Uint8Array(16384);
  for (let i = 0; i < FRAMES; i++) {
    const seed = pool[below(pool.length)]!;
    let length = seed.bytes.length;
    scratch.set(seed.bytes);
    const mutations = below(6);
    for (let m = 0; m < mutations; m++) {
      const at = below(2) === 0 ? below(Math.min(length, 80) || 1) : below(length || 1);
      scratch[at] = below(2) === 0 ? below(256) : INTERESTING[below(INTERESTING.length)]!;
    }
    if (below(3) === 0) length = below(length + 1);
    const exact = scratch.slice(0, length);
    const bytes = i % STRICT_EVERY === 0 ? strict(exact) : exact;
    const packet = Packet.from(bytes, {
      linkType: seed.linkType,
      number: i + 1,
      wireLength: seed.bytes.length,
    });
    try {
      decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
      assert.ok(decoder.payloadOffset <= decoder.payloadEnd || decoder.payloadLength === 0);
      assert.ok(decoder.payloadEnd <= length);
      const line = text.format(packet, decoder);
      assert.doesNotMatch(line, CONTROL);
      assert.doesNotMatch(line, /undefined|NaN/);
      if (i % 4 === 0) {
        const lines = detail.format(packet, decoder);
        assert.doesNotMatch(lines, CONTROL);
        assert.doesNotMatch(lines, /undefined|NaN/);
      }
      const object = JSON.parse(json.format(packet, decoder));
      assert.equal(object.frame.number, i + 1);
    } catch (error) {
      const hex = Array.from(exact, (b) => b.toString(16).padStart(2, "0")).join("");
      assert.fail(`frame ${i}, link type ${seed.linkType}, bytes ${hex}: ${error}`);
    }
  }
});
