import assert from "node:assert/strict";
import { formatMac } from "../decode/address.ts";
import { ascii, isUint32, putAscii, putDecimal, putMac } from "./_ascii.ts";

const buffer = new Uint8Array(64);
const text = (end: number) => String.fromCharCode(...buffer.subarray(0, end));

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state;
  };
}

Deno.test("putDecimal writes what String() does, padded like padStart", () => {
  const values = [0, 1, 9, 10, 99, 100, 999, 1000, 65535, 99999, 100000, 999999, 1000000];
  for (let digits = 1; digits <= 10; digits++) values.push(10 ** digits - 1, 10 ** (digits - 1));
  values.push(0xffffffff, 4294967294);
  const next = random(1);
  for (let i = 0; i < 2000; i++) values.push(next() >>> (next() % 32));
  for (const value of values) {
    if (!isUint32(value)) continue;
    for (const width of [0, 1, 6, 10]) {
      assert.equal(text(putDecimal(buffer, 0, value, width)), String(value).padStart(width, "0"));
    }
  }
  assert.ok(!isUint32(-1) && !isUint32(2 ** 32) && !isUint32(1.5) && !isUint32(NaN));
});

Deno.test("putMac writes what formatMac does", () => {
  const next = random(2);
  const bytes = new Uint8Array(6);
  for (let i = 0; i < 2000; i++) {
    for (let b = 0; b < 6; b++) bytes[b] = i < 256 ? (i + b) & 0xff : next() & 0xff;
    assert.equal(text(putMac(buffer, 0, bytes, 0)), formatMac(bytes, 0));
  }
});

Deno.test("putAscii copies codes; ascii() refuses what is not ASCII", () => {
  assert.equal(text(putAscii(buffer, 0, ascii(", length "))), ", length ");
  assert.throws(() => ascii("café"), RangeError);
});
