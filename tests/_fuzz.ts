/**
 * Test helpers that run frames through the decoder and every formatter: one frame's outputs, and
 * frames cut at every length and mutated at random, asserting that nothing throws and no output
 * shows `undefined` or `NaN` (reads go through `strict` views, so any read past the captured
 * bytes fails the test).
 *
 * @module
 */

import assert from "node:assert/strict";
import { Decoder } from "../decode/decoder.ts";
import { Packet } from "../decode/packet.ts";
import { DetailFormatter } from "../output/detail.ts";
import { JsonFormatter } from "../output/json.ts";
import { TextFormatter } from "../output/text.ts";
import { strict } from "./_frames.ts";

/**
 * Every prefix of every seed frame, then `rounds` mutations (up to 5 bytes of the first 60
 * changed, then cut at a random length), from a generator started at `state`.
 */
export function formatEveryPrefixAndMutation(
  seeds: number[][],
  state: number,
  rounds = 20_000,
): void {
  const decoder = new Decoder();
  const text = new TextFormatter({ utcOffsetMinutes: 0 });
  const detail = new DetailFormatter({ utcOffsetMinutes: 0 });
  const json = new JsonFormatter();
  const run = (bytes: Uint8Array, wire: number) => {
    const packet = Packet.from(strict(bytes), { wireLength: wire });
    decoder.decodePacket(packet);
    assert.doesNotMatch(text.format(packet, decoder), /undefined|NaN/);
    assert.doesNotMatch(detail.format(packet, decoder), /undefined|NaN/);
    JSON.parse(json.format(packet, decoder));
  };
  for (const seed of seeds) {
    for (let n = 0; n <= seed.length; n++) run(new Uint8Array(seed.slice(0, n)), seed.length);
  }
  const below = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  for (let i = 0; i < rounds; i++) {
    const seed = seeds[below(seeds.length)]!;
    const bytes = new Uint8Array(seed);
    for (let m = below(6); m > 0; m--) bytes[below(Math.min(bytes.length, 60))] = below(256);
    run(bytes.slice(0, below(bytes.length + 1)), bytes.length);
  }
}

/** One frame (cut to `captureLength`) in every format: the text line after its time, `-v`, JSON. */
export function allOutputs(frame: number[], captureLength: number = frame.length): {
  text: string;
  detail: string;
  // deno-lint-ignore no-explicit-any
  json: any;
} {
  const bytes = new Uint8Array(frame).slice(0, captureLength);
  const packet = Packet.from(bytes, { wireLength: frame.length });
  const decoder = new Decoder();
  decoder.decodePacket(packet);
  return {
    text: new TextFormatter({ utcOffsetMinutes: 0 }).format(packet, decoder).slice(16),
    detail: new DetailFormatter({ utcOffsetMinutes: 0 }).format(packet, decoder),
    json: JSON.parse(new JsonFormatter().format(packet, decoder)),
  };
}
