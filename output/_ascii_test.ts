import assert from "node:assert/strict";
import { formatIPv4, formatIPv6, formatMac } from "../decode/address.ts";
import { ascii, isUint32, putAscii, putDecimal, putIPv4, putIPv6, putMac } from "./_ascii.ts";

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

Deno.test("putMac and putIPv4 write what formatMac and formatIPv4 do", () => {
  const next = random(2);
  const bytes = new Uint8Array(6);
  for (let i = 0; i < 2000; i++) {
    for (let b = 0; b < 6; b++) bytes[b] = i < 256 ? (i + b) & 0xff : next() & 0xff;
    assert.equal(text(putMac(buffer, 0, bytes, 0)), formatMac(bytes, 0));
    assert.equal(text(putIPv4(buffer, 0, bytes, 2)), formatIPv4(bytes, 2));
  }
});

Deno.test("putIPv6 writes what formatIPv6 does: zero runs, ties, mapped addresses", () => {
  const next = random(3);
  const bytes = new Uint8Array(16);
  const cases: number[][] = [
    [],
    [0, 0, 0, 0, 0, 0, 0, 1],
    [0x2001, 0xdb8, 0, 0, 1, 0, 0, 1], // a tie: the first run is shortened
    [0x2001, 0xdb8, 0, 1, 0, 0, 0, 1],
    [0x2001, 0xdb8, 1, 1, 1, 1, 1, 0], // a single zero group stays
    [0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201], // IPv4-mapped
    [0, 0, 0, 0, 0, 0xfffe, 0xc000, 0x0201],
    [0xfe80, 0, 0, 0, 0x200, 0x5eff, 0xfe00, 0x1],
    [0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff],
  ];
  for (let i = 0; i < 3000; i++) {
    // Mostly zero groups, so that runs of every length and place turn up.
    cases.push(Array.from({ length: 8 }, () => (next() % 3 === 0 ? next() & 0xffff : 0)));
  }
  for (const groups of cases) {
    bytes.fill(0);
    groups.forEach((group, i) => {
      bytes[2 * i] = group >> 8;
      bytes[2 * i + 1] = group & 0xff;
    });
    assert.equal(text(putIPv6(buffer, 0, bytes, 0)), formatIPv6(bytes, 0), groups.join(":"));
  }
});

Deno.test("putAscii copies codes; ascii() refuses what is not ASCII", () => {
  assert.equal(text(putAscii(buffer, 0, ascii(", length "))), ", length ");
  assert.throws(() => ascii("café"), RangeError);
});
