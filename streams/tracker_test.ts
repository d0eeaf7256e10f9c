import assert from "node:assert/strict";
import { Decoder } from "../decode/decoder.ts";
import { Packet } from "../decode/packet.ts";
import { hasProgram, runCli } from "../tests/_cli.ts";
import { compareWithTshark } from "../tests/_conformance.ts";
import { craft } from "../tests/_frames.ts";
import { type Frame, writePcap } from "../tests/_pcap.ts";
import type { Conversation, EndReason, SegmentSink } from "./events.ts";
import { TCP_ANALYSIS_NAMES } from "./events.ts";
import { Reassembler, ReassemblyBudget } from "./reassembly.ts";
import { StreamTracker, type StreamTrackerOptions } from "./tracker.ts";

const HAVE_TSHARK = hasProgram("tshark");
if (!HAVE_TSHARK) {
  console.warn("tshark not installed: the tracker's tshark comparisons are skipped");
}

const SYN = 0x02, ACK = 0x10, FIN = 0x01, RST = 0x04, PSH = 0x08;
const CLIENT = [10, 0, 0, 1], SERVER = [10, 0, 0, 2];

interface Segment {
  /** Sent by the client (10.0.0.1) or the server (10.0.0.2). */
  from: "c" | "s";
  flags: number;
  seq: number;
  ack?: number;
  length?: number;
  window?: number;
  options?: number[];
  clientPort?: number;
  /** Microseconds since the capture's start. */
  at: number;
}

function segmentFrame(s: Segment): Frame {
  const client = s.from === "c";
  const port = s.clientPort ?? 40000;
  const bytes = craft()
    .ethernet({ source: client ? [2, 0, 0, 0, 0, 1] : [2, 0, 0, 0, 0, 2] })
    .ipv4({ source: client ? CLIENT : SERVER, destination: client ? SERVER : CLIENT })
    .tcp({
      sourcePort: client ? port : 80,
      destinationPort: client ? 80 : port,
      sequence: s.seq,
      acknowledgment: s.ack ?? 0,
      flags: s.flags,
      window: s.window ?? 1000,
      options: s.options,
    })
    .payload(new Uint8Array(s.length ?? 0).fill(0x61))
    .build();
  return { bytes, seconds: 1700000000 + Math.floor(s.at / 1e6), microseconds: s.at % 1e6 };
}

/** An ICMP port unreachable from 10.0.0.3 quoting a whole TCP header 10.0.0.1:port → :80. */
function icmpQuote(port: number, at: number): Frame {
  const quoted = craft().ipv4({ source: CLIENT, destination: SERVER })
    .tcp({ sourcePort: port, destinationPort: 80, sequence: 1, acknowledgment: 1 });
  const bytes = craft().ethernet().ipv4({ source: [10, 0, 0, 3], destination: CLIENT })
    .icmp({ type: 3, code: 3, rest: [0, 0, 0, 0] }).append(quoted).build();
  return { bytes, seconds: 1700000000 + Math.floor(at / 1e6), microseconds: at % 1e6 };
}

const MS = 1000;
/** A connection going through every analysis case tshark flags (see each comment). */
const SCENARIO: (Segment | Frame)[] = [
  { from: "c", flags: SYN, seq: 1000, window: 65535, options: [3, 3, 2], at: 0 },
  {
    from: "s",
    flags: SYN | ACK,
    seq: 5000,
    ack: 1001,
    window: 65535,
    options: [3, 3, 1],
    at: 10 * MS,
  },
  { from: "c", flags: ACK, seq: 1001, ack: 5001, at: 20 * MS }, // iRTT 20 ms
  { from: "c", flags: PSH | ACK, seq: 1001, ack: 5001, length: 100, at: 30 * MS },
  { from: "c", flags: PSH | ACK, seq: 1101, ack: 5001, length: 100, at: 31 * MS },
  { from: "c", flags: PSH | ACK, seq: 1301, ack: 5001, length: 100, at: 32 * MS }, // lost segment
  { from: "s", flags: ACK, seq: 5001, ack: 1201, at: 40 * MS },
  { from: "s", flags: ACK, seq: 5001, ack: 1201, at: 41 * MS }, // duplicate ACK 1
  { from: "s", flags: ACK, seq: 5001, ack: 1201, at: 42 * MS }, // duplicate ACK 2
  { from: "c", flags: PSH | ACK, seq: 1201, ack: 5001, length: 100, at: 43 * MS }, // fast retransmission
  { from: "c", flags: PSH | ACK, seq: 1001, ack: 5001, length: 100, at: 200 * MS }, // spurious
  { from: "s", flags: ACK, seq: 5001, ack: 1401, at: 210 * MS },
  { from: "c", flags: PSH | ACK, seq: 1401, ack: 5001, length: 100, at: 211 * MS },
  { from: "c", flags: PSH | ACK, seq: 1401, ack: 5001, length: 100, at: 1000 * MS }, // retransmission
  { from: "s", flags: ACK, seq: 5001, ack: 1501, at: 1001 * MS },
  { from: "c", flags: ACK, seq: 1500, ack: 5001, at: 2000 * MS }, // keep-alive
  { from: "s", flags: ACK, seq: 5001, ack: 1501, at: 2001 * MS }, // keep-alive ACK
  { from: "s", flags: ACK, seq: 5001, ack: 1501, window: 0, at: 4000 * MS }, // zero window
  { from: "c", flags: PSH | ACK, seq: 1501, ack: 5001, length: 1, at: 4100 * MS }, // probe
  { from: "s", flags: ACK, seq: 5001, ack: 1501, window: 0, at: 4101 * MS }, // probe ACK
  { from: "s", flags: ACK, seq: 5001, ack: 1501, window: 500, at: 5000 * MS }, // window update
  { from: "c", flags: PSH | ACK, seq: 1501, ack: 5001, length: 1000, at: 5001 * MS }, // window full
  { from: "s", flags: ACK, seq: 5001, ack: 2801, at: 5002 * MS }, // ACKed segment not captured
  { from: "c", flags: FIN | ACK, seq: 2501, ack: 5001, at: 6000 * MS },
  { from: "s", flags: FIN | ACK, seq: 5001, ack: 2502, at: 6001 * MS },
  { from: "c", flags: ACK, seq: 2502, ack: 5002, at: 6002 * MS },
  { from: "c", flags: SYN, seq: 9000, at: 7000 * MS }, // reused ports: stream 1
  { from: "c", flags: SYN, seq: 9000, at: 8000 * MS }, // same ISN: retransmission, stream 1
  { from: "s", flags: SYN | ACK, seq: 7000, ack: 9001, at: 8001 * MS },
  icmpQuote(41000, 8500 * MS), // allocates stream 2
  { from: "c", flags: SYN, seq: 1, clientPort: 41000, at: 8600 * MS },
  { from: "c", flags: ACK, seq: 100, ack: 1, length: 10, clientPort: 42000, at: 9000 * MS },
  { from: "c", flags: ACK, seq: 120, ack: 1, length: 10, clientPort: 42000, at: 9000 * MS + 1000 },
  { from: "c", flags: ACK, seq: 110, ack: 1, length: 10, clientPort: 42000, at: 9000 * MS + 2000 }, // out of order
  { from: "s", flags: RST | ACK, seq: 1, ack: 130, clientPort: 42000, at: 9001 * MS },
];

/** A header with a data offset under 5 words, and one cut by the snapshot length at 17 bytes. */
function oddHeaders(): Frame[] {
  const bogus = craft().ethernet().ipv4({ source: CLIENT, destination: SERVER })
    .tcp({ sourcePort: 43000, destinationPort: 80, sequence: 5, flags: ACK, dataOffset: 4 })
    .payload([1, 2, 3, 4]).build();
  const cut = craft().ethernet().ipv4({ source: CLIENT, destination: SERVER })
    .tcp({ sourcePort: 43001, destinationPort: 80, sequence: 5, flags: ACK }).build();
  return [
    { bytes: bogus, seconds: 1700000100 },
    { bytes: cut.subarray(0, 14 + 20 + 17), wireLength: cut.length, seconds: 1700000101 },
  ];
}

function frames(): Frame[] {
  return [...SCENARIO.map((item) => "bytes" in item ? item : segmentFrame(item)), ...oddHeaders()];
}

function packets(list: Frame[]): Packet[] {
  return list.map((frame, index) =>
    Packet.from(frame.bytes, {
      seconds: frame.seconds,
      microseconds: frame.microseconds,
      number: index + 1,
    })
  );
}

Deno.test({
  name: "tracker: stream, completeness, seq/ack, nxtseq and every analysis flag agree with tshark",
  ignore: !HAVE_TSHARK,
  async fn() {
    const path = await writePcap(frames());
    try {
      const result = await compareWithTshark(path);
      assert.equal(result.error, undefined);
      const shown = result.differences.slice(0, 10).map((d) =>
        `#${d.frame} ${d.field}: tshark ${d.tshark}, ours ${d.ours}`
      );
      assert.deepEqual(shown, []);
      // The scenario reaches every flag, so the comparison above covered each.
      const run = await runCli(["--json", "-r", path]);
      const flags = new Set(
        run.stdout.trim().split("\n").flatMap((line) =>
          Object.keys(JSON.parse(line).tcp ?? {}).filter((key) => key.startsWith("analysis_"))
        ),
      );
      for (const name of TCP_ANALYSIS_NAMES) assert.ok(flags.has(`analysis_${name}`), name);
    } finally {
      await Deno.remove(path);
    }
  },
});

function run(options: StreamTrackerOptions = {}, list: Frame[] = frames()) {
  const tracker = new StreamTracker(options);
  const decoder = new Decoder();
  const rows: { stream: number; completeness: number; node: number; analysis: number }[] = [];
  for (const packet of packets(list)) {
    decoder.decodePacket(packet);
    tracker.track(packet, decoder);
    rows.push({
      stream: tracker.stream,
      completeness: tracker.completeness,
      node: tracker.node,
      analysis: tracker.analysis,
    });
  }
  return { tracker, rows };
}

Deno.test("tracker: without the analysis, streams, nodes and conversations are the same", () => {
  const summaries = (analyze: boolean) => {
    const ended: string[] = [];
    const listener = {
      end: (c: Conversation, r: EndReason) =>
        ended.push(
          JSON.stringify([c.index, c.macA, c.macB, c.firstPacket, c.firstTime, c.lastTime]) +
            JSON.stringify([c.framesAtoB, c.bytesAtoB, c.framesBtoA, c.bytesBtoA]) +
            JSON.stringify([c.completeness, c.state, r]),
        ),
    };
    const { tracker, rows } = run({ analyze, listener });
    tracker.finish();
    return { rows, ended };
  };
  const analyzed = summaries(true), plain = summaries(false);
  assert.ok(analyzed.rows.some((row) => row.analysis !== 0)); // the scenario has flags to skip
  assert.ok(plain.rows.every((row) => row.analysis === 0));
  const strip = (rows: { analysis: number }[]) => rows.map((row) => ({ ...row, analysis: 0 }));
  assert.deepEqual(strip(plain.rows), strip(analyzed.rows));
  assert.ok(plain.ended.length >= 5);
  assert.deepEqual(plain.ended, analyzed.ended);
});

Deno.test("tracker: reused ports split on a new ISN only; ICMP quotes take an index", () => {
  const { rows } = run();
  const streams = rows.map((row) => row.stream);
  assert.deepEqual(streams.slice(0, 26), new Array(26).fill(0));
  assert.deepEqual(streams.slice(26, 29), [1, 1, 1]); // new ISN, then the same ISN again
  assert.equal(rows[26]!.completeness, 1); // the splitting SYN shows 1 (tshark's exception)
  assert.equal(streams[29], 2); // the quote
  assert.equal(streams[30], 2); // the quoted 4-tuple's own SYN
  assert.deepEqual(streams.slice(31, 35), [3, 3, 3, 3]);
  assert.deepEqual(streams.slice(35), [4, 5]); // data offset under 5; header cut at 17 bytes
});

Deno.test("tracker: a refused connection ends at completeness 37, state REJ", () => {
  const ended: [Conversation, EndReason][] = [];
  const list = [
    segmentFrame({ from: "c", flags: SYN, seq: 1, at: 0 }),
    segmentFrame({ from: "s", flags: RST | ACK, seq: 0, ack: 2, at: 10 }),
  ];
  const { tracker, rows } = run({ listener: { end: (c, r) => ended.push([c, r]) } }, list);
  assert.deepEqual(rows.map((row) => row.completeness), [0, 1]);
  assert.deepEqual(rows.map((row) => row.node), [0, 1]);
  tracker.finish();
  assert.equal(ended.length, 1);
  assert.equal(ended[0]![1], "finish");
  assert.equal(ended[0]![0].completeness, 37);
  assert.equal(ended[0]![0].state, "REJ");
  assert.equal(ended[0]![0].framesAtoB, 1);
  assert.equal(ended[0]![0].macA, "02:00:00:00:00:01");
});

Deno.test("tracker: relative sequence numbers wrap around 2^32", () => {
  const list = [
    segmentFrame({ from: "c", flags: SYN, seq: 0xfffffff0, at: 0 }),
    segmentFrame({ from: "c", flags: ACK, seq: 0xfffffff1, ack: 1, length: 100, at: 10 }),
  ];
  const tracker = new StreamTracker();
  const decoder = new Decoder();
  const seqs: number[] = [];
  for (const packet of packets(list)) {
    decoder.decodePacket(packet);
    tracker.track(packet, decoder);
    seqs.push(tracker.relativeSeq, tracker.nextSeq);
  }
  assert.deepEqual(seqs, [0, 1, 1, 101]);
});

Deno.test("tracker: idle, closed, evicted, reused and finish end conversations", () => {
  const ended: string[] = [];
  const listener = { end: (c: Conversation, r: EndReason) => ended.push(`${c.index}:${r}`) };
  const list = [
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 1, at: 0 }),
    segmentFrame({ from: "c", flags: RST, seq: 2, clientPort: 2, at: 1e6 }), // closed
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 3, at: 2e6 }),
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 4, at: 3e6 }), // evicts
    segmentFrame({ from: "c", flags: SYN, seq: 5, clientPort: 4, at: 4e6 }), // reused
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 5, at: 100e6 }), // idle + closed
  ];
  const { tracker } = run(
    { maxConversations: 3, idleTimeout: 50, closedGrace: 10, listener },
    list,
  );
  // A full table gives up a closed conversation before an open one.
  assert.deepEqual(ended, ["1:evicted", "3:reused", "0:idle", "2:idle", "4:idle"]);
  tracker.finish();
  assert.deepEqual(ended.slice(5), ["5:finish"]);
  assert.equal(tracker.size, 0);
});

Deno.test("tracker: a closed conversation ends after its grace period, behind an open one", () => {
  const ended: string[] = [];
  const listener = { end: (c: Conversation, r: EndReason) => ended.push(`${c.index}:${r}`) };
  const list = [
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 1, at: 0 }),
    segmentFrame({ from: "c", flags: RST, seq: 2, clientPort: 2, at: 1e6 }),
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 3, at: 12e6 }),
  ];
  run({ idleTimeout: 300, closedGrace: 10, listener }, list);
  assert.deepEqual(ended, ["1:closed"]);
});

Deno.test("tracker: a 4-tuple back after its conversation ended idle keeps its stream index", () => {
  const events: string[] = [];
  const listener = {
    start: (c: Conversation) => events.push(`start ${c.index}`),
    end: (c: Conversation, r: EndReason) => events.push(`end ${c.index} ${r}`),
  };
  const list = [
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 1, at: 0 }),
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 2, at: 1e6 }),
    segmentFrame({ from: "s", flags: SYN | ACK, seq: 9, ack: 2, clientPort: 1, at: 500e6 }),
  ];
  const { rows, tracker } = run({ idleTimeout: 300, listener }, list);
  assert.deepEqual(rows.map((row) => row.stream), [0, 1, 0]);
  assert.deepEqual(events, ["start 0", "start 1", "end 0 idle", "end 1 idle", "start 0"]);
  assert.equal(tracker.size, 1);
});

Deno.test("tracker: the reassembly sink is made at the first data and gets every whole header from there, not ICMP quotes", () => {
  const calls: string[] = [];
  const reassembly = (conversation: Conversation): SegmentSink => ({
    held: 0,
    segment(node, seq, _ack, _flags, _bytes, start, end, length, packet) {
      calls.push(`${conversation.index} ${node} ${seq} ${end - start}/${length} #${packet}`);
    },
    finish(reason) {
      calls.push(`${conversation.index} ${reason}`);
    },
  });
  run({ reassembly }, frames().slice(29, 32)).tracker.finish();
  // Stream 0 carried no data: no sink (its sequence state is kept instead, for a Reassembler).
  assert.deepEqual(calls, ["1 0 100 10/10 #3", "1 finish"]);
});

Deno.test("tracker: start only where wanted; fin only of conversations the listener heard of", () => {
  const events: string[] = [];
  const listener = {
    start: (c: Conversation) => events.push(`start ${c.index}`),
    data: (c: Conversation, node: number, bytes: Uint8Array) =>
      events.push(`data ${c.index} ${node} ${bytes.length}`),
    fin: (c: Conversation, node: number) => events.push(`fin ${c.index} ${node}`),
  };
  const reassembly = (c: Conversation) => new Reassembler(c, listener, new ReassemblyBudget());
  const list = [
    // Stream 0: a SYN refused (no data, start not wanted): no event at all.
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 1, at: 0 }),
    segmentFrame({ from: "s", flags: RST | ACK, seq: 0, ack: 2, clientPort: 1, at: 1 }),
    // Stream 1: start wanted, closed without data: its start and its fin.
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 2, at: 2 }),
    segmentFrame({ from: "c", flags: FIN | ACK, seq: 2, ack: 1, clientPort: 2, at: 3 }),
    // Stream 2: SYN, then data from seq 2 on (the SYN's state gives the base), then FIN.
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 3, at: 4 }),
    segmentFrame({ from: "c", flags: ACK | PSH, seq: 2, ack: 1, length: 5, clientPort: 3, at: 5 }),
    segmentFrame({ from: "c", flags: FIN | ACK, seq: 7, ack: 1, clientPort: 3, at: 6 }),
    // Stream 3: SYN at 1, data at 3: the SYN's sequence state, kept before the reassembler
    // existed, says byte 2 is missing, so the data waits (and is dropped at the end) rather
    // than being taken as the first byte.
    segmentFrame({ from: "c", flags: SYN, seq: 1, clientPort: 4, at: 7 }),
    segmentFrame({ from: "c", flags: ACK | PSH, seq: 3, ack: 1, length: 4, clientPort: 4, at: 8 }),
  ];
  run({ listener, reassembly, wantsStart: (index) => index === 1 }, list).tracker.finish();
  assert.deepEqual(events, ["start 1", "fin 1 0", "data 2 0 5", "fin 2 0"]);
});

Deno.test("tracker: tracking packets of known conversations allocates nothing per packet", async () => {
  // A child process tracks N packets over 4 conversations with a 1 MiB young generation and
  // traces collections. Measured: runs of 20,000 and of 2,020,000 packets collect 2 to 6 times
  // each, whatever their length (compilation allocates as it pleases, at different times each
  // run); one small object per packet in the tracker (tried) makes the long run collect 63 more
  // times. A margin of 8 leaves room for the first and still catches an object every 4 packets.
  const script = await Deno.makeTempFile({ suffix: ".ts" });
  const root = new URL("..", import.meta.url).pathname;
  await Deno.writeTextFile(
    script,
    `import { Decoder } from "${root}decode/decoder.ts";
import { Packet } from "${root}decode/packet.ts";
import { StreamTracker } from "${root}streams/tracker.ts";
const frames = ${
      JSON.stringify(
        [1, 2, 3, 4].map((
          port,
        ) => [
          ...segmentFrame({
            from: "c",
            flags: ACK,
            seq: 0xf0000001,
            ack: 0xe0000001,
            length: 10,
            clientPort: port,
            at: 0,
          }).bytes,
        ]),
      )
    }.map((b) => new Uint8Array(b));
const packets = frames.map((bytes) => Packet.from(bytes));
const decoder = new Decoder();
const tracker = new StreamTracker({ maxConversations: 1000 });
const count = Number(Deno.args[0]);
for (let i = 0; i < count; i++) {
  const packet = packets[i & 3];
  packet.seconds = 1700000000 + (i >> 16);
  packet.microseconds = i % 1000000;
  decoder.decodePacket(packet);
  tracker.track(packet, decoder);
}
`,
  );
  const collections = async (count: number) => {
    const output = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--v8-flags=--trace-gc,--max-semi-space-size=1,--min-semi-space-size=1",
        script,
        String(count),
      ],
    }).output();
    assert.ok(output.success, new TextDecoder().decode(output.stderr));
    return (new TextDecoder().decode(output.stdout).match(/Scavenge|Mark-Compact/g) ?? []).length;
  };
  try {
    const few = await collections(20_000);
    const many = await collections(2_020_000);
    assert.ok(many - few <= 8, `${few} collections, then ${many}`);
  } finally {
    await Deno.remove(script);
  }
});
