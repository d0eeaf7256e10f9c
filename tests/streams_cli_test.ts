/**
 * End-to-end tests of the CLI's TCP conversation outputs (`--follow`, `--messages`,
 * `--conversations`, `--flow-dir` and their caps) on the capture files of
 * tests/fixtures/streams/, compared with tshark and tcpflow at test time, and every bad input:
 * a stream that does not exist, bad flag values, an unwritable flow directory, a malformed TCP
 * header, a permanent hole, a SYN flood, a reassembly cap, Ctrl-C.
 */

import assert from "node:assert/strict";
import { generate, generateSynFlood } from "../bench/generate.ts";
import { CLI, FIXTURES, hasProgram, hex, runCli, unescape } from "./_cli.ts";
import { tsharkFollow } from "./_follow.ts";
import { tsharkFinalCompleteness } from "./_tshark_streams.ts";
import { craft } from "./_frames.ts";
import { type Frame, writePcap } from "./_pcap.ts";

const HAVE_TSHARK = hasProgram("tshark");
const HAVE_TCPFLOW = hasProgram("tcpflow");
const HAVE_TIME = (() => {
  try {
    return Deno.statSync("/usr/bin/time").isFile;
  } catch {
    return false;
  }
})();
if (!HAVE_TSHARK) console.warn("tshark not installed: the stream comparisons with it are skipped");
if (!HAVE_TCPFLOW) console.warn("tcpflow not installed: the --flow-dir comparison is skipped");
if (!HAVE_TIME) console.warn("GNU time missing: the SYN flood's peak memory is not measured");

const STREAMS = `${FIXTURES}streams/`;
const HTTP = `${STREAMS}http-conversations.pcap`;
const SEPARATOR = "=".repeat(67);
/** Lines that tell of a crash rather than a clear message. */
const STACK_TRACE = /^\s+at |internal error|Uncaught|error: /m;

async function tshark(args: string[]): Promise<string> {
  const output = await new Deno.Command("tshark", {
    args: ["-n", ...args],
    stderr: "null",
    env: { LC_ALL: "C" },
  }).output();
  if (!output.success) throw new Error(`tshark ${args.join(" ")} failed`);
  return new TextDecoder().decode(output.stdout);
}

/** How tshark's ascii follow shows bytes: printable ASCII, CR and LF kept, the rest `.`. */
function tsharkAscii(bytes: Uint8Array): string {
  return Array.from(
    bytes,
    (byte) =>
      byte === 0x0d || byte === 0x0a || (byte >= 0x20 && byte < 0x7f)
        ? String.fromCharCode(byte)
        : ".",
  ).join("");
}

/**
 * Reads one chunk's data back from our follow text: lines of escaped text joined by line feeds
 * until `length` bytes are read. Returns the bytes and the index of the next line.
 */
function readChunk(lines: string[], at: number, length: number): [Uint8Array, number] {
  let bytes = unescape(lines[at++]!);
  while (bytes.length < length) {
    assert.ok(at < lines.length, `chunk of ${length} bytes runs past the output`);
    const next = unescape(lines[at++]!);
    const joined = new Uint8Array(bytes.length + 1 + next.length);
    joined.set(bytes);
    joined[bytes.length] = 0x0a;
    joined.set(next, bytes.length + 1);
    bytes = joined;
  }
  assert.equal(bytes.length, length, "a chunk's text holds as many bytes as its length line says");
  return [bytes, at];
}

/** Our `--follow N` text turned into tshark's ascii form: our escapes mapped back to bytes. */
function asTsharkAscii(text: string): string {
  const lines = text.split("\n");
  assert.equal(lines.pop(), "", "ends with a line break");
  let out = lines.slice(0, 6).map((line) => `${line}\n`).join("");
  let at = 6;
  while (at < lines.length) {
    const line = lines[at++]!;
    if (line === SEPARATOR) {
      out += `${line}\n`;
      continue;
    }
    const length = /^\t?(\d+)$/.exec(line);
    assert.ok(length, `a chunk's length line, not ${JSON.stringify(line)}`);
    const [bytes, next] = readChunk(lines, at, Number(length[1]));
    at = next;
    out += `${line}\n${tsharkAscii(bytes)}\n`;
  }
  return out;
}

function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

function hexToBytes(text: string): Uint8Array {
  return new Uint8Array(text.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? []);
}

/** Consecutive same-node chunks joined: the messages tshark's follow implies. */
function joinTurns(chunks: { node: 0 | 1; bytes: Uint8Array }[]): { node: number; hex: string }[] {
  const turns: { node: number; hex: string }[] = [];
  for (const chunk of chunks) {
    const last = turns.at(-1);
    if (last !== undefined && last.node === chunk.node) last.hex += hex(chunk.bytes);
    else turns.push({ node: chunk.node, hex: hex(chunk.bytes) });
  }
  return turns;
}

interface MessageRecord {
  stream: number;
  node: number;
  src: string;
  srcport: number;
  length: number;
  missing: number;
  data: string;
  continued?: boolean;
}

function messages(stdout: string): MessageRecord[] {
  return lines(stdout).map((line) => (JSON.parse(line) as { message: MessageRecord }).message);
}

/** Asserts a clean failure: exit code, one `sniff:` line on stderr, no stack trace. */
function assertOneLineError(
  run: { code: number; stderr: string },
  code: number,
  pattern: RegExp,
): void {
  assert.equal(run.code, code, run.stderr);
  const errors = lines(run.stderr).filter((line) => !line.startsWith("reading from file"));
  assert.equal(errors.length, 1, run.stderr);
  assert.match(errors[0]!, pattern);
  assert.doesNotMatch(run.stderr, STACK_TRACE);
}

// --- --follow -------------------------------------------------------------------------------

const FOLLOWED: [string, number[]][] = [
  ["http-conversations.pcap", [0, 1, 2, 3]],
  ["holes.pcap", [0, 1]],
  ["data-on-flags.pcap", [0, 1]],
  ["wraparound.pcap", [0]],
  ["reused-tuple.pcap", [0, 1, 2]],
  ["overlap.pcap", [0]],
];

Deno.test({
  name: "cli streams: --follow N text is tshark's ascii follow once our escapes are mapped back",
  ignore: !HAVE_TSHARK,
  async fn(t) {
    for (const [file, streams] of FOLLOWED) {
      for (const stream of streams) {
        await t.step(`${file} stream ${stream}`, async () => {
          const run = await runCli(["-r", STREAMS + file, "--follow", String(stream)]);
          assert.equal(run.code, 0, run.stderr);
          // No control byte reaches the terminal: every one is escaped.
          // deno-lint-ignore no-control-regex
          assert.doesNotMatch(run.stdout, /[\x00-\x08\x0b-\x1f\x7f]/);
          const expected = await tshark([
            "-r",
            STREAMS + file,
            "-q",
            "-z",
            `follow,tcp,ascii,${stream}`,
          ]);
          assert.equal(asTsharkAscii(run.stdout), expected);
        });
      }
    }
  },
});

Deno.test({
  name: "cli streams: --follow all text holds every stream's chunks, each as tshark follows it",
  ignore: !HAVE_TSHARK,
  async fn() {
    for (const file of ["http-conversations.pcap", "holes.pcap", "reused-tuple.pcap"]) {
      const run = await runCli(["-r", STREAMS + file, "--follow", "all"]);
      assert.equal(run.code, 0, run.stderr);
      const found = new Map<number, { node: 0 | 1; bytes: Uint8Array }[]>();
      const text = run.stdout.split("\n");
      assert.equal(text.pop(), "");
      let at = 0;
      while (at < text.length) {
        const header = /^stream (\d+) node ([01]) \((\S+) → (\S+)\), (\d+) bytes$/.exec(
          text[at++]!,
        );
        assert.ok(header, `a chunk header, not ${JSON.stringify(text[at - 1])}`);
        const [bytes, next] = readChunk(text, at, Number(header[5]));
        at = next;
        const stream = Number(header[1]);
        if (!found.has(stream)) found.set(stream, []);
        found.get(stream)!.push({ node: Number(header[2]) as 0 | 1, bytes });
      }
      const streamCount = Number(
        (await tshark(["-r", STREAMS + file, "-T", "fields", "-e", "tcp.stream"]))
          .trim().split("\n").reduce((most, value) => Math.max(most, Number(value)), -1),
      ) + 1;
      for (let stream = 0; stream < streamCount; stream++) {
        const expected = await tsharkFollow(STREAMS + file, stream);
        const chunks = found.get(stream) ?? [];
        assert.deepEqual(
          chunks.map((chunk) => [chunk.node, hex(chunk.bytes)]),
          expected.chunks.map((chunk) => [chunk.node, hex(chunk.bytes)]),
          `${file} stream ${stream}`,
        );
      }
      assert.ok([...found.keys()].every((stream) => stream < streamCount), "no extra stream");
    }
  },
});

Deno.test({
  name: "cli streams: --follow N --json gives tshark's raw chunks as NDJSON, stream N only",
  ignore: !HAVE_TSHARK,
  async fn() {
    for (const [file, stream] of [["http-conversations.pcap", 2], ["holes.pcap", 0]] as const) {
      const run = await runCli(["-r", STREAMS + file, "--follow", String(stream), "--json"]);
      assert.equal(run.code, 0, run.stderr);
      const records = lines(run.stdout).map((line) =>
        (JSON.parse(line) as { follow: { stream: number; node: number; data: string } }).follow
      );
      const expected = await tsharkFollow(STREAMS + file, stream);
      assert.ok(expected.chunks.length > 0);
      assert.deepEqual(
        records,
        expected.chunks.map((chunk) => ({ stream, node: chunk.node, data: hex(chunk.bytes) })),
      );
    }
  },
});

// --- --messages -----------------------------------------------------------------------------

Deno.test({
  name:
    "cli streams: --messages -A --json: each message is one side's turn of tshark's follow, reassembled",
  ignore: !HAVE_TSHARK,
  async fn() {
    const run = await runCli(["-r", HTTP, "--messages", "--json", "-A"]);
    assert.equal(run.code, 0, run.stderr);
    const records = messages(run.stdout);
    const segmentsOf = await tshark([
      "-r",
      HTTP,
      "-T",
      "fields",
      "-e",
      "tcp.stream",
      "-e",
      "tcp.len",
    ]);
    let spanning = 0;
    for (let stream = 0; stream < 4; stream++) {
      const expected = joinTurns((await tsharkFollow(HTTP, stream)).chunks);
      const ours = records.filter((record) => record.stream === stream);
      assert.deepEqual(
        ours.map((record) => ({ node: record.node, hex: record.data })),
        expected,
        `stream ${stream}`,
      );
      for (const record of ours) {
        assert.equal(record.length * 2, record.data.length);
        assert.equal(record.missing, 0);
        assert.equal(record.continued, undefined);
      }
      // Messages longer than any one segment of the stream were put together from several.
      const largest = Math.max(
        ...segmentsOf.trim().split("\n").map((line) => line.split("\t").map(Number))
          .filter(([index]) => index === stream).map(([, length]) => length!),
      );
      spanning += ours.filter((record) => record.length > largest).length;
    }
    assert.ok(spanning >= 2, `${spanning} messages span several segments`);
    assert.equal(records.length, new Set(records.map((r) => `${r.stream}/${r.data}`)).size);
  },
});

Deno.test({
  name: "cli streams: --messages text: one line per turn, cut at 256 bytes unless -A, in order",
  ignore: !HAVE_TSHARK,
  async fn() {
    const json = messages((await runCli(["-r", HTTP, "--messages", "--json", "-A"])).stdout);
    for (const full of [false, true]) {
      const run = await runCli(["-r", HTTP, "--messages", ...(full ? ["-A"] : [])]);
      assert.equal(run.code, 0, run.stderr);
      const text = lines(run.stdout);
      assert.equal(text.length, json.length);
      text.forEach((line, i) => {
        const record = json[i]!;
        const parsed = new RegExp(
          String.raw`^\d\d:\d\d:\d\d\.\d{6} stream (\d+) \S+ > \S+, (\S+)\.(\d+) > \S+: ` +
            String
              .raw`message, length (\d+)(?:: "((?:[^"\\]|\\.)*)")?(?:\.\.\. \((\d+) more bytes\))?$`,
        ).exec(line);
        assert.ok(parsed, line);
        assert.equal(Number(parsed[1]), record.stream);
        assert.equal(parsed[2], record.src);
        assert.equal(Number(parsed[3]), record.srcport);
        assert.equal(Number(parsed[4]), record.length);
        const shown = unescape(parsed[5] ?? "");
        const whole = hexToBytes(record.data);
        if (full || whole.length <= 256) {
          assert.equal(hex(shown), record.data);
          assert.equal(parsed[6], undefined);
        } else {
          assert.equal(hex(shown), hex(whole.subarray(0, 256)));
          assert.equal(Number(parsed[6]), whole.length - 256);
        }
      });
      assert.ok(json.some((record) => record.length > 256), "some message is longer than 256");
    }
  },
});

// --- --conversations ------------------------------------------------------------------------

Deno.test({
  name: "cli streams: --conversations is tshark's conv,tcp table plus completeness and state",
  ignore: !HAVE_TSHARK,
  async fn() {
    for (
      const file of [
        "http-conversations.pcap",
        "reused-tuple.pcap",
        "refused-and-unanswered.pcap",
        "lossy.pcap",
      ]
    ) {
      const run = await runCli(["-r", STREAMS + file, "--conversations"]);
      assert.equal(run.code, 0, run.stderr);
      const ours = run.stdout.split("\n");
      const theirs = (await tshark(["-r", STREAMS + file, "-q", "-z", "conv,tcp"])).split("\n");
      assert.equal(ours.length, theirs.length, run.stdout);
      ours.forEach((line, i) => {
        assert.ok(line.startsWith(theirs[i]!), `${file} line ${i}:\n${line}\n${theirs[i]}`);
      });
      // Rows end in a completeness in words and a Zeek state.
      for (const row of ours.filter((line) => line.includes("<->"))) {
        assert.match(
          row,
          /(Complete|Incomplete)[^|]* +(S0|S1|SF|REJ|S2|S3|RSTO|RSTR|RSTOS0|RSTRH|SH|SHR|OTH)$/,
        );
      }
    }
  },
});

Deno.test({
  name: "cli streams: --conversations --json: per stream, tshark's counts, start and completeness",
  ignore: !HAVE_TSHARK,
  async fn() {
    for (
      const file of [
        "http-conversations.pcap",
        "reused-tuple.pcap",
        "refused-and-unanswered.pcap",
        "data-on-flags.pcap",
      ]
    ) {
      const run = await runCli(["-r", STREAMS + file, "--conversations", "--json"]);
      assert.equal(run.code, 0, run.stderr);
      const ours = lines(run.stdout).map((line) =>
        (JSON.parse(line) as { conversation: Record<string, number | string> }).conversation
      );
      const packets = (await tshark([
        "-r",
        STREAMS + file,
        "-Y",
        "tcp",
        "-T",
        "fields",
        "-E",
        "separator=/t",
        "-e",
        "tcp.stream",
        "-e",
        "frame.len",
        "-e",
        "frame.time_relative",
        "-e",
        "ip.src",
        "-e",
        "ipv6.src",
        "-e",
        "tcp.srcport",
      ])).trim().split("\n").map((line) => line.split("\t"));
      const expected = new Map<number, Record<string, number | string>>();
      for (const [stream, length, time, v4, v6, port] of packets) {
        const index = Number(stream);
        let row = expected.get(index);
        if (row === undefined) {
          row = {
            stream: index,
            address_a: v4 || v6!,
            port_a: Number(port),
            frames_a_to_b: 0,
            bytes_a_to_b: 0,
            frames_b_to_a: 0,
            bytes_b_to_a: 0,
            start: Number(time),
          };
          expected.set(index, row);
        }
        const fromA = (v4 || v6) === row.address_a && Number(port) === row.port_a;
        const way = fromA ? "a_to_b" : "b_to_a";
        (row[`frames_${way}`] as number)++;
        (row[`bytes_${way}`] as number) += Number(length);
      }
      const completeness = await tsharkFinalCompleteness(STREAMS + file);
      assert.deepEqual(ours.map((row) => row.stream), [...expected.keys()].sort((a, b) => a - b));
      for (const row of ours) {
        const want = expected.get(row.stream as number)!;
        for (const key of Object.keys(want)) {
          if (key === "start") {
            assert.ok(Math.abs((row.start as number) - (want.start as number)) < 2e-6, key);
          } else assert.equal(row[key], want[key], `${file} stream ${row.stream} ${key}`);
        }
        assert.equal(row.completeness, completeness.get(row.stream as number));
        assert.equal(typeof row.completeness_text, "string");
        assert.match(row.state as string, /^[A-Z0-9]+$/);
      }
    }
  },
});

// --- --flow-dir -----------------------------------------------------------------------------

/** Files of a directory, name → bytes, tcpflow's report left out. */
function directory(path: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of Deno.readDirSync(path)) {
    if (entry.name !== "report.xml") {
      files.set(entry.name, Deno.readFileSync(`${path}/${entry.name}`));
    }
  }
  return files;
}

Deno.test({
  name: "cli streams: --flow-dir writes the files tcpflow -r FILE -o DIR writes, byte for byte",
  ignore: !HAVE_TCPFLOW,
  async fn(t) {
    for (
      const file of [
        "http-conversations.pcap",
        "reused-tuple.pcap",
        "reused-port.pcap",
        "wraparound.pcap",
        "out-of-order.pcap",
        "data-on-flags.pcap",
        "v4-v6-same-ports.pcap",
        "snaplen-cut.pcap",
        "lossy.pcap",
        "midstream.pcap",
        "fast-retransmit.pcap",
        "keep-alive.pcap",
        "zero-window.pcap",
      ]
    ) {
      await t.step(file, async () => {
        const ours = await Deno.makeTempDir({ prefix: "sniff-flows-" });
        const theirs = await Deno.makeTempDir({ prefix: "sniff-tcpflow-" });
        try {
          const run = await runCli(["-r", STREAMS + file, "--flow-dir", ours], {
            permissions: ["--allow-ffi", "--allow-read", "--allow-write"],
          });
          assert.equal(run.code, 0, run.stderr);
          assert.equal(run.stdout, "", "--flow-dir alone prints nothing");
          const tcpflow = await new Deno.Command("tcpflow", {
            args: ["-r", STREAMS + file, "-o", theirs],
            stdout: "null",
            stderr: "null",
          }).output();
          assert.ok(tcpflow.success);
          const expected = directory(theirs);
          assert.ok(expected.size > 0);
          assert.deepEqual(directory(ours), expected);
        } finally {
          await Deno.remove(ours, { recursive: true });
          await Deno.remove(theirs, { recursive: true });
        }
      });
    }
  },
});

// --- combinations ---------------------------------------------------------------------------

Deno.test({
  name: "cli streams: --summary --conversations prints both tables; -c and a filter limit them",
  ignore: !HAVE_TSHARK,
  async fn() {
    const both = await runCli(["-r", HTTP, "--summary", "--conversations"]);
    assert.equal(both.code, 0, both.stderr);
    assert.match(both.stdout, /TCP Conversations/);
    const summary = await runCli(["-r", HTTP, "--summary"]);
    assert.ok(both.stdout.includes(summary.stdout.trimEnd()), "the summary table is whole");
    assert.equal(lines(both.stdout).filter((line) => line.includes("<->")).length, 4);

    // -c 20: only the streams of the first 20 packets, counted over those packets.
    const counted = await runCli(["-r", HTTP, "-c", "20", "--conversations"]);
    assert.equal(counted.code, 0, counted.stderr);
    const expected = await tshark(["-r", HTTP, "-c", "20", "-q", "-z", "conv,tcp"]);
    const ours = counted.stdout.split("\n");
    expected.split("\n").forEach((line, i) => assert.ok(ours[i]!.startsWith(line), ours[i]));

    // -c with --follow all --json: the chunks of the first packets only.
    const first = await runCli(["-r", HTTP, "-c", "10", "--follow", "all", "--json"]);
    const all = await runCli(["-r", HTTP, "--follow", "all", "--json"]);
    assert.ok(lines(first.stdout).length > 0);
    assert.ok(lines(first.stdout).length < lines(all.stdout).length);
    assert.ok(all.stdout.startsWith(first.stdout));

    // A BPF filter before --follow: only IPv6 traffic, so stream 0 is tshark's first IPv6 stream.
    const v6 = await runCli(["-r", HTTP, "--follow", "0", "--json", "ip6"]);
    assert.equal(v6.code, 0, v6.stderr);
    const firstV6 = Number(
      (await tshark(["-r", HTTP, "-Y", "ipv6", "-T", "fields", "-e", "tcp.stream"])).split("\n")[0],
    );
    assert.ok(firstV6 > 0, "the capture starts with IPv4: the filter renumbers");
    const expectedV6 = await tsharkFollow(HTTP, firstV6);
    assert.deepEqual(
      lines(v6.stdout).map((line) =>
        (JSON.parse(line) as { follow: { data: string } }).follow.data
      ),
      expectedV6.chunks.map((chunk) => hex(chunk.bytes)),
    );
  },
});

// --- bad input ------------------------------------------------------------------------------

Deno.test("cli streams: --follow of a stream the capture does not have", async () => {
  const run = await runCli(["-r", `${STREAMS}reused-tuple.pcap`, "--follow", "99"]);
  assertOneLineError(run, 1, /^sniff: no TCP stream 99: the capture has streams 0 to 2$/);
  // tshark's empty block stays on standard output, as tshark prints it.
  assert.equal(
    run.stdout,
    `\n${SEPARATOR}\nFollow: tcp,ascii\nFilter: tcp.stream eq 99\nNode 0: :0\nNode 1: :0\n${SEPARATOR}\n`,
  );
  if (HAVE_TSHARK) {
    assert.equal(
      run.stdout,
      await tshark(["-r", `${STREAMS}reused-tuple.pcap`, "-q", "-z", "follow,tcp,ascii,99"]),
    );
  }
  const json = await runCli(["-r", `${STREAMS}reused-tuple.pcap`, "--follow", "99", "--json"]);
  assertOneLineError(json, 1, /^sniff: no TCP stream 99:/);
  assert.equal(json.stdout, "");
});

Deno.test("cli streams: bad flag values are one usage line, exit 2", async () => {
  const file = `${STREAMS}reused-tuple.pcap`;
  for (
    const [args, pattern] of [
      [["--follow", "abc"], /--follow needs a stream number .* not 'abc'/],
      [["--follow=-1"], /--follow needs a stream number .* not '-1'/],
      [["--follow", "-1"], /'--follow' argument is ambiguous: to specify .* '--follow=-XYZ'/],
      [["--follow", "1.5"], /--follow needs a stream number/],
      [["--max-streams", "0"], /--max-streams needs a positive whole number, not '0'/],
      [["--stream-timeout", "x"], /--stream-timeout needs a positive whole number/],
      [["--reassembly-memory", "0"], /--reassembly-memory needs a positive whole number/],
      [["--follow"], /--follow/],
    ] as [string[], RegExp][]
  ) {
    const run = await runCli(["-r", file, ...args]);
    assertOneLineError(run, 2, pattern);
    assert.equal(run.stdout, "", args.join(" "));
  }
});

Deno.test("cli streams: --flow-dir under a regular file is one line, exit 1", async () => {
  const file = await Deno.makeTempFile();
  try {
    const run = await runCli(["-r", HTTP, "--flow-dir", `${file}/flows`], {
      permissions: ["--allow-ffi", "--allow-read", "--allow-write"],
    });
    assertOneLineError(
      run,
      1,
      new RegExp(`^sniff: cannot write to ${file}/flows: Not a directory$`),
    );
  } finally {
    await Deno.remove(file);
  }
});

Deno.test({
  name: "cli streams: --flow-dir on a full disk is one line, exit 1, the messages so far kept",
  ignore: Deno.uid() !== 0,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "sniff-full-" });
    const mount = await new Deno.Command("mount", {
      args: ["-t", "tmpfs", "-o", "size=8k", "tmpfs", dir],
      stderr: "null",
    }).output();
    if (!mount.success) {
      console.warn("full-disk test skipped: cannot mount a small tmpfs here");
      await Deno.remove(dir);
      return;
    }
    try {
      const run = await runCli(["-r", HTTP, "--flow-dir", dir, "--messages"], {
        permissions: ["--allow-ffi", "--allow-read", "--allow-write"],
      });
      assertOneLineError(
        run,
        1,
        new RegExp(`^sniff: cannot write to ${dir}: No space left on device$`),
      );
      assert.ok(lines(run.stdout).length > 0, "messages before the failure were written");
      assert.ok(run.stdout.endsWith("\n"), "in whole lines");
    } finally {
      await new Deno.Command("umount", { args: [dir] }).output();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "cli streams: a malformed TCP header in every stream mode: clean output, exit 0",
  ignore: !HAVE_TSHARK,
  async fn() {
    const file = `${STREAMS}malformed-header.pcap`;
    const flows = await Deno.makeTempDir();
    try {
      for (
        const mode of [
          ["--follow", "0"],
          ["--follow", "all"],
          ["--follow", "all", "--json"],
          ["--messages"],
          ["--messages", "--json"],
          ["--conversations"],
          ["--conversations", "--json"],
          ["--flow-dir", flows],
          ["--json"],
          ["-v"],
        ]
      ) {
        const run = await runCli(["-r", file, ...mode], {
          permissions: ["--allow-ffi", "--allow-read", "--allow-write"],
        });
        assert.equal(run.code, 0, `${mode.join(" ")}: ${run.stderr}`);
        assert.deepEqual(lines(run.stderr).filter((l) => !l.startsWith("reading from")), []);
        if (mode.includes("--json")) lines(run.stdout).forEach((line) => JSON.parse(line));
      }
      // What is followed is what tshark follows.
      const json = await runCli(["-r", file, "--follow", "0", "--json"]);
      const expected = await tsharkFollow(file, 0);
      assert.deepEqual(
        lines(json.stdout).map((line) =>
          (JSON.parse(line) as { follow: { data: string } }).follow.data
        ),
        expected.chunks.map((chunk) => hex(chunk.bytes)),
      );
    } finally {
      await Deno.remove(flows, { recursive: true });
    }
  },
});

Deno.test({
  name: "cli streams: a permanent hole is shown as a gap in --follow and --messages",
  ignore: !HAVE_TSHARK,
  async fn() {
    const file = `${STREAMS}holes.pcap`;
    // Stream 0: the peer ACKed past the hole: tshark's marker in the follow, `missing` counted.
    const follow = await runCli(["-r", file, "--follow", "0"]);
    assert.equal(follow.code, 0, follow.stderr);
    const marker = /\[(\d+) bytes missing in capture file\]\\x00/.exec(follow.stdout);
    assert.ok(marker, follow.stdout);
    const json = messages((await runCli(["-r", file, "--messages", "--json", "-A"])).stdout);
    const first = json.find((record) => record.stream === 0 && record.node === 0)!;
    assert.equal(first.missing, Number(marker[1]));
    const text = await runCli(["-r", file, "--messages"]);
    assert.match(text.stdout, new RegExp(`stream 0 .*, ${marker[1]} bytes missing: `));
    // Stream 1: never ACKed past the hole: tshark drops what is behind it; our message says so.
    const expected = await tsharkFollow(file, 1);
    const stream1 = json.filter((record) => record.stream === 1);
    assert.deepEqual(
      stream1.filter((record) => record.length > 0).map((r) => ({ node: r.node, hex: r.data })),
      joinTurns(expected.chunks),
    );
    assert.ok(stream1.some((record) => record.missing > 0), JSON.stringify(stream1));
  },
});

/** A stream whose first data segment is lost and whose other `segments` wait behind it. */
function heldBehindHole(segments: number): Frame[] {
  const a = [10, 0, 0, 1];
  const b = [10, 0, 0, 2];
  const tcp = (
    from: "a" | "b",
    sequence: number,
    acknowledgment: number,
    flags: number,
    size = 0,
  ) =>
    craft().ethernet()
      .ipv4({ source: from === "a" ? a : b, destination: from === "a" ? b : a })
      .tcp({
        sourcePort: from === "a" ? 40000 : 80,
        destinationPort: from === "a" ? 80 : 40000,
        sequence,
        acknowledgment,
        flags,
        window: 65535,
      })
      .payload(new Uint8Array(size).fill(0x61))
      .build();
  const frames: Frame[] = [
    { bytes: tcp("a", 1000, 0, 0x002) },
    { bytes: tcp("b", 5000, 1001, 0x012) },
    { bytes: tcp("a", 1001, 5001, 0x010) },
  ];
  // Segment 0 (bytes 1001…) is never captured; the next ones wait for it.
  for (let i = 1; i <= segments; i++) {
    frames.push({ bytes: tcp("a", 1001 + i * 1000, 5001, 0x018, 1000) });
  }
  return frames.map((frame, i) => ({ ...frame, seconds: 1700000000, microseconds: i * 10 }));
}

Deno.test("cli streams: --reassembly-memory 1 shows limit gaps where the default holds on", async () => {
  // 1 500 segments of 1 000 bytes held behind a hole: 1.5 MB plus overhead, over 1 MiB but
  // under the default caps (4 MiB and 4 096 segments per stream).
  const file = await writePcap(heldBehindHole(1500));
  try {
    const limited = await runCli([
      "-r",
      file,
      "--follow",
      "all",
      "--json",
      "--reassembly-memory",
      "1",
    ]);
    assert.equal(limited.code, 0, limited.stderr);
    assert.match(limited.stdout, /"gap":\d+/);
    const records = lines(limited.stdout).map((line) =>
      (JSON.parse(line) as { follow: { data?: string; gap?: number } }).follow
    );
    // Every byte after the lost one is accounted for: skipped (gap) or delivered (data).
    const total = records.reduce((sum, r) => sum + (r.gap ?? 0) + (r.data?.length ?? 0) / 2, 0);
    assert.equal(total, 1501 * 1000);
    const text = await runCli(["-r", file, "--follow", "0", "--reassembly-memory", "1"]);
    assert.match(text.stdout, /^\[\d+ bytes skipped: reassembly limit\]$/m);
    const unlimited = await runCli(["-r", file, "--follow", "all", "--json"]);
    assert.equal(unlimited.code, 0, unlimited.stderr);
    assert.doesNotMatch(unlimited.stdout, /"gap"/, "the default cap holds 1.5 MB");
  } finally {
    await Deno.remove(file);
  }
});

Deno.test({
  name:
    "cli streams: --reassembly-memory 1 on the lossy capture: exit 0, what is followed in order",
  ignore: !HAVE_TSHARK,
  async fn() {
    const file = `${STREAMS}lossy.pcap`;
    const run = await runCli(["-r", file, "--follow", "all", "--json", "--reassembly-memory", "1"]);
    assert.equal(run.code, 0, run.stderr);
    const records = lines(run.stdout).map((line) =>
      (JSON.parse(line) as { follow: { node: number; data?: string; gap?: number } }).follow
    );
    // Its out-of-order data fits in 1 MiB: the same bytes as tshark's follow.
    const expected = await tsharkFollow(file, 0);
    assert.deepEqual(
      records.map((r) => ({ node: r.node, data: r.data ?? `gap ${r.gap}` })),
      expected.chunks.map((chunk) => ({ node: chunk.node, data: hex(chunk.bytes) })),
    );
  },
});

/** Peak resident memory of a CLI run in kB (GNU time's %M), and the run. */
async function peakMemory(args: string[]): Promise<{ kb: number; code: number; stdout: string }> {
  const output = await new Deno.Command("/usr/bin/time", {
    args: ["-f", "peak %M", Deno.execPath(), "run", "--allow-ffi", CLI, ...args],
    stdout: "piped",
    stderr: "piped",
    env: { TZ: "UTC" },
  }).output();
  const stderr = new TextDecoder().decode(output.stderr);
  const peak = /^peak (\d+)$/m.exec(stderr);
  assert.ok(peak, stderr);
  return {
    kb: Number(peak[1]),
    code: output.code,
    stdout: new TextDecoder().decode(output.stdout),
  };
}

Deno.test({
  name: "cli streams: a SYN flood of 200 000 connections under --max-streams 1000: exit 0, bounded",
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "sniff-flood-" });
    const file = `${dir}/flood.pcap`;
    const CONNECTIONS = 200_000;
    generateSynFlood(file, CONNECTIONS);
    try {
      const table = await runCli([
        "-r",
        file,
        "--conversations",
        "--max-streams",
        "1000",
        "--summary",
      ]);
      assert.equal(table.code, 0, table.stderr);
      // Every connection has its row (the table keeps a row per stream, as tshark's), each a
      // lone SYN: S0, "Incomplete, SYN_SENT".
      const rows = lines(table.stdout).filter((line) => line.includes("<->"));
      assert.equal(rows.length, CONNECTIONS);
      // Most get no answer (S0); the generator answers ~2% with a SYN-ACK (S1), ~1% with RST.
      const states = new Map<string, number>();
      for (const row of rows) {
        const state = row.split(" ").at(-1)!;
        states.set(state, (states.get(state) ?? 0) + 1);
      }
      assert.deepEqual([...states.keys()].sort(), ["REJ", "S0", "S1"]);
      assert.ok(states.get("S0")! > CONNECTIONS * 0.9, JSON.stringify([...states]));
      assert.match(table.stdout, /Incomplete, SYN_SENT +S0$/m);
      const follow = await runCli([
        "-r",
        file,
        "--follow",
        "all",
        "--json",
        "--max-streams",
        "1000",
      ]);
      assert.equal(follow.code, 0, follow.stderr);
      assert.equal(follow.stdout, "", "SYNs carry no data");

      if (!HAVE_TIME) return;
      // Bounds: the Deno runtime alone takes about 40 MB. --follow all with 1 000 streams
      // tracked holds next to nothing more: 160 MB leaves room for the garbage collector's
      // slack. The table keeps ~67 bytes per row: 256 MB, the target for a million
      // connections under the default caps.
      const followPeak = await peakMemory([
        "-r",
        file,
        "--follow",
        "all",
        "--json",
        "--max-streams",
        "1000",
      ]);
      const followDefault = await peakMemory(["-r", file, "--follow", "all", "--json"]);
      assert.equal(followPeak.code, 0);
      assert.ok(followPeak.kb < 160_000, `--follow all capped: ${followPeak.kb} kB`);
      assert.ok(
        followPeak.kb < followDefault.kb,
        `the cap matters: ${followPeak.kb} kB capped, ${followDefault.kb} kB by default`,
      );
      // With the default caps (100 000 tracked), what each idle conversation costs: about 250
      // bytes of the tracker's arrays and 24 of sequence state, 110 MB in all here. An object
      // per data-less conversation (a reassembler, ~500 bytes, and its conversation, ~200), as
      // before they were made at the first data, took 334 MB here: 160 MB is crossed by any
      // 600 bytes more per conversation.
      for (const mode of [["--follow", "all", "--json"], ["--messages"]]) {
        const peak = await peakMemory(["-r", file, ...mode]);
        assert.equal(peak.code, 0);
        assert.ok(peak.kb < 160_000, `${mode.join(" ")} by default: ${peak.kb} kB`);
      }
      const tablePeak = await peakMemory([
        "-r",
        file,
        "--conversations",
        "--max-streams",
        "1000",
        "--summary",
      ]);
      const tableDefault = await peakMemory(["-r", file, "--conversations", "--summary"]);
      assert.equal(tablePeak.code, 0);
      assert.ok(tablePeak.kb < 256_000, `--conversations capped: ${tablePeak.kb} kB`);
      assert.ok(
        tablePeak.kb < tableDefault.kb,
        `the cap matters: ${tablePeak.kb} kB capped, ${tableDefault.kb} kB by default`,
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "cli streams: SIGINT while reading a big file with --conversations prints the table, exit 0",
  ignore: Deno.build.os === "windows",
  async fn() {
    const file = await Deno.makeTempFile({ prefix: "sniff-big-", suffix: ".pcap" });
    const PACKETS = 1_000_000;
    generate(file, PACKETS, 1);
    try {
      const child = new Deno.Command(Deno.execPath(), {
        args: ["run", "--allow-ffi", CLI, "-r", file, "--conversations", "--summary"],
        stdin: "null",
        stdout: "piped",
        stderr: "piped",
        env: { TZ: "UTC", NO_COLOR: "1" },
      }).spawn();
      const stdout = new Response(child.stdout).text();
      const stderr = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
      let errors = "";
      // Signal once reading has started (its first line on stderr).
      for (let i = 0; i < 1000 && !errors.includes("reading from file"); i++) {
        const { value, done } = await stderr.read();
        if (done) break;
        errors += value;
      }
      child.kill("SIGINT");
      for (;;) {
        const { value, done } = await stderr.read();
        if (done) break;
        errors += value;
      }
      const status = await child.status;
      const text = await stdout;
      assert.equal(status.signal, null, "not killed by the signal");
      assert.equal(status.code, 0, errors);
      assert.doesNotMatch(errors, /sniff:/);
      assert.match(text, /TCP Conversations/);
      assert.ok(text.endsWith("\n"));
      const rows = lines(text).filter((line) => line.includes("<->"));
      assert.ok(rows.length > 0, text);
      // Stopped early: the summary counts fewer packets than the file has.
      const counted = /^all +([\d,]+)/m.exec(text);
      assert.ok(counted, text);
      assert.ok(Number(counted[1]!.replaceAll(",", "")) < PACKETS, counted[0]);
    } finally {
      await Deno.remove(file);
    }
  },
});
