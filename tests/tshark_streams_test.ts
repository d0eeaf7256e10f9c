/**
 * The tshark reference harness (tests/_tshark_streams.ts) reads real tshark output sanely: on the
 * reused-port capture (two connections on one 4-tuple, over IPv4 then IPv6) its packets, follow
 * blocks, conversation rows and final completeness agree with each other and with what the
 * capture is known to hold.
 */

import assert from "node:assert/strict";
import { FIXTURES, hasProgram } from "./_cli.ts";
import { parseFollow, tsharkSize, tsharkStreams } from "./_tshark_streams.ts";

const haveTshark = hasProgram("tshark");
if (!haveTshark) console.log("tshark_streams_test: tshark is not installed, skipping");

Deno.test({
  name: "the tshark harness parses a reused 4-tuple's streams, follow and conversations",
  ignore: !haveTshark,
  fn: async () => {
    const result = await tsharkStreams(`${FIXTURES}streams/reused-port.pcap`);
    const streams = new Set(result.packets.map((packet) => packet.stream));
    assert.deepEqual([...streams].sort(), [0, 1, 2, 3]);
    assert.deepEqual(
      result.packets.map((packet) => packet.frame),
      result.packets.map((_, i) => i + 1),
    );
    // The SYN that reuses the 4-tuple is flagged, and only it.
    const reused = result.packets.filter((packet) => packet.analysis.includes("reused_ports"));
    assert.equal(reused.length, 2);
    for (const packet of reused) assert.equal(packet.completeness, 1);
    // Every stream's first packet (the SYN) shows 0 in the single pass, bar the reusing SYNs.
    const first = new Map<number, number>();
    for (const packet of result.packets) {
      if (!first.has(packet.stream!)) first.set(packet.stream!, packet.completeness!);
    }
    assert.deepEqual([...first.values()], [0, 1, 0, 1]);
    assert.equal(result.follow.length, 4);
    for (const follow of result.follow) {
      assert.match(follow.node0, /^(10\.78\.0\.1|\[fd78::1\]):40000$/);
      assert.deepEqual(follow.chunks.map((chunk) => chunk.node), [0, 1]);
      const request = new TextDecoder().decode(
        Uint8Array.from(follow.chunks[0]!.hex.match(/../g)!, (byte) => parseInt(byte, 16)),
      );
      assert.equal(request, follow.stream % 2 === 0 ? "first\n" : "second\n");
    }
    assert.equal(result.conversations.length, 4);
    for (const row of result.conversations) {
      assert.equal(row.portA, 40000);
      assert.equal(row.portB, 7000);
      assert.equal(row.frames, row.framesAtoB + row.framesBtoA);
      assert.match(row.bytes, /^\d+ bytes$/);
    }
    const frames = result.packets.length;
    assert.equal(result.conversations.reduce((sum, row) => sum + row.frames, 0), frames);
    assert.deepEqual([...result.finalCompleteness.values()], [31, 31, 31, 31]);
  },
});

Deno.test("the follow parser takes blocks in any order, by their Filter line", () => {
  const text = [
    "",
    "===================================================================",
    "Follow: tcp,raw",
    "Filter: tcp.stream eq 1",
    "Node 0: [fd78::1]:1",
    "Node 1: [fd78::2]:2",
    "6869",
    "\t6f6b",
    "===================================================================",
    "",
    "===================================================================",
    "Follow: tcp,raw",
    "Filter: tcp.stream eq 0",
    "Node 0: :0",
    "Node 1: :0",
    "===================================================================",
  ].join("\n");
  const streams = parseFollow(text);
  assert.deepEqual(streams.get(1)?.chunks, [{ node: 0, hex: "6869" }, { node: 1, hex: "6f6b" }]);
  assert.equal(streams.get(0)?.node0, ":0");
  assert.deepEqual(streams.get(0)?.chunks, []);
});

Deno.test("sizes are written as -z conv writes them", () => {
  assert.equal(tsharkSize(9999), "9999 bytes");
  assert.equal(tsharkSize(10000), "10 kB");
  assert.equal(tsharkSize(276243), "276 kB");
  assert.equal(tsharkSize(9999999), "9999 kB");
  assert.equal(tsharkSize(10000000), "10 MB");
});
