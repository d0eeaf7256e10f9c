import assert from "node:assert/strict";
import { FollowPrinter } from "./follow.ts";
import { LineWriter } from "./writer.ts";
import { hasProgram } from "../tests/_cli.ts";
import {
  collector,
  conversation,
  followedConversation,
  markerBytes,
  tsharkFollow,
  writeGapCapture,
} from "../tests/_follow.ts";
import type { Conversation, GapReason, Node } from "../streams/events.ts";

const FIXTURES = new URL("../tests/fixtures/", import.meta.url).pathname;
const HAVE_TSHARK = hasProgram("tshark");
if (!HAVE_TSHARK) console.warn("tshark not installed: follow output is not compared with it");

type Event =
  | { kind: "data"; node: Node; bytes: Uint8Array }
  | { kind: "gap"; node: Node; missing: number; reason: GapReason };

/** Drives a printer through a conversation's life and returns what it wrote. */
function render(
  stream: number | "all",
  format: "text" | "json" | "raw",
  conversations: [Conversation, Event[]][],
): string {
  const target = collector();
  const writer = new LineWriter(target);
  const printer = new FollowPrinter(writer, stream, format);
  for (const [c] of conversations) printer.start(c);
  for (const [c, events] of conversations) {
    for (const event of events) {
      if (event.kind === "data") printer.data(c, event.node, event.bytes);
      else printer.gap(c, event.node, event.missing, event.reason);
    }
  }
  for (const [c] of conversations) printer.end(c);
  printer.finish();
  writer.flush();
  return target.text;
}

const text = (s: string) => new TextEncoder().encode(s);

for (
  const [file, stream] of [["http-ipv4.pcap", 0], ["http-ipv4.pcap", 1], ["http-ipv6.pcap", 0]]
) {
  Deno.test({
    name: `follow: raw form equals tshark's on ${file} stream ${stream}`,
    ignore: !HAVE_TSHARK,
    async fn() {
      const follow = await tsharkFollow(FIXTURES + file, stream as number);
      assert.ok(follow.chunks.length >= 2);
      const c = followedConversation(stream as number, follow);
      const events: Event[] = follow.chunks.map((chunk) => ({ kind: "data", ...chunk }));
      assert.equal(render(stream as number, "raw", [[c, events]]), follow.output);
    },
  });
  Deno.test({
    name: `follow: text form is tshark's ascii form, CR escaped, on ${file} stream ${stream}`,
    ignore: !HAVE_TSHARK,
    async fn() {
      const follow = await tsharkFollow(FIXTURES + file, stream as number);
      const ascii = await tsharkFollow(FIXTURES + file, stream as number, "ascii");
      // These streams are printable text with CRLF line ends: only CR shows differently.
      for (const chunk of follow.chunks) {
        assert.ok(
          chunk.bytes.every((b) =>
            (b >= 0x20 && b < 0x7f && b !== 0x5c && b !== 0x22) || b === 10 || b === 13
          ),
        );
      }
      const c = followedConversation(stream as number, follow);
      const events: Event[] = follow.chunks.map((chunk) => ({ kind: "data", ...chunk }));
      assert.equal(
        render(stream as number, "text", [[c, events]]),
        ascii.output.replaceAll("\r", "\\r"),
      );
    },
  });
}

Deno.test({
  name: "follow: a stream that never appears gets tshark's empty block",
  ignore: !HAVE_TSHARK,
  async fn() {
    const follow = await tsharkFollow(FIXTURES + "http-ipv4.pcap", 99);
    const c = conversation({ index: 0 });
    assert.equal(
      render(99, "raw", [[c, [{ kind: "data", node: 0, bytes: text("x") }]]]),
      follow.output,
    );
    const target = collector();
    const writer = new LineWriter(target);
    const printer = new FollowPrinter(writer, 99, "json");
    assert.equal(printer.finish(), false);
    writer.flush();
    assert.equal(target.text, "");
  },
});

Deno.test("follow: hostile bytes are escaped in text, line feeds kept", () => {
  const c = conversation({ index: 2 });
  const hostile = Uint8Array.of(
    0x1b,
    0x5b,
    0x32,
    0x4a,
    0x0a,
    0x00,
    0xff,
    0x5c,
    0x22,
    0x0d,
    0x0a,
    0x07,
  );
  const out = render(2, "text", [[c, [{ kind: "data", node: 1, bytes: hostile }]]]);
  assert.equal(
    out,
    "\n" + "=".repeat(67) + "\nFollow: tcp,ascii\nFilter: tcp.stream eq 2\n" +
      "Node 0: 10.0.0.1:5555\nNode 1: 10.0.0.2:80\n" +
      '\t12\n\\x1b[2J\n\\x00\\xff\\\\\\"\\r\n\\x07\n' + "=".repeat(67) + "\n",
  );
  // eslint: nothing below 0x20 but line feeds, nothing at or above 0x7f.
  for (const ch of out) assert.ok(ch === "\n" || ch === "\t" || (ch >= " " && ch < "\x7f"));
});

Deno.test("follow: a missing gap is tshark's marker chunk and NUL in raw and JSON", () => {
  const c = conversation({ index: 0 });
  const events: Event[] = [
    { kind: "data", node: 0, bytes: text("ab") },
    { kind: "gap", node: 0, missing: 1200, reason: "missing" },
    { kind: "gap", node: 1, missing: 7, reason: "end" },
  ];
  const raw = render(0, "raw", [[c, events]]);
  const marker =
    Array.from(text("[1200 bytes missing in capture file]"), (b) => b.toString(16).padStart(2, "0"))
      .join("") + "00";
  assert.ok(raw.includes(`\n6162\n${marker}\n====`));
  assert.ok(marker.endsWith("66696c655d00"));
  const json = render(0, "json", [[c, events]]).trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(json, [
    { follow: { stream: 0, node: 0, data: "6162" } },
    { follow: { stream: 0, node: 0, data: marker } },
  ]);
  const ascii = render(0, "text", [[c, events]]);
  assert.ok(ascii.includes("\n37\n[1200 bytes missing in capture file]\\x00\n"));
});

Deno.test("follow: limit gaps are a note in text and a gap object in JSON, nothing in raw", () => {
  const c = conversation({ index: 1 });
  const events: Event[] = [{ kind: "gap", node: 1, missing: 5000, reason: "limit" }];
  assert.ok(
    render(1, "text", [[c, events]]).includes("\n\t[5000 bytes skipped: reassembly limit]\n"),
  );
  assert.equal(render(1, "json", [[c, events]]), '{"follow":{"stream":1,"node":1,"gap":5000}}\n');
  assert.ok(!render(1, "raw", [[c, events]]).includes("5000"));
});

Deno.test("follow all: chunks of interleaved streams as they come, each naming its stream", () => {
  const a = conversation({ index: 0 });
  const b = conversation({
    index: 1,
    family: 6,
    addressA: "fd00::1",
    addressB: "fd00::2",
    portA: 1,
    portB: 2,
  });
  const target = collector();
  const writer = new LineWriter(target);
  const printer = new FollowPrinter(writer, "all");
  printer.start(a);
  printer.start(b);
  printer.data(a, 0, text("GET\n"));
  printer.data(b, 1, text("x"));
  printer.data(a, 1, text("OK"));
  printer.end(a);
  printer.end(b);
  assert.equal(printer.finish(), true);
  writer.flush();
  assert.equal(
    target.text,
    "stream 0 node 0 (10.0.0.1:5555 → 10.0.0.2:80), 4 bytes\nGET\n\n" +
      "stream 1 node 1 ([fd00::2]:2 → [fd00::1]:1), 1 bytes\nx\n" +
      "stream 0 node 1 (10.0.0.2:80 → 10.0.0.1:5555), 2 bytes\nOK\n",
  );
  const json = render("all", "json", [[a, [{ kind: "data", node: 0, bytes: text("a") }]], [b, [{
    kind: "data",
    node: 1,
    bytes: text("b"),
  }]]]);
  assert.equal(
    json,
    '{"follow":{"stream":0,"node":0,"data":"61"}}\n{"follow":{"stream":1,"node":1,"data":"62"}}\n',
  );
});

Deno.test("follow: other streams are left out, and raw needs one stream", () => {
  const a = conversation({ index: 0 });
  const b = conversation({ index: 1 });
  const out = render(1, "json", [[a, [{ kind: "data", node: 0, bytes: text("a") }]], [b, [{
    kind: "data",
    node: 0,
    bytes: text("b"),
  }]]]);
  assert.equal(out, '{"follow":{"stream":1,"node":0,"data":"62"}}\n');
  assert.throws(() => new FollowPrinter(new LineWriter(collector()), "all", "raw"), TypeError);
});

Deno.test({
  name: "follow: a missing gap renders as tshark's marker on a capture with a hole",
  ignore: !HAVE_TSHARK,
  async fn() {
    const dir = Deno.makeTempDirSync();
    try {
      writeGapCapture(`${dir}/gap.pcap`);
      const follow = await tsharkFollow(`${dir}/gap.pcap`, 0);
      // What the reassembler reports: the marker as a gap, not as data.
      const events: Event[] = follow.chunks.map((chunk) =>
        markerBytes(chunk.bytes) >= 0
          ? { kind: "gap", node: chunk.node, missing: markerBytes(chunk.bytes), reason: "missing" }
          : { kind: "data", ...chunk }
      );
      assert.equal(events.filter((e) => e.kind === "gap").length, 1);
      const c = followedConversation(0, follow);
      assert.equal(render(0, "raw", [[c, events]]), follow.output);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});
