import assert from "node:assert/strict";
import { FlowTable } from "./table.ts";

/** IPv4 addresses 10.x.y.1 and 10.x.y.2 of key `k`, and its ports. */
function key(k: number): [Uint8Array, number, number] {
  const bytes = new Uint8Array([10, k >> 8, k & 255, 1, 10, k >> 8, k & 255, 2]);
  return [bytes, 1024 + (k % 50000), 80 + (k % 7)];
}

Deno.test("flow table: grows from a small room to its capacity, every key still found both ways", () => {
  const CAPACITY = 20_000;
  const table = new FlowTable(CAPACITY, 16);
  assert.equal(table.room, 16);
  const ids: number[] = [];
  for (let k = 0; k < CAPACITY; k++) {
    const [bytes, sport, dport] = key(k);
    assert.equal(table.find(bytes, 4, 0, 4, sport, dport), -1);
    ids.push(table.insert(bytes, 4, 0, 4, sport, dport));
  }
  assert.equal(table.room, CAPACITY);
  assert.ok(table.full);
  assert.equal(new Set(ids).size, CAPACITY);
  for (let k = 0; k < CAPACITY; k++) {
    const [bytes, sport, dport] = key(k);
    assert.equal(table.find(bytes, 4, 4, 0, dport, sport), ids[k]);
    assert.equal(table.direction, 1);
    assert.deepEqual([...table.addressA(ids[k]!)], [10, k >> 8, k & 255, 1]);
    assert.equal(table.portA(ids[k]!), sport);
  }
  // Half removed: the rest are still found, the removed are not, and their ids come back.
  for (let k = 0; k < CAPACITY; k += 2) table.remove(ids[k]!);
  for (let k = 0; k < CAPACITY; k++) {
    const [bytes, sport, dport] = key(k);
    assert.equal(table.find(bytes, 4, 0, 4, sport, dport), k % 2 === 0 ? -1 : ids[k]);
  }
  const [bytes, sport, dport] = key(CAPACITY);
  const id = table.insert(bytes, 4, 0, 4, sport, dport);
  assert.ok(ids.filter((_, k) => k % 2 === 0).includes(id));
  assert.equal(table.room, CAPACITY);
});

/** Deterministic pseudo-random bytes (xorshift), so a failure replays. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13, x ^= x >>> 17, x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

Deno.test("flow table: thousands of IPv4 and IPv6 keys, found both ways round while the table grows, removed and reused", () => {
  const count = 5000;
  const table = new FlowTable(count);
  // Key i: addresses at i * 32 and i * 32 + 16 (IPv4 uses the first 4 bytes of each).
  const addresses = randomBytes(count * 32, 12345);
  const family = (i: number): 4 | 6 => i % 3 === 0 ? 6 : 4;
  const portA = (i: number) => 1024 + i, portB = (i: number) => 80 + (i % 7);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(table.find(addresses, family(i), i * 32, i * 32 + 16, portA(i), portB(i)), -1);
    ids.push(table.insert(addresses, family(i), i * 32, i * 32 + 16, portA(i), portB(i)));
  }
  assert.ok(table.full);
  assert.equal(new Set(ids).size, count);
  const check = (i: number) => {
    assert.equal(table.find(addresses, family(i), i * 32, i * 32 + 16, portA(i), portB(i)), ids[i]);
    assert.equal(table.direction, 0);
    assert.equal(table.find(addresses, family(i), i * 32 + 16, i * 32, portB(i), portA(i)), ids[i]);
    assert.equal(table.direction, 1);
    // The same addresses with one port changed is another key.
    assert.equal(table.find(addresses, family(i), i * 32, i * 32 + 16, portA(i), 1), -1);
    const length = family(i) === 4 ? 4 : 16;
    assert.deepEqual(table.addressA(ids[i]!), addresses.subarray(i * 32, i * 32 + length));
    assert.deepEqual(
      table.addressB(ids[i]!),
      addresses.subarray(i * 32 + 16, i * 32 + 16 + length),
    );
  };
  for (let i = 0; i < count; i++) check(i);
  for (let i = 0; i < count; i += 2) table.remove(ids[i]!);
  assert.equal(table.size, count / 2);
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      assert.equal(table.find(addresses, family(i), i * 32, i * 32 + 16, portA(i), portB(i)), -1);
    } else check(i);
  }
  for (let i = 0; i < count; i += 2) {
    ids[i] = table.insert(addresses, family(i), i * 32, i * 32 + 16, portA(i), portB(i));
  }
  for (let i = 0; i < count; i++) check(i);
});
