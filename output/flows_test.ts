import assert from "node:assert/strict";
import { flowName, FlowWriter } from "./flows.ts";
import { hasProgram, tsharkFields } from "../tests/_cli.ts";
import {
  conversation,
  followedConversation,
  markerBytes,
  tsharkFollow,
  writeGapCapture,
  writeReuseCapture,
} from "../tests/_follow.ts";

const FIXTURES = new URL("../tests/fixtures/", import.meta.url).pathname;
const HAVE_TOOLS = hasProgram("tshark") && hasProgram("tcpflow");
if (!HAVE_TOOLS) {
  console.warn("tshark or tcpflow not installed: flow files are not compared with tcpflow's");
}

const text = (s: string) => new TextEncoder().encode(s);

/** Name → contents of the regular files in `dir`, report.xml left out. */
function files(dir: string): Map<string, Uint8Array> {
  const found = new Map<string, Uint8Array>();
  for (const entry of Deno.readDirSync(dir)) {
    if (entry.isFile && entry.name !== "report.xml") {
      found.set(entry.name, Deno.readFileSync(`${dir}/${entry.name}`));
    }
  }
  return found;
}

// Well-formed captures: on the crafted ones (ipv4-options, tcp-options) tcpflow skips or
// zero-fills segments whose headers are odd, which is not a behaviour to copy.
for (
  const file of [
    "http-ipv4.pcap",
    "http-ipv6.pcap",
    "offload-on.pcap",
    "offload-off.pcap",
    "any-cooked-v1.pcap",
  ]
) {
  Deno.test({
    name: `flows: names and bytes equal tcpflow's on ${file}`,
    ignore: !HAVE_TOOLS,
    async fn() {
      const theirs = Deno.makeTempDirSync();
      const ours = Deno.makeTempDirSync();
      try {
        const run = await new Deno.Command("tcpflow", {
          args: ["-r", FIXTURES + file, "-o", theirs],
          stdout: "null",
          stderr: "null",
        }).output();
        assert.ok(run.success);
        const rows = await tsharkFields(FIXTURES + file, ["tcp.stream", "frame.time_epoch"]);
        const firstTimes = new Map<number, number>();
        for (const row of rows) {
          const stream = row["tcp.stream"];
          if (stream !== "" && !firstTimes.has(Number(stream))) {
            firstTimes.set(Number(stream), Number(row["frame.time_epoch"]));
          }
        }
        const writer = new FlowWriter(ours, { maxOpenFiles: 1 });
        for (const [stream, firstTime] of firstTimes) {
          const follow = await tsharkFollow(FIXTURES + file, stream);
          const c = { ...followedConversation(stream, follow), firstTime };
          for (const chunk of follow.chunks) {
            writer.data(c, chunk.node, chunk.bytes, 0, firstTime + 1);
          }
          writer.end(c);
        }
        writer.finish();
        const expected = files(theirs);
        assert.ok(expected.size > 0);
        assert.deepEqual(files(ours), expected);
        // Node 0's file dates from its conversation's first packet, as tcpflow's does.
        for (const stream of firstTimes.keys()) {
          const follow = await tsharkFollow(FIXTURES + file, stream);
          const c = followedConversation(stream, follow);
          const name = flowName(c.family, c.addressA, c.portA, c.addressB, c.portB);
          if (!expected.has(name)) continue;
          assert.equal(
            Deno.statSync(`${ours}/${name}`).mtime?.getTime(),
            Deno.statSync(`${theirs}/${name}`).mtime?.getTime(),
          );
        }
      } finally {
        Deno.removeSync(theirs, { recursive: true });
        Deno.removeSync(ours, { recursive: true });
      }
    },
  });
}

Deno.test("flows: names as tcpflow's template", () => {
  assert.equal(
    flowName(4, "10.77.0.1", 46714, "10.77.0.2", 8080),
    "010.077.000.001.46714-010.077.000.002.08080",
  );
  assert.equal(flowName(6, "fd77::2", 7000, "fd77::1", 57720), "fd77::2.07000-fd77::1.57720");
});

Deno.test("flows: gaps are holes of zeros, a reused tuple gets c1, files reopen after the cap", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const writer = new FlowWriter(dir, { maxOpenFiles: 1 });
    const first = conversation({ index: 0 });
    const other = conversation({ index: 1, portA: 6000 });
    const second = conversation({ index: 2 });
    writer.data(first, 0, text("0123456789"), 4, 0);
    writer.gap(first, 0, 10, "missing");
    writer.data(other, 0, text("x"), 5, 0); // closes stream 0's file
    writer.data(first, 0, text("KLMNOPQRST"), 6, 0);
    writer.gap(first, 0, 5, "end");
    writer.data(first, 1, text("reply"), 7, 0);
    writer.gap(first, 1, 3, "limit");
    writer.data(first, 1, text("!"), 8, 0);
    writer.end(first);
    writer.data(second, 0, text("second"), 9, 0);
    writer.data(second, 1, text("two"), 10, 0);
    writer.end(second);
    writer.finish();
    const found = files(dir);
    const a = "010.000.000.001.05555-010.000.000.002.00080";
    const b = "010.000.000.002.00080-010.000.000.001.05555";
    assert.deepEqual(
      [...found.keys()].sort(),
      [a, `${a}c1`, "010.000.000.001.06000-010.000.000.002.00080", b, `${b}c1`],
    );
    assert.deepEqual(
      found.get(a),
      new Uint8Array([...text("0123456789"), ...new Uint8Array(10), ...text("KLMNOPQRST")]),
    );
    assert.deepEqual(found.get(b), new Uint8Array([...text("reply"), 0, 0, 0, ...text("!")]));
    assert.equal(new TextDecoder().decode(found.get(`${a}c1`)), "second");
    assert.equal(new TextDecoder().decode(found.get(`${b}c1`)), "two");
    assert.equal(Deno.statSync(`${dir}/${a}`).mtime?.getTime(), 1700000000000);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test({
  name: "flows: a hole the capture missed is zeros, as in tcpflow's file",
  ignore: !HAVE_TOOLS,
  async fn() {
    const dir = Deno.makeTempDirSync();
    try {
      writeGapCapture(`${dir}/gap.pcap`);
      Deno.mkdirSync(`${dir}/theirs`);
      const run = await new Deno.Command("tcpflow", {
        args: ["-r", `${dir}/gap.pcap`, "-o", `${dir}/theirs`],
        stdout: "null",
        stderr: "null",
      }).output();
      assert.ok(run.success);
      const follow = await tsharkFollow(`${dir}/gap.pcap`, 0);
      const c = { ...followedConversation(0, follow), firstTime: 1700000000 };
      const writer = new FlowWriter(`${dir}/ours`);
      for (const chunk of follow.chunks) {
        const missing = markerBytes(chunk.bytes);
        if (missing >= 0) writer.gap(c, chunk.node, missing, "missing");
        else writer.data(c, chunk.node, chunk.bytes, 0, 1700000001);
      }
      writer.end(c);
      const expected = files(`${dir}/theirs`);
      assert.equal(expected.size, 2);
      assert.ok(expected.get("010.000.000.001.04000-010.000.000.002.00080")!.includes(0));
      assert.deepEqual(files(`${dir}/ours`), expected);
      const name = "010.000.000.001.04000-010.000.000.002.00080";
      assert.equal(
        Deno.statSync(`${dir}/ours/${name}`).mtime?.getTime(),
        Deno.statSync(`${dir}/theirs/${name}`).mtime?.getTime(),
      );
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "flows: a reused 4-tuple's second connection gets tcpflow's c1 names",
  ignore: !HAVE_TOOLS,
  async fn() {
    const dir = Deno.makeTempDirSync();
    try {
      writeReuseCapture(`${dir}/reuse.pcap`);
      Deno.mkdirSync(`${dir}/theirs`);
      const run = await new Deno.Command("tcpflow", {
        args: ["-r", `${dir}/reuse.pcap`, "-o", `${dir}/theirs`],
        stdout: "null",
        stderr: "null",
      }).output();
      assert.ok(run.success);
      const writer = new FlowWriter(`${dir}/ours`);
      for (const stream of [0, 1]) {
        const follow = await tsharkFollow(`${dir}/reuse.pcap`, stream);
        const c = followedConversation(stream, follow);
        for (const chunk of follow.chunks) writer.data(c, chunk.node, chunk.bytes, 0, 0);
        writer.end(c);
      }
      const expected = files(`${dir}/theirs`);
      assert.equal(expected.size, 4);
      assert.deepEqual(files(`${dir}/ours`), expected);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});
