import assert from "node:assert/strict";
import { ConversationTable, formatSize } from "./conversations.ts";
import { LineWriter } from "./writer.ts";
import { hasProgram, tsharkFields } from "../tests/_cli.ts";
import { collector, conversation } from "../tests/_follow.ts";
import type { Conversation } from "../streams/events.ts";

const FIXTURES = new URL("../tests/fixtures/", import.meta.url).pathname;
const HAVE_TSHARK = hasProgram("tshark");
if (!HAVE_TSHARK) {
  console.warn("tshark not installed: the conversation table is not compared with it");
}

function table(
  conversations: Conversation[],
  captureStart: number,
  json = false,
  ended = true,
): string {
  const target = collector();
  const writer = new LineWriter(target);
  const listener = new ConversationTable(writer, json);
  for (const c of conversations) {
    listener.start(c);
    if (ended) listener.end(c);
  }
  listener.finish(captureStart);
  writer.flush();
  return target.text;
}

/** What a tracker would report at the end, built from tshark's per-packet fields. */
async function tsharkConversations(file: string): Promise<{ list: Conversation[]; start: number }> {
  const rows = await tsharkFields(file, [
    "frame.time_epoch",
    "frame.len",
    "tcp.stream",
    "ip.src",
    "ipv6.src",
    "ip.dst",
    "ipv6.dst",
    "tcp.srcport",
    "tcp.dstport",
    "tcp.hdr_len",
  ]);
  const final = await new Deno.Command("tshark", {
    args: ["-r", file, "-n", "-2", "-T", "fields", "-e", "tcp.stream", "-e", "tcp.completeness"],
    stderr: "null",
  }).output();
  const completeness = new Map<number, number>();
  for (const line of new TextDecoder().decode(final.stdout).split("\n")) {
    const [stream, value] = line.split("\t");
    if (stream) completeness.set(Number(stream), Number(value));
  }
  type Mutable = { -readonly [K in keyof Conversation]: Conversation[K] };
  const streams = new Map<number, Mutable>();
  for (const row of rows) {
    if (row["tcp.stream"] === "") continue;
    const index = Number(row["tcp.stream"]);
    const time = Number(row["frame.time_epoch"]);
    const src = row["ip.src"] || row["ipv6.src"]!;
    const dst = row["ip.dst"] || row["ipv6.dst"]!;
    let c = streams.get(index);
    if (c === undefined) {
      c = conversation({
        index,
        family: row["ip.src"] ? 4 : 6,
        addressA: src,
        portA: Number(row["tcp.srcport"]),
        addressB: dst,
        portB: Number(row["tcp.dstport"]),
        firstTime: time,
        completeness: completeness.get(index) ?? 0,
        state: "SF",
      });
      streams.set(index, c);
    }
    // tshark's table counts no header shorter than 20 bytes.
    if (Number(row["tcp.hdr_len"]) < 20) continue;
    const fromA = src === c.addressA && Number(row["tcp.srcport"]) === c.portA;
    c[fromA ? "framesAtoB" : "framesBtoA"]++;
    c[fromA ? "bytesAtoB" : "bytesBtoA"] += Number(row["frame.len"]);
    c.lastTime = time;
  }
  return { list: [...streams.values()], start: Number(rows[0]!["frame.time_epoch"]) };
}

for (
  const file of [
    "http-ipv4.pcap",
    "http-ipv6.pcap",
    "tcp-options.pcap",
    "offload-on.pcap",
    "tcp-refused.pcap",
  ]
) {
  Deno.test({
    name: `conversations: the table's shared columns equal tshark -z conv,tcp on ${file}`,
    ignore: !HAVE_TSHARK,
    async fn() {
      const { list, start } = await tsharkConversations(FIXTURES + file);
      assert.ok(list.length > 0);
      const expected = new TextDecoder().decode(
        (await new Deno.Command("tshark", {
          args: ["-r", FIXTURES + file, "-n", "-q", "-z", "conv,tcp"],
          stderr: "null",
          env: { LC_ALL: "C" },
        }).output()).stdout,
      ).split("\n");
      // Feed in reverse so the order comes from the table's sort, not from the input.
      const ours = table(list.reverse(), start).split("\n");
      assert.equal(ours.length, expected.length);
      for (let i = 0; i < ours.length; i++) {
        const line = ours[i]!;
        if (i === 3 || i === 4) assert.ok(line.startsWith(expected[i]!));
        else if (i >= 5 && i < ours.length - 2) {
          const shared = expected[i]!;
          assert.equal(line.slice(0, shared.length), shared);
          assert.match(line.slice(shared.length), /^ {3}(Complete|Incomplete)[^ ]*( [^ ]+)* +SF$/);
        } else assert.equal(line, expected[i]);
      }
    },
  });
}

Deno.test("conversations: sizes as Wireshark's format_size", () => {
  assert.equal(formatSize(0), "0 bytes");
  assert.equal(formatSize(9999), "9999 bytes");
  assert.equal(formatSize(10000), "10 kB");
  assert.equal(formatSize(276243), "276 kB");
  assert.equal(formatSize(9999999), "9999 kB");
  assert.equal(formatSize(10000000), "10 MB");
  assert.equal(formatSize(123456789012), "123 GB");
  assert.equal(formatSize(98765432109876), "98 TB");
});

Deno.test("conversations: rows by total frames descending, ties in stream order, empty ones left out", () => {
  const list = [
    conversation({ index: 0, framesAtoB: 1, framesBtoA: 1, portA: 1000 }),
    conversation({ index: 1, framesAtoB: 5, framesBtoA: 0, portA: 1001 }),
    conversation({ index: 2, framesAtoB: 1, framesBtoA: 1, portA: 1002 }),
    conversation({ index: 3, framesAtoB: 0, framesBtoA: 0, portA: 1003 }),
  ];
  const rows = table(list, 1700000000).split("\n").slice(5, -2);
  assert.deepEqual(rows.map((row) => row.slice(9, 13)), ["1001", "1000", "1002"]);
});

Deno.test("conversations: open conversations are read at the end; JSON keys and values", () => {
  const c = conversation({
    index: 7,
    framesAtoB: 2,
    bytesAtoB: 120,
    framesBtoA: 1,
    bytesBtoA: 60,
    firstTime: 1700000000.25,
    lastTime: 1700000001.5,
    completeness: 37,
    state: "REJ",
  });
  const line = table([c], 1700000000, true, false);
  assert.equal(
    line,
    '{"conversation":{"stream":7,"address_a":"10.0.0.1","port_a":5555,"address_b":"10.0.0.2",' +
      '"port_b":80,"frames_a_to_b":2,"bytes_a_to_b":120,"frames_b_to_a":1,"bytes_b_to_a":60,' +
      '"start":0.250000,"duration":1.250000,"completeness":37,' +
      '"completeness_text":"Incomplete (37)","state":"REJ"}}\n',
  );
  const parsed = JSON.parse(line).conversation;
  assert.deepEqual(Object.keys(parsed), [
    "stream",
    "address_a",
    "port_a",
    "address_b",
    "port_b",
    "frames_a_to_b",
    "bytes_a_to_b",
    "frames_b_to_a",
    "bytes_b_to_a",
    "start",
    "duration",
    "completeness",
    "completeness_text",
    "state",
  ]);
  const text = table([c], 1700000000, false, false);
  assert.ok(text.includes(
    "10.0.0.1:5555              <-> 10.0.0.2:80" + " ".repeat(22) +
      "1 60 bytes        2 120 bytes       3 180 bytes     0.250000000         1.2500   Incomplete (37)                  REJ\n",
  ));
});

Deno.test("conversations: addresses come back as given, IPv4, IPv6 or odd, past the first growth", () => {
  const list = Array.from({ length: 200 }, (_, i) =>
    conversation({
      index: i,
      family: i % 2 ? 6 : 4,
      addressA: i % 2 ? `fd00::${i.toString(16)}` : `10.${i}.255.0`,
      addressB: i === 2 ? "1.2.3" : i % 2 ? "::ffff:10.0.0.1" : "255.255.255.255",
      portA: 1024 + i,
      framesAtoB: 1,
    }));
  const lines = table(list, 1700000000, true).trim().split("\n").map((l) =>
    JSON.parse(l).conversation
  );
  assert.equal(lines.length, 200);
  lines.forEach((row, i) => {
    assert.equal(row.stream, i);
    assert.equal(row.address_a, list[i]!.addressA);
    assert.equal(row.address_b, list[i]!.addressB);
    assert.equal(row.port_a, 1024 + i);
    assert.equal(row.state, "OTH");
  });
});

Deno.test("conversations: a conversation that went quiet, came back and ended again is one row, with its last counts", () => {
  const list = [
    conversation({ index: 0, framesAtoB: 2, framesBtoA: 1, portA: 1000 }),
    conversation({ index: 1, framesAtoB: 1, framesBtoA: 1, portA: 1001 }),
    conversation({ index: 0, framesAtoB: 4, framesBtoA: 3, portA: 1000 }),
  ];
  const rows = table(list, 1700000000).split("\n").slice(5, -2);
  assert.equal(rows.length, 2);
  assert.deepEqual(rows.map((row) => row.slice(9, 13)), ["1000", "1001"]);
  assert.match(rows[0]!, /\s7 /);
});
