/**
 * The flow table: TCP 4-tuples (either direction) to small integer ids, by open addressing over
 * typed arrays. Keys are hashed and compared in place in the packet's bytes, so finding a known
 * flow allocates nothing.
 *
 * @module
 */

/**
 * How much the arrays grow when full: 16×, so that a big capture goes from 4096 ids to the cap in
 * three steps. Doubling took more memory than allocating for the cap at once: the allocator
 * kept the memory of each freed generation of arrays (30 MB more at 200,000 conversations).
 */
const GROWTH = 16;

/** Bytes kept per key: two 16-byte addresses (IPv4 uses the first 4 of each). */
const ADDRESS_SLOT = 16;

/**
 * One mixing round (murmur3's finalizer), kept to 30 bits: V8 holds such numbers unboxed
 * (small integers), where a 32-bit result returned from a call would be boxed, an allocation.
 */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

/** Whether this machine stores an Int32Array's numbers lowest byte first. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The 4 bytes at `bytes[at]` as the int32 an Int32Array over them would read: keys are
 * compared a word at a time against the stored bytes.
 */
function word(bytes: Uint8Array, at: number): number {
  return LITTLE_ENDIAN
    ? bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)
    : (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
}

/**
 * Hash of one endpoint: its port, then its address (4 or 16 bytes) a word at a time, each step
 * bijective. Not mixed: the key's hash mixes the sum of its two endpoints' once. Kept to 30
 * bits, so that V8 returns it unboxed.
 */
function hashEndpoint(bytes: Uint8Array, at: number, length: number, port: number): number {
  let h = Math.imul(port + 1, 0x9e3779b1);
  for (let i = 0; i < length; i += 4) h = Math.imul(h ^ word(bytes, at + i), 0x01000193);
  return h & 0x3fffffff;
}

/**
 * Maps a TCP 4-tuple, in either direction, to an id in `[0, capacity)`. Endpoint A of a key is
 * the source it was inserted with; {@linkcode FlowTable.find} says in `direction` whether a
 * lookup matched A→B (0) or B→A (1). Linear probing with backward-shift deletion keeps lookups
 * short without tombstones.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { FlowTable } from "./table.ts";
 *
 * const table = new FlowTable(8);
 * const addresses = new Uint8Array([10, 0, 0, 1, 10, 0, 0, 2]);
 * const id = table.insert(addresses, 4, 0, 4, 1234, 80);
 * assert.equal(table.find(addresses, 4, 4, 0, 80, 1234), id);
 * assert.equal(table.direction, 1);
 * table.remove(id);
 * assert.equal(table.find(addresses, 4, 0, 4, 1234, 80), -1);
 * ```
 */
export class FlowTable {
  /** Most keys held at once. */
  readonly capacity: number;
  /** Keys held now. */
  size: number = 0;
  /** Which way the last successful `find` matched: 0 = as inserted, 1 = reversed. */
  direction: 0 | 1 = 0;
  #slots: Int32Array;
  #mask: number;
  #hashes: Uint32Array;
  #addresses: Uint8Array;
  #ports: Uint16Array;
  #families: Uint8Array;
  /** `#addresses` a word at a time (the same buffer). */
  #addressWords: Int32Array;
  /** Ids given back by `remove`, reused first (last in, first out). */
  #free: Int32Array;
  #freeCount = 0;
  /** Ids from here up were never handed out: nothing is written per id up front. */
  #neverUsed = 0;

  /** Ids the arrays have room for now: grown 16× when full, up to `capacity`. */
  #room = 0;

  /**
   * A table for at most `capacity` keys. Its arrays start with room for `initial` keys (at
   * most 4096 by default) and grow as keys come, so memory follows the keys held, not the cap.
   */
  constructor(capacity: number, initial: number = Math.min(capacity, 4096)) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be ≥ 1");
    this.capacity = capacity;
    // Each slot holds its key's id + 1; 0 (as allocated) is empty.
    this.#slots = new Int32Array(0);
    this.#mask = 0;
    this.#hashes = new Uint32Array(0);
    this.#addresses = new Uint8Array(0);
    this.#ports = new Uint16Array(0);
    this.#families = new Uint8Array(0);
    this.#free = new Int32Array(0);
    this.#addressWords = new Int32Array(0);
    this.#grow(Math.max(1, Math.min(capacity, initial)));
  }

  /** Ids below this have room in the arrays (a tracker sizes its own arrays by it). */
  get room(): number {
    return this.#room;
  }

  /** Room for `room` ids: longer arrays, and the slots rehashed into twice as many. */
  #grow(room: number): void {
    // The buffers are transferred, which frees the old memory at once (a copy would keep both
    // until a collection).
    const grown = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(
      old: T,
      length: number,
    ): T => {
      const Type = old.constructor as new (buffer: ArrayBuffer) => T;
      return new Type((old.buffer as ArrayBuffer).transfer(length * old.BYTES_PER_ELEMENT));
    };
    this.#hashes = grown(this.#hashes, room);
    this.#addresses = grown(this.#addresses, room * ADDRESS_SLOT * 2);
    this.#addressWords = new Int32Array(this.#addresses.buffer);
    this.#ports = grown(this.#ports, room * 2);
    this.#families = grown(this.#families, room);
    this.#free = grown(this.#free, room);
    let count = 16;
    while (count < room * 2) count *= 2;
    if (count !== this.#slots.length) {
      const old = this.#slots;
      const slots = new Int32Array(count);
      const mask = count - 1;
      for (let i = 0; i < old.length; i++) {
        const entry = old[i]!;
        if (entry === 0) continue;
        let slot = this.#hashes[entry - 1]! & mask;
        while (slots[slot] !== 0) slot = (slot + 1) & mask;
        slots[slot] = entry;
      }
      this.#slots = slots;
      this.#mask = mask;
    }
    this.#room = room;
  }

  /** Whether every id is taken. */
  get full(): boolean {
    return this.#freeCount === 0 && this.#neverUsed === this.capacity;
  }

  #hash(
    bytes: Uint8Array,
    family: 4 | 6,
    source: number,
    destination: number,
    sourcePort: number,
    destinationPort: number,
  ): number {
    const length = family === 4 ? 4 : 16;
    // A sum is the same both ways round, so both directions land on one chain.
    const h = (hashEndpoint(bytes, source, length, sourcePort) +
      hashEndpoint(bytes, destination, length, destinationPort) + family) | 0;
    return mix(h);
  }

  #matches(
    id: number,
    bytes: Uint8Array,
    length: number,
    a: number,
    b: number,
    portA: number,
    portB: number,
  ): boolean {
    if (this.#ports[id * 2] !== portA || this.#ports[id * 2 + 1] !== portB) return false;
    const stored = this.#addressWords;
    const at = id * (ADDRESS_SLOT * 2 / 4);
    for (let i = 0; i < length; i += 4) {
      const w = at + (i >> 2);
      if (stored[w] !== word(bytes, a + i) || stored[w + ADDRESS_SLOT / 4] !== word(bytes, b + i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The id of the key made of the addresses at `bytes[source]` and `bytes[destination]` (4 or
   * 16 bytes each, by `family`) and the ports, in either direction; -1 when absent.
   */
  find(
    bytes: Uint8Array,
    family: 4 | 6,
    source: number,
    destination: number,
    sourcePort: number,
    destinationPort: number,
  ): number {
    if (family === 4) return this.#find4(bytes, source, destination, sourcePort, destinationPort);
    const hash = this.#hash(bytes, family, source, destination, sourcePort, destinationPort);
    const length = 16;
    const slots = this.#slots;
    const mask = this.#mask;
    for (let slot = hash & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
      const id = slots[slot]! - 1;
      if (id < 0) return -1;
      if (this.#hashes[id] !== hash || this.#families[id] !== family) continue;
      if (this.#matches(id, bytes, length, source, destination, sourcePort, destinationPort)) {
        this.direction = 0;
        return id;
      }
      if (this.#matches(id, bytes, length, destination, source, destinationPort, sourcePort)) {
        this.direction = 1;
        return id;
      }
    }
    return -1;
  }

  /** `find` for IPv4, the common case: each address read once, a key compared in four loads. */
  #find4(
    bytes: Uint8Array,
    source: number,
    destination: number,
    sourcePort: number,
    destinationPort: number,
  ): number {
    const a = word(bytes, source), b = word(bytes, destination);
    // #hash for family 4, with each address read once.
    const hash = mix(
      ((Math.imul(Math.imul(sourcePort + 1, 0x9e3779b1) ^ a, 0x01000193) & 0x3fffffff) +
        (Math.imul(Math.imul(destinationPort + 1, 0x9e3779b1) ^ b, 0x01000193) & 0x3fffffff) +
        4) | 0,
    );
    const slots = this.#slots;
    const mask = this.#mask;
    const hashes = this.#hashes, families = this.#families;
    const words = this.#addressWords, ports = this.#ports;
    for (let slot = hash & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
      const id = slots[slot]! - 1;
      if (id < 0) return -1;
      if (hashes[id] !== hash || families[id] !== 4) continue;
      const storedA = words[id * (ADDRESS_SLOT * 2 / 4)]!;
      const storedB = words[id * (ADDRESS_SLOT * 2 / 4) + ADDRESS_SLOT / 4]!;
      const portA = ports[id * 2]!, portB = ports[id * 2 + 1]!;
      if (storedA === a && storedB === b && portA === sourcePort && portB === destinationPort) {
        this.direction = 0;
        return id;
      }
      if (storedA === b && storedB === a && portA === destinationPort && portB === sourcePort) {
        this.direction = 1;
        return id;
      }
    }
    return -1;
  }

  /** Adds a key (which must be absent) with the source as endpoint A; returns its id, or -1 when full. */
  insert(
    bytes: Uint8Array,
    family: 4 | 6,
    source: number,
    destination: number,
    sourcePort: number,
    destinationPort: number,
  ): number {
    if (this.full) return -1;
    const id = this.#freeCount > 0 ? this.#free[--this.#freeCount]! : this.#neverUsed++;
    if (id >= this.#room) this.#grow(Math.min(this.capacity, this.#room * GROWTH));
    const hash = this.#hash(bytes, family, source, destination, sourcePort, destinationPort);
    const length = family === 4 ? 4 : 16;
    const at = id * ADDRESS_SLOT * 2;
    this.#addresses.fill(0, at, at + ADDRESS_SLOT * 2);
    this.#addresses.set(bytes.subarray(source, source + length), at);
    this.#addresses.set(bytes.subarray(destination, destination + length), at + ADDRESS_SLOT);
    this.#ports[id * 2] = sourcePort;
    this.#ports[id * 2 + 1] = destinationPort;
    this.#families[id] = family;
    this.#hashes[id] = hash;
    this.#place(id, hash);
    this.size++;
    return id;
  }

  /** Puts `id` in the first empty slot of its chain. */
  #place(id: number, hash: number): void {
    const slots = this.#slots;
    const mask = this.#mask;
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }

  /** Removes the key of `id`, which becomes free for another key. */
  remove(id: number): void {
    const slots = this.#slots;
    const mask = this.#mask;
    let slot = this.#hashes[id]! & mask;
    for (let probes = 0; slots[slot] !== id + 1; probes++) {
      if (probes > mask) return; // not held
      slot = (slot + 1) & mask;
    }
    // Backward-shift: move later members of the probe chain into the hole.
    let hole = slot;
    for (let next = (hole + 1) & mask; slots[next] !== 0; next = (next + 1) & mask) {
      const home = this.#hashes[slots[next]! - 1]! & mask;
      // The entry at `next` may move to `hole` only if its home is not in (hole, next].
      const distanceHole = (hole - home) & mask;
      const distanceNext = (next - home) & mask;
      if (distanceHole < distanceNext) {
        slots[hole] = slots[next]!;
        hole = next;
      }
    }
    slots[hole] = 0;
    this.#free[this.#freeCount++] = id;
    this.size--;
  }

  /** The IP version of `id`'s key. */
  family(id: number): 4 | 6 {
    return this.#families[id] === 4 ? 4 : 6;
  }

  /** Endpoint A's port of `id`. */
  portA(id: number): number {
    return this.#ports[id * 2]!;
  }

  /** Endpoint B's port of `id`. */
  portB(id: number): number {
    return this.#ports[id * 2 + 1]!;
  }

  /** Endpoint A's address bytes of `id` (a view: 4 or 16 bytes). */
  addressA(id: number): Uint8Array {
    const at = id * ADDRESS_SLOT * 2;
    return this.#addresses.subarray(at, at + (this.#families[id] === 4 ? 4 : 16));
  }

  /** Endpoint B's address bytes of `id`. */
  addressB(id: number): Uint8Array {
    const at = id * ADDRESS_SLOT * 2 + ADDRESS_SLOT;
    return this.#addresses.subarray(at, at + (this.#families[id] === 4 ? 4 : 16));
  }
}
