/**
 * The reassembler: every Follow TCP Stream rule on hand-made segments, the memory caps, and a
 * cross-check against tshark's `-z follow,tcp,raw,0` on crafted captures (fixed hard cases and
 * random ones), chunk for chunk.
 */

import assert from "node:assert/strict";
import type { Conversation, GapReason, Node } from "./events.ts";
import {
  HELD_SEGMENT_OVERHEAD,
  missingMarker,
  type RangeStreamListener,
  Reassembler,
  ReassemblyBudget,
} from "./reassembly.ts";
import { craft, mulberry32 } from "../tests/_frames.ts";
import { type Frame, pcapBytes } from "../tests/_pcap.ts";

const FIN = 0x01;
const SYN = 0x02;
const RST = 0x04;
const PSH = 0x08;
const ACK = 0x10;

const CONVERSATION = { index: 0 } as Conversation;
const text = (value: string) => new TextEncoder().encode(value);

/** One segment as a test describes it. */
interface Segment {
  node: Node;
  seq: number;
  ack?: number;
  flags?: number;
  data?: Uint8Array | string;
  /** Bytes of the payload captured (the snapshot length cut the rest); default all. */
  captured?: number;
}

/** What a listener saw, as text: `0:hex`, `1:hex`, `gap 0 5 missing`. */
class Recorder implements RangeStreamListener {
  readonly events: string[] = [];
  readonly packets: number[] = [];
  data(_c: Conversation, node: Node, bytes: Uint8Array, packet: number): void {
    this.events.push(`${node}:${new TextDecoder().decode(bytes)}`);
    this.packets.push(packet);
  }
  gap(_c: Conversation, node: Node, count: number, reason: GapReason): void {
    this.events.push(`gap ${node} ${count} ${reason}`);
  }
}

function payloadOf(segment: Segment): Uint8Array {
  const data = segment.data ?? new Uint8Array();
  return typeof data === "string" ? text(data) : data;
}

/** Feeds `segments` (packet numbers from 1), then finishes; returns the reassembler. */
function feed(
  segments: readonly Segment[],
  listener: RangeStreamListener,
  budget = new ReassemblyBudget(),
  finish = true,
): Reassembler {
  const reassembler = new Reassembler(CONVERSATION, listener, budget);
  segments.forEach((segment, index) => {
    const payload = payloadOf(segment);
    // Surrounded by other bytes, as a payload is inside a frame.
    const frame = new Uint8Array(payload.length + 8).fill(0xee);
    frame.set(payload, 4);
    const captured = segment.captured ?? payload.length;
    reassembler.segment(
      segment.node,
      segment.seq,
      segment.ack ?? 0,
      segment.flags ?? (PSH | ACK),
      frame,
      4,
      4 + captured,
      payload.length,
      index + 1,
      index,
    );
  });
  if (finish) reassembler.finish("finish");
  return reassembler;
}

function events(segments: readonly Segment[], budget?: ReassemblyBudget): string[] {
  const recorder = new Recorder();
  feed(segments, recorder, budget);
  return recorder.events;
}

Deno.test("in-order segments each give one chunk, per direction", () => {
  assert.deepEqual(
    events([
      { node: 0, seq: 100, data: "GET " },
      { node: 0, seq: 104, data: "/" },
      { node: 1, seq: 900, ack: 105, data: "200 OK" },
      { node: 0, seq: 105, ack: 906 },
    ]),
    ["0:GET ", "0:/", "1:200 OK"],
  );
});

Deno.test("zero-length segments deliver nothing and do not move the expected seq", () => {
  assert.deepEqual(
    events([
      { node: 0, seq: 100 },
      { node: 0, seq: 100, data: "ab" },
      { node: 0, seq: 102 },
      { node: 0, seq: 102, data: "cd" },
    ]),
    ["0:ab", "0:cd"],
  );
});

Deno.test("a retransmission adds nothing; an overlap with other bytes adds only its new tail", () => {
  assert.deepEqual(
    events([
      { node: 0, seq: 1, data: "abcdef" },
      { node: 0, seq: 1, data: "abcdef" },
      { node: 0, seq: 4, data: "XYZghi" }, // "def" already seen: the first copy wins
      { node: 0, seq: 1, data: "QQQQQQQQQQQ" }, // covers all seen (1-9), two new bytes
    ]),
    ["0:abcdef", "0:ghi", "0:QQ"],
  );
});

Deno.test("out-of-order data waits for the hole, then comes in arrival order", () => {
  const recorder = new Recorder();
  const reassembler = feed(
    [
      { node: 0, seq: 1, data: "aa" },
      { node: 0, seq: 7, data: "dd" },
      { node: 0, seq: 5, data: "cc" },
    ],
    recorder,
    undefined,
    false,
  );
  assert.equal(reassembler.held, 4);
  assert.deepEqual(recorder.events, ["0:aa"]);
  reassembler.segment(0, 3, 0, ACK, text("bb"), 0, 2, 2, 4, 3);
  assert.deepEqual(recorder.events, ["0:aa", "0:bb", "0:cc", "0:dd"]);
  assert.deepEqual(recorder.packets, [1, 4, 3, 2], "held data keeps the packet that carried it");
  assert.equal(reassembler.held, 0);
});

Deno.test("released held data: the first held segment in arrival order at or before the seq", () => {
  // After "a" (1) and "b" (2), the seq is 3: "CDEFG" (3-7) came before "cdefgh" (3-8) wins whole,
  // then the other gives only "h".
  assert.deepEqual(
    events([
      { node: 0, seq: 1, data: "a" },
      { node: 0, seq: 3, data: "CDEFG" },
      { node: 0, seq: 3, data: "cdefgh" },
      { node: 0, seq: 2, data: "b" },
    ]),
    ["0:a", "0:b", "0:CDEFG", "0:h"],
  );
  // A held segment starting before the seq gives its tail; one covered entirely, nothing.
  assert.deepEqual(
    events([
      { node: 0, seq: 1, data: "a" },
      { node: 0, seq: 5, data: "efgh" },
      { node: 0, seq: 3, data: "cde" },
      { node: 0, seq: 4, data: "DE" },
      { node: 0, seq: 2, data: "b" },
    ]),
    ["0:a", "0:b", "0:cde", "0:fgh"],
  );
});

Deno.test("a hole the peer acknowledges: a missing gap, then the held data", () => {
  assert.deepEqual(
    events([
      { node: 0, seq: 1, ack: 1, flags: SYN },
      { node: 1, seq: 500, ack: 2, flags: SYN | ACK },
      { node: 0, seq: 2, ack: 501, data: "0123456789" },
      { node: 0, seq: 22, ack: 501, data: "KLMNO" }, // 12-21 never captured
      { node: 0, seq: 32, ack: 501, data: "uvw" }, // 27-31 neither
      { node: 1, seq: 501, ack: 27 }, // acknowledges past the first hole only
      { node: 1, seq: 501, ack: 35 },
    ]),
    [
      "0:0123456789",
      "gap 0 10 missing",
      "0:KLMNO",
      "gap 0 5 missing",
      "0:uvw",
    ],
  );
  assert.equal(
    new TextDecoder().decode(missingMarker(10)),
    "[10 bytes missing in capture file]\0",
  );
});

Deno.test("an ack exactly at the held data's start does not skip the hole", () => {
  assert.deepEqual(
    events([
      { node: 0, seq: 1, data: "ab" },
      { node: 0, seq: 5, data: "ef" },
      { node: 1, seq: 100, ack: 5, flags: ACK },
    ]),
    ["0:ab", "gap 0 4 end"],
  );
});

Deno.test("a hole never filled: held data is dropped at the end, as an end gap", () => {
  const recorder = new Recorder();
  const budget = new ReassemblyBudget();
  const reassembler = feed(
    [
      { node: 0, seq: 1, data: "ab" },
      { node: 0, seq: 10, data: "jk" },
      { node: 0, seq: 5, data: "efg" },
    ],
    recorder,
    budget,
  );
  assert.deepEqual(recorder.events, ["0:ab", "gap 0 9 end"]);
  assert.equal(reassembler.held, 0);
  assert.equal(budget.used, 0);
});

Deno.test("data in SYN, FIN and RST segments is followed; SYN takes one seq", () => {
  assert.deepEqual(
    events([
      { node: 0, seq: 1000, flags: SYN, data: "syn" },
      { node: 1, seq: 5000, ack: 1004, flags: SYN | ACK, data: "synack" },
      { node: 0, seq: 1004, ack: 5007, flags: ACK | FIN, data: "fin" },
      { node: 1, seq: 5007, ack: 1008, flags: RST, data: "rst" },
    ]),
    ["0:syn", "1:synack", "0:fin", "1:rst"],
  );
});

Deno.test("a snapshot-cut segment gives its captured bytes and moves seq by its length", () => {
  assert.deepEqual(
    events([
      { node: 0, seq: 1, data: "abcdefghij", captured: 4 },
      { node: 0, seq: 11, data: "klm" },
      { node: 0, seq: 14, data: "nop", captured: 0 }, // nothing captured: ignored entirely
      { node: 0, seq: 14, data: "NOP" },
    ]),
    ["0:abcd", "gap 0 6 uncaptured", "0:klm", "0:NOP"],
  );
});

Deno.test("sequence numbers wrap around 2^32 seamlessly", () => {
  assert.deepEqual(
    events([
      { node: 0, seq: 0xffffff00, flags: SYN },
      { node: 0, seq: 0xffffff01, data: new Uint8Array(0xfe).fill(0x61) },
      { node: 0, seq: 0xffffffff, data: "wrap" }, // 0xffffffff, 0, 1, 2
      { node: 0, seq: 7, data: "later" },
      { node: 0, seq: 3, data: "1234" },
    ]),
    ["0:" + "a".repeat(0xfe), "0:wrap", "0:1234", "0:later"],
  );
});

Deno.test("the per-conversation cap skips the oldest hole with a limit gap, never silently", () => {
  const budget = new ReassemblyBudget(1 << 20, 2 * (HELD_SEGMENT_OVERHEAD + 4));
  const recorder = new Recorder();
  const reassembler = feed(
    [
      { node: 0, seq: 1, data: "abcd" },
      { node: 0, seq: 9, data: "ijkl" }, // held
      { node: 0, seq: 17, data: "qrst" }, // held: the cap is full
      { node: 0, seq: 25, data: "yzAB" }, // does not fit: skip to 9
      { node: 0, seq: 13, data: "mnop" },
    ],
    recorder,
    budget,
    false,
  );
  assert.deepEqual(recorder.events, [
    "0:abcd",
    "gap 0 4 limit",
    "0:ijkl",
    "0:mnop",
    "0:qrst",
  ]);
  assert.equal(reassembler.held, 4);
  reassembler.finish("finish");
  // From the expected seq (21) to the end of the held data (29): the hole and the held bytes.
  assert.deepEqual(recorder.events.slice(5), ["gap 0 8 end"]);
  assert.equal(budget.used, 0);
});

Deno.test("the cap on held segments skips like the byte cap", () => {
  const budget = new ReassemblyBudget(1 << 20, 1 << 20, 2);
  assert.deepEqual(
    events(
      [
        { node: 0, seq: 1, data: "a" },
        { node: 0, seq: 3, data: "c" },
        { node: 0, seq: 5, data: "e" },
        { node: 0, seq: 7, data: "g" }, // a third: skip the hole before "c"
      ],
      budget,
    ),
    ["0:a", "gap 0 1 limit", "0:c", "gap 0 4 end"],
  );
});

Deno.test("thousands of tiny segments held in reverse order are released in order", () => {
  const count = 4000;
  const recorder = new Recorder();
  const reassembler = new Reassembler(CONVERSATION, recorder, new ReassemblyBudget());
  const byte = text("x");
  reassembler.segment(0, 1, 0, ACK, byte, 0, 1, 1, 1, 0);
  for (let i = count; i >= 2; i--) reassembler.segment(0, 1 + i, 0, ACK, byte, 0, 1, 1, 2, 0);
  assert.equal(reassembler.held, count - 1);
  reassembler.segment(0, 2, 0, ACK, byte, 0, 1, 1, 3, 0);
  assert.equal(recorder.events.length, count + 1);
  assert.equal(reassembler.held, 0);
});

Deno.test("a segment bigger than the cap, with nothing held, is delivered after a limit gap", () => {
  const budget = new ReassemblyBudget(1 << 20, HELD_SEGMENT_OVERHEAD + 2);
  assert.deepEqual(
    events([{ node: 0, seq: 1, data: "ab" }, { node: 0, seq: 6, data: "fgh" }], budget),
    ["0:ab", "gap 0 3 limit", "0:fgh"],
  );
});

Deno.test("the shared total budget: one conversation's held data limits another's", () => {
  const budget = new ReassemblyBudget(HELD_SEGMENT_OVERHEAD + 4, 1 << 20);
  const first = new Recorder();
  const second = new Recorder();
  const a = new Reassembler(CONVERSATION, first, budget);
  const b = new Reassembler(CONVERSATION, second, budget);
  a.segment(0, 1, 0, ACK, text("ab"), 0, 2, 2, 1, 0);
  a.segment(0, 5, 0, ACK, text("efgh"), 0, 4, 4, 2, 0); // held: the budget is full
  assert.equal(budget.used, HELD_SEGMENT_OVERHEAD + 4);
  b.segment(1, 1, 0, ACK, text("xy"), 0, 2, 2, 3, 0);
  b.segment(1, 6, 0, ACK, text("z"), 0, 1, 1, 4, 0); // no room, nothing of b's held: skip
  assert.deepEqual(second.events, ["1:xy", "gap 1 3 limit", "1:z"]);
  assert.equal(a.held, 4);
  a.finish("finish");
  b.finish("finish");
  assert.equal(budget.used, 0);
});

Deno.test("the other direction's held data is given up when this one holds nothing", () => {
  const budget = new ReassemblyBudget(1 << 20, HELD_SEGMENT_OVERHEAD + 4);
  assert.deepEqual(
    events(
      [
        { node: 0, seq: 1, data: "ab" },
        { node: 0, seq: 5, data: "ef" }, // held
        { node: 1, seq: 100, data: "x" },
        { node: 1, seq: 105, data: "zz" }, // no room: node 0's hole goes first
      ],
      budget,
    ),
    ["0:ab", "1:x", "gap 0 2 limit", "0:ef", "gap 1 6 end"],
  );
});

Deno.test("in-order data is a view of the packet (no copy), or a range with dataRange", () => {
  const frame = text("..hello..");
  let viewed: Uint8Array | undefined;
  const viewer = new Reassembler(CONVERSATION, {
    data: (_c, _n, bytes) => viewed = bytes,
  }, new ReassemblyBudget());
  viewer.segment(0, 1, 0, ACK, frame, 2, 7, 5, 1, 0);
  assert.equal(viewed?.buffer, frame.buffer);
  assert.equal(viewed?.byteOffset, 2);
  const ranges: number[][] = [];
  const ranger = new Reassembler(CONVERSATION, {
    dataRange: (_c, _n, bytes, start, end) => {
      assert.equal(bytes, frame);
      ranges.push([start, end]);
    },
  }, new ReassemblyBudget());
  ranger.segment(0, 1, 0, ACK, frame, 2, 7, 5, 1, 0);
  assert.deepEqual(ranges, [[2, 7]]);
});

/**
 * Garbage collections while `count` segment pairs (data one way, a pure ACK back) go through a
 * reassembler, in a child with a 1 MiB young generation: one small object per packet would add
 * about 10 collections per 100,000 packets.
 */
async function collections(mode: "acks" | "range", count: number): Promise<number> {
  const module = new URL("./reassembly.ts", import.meta.url).href;
  const code = `
    import { Reassembler, ReassemblyBudget } from ${JSON.stringify(module)};
    let sum = 0;
    const listener = { dataRange: (_c, _n, bytes, start, end) => { sum += bytes[start] + end; } };
    const frame = new Uint8Array(1500).fill(7);
    const reassembler = new Reassembler({ index: 0 }, listener, new ReassemblyBudget());
    const length = ${mode === "acks" ? 0 : 100};
    let seq = 1;
    for (let i = 0; i < ${count}; i++) {
      reassembler.segment(0, seq, 5, 0x18, frame, 54, 54 + length, length, i, 0);
      reassembler.segment(1, 5, seq + length, 0x10, frame, 54, 54, 0, i, 0);
      seq = (seq + length) >>> 0;
    }
    console.log("sum", sum);
  `;
  const run = await new Deno.Command(Deno.execPath(), {
    args: [
      "eval",
      "--v8-flags=--trace-gc,--max-semi-space-size=1,--min-semi-space-size=1",
      code,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const out = new TextDecoder().decode(run.stdout);
  assert.ok(run.success, new TextDecoder().decode(run.stderr));
  assert.match(out, /^sum \d+$/m);
  return (out.match(/Scavenge|Mark-Compact|Mark-Sweep/g) ?? []).length;
}

Deno.test("in-order segments allocate nothing (with dataRange): collections do not grow", async () => {
  for (const mode of ["acks", "range"] as const) {
    const few = await collections(mode, 20_000);
    const many = await collections(mode, 200_000);
    assert.ok(many - few <= 2, `${mode}: ${few} collections, then ${many}`);
  }
});

// ---------------------------------------------------------------------------------------------
// Against tshark

const ADDRESSES = [[10, 9, 0, 1], [10, 9, 0, 2]] as const;
const PORTS = [40001, 8080] as const;

function frameOf(segment: Segment, index: number): Frame {
  const payload = payloadOf(segment);
  const other = 1 - segment.node;
  const whole = craft()
    .ethernet()
    .ipv4({ id: index & 0xffff, source: ADDRESSES[segment.node], destination: ADDRESSES[other] })
    .tcp({
      sourcePort: PORTS[segment.node],
      destinationPort: PORTS[other],
      sequence: segment.seq >>> 0,
      acknowledgment: (segment.ack ?? 0) >>> 0,
      flags: segment.flags ?? (PSH | ACK),
    })
    .payload(payload)
    .build();
  const cut = payload.length - (segment.captured ?? payload.length);
  return {
    bytes: whole.subarray(0, whole.length - cut),
    wireLength: whole.length,
    seconds: 1700000000 + index,
  };
}

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/** Our chunks as tshark's raw follow prints them. */
function ourChunks(segments: readonly Segment[]): string[] {
  const chunks: string[] = [];
  feed(segments, {
    data: (_c, node, bytes) => chunks.push(`${node}:${hex(bytes)}`),
    gap: (_c, node, count, reason) => {
      if (reason === "missing") chunks.push(`${node}:${hex(missingMarker(count))}`);
    },
  });
  return chunks;
}

const tsharkVersion = (() => {
  try {
    const run = new Deno.Command("tshark", { args: ["-v"], stdout: "piped", stderr: "null" })
      .outputSync();
    return run.success ? new TextDecoder().decode(run.stdout).split("\n")[0] ?? "" : "";
  } catch {
    return "";
  }
})();

async function tsharkChunks(path: string): Promise<string[]> {
  const run = await new Deno.Command("tshark", {
    args: ["-r", path, "-q", "-z", "follow,tcp,raw,0"],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const out = new TextDecoder().decode(run.stdout);
  assert.ok(run.success, new TextDecoder().decode(run.stderr));
  const lines = out.split("\n");
  const first = lines.findIndex((line) => line.startsWith("Node 1: "));
  assert.ok(first > 0, out);
  const chunks: string[] = [];
  for (const line of lines.slice(first + 1)) {
    if (line.startsWith("=====")) break;
    chunks.push(line.startsWith("\t") ? `1:${line.slice(1)}` : `0:${line}`);
  }
  return chunks;
}

const CASES: Record<string, Segment[]> = {
  "handshake, data both ways, FIN": [
    { node: 0, seq: 1000, flags: SYN },
    { node: 1, seq: 7000, ack: 1001, flags: SYN | ACK },
    { node: 0, seq: 1001, ack: 7001, flags: ACK },
    { node: 0, seq: 1001, ack: 7001, data: "GET / HTTP/1.0\r\n\r\n" },
    { node: 1, seq: 7001, ack: 1019, data: "HTTP/1.0 200 OK\r\n" },
    { node: 1, seq: 7018, ack: 1019, data: "\r\nbody" },
    { node: 0, seq: 1019, ack: 7024, flags: FIN | ACK },
    { node: 1, seq: 7024, ack: 1020, flags: FIN | ACK },
  ],
  "wraparound in both directions": [
    { node: 0, seq: 0xffffff00, flags: SYN },
    { node: 1, seq: 0xfffffffd, ack: 0xffffff01, flags: SYN | ACK },
    { node: 0, seq: 0xffffff01, ack: 0xfffffffe, data: new Uint8Array(0xf0).fill(0x41) },
    { node: 1, seq: 0xfffffffe, ack: 0xfffffff1, data: "crosses zero" },
    { node: 0, seq: 0xfffffff1, ack: 10, data: "0123456789abcdefXYZ" },
    { node: 0, seq: 0x10, ack: 10, data: "held across" },
    { node: 0, seq: 0x4, ack: 10, data: "filler......" },
    { node: 1, seq: 10, ack: 0x1b, data: "done" },
  ],
  "overlaps with different bytes": [
    { node: 0, seq: 1, flags: SYN },
    { node: 1, seq: 50, ack: 2, flags: SYN | ACK },
    { node: 0, seq: 2, ack: 51, data: "abcdef" },
    { node: 0, seq: 5, ack: 51, data: "XYZghi" },
    { node: 0, seq: 2, ack: 51, data: "QQQQQQQQQQQQ" },
    { node: 0, seq: 20, ack: 51, data: "later" },
    { node: 0, seq: 18, ack: 51, data: "MNOPQRS" },
    { node: 0, seq: 14, ack: 51, data: "1234" },
    { node: 1, seq: 51, ack: 25, data: "ok" },
  ],
  "held segments released in arrival order, not seq order": [
    { node: 0, seq: 1, flags: SYN },
    { node: 0, seq: 2, data: "a" },
    { node: 0, seq: 5, data: "EFGHIJ" },
    { node: 0, seq: 4, data: "defg" },
    { node: 0, seq: 3, data: "bcd" },
  ],
  "data in SYN, SYN+ACK, FIN and RST": [
    { node: 0, seq: 300, flags: SYN, data: "tfo" },
    { node: 1, seq: 900, ack: 304, flags: SYN | ACK, data: "hi" },
    { node: 0, seq: 304, ack: 903, flags: FIN | ACK, data: "bye" },
    { node: 1, seq: 903, ack: 308, flags: RST | ACK, data: "reset" },
    { node: 0, seq: 308, ack: 908, flags: RST, data: "again" },
  ],
  "snapshot-cut segments, in order and held": [
    { node: 0, seq: 1, flags: SYN },
    { node: 1, seq: 10, ack: 2, flags: SYN | ACK },
    { node: 0, seq: 2, ack: 11, data: "abcdefghijklmnop", captured: 5 },
    { node: 0, seq: 18, ack: 11, data: "q" },
    { node: 0, seq: 30, ack: 11, data: "0123456789", captured: 4 }, // held, cut
    { node: 0, seq: 19, ack: 11, data: "rstuvwxyzAB" }, // fills 19-29: releases the cut one
    { node: 0, seq: 34, ack: 11, data: "later" },
    { node: 0, seq: 40, ack: 11, data: "ignored?", captured: 0 },
    { node: 1, seq: 11, ack: 48, data: "k" },
  ],
  "holes acknowledged by the peer": [
    { node: 0, seq: 100, flags: SYN },
    { node: 1, seq: 800, ack: 101, flags: SYN | ACK },
    { node: 0, seq: 101, ack: 801, data: "0123456789" },
    { node: 0, seq: 131, ack: 801, data: "third" },
    { node: 0, seq: 121, ack: 801, data: "second...." },
    { node: 0, seq: 150, ack: 801, data: "fourth" },
    { node: 1, seq: 801, ack: 140, data: "ack past the first hole" },
    { node: 1, seq: 824, ack: 160 },
    { node: 0, seq: 160, ack: 824, data: "after" },
  ],
  "a hole never acknowledged": [
    { node: 0, seq: 100, flags: SYN },
    { node: 1, seq: 800, ack: 101, flags: SYN | ACK },
    { node: 0, seq: 101, ack: 801, data: "0123456789" },
    { node: 0, seq: 121, ack: 801, data: "never released" },
    { node: 1, seq: 801, ack: 111, data: "reply" },
    { node: 0, seq: 135, ack: 806, flags: FIN | ACK },
  ],
  "reordering": [
    { node: 0, seq: 1, flags: SYN },
    { node: 1, seq: 1, ack: 2, flags: SYN | ACK },
    { node: 0, seq: 2, ack: 2, data: "aaaa" },
    { node: 0, seq: 14, ack: 2, data: "dddd" },
    { node: 0, seq: 10, ack: 2, data: "cccc" },
    { node: 1, seq: 2, ack: 6, data: "r1" },
    { node: 0, seq: 6, ack: 4, data: "bbbb" },
    { node: 1, seq: 6, ack: 18, data: "r3" },
    { node: 1, seq: 4, ack: 18, data: "r2" },
  ],
  "midstream start, first ack sets the peer's base": [
    { node: 0, seq: 5000, ack: 9000, flags: ACK },
    { node: 1, seq: 8999, ack: 5000, flags: ACK }, // relative seq 0: tshark waits for another
    { node: 1, seq: 9005, ack: 5000, data: "starts here" },
    { node: 0, seq: 5000, ack: 9016, data: "reply" },
  ],
  "ack field without the ACK bit": [
    { node: 0, seq: 1, flags: SYN },
    { node: 1, seq: 100, ack: 2, flags: SYN | ACK },
    { node: 1, seq: 101, ack: 2, data: "x" },
    { node: 1, seq: 110, ack: 2, data: "held" },
    { node: 0, seq: 2, ack: 200, flags: PSH, data: "no ack bit" },
    { node: 0, seq: 12, ack: 0x7fffffff, flags: RST },
  ],
  "ack field without the ACK bit is compared raw": [
    { node: 0, seq: 1, flags: SYN },
    { node: 1, seq: 100, ack: 2, flags: SYN | ACK },
    { node: 1, seq: 101, ack: 2, data: "x" },
    { node: 1, seq: 110, ack: 2, data: "held" },
    // 50 is before node 1's base (100), yet past its held data's relative seq (10).
    { node: 0, seq: 2, ack: 50, flags: PSH, data: "no ack bit" },
    { node: 0, seq: 12, ack: 120, flags: ACK },
  ],
  "a SYN+ACK with another seq moves its sender's base": [
    { node: 0, seq: 1, flags: SYN },
    { node: 1, seq: 100, ack: 2, flags: SYN | ACK },
    { node: 1, seq: 101, ack: 2, data: "ab" },
    { node: 1, seq: 5000, ack: 2, flags: SYN | ACK },
    { node: 1, seq: 5001, ack: 2, data: "cd" },
    { node: 1, seq: 5003, ack: 2, data: "ef" },
    { node: 0, seq: 2, ack: 5005, data: "ok" },
  ],
};

const SEEDS = Number(Deno.env.get("REASSEMBLY_SEEDS") ?? 40);

/** A random conversation: two messages cut into segments, lost, duplicated, altered, reordered. */
function randomCase(seed: number): Segment[] {
  const random = mulberry32(seed);
  const below = (n: number) => Math.floor((random() / 2 ** 32) * n);
  const isn = [below(2 ** 32), below(2 ** 32)];
  if (seed % 3 === 0) isn[0] = 2 ** 32 - 1 - below(300);
  const segments: Segment[] = [
    { node: 0, seq: isn[0]!, flags: SYN, data: below(4) === 0 ? "syn-data" : undefined },
  ];
  const synLength = payloadOf(segments[0]!).length;
  segments.push({ node: 1, seq: isn[1]!, ack: (isn[0]! + 1 + synLength) >>> 0, flags: SYN | ACK });
  const next = [(isn[0]! + 1 + synLength) >>> 0, (isn[1]! + 1) >>> 0];
  const pending: Segment[] = [];
  for (let round = 0; round < 12; round++) {
    const node = below(2) as Node;
    const other = 1 - node;
    const size = below(40);
    const data = new Uint8Array(size).map(() => 0x20 + below(95));
    const segment: Segment = {
      node,
      seq: next[node]!,
      // Now and then an ack short of the peer's data, or no ACK bit (then tshark compares the
      // raw field).
      ack: below(5) === 0 ? (next[other]! - below(50)) >>> 0 : next[other]!,
      flags: below(15) === 0 ? PSH : PSH | ACK,
      data,
      captured: below(6) === 0 ? below(size + 1) : undefined,
    };
    next[node] = (next[node]! + size) >>> 0;
    const fate = below(10);
    if (fate === 0) continue; // lost
    if (fate === 1) {
      pending.push(segment); // sent later
      continue;
    }
    segments.push(segment);
    if (fate === 2) {
      // Retransmitted with other bytes and a different extent.
      const back = below(size + 1);
      segments.push({
        ...segment,
        seq: (segment.seq - back) >>> 0,
        data: new Uint8Array(size + below(10)).fill(0x7e),
        captured: undefined,
      });
    }
    if (pending.length > 0 && below(2) === 0) segments.push(pending.shift()!);
    if (below(4) === 0) {
      segments.push({ node: other as Node, seq: next[other]!, ack: next[node]!, flags: ACK });
    }
  }
  segments.push(...pending);
  segments.push({ node: 0, seq: next[0]!, ack: next[1]!, flags: FIN | ACK });
  if (below(2) === 0) segments.push({ node: 1, seq: next[1]!, ack: next[0]! + 1, flags: ACK });
  return segments;
}

Deno.test("tshark's Follow TCP Stream (raw) gives the same chunks on crafted captures", async (t) => {
  if (tsharkVersion === "") {
    console.log("skipped: tshark is not installed");
    return;
  }
  const dir = await Deno.makeTempDir({ prefix: "sniff-reassembly-" });
  try {
    const cases: [string, Segment[]][] = Object.entries(CASES);
    for (let seed = 1; seed <= SEEDS; seed++) cases.push([`random ${seed}`, randomCase(seed)]);
    for (const [name, segments] of cases) {
      await t.step(name, async () => {
        const path = `${dir}/case.pcap`;
        await Deno.writeFile(path, pcapBytes(segments.map(frameOf)));
        assert.deepEqual(ourChunks(segments), await tsharkChunks(path), `${tsharkVersion}`);
      });
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
