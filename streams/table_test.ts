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
