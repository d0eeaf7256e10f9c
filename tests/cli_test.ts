/**
 * End-to-end tests of the CLI on capture files: the project's own captures (made by
 * tools/make-fixtures from real traffic between two network namespaces) compared packet by
 * packet with tshark, crafted captures, and every bad input.
 */

import assert from "node:assert/strict";
import { generate } from "../bench/generate.ts";
import { OutputError, reportingWrites } from "../cli.ts";
import { LineWriter, OutputClosed } from "../output/writer.ts";
import {
  CLI,
  FIXTURES,
  hasProgram,
  hex,
  parseTcpLine,
  runCli,
  type TcpLine,
  tsharkFields,
} from "./_cli.ts";
import { pcapBytes, tcpFrame, writePcap } from "./_pcap.ts";

const HAVE_TSHARK = hasProgram("tshark");
if (!HAVE_TSHARK) console.warn("tshark not installed: the comparisons with tshark are skipped");

const CAPTURES = [
  "http-ipv4.pcap",
  "http-ipv6.pcap",
  "http-ipv4-snap60.pcap",
  "http-ipv6-snap100.pcap",
];

const TCP_FIELDS = [
  "frame.number",
  "eth.src",
  "eth.dst",
  "ip.src",
  "ip.dst",
  "ipv6.src",
  "ipv6.dst",
  "tcp.srcport",
  "tcp.dstport",
  "tcp.seq_raw",
  "tcp.ack_raw",
  "tcp.flags",
  "tcp.window_size_value",
  "tcp.len",
  "tcp.payload",
];

/** Flag letters back to bits, written independently of output/text.ts. */
function flagBits(letters: string): number {
  const bits: Record<string, number> = {
    F: 0x1,
    S: 0x2,
    R: 0x4,
    P: 0x8,
    ".": 0x10,
    U: 0x20,
    E: 0x40,
    W: 0x80,
    e: 0x100,
  };
  if (letters === "none") return 0;
  return [...letters].reduce((sum, letter) => sum + (bits[letter] ?? NaN), 0);
}

function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

for (const capture of CAPTURES) {
  Deno.test({
    name:
      `cli: every TCP packet of ${capture} matches tshark (MACs, IPs, ports, seq, ack, flags, win, length, message)`,
    ignore: !HAVE_TSHARK,
    async fn() {
      const file = FIXTURES + capture;
      const run = await runCli(["-A", "-r", file, "tcp"]);
      assert.equal(run.code, 0, run.stderr);
      const ours = lines(run.stdout);
      const theirs = await tsharkFields(file, TCP_FIELDS, "tcp");
      assert.ok(theirs.length >= 10, `${capture} has TCP traffic`);
      assert.equal(ours.length, theirs.length, "one line per TCP packet");
      let messages = 0;
      for (const [i, expected] of theirs.entries()) {
        const where = `${capture} frame ${expected["frame.number"]}`;
        const line: TcpLine | undefined = parseTcpLine(ours[i]!);
        assert.ok(line, `${where}: a TCP line: ${ours[i]}`);
        assert.equal(line.sourceMac, expected["eth.src"], where);
        assert.equal(line.destinationMac, expected["eth.dst"], where);
        assert.equal(line.sourceIp, expected["ip.src"] || expected["ipv6.src"], where);
        assert.equal(line.destinationIp, expected["ip.dst"] || expected["ipv6.dst"], where);
        assert.equal(line.sourcePort, Number(expected["tcp.srcport"]), where);
        assert.equal(line.destinationPort, Number(expected["tcp.dstport"]), where);
        if (expected["tcp.seq_raw"]) assert.equal(line.seq, Number(expected["tcp.seq_raw"]), where);
        const flags = Number(expected["tcp.flags"]);
        if (expected["tcp.flags"]) assert.equal(flagBits(line.flags ?? ""), flags, where);
        if (flags & 0x10) assert.equal(line.ack, Number(expected["tcp.ack_raw"]), where);
        else assert.equal(line.ack, undefined, `${where}: no ack without ACK`);
        if (line.truncated) continue; // tshark's window and length need the whole header too
        assert.equal(line.win, Number(expected["tcp.window_size_value"]), where);
        assert.equal(line.length, Number(expected["tcp.len"]), where);
        assert.equal(hex(line.message ?? new Uint8Array(0)), expected["tcp.payload"], where);
        if (expected["tcp.payload"]) messages++;
      }
      if (!capture.includes("snap60")) assert.ok(messages >= 4, "requests, responses, print");
    },
  });
}

Deno.test("cli: the message 'print' of the shipped capture is shown with its six values", async () => {
  const run = await runCli(["-r", FIXTURES + "http-ipv4.pcap", "tcp port 7000"]);
  assert.equal(run.code, 0, run.stderr);
  const print = lines(run.stdout).map(parseTcpLine).find((line) =>
    line?.message && new TextDecoder().decode(line.message) === "print"
  );
  assert.ok(print, run.stdout);
  assert.equal(print.sourceMac, "02:00:00:00:00:0a");
  assert.equal(print.destinationMac, "02:00:00:00:00:0b");
  assert.equal(print.sourceIp, "10.77.0.1");
  assert.equal(print.destinationIp, "10.77.0.2");
  assert.equal(print.destinationPort, 7000);
  assert.ok(print.sourcePort > 1023);
});

Deno.test({
  name: "cli: without a filter every packet gets a line, non-TCP ones included",
  ignore: !HAVE_TSHARK,
  async fn() {
    for (const capture of ["http-ipv4.pcap", "http-ipv6.pcap"]) {
      const file = FIXTURES + capture;
      const run = await runCli(["-r", file]);
      assert.equal(run.code, 0, run.stderr);
      const ours = lines(run.stdout);
      const theirs = await tsharkFields(file, ["frame.number", "eth.type", "ip.proto"]);
      assert.equal(ours.length, theirs.length);
      for (const [i, expected] of theirs.entries()) {
        const line = ours[i]!;
        const type = Number(expected["eth.type"]);
        const name = type === 0x0806 ? "ARP" : type === 0x0800 ? "IPv4" : "IPv6";
        assert.match(
          line,
          new RegExp(`ethertype ${name} \\(0x${type.toString(16).padStart(4, "0")}\\)`),
        );
        if (expected["ip.proto"] === "1") assert.match(line, /10\.77\.0\.\d > 10\.77\.0\.\d: ICMP/);
      }
      if (capture === "http-ipv4.pcap") {
        assert.ok(ours.some((line) => line.includes("ethertype ARP")), "ARP shown");
      }
    }
  },
});

Deno.test("cli: -c stops after N packets", async () => {
  const run = await runCli(["-r", FIXTURES + "http-ipv4.pcap", "-c", "3", "tcp"]);
  assert.equal(run.code, 0);
  assert.equal(lines(run.stdout).length, 3);
});

Deno.test("cli: control characters in a message never reach the terminal", async () => {
  const evil = new Uint8Array([...new TextEncoder().encode("A\x1b[2J\x1b]0;owned\x07B\r\n"), 0x9b]);
  const file = await writePcap([{ bytes: tcpFrame(evil) }]);
  try {
    const run = await runCli(["-r", file]);
    assert.equal(run.code, 0, run.stderr);
    // deno-lint-ignore no-control-regex
    assert.doesNotMatch(run.stdout.replace(/\n$/, ""), /[\x00-\x1f\x7f-\x9f]/);
    assert.ok(run.stdout.includes(String.raw`"A\x1b[2J\x1b]0;owned\x07B\r\n\x9b"`), run.stdout);
  } finally {
    await Deno.remove(file);
  }
});

Deno.test("cli: long messages are cut with a marker, and -A shows them whole", async () => {
  const message = new TextEncoder().encode("x".repeat(1000));
  const file = await writePcap([{ bytes: tcpFrame(message) }]);
  try {
    const cut = parseTcpLine(lines((await runCli(["-r", file])).stdout)[0]!);
    assert.equal(cut?.message?.length, 256);
    assert.equal(cut?.length, 1000);
    const whole = await runCli(["-A", "-r", file]);
    assert.equal(parseTcpLine(lines(whole.stdout)[0]!)?.message?.length, 1000);
    assert.ok((await runCli(["-r", file])).stdout.includes("(744 more bytes)"));
  } finally {
    await Deno.remove(file);
  }
});

Deno.test("cli: Ethernet padding is not taken for message bytes", async () => {
  const file = await writePcap([{
    bytes: tcpFrame(new TextEncoder().encode("hi"), { padTo: 60 }),
  }]);
  try {
    const line = parseTcpLine(lines((await runCli(["-r", file])).stdout)[0]!);
    assert.equal(new TextDecoder().decode(line?.message), "hi");
    assert.equal(line?.length, 2);
  } finally {
    await Deno.remove(file);
  }
});

Deno.test("cli: a capture file cut mid-packet prints what it has, then one error line", async () => {
  const whole = pcapBytes([
    { bytes: tcpFrame(new TextEncoder().encode("one")) },
    { bytes: tcpFrame(new TextEncoder().encode("two")) },
  ]);
  const file = await Deno.makeTempFile({ suffix: ".pcap" });
  await Deno.writeFile(file, whole.subarray(0, whole.length - 10));
  try {
    const run = await runCli(["-r", file]);
    assert.equal(run.code, 1);
    assert.equal(lines(run.stdout).length, 1);
    assert.match(run.stderr, /^sniff: .*truncated/m);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  } finally {
    await Deno.remove(file);
  }
});

const BAD_INPUTS: [string, string[], RegExp][] = [
  ["a missing file", ["-r", "/nonexistent/capture.pcap"], /No such file or directory/],
  ["a file that is not a capture", ["-r", `${FIXTURES}../cli_test.ts`], /unknown file format/],
  [
    "a bad filter",
    ["-r", `${FIXTURES}http-ipv4.pcap`, "tcp", "and", "and"],
    /bad filter 'tcp and and': .*syntax error/,
  ],
  // Root or not: libpcap fails on its socket before it looks the name up, sniff checks the list.
  ["an unknown interface", ["-i", "nosuchif0"], /nosuchif0: no such interface.*; list interfaces/],
  ["an unknown option", ["--frobnicate"], /Unknown option '--frobnicate'/],
  ["a count that is not a number", ["-c", "ten", "-r", "x"], /-c needs a positive whole number/],
];

for (const [what, args, message] of BAD_INPUTS) {
  Deno.test(`cli: ${what} gives one clear line and a non-zero exit`, async () => {
    const run = await runCli(args);
    assert.notEqual(run.code, 0);
    assert.equal(run.stdout, "");
    assert.equal(lines(run.stderr).length, 1, run.stderr);
    assert.match(run.stderr, /^sniff: /);
    assert.match(run.stderr, message);
  });
}

Deno.test("cli: missing libpcap says how to install it", async () => {
  const run = await runCli(["-r", `${FIXTURES}http-ipv4.pcap`], {
    permissions: ["--allow-ffi", "--allow-env"],
    env: { SNIFF_LIBPCAP: "/nonexistent/libpcap.so" },
  });
  assert.equal(run.code, 1);
  assert.equal(lines(run.stderr).length, 1, run.stderr);
  assert.match(run.stderr, /libpcap not found .*apt-get install libpcap0\.8/);
});

Deno.test("cli: running without --allow-ffi says so", async () => {
  const run = await runCli(["-r", `${FIXTURES}http-ipv4.pcap`], { permissions: [] });
  assert.equal(run.code, 1);
  assert.equal(lines(run.stderr).length, 1, run.stderr);
  assert.match(run.stderr, /--allow-ffi/);
});

const IS_ROOT = Deno.uid() === 0;
const HAVE_SETPRIV = hasProgram("setpriv");
if (IS_ROOT && !HAVE_SETPRIV) {
  console.warn("skipping the no-permission test: as root it needs setpriv to drop CAP_NET_RAW");
}

Deno.test({
  // As an ordinary user this is simply the case; as root, setpriv drops every capability.
  name: "cli: capturing without CAP_NET_RAW says to run as root or grant it",
  ignore: IS_ROOT && !HAVE_SETPRIV,
  async fn() {
    const run = await runCli(["-i", "lo", "-c", "1"], {
      wrapper: IS_ROOT ? ["setpriv", "--inh-caps=-all", "--bounding-set=-all", "--"] : [],
    });
    assert.equal(run.code, 1);
    assert.equal(lines(run.stderr).length, 1, run.stderr);
    assert.match(run.stderr, /lo: no permission to capture.*root.*CAP_NET_RAW/);
  },
});

Deno.test("cli: --help and -D", async () => {
  const help = await runCli(["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /-r, --read FILE/);
  const devices = await runCli(["-D"]);
  assert.equal(devices.code, 0, devices.stderr);
  assert.match(devices.stdout, /^\d+\.lo .*Loopback/m);
});

// --- output errors ---

const HAVE_DEV_FULL = (() => {
  try {
    return Deno.statSync("/dev/full").isCharDevice === true;
  } catch {
    return false;
  }
})();
if (!HAVE_DEV_FULL) console.warn("no /dev/full: the full-disk tests are skipped");

const FULL_DISK: [string, string[]][] = [
  ["text", ["-r", `${FIXTURES}http-ipv4.pcap`]],
  ["--summary", ["--summary", "-r", `${FIXTURES}http-ipv4.pcap`]],
  ["--json", ["--json", "-r", `${FIXTURES}http-ipv4.pcap`]],
  ["--help", ["--help"]],
];

for (const [what, args] of FULL_DISK) {
  Deno.test({
    name: `cli: ${what} to a full disk (/dev/full) says so in one line and exits 1`,
    ignore: !HAVE_DEV_FULL,
    async fn() {
      const run = await runCli(args, { wrapper: ["sh", "-c", 'exec "$@" > /dev/full', "sh"] });
      assert.equal(run.code, 1, run.stderr);
      const errors = lines(run.stderr).filter((line) => line.startsWith("sniff:"));
      assert.deepEqual(errors, ["sniff: cannot write output: No space left on device"]);
      assert.equal(lines(run.stderr).at(-1), errors[0], "the last line");
      assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
    },
  });
}

Deno.test("cli: any OS error writing standard output is 'cannot write output: <reason>'", () => {
  const failing = (error: Error) =>
    reportingWrites({
      writeSync(): number {
        throw error;
      },
    });
  const cases: [Error, string][] = [
    [new Error("Input/output error (os error 5)"), "Input/output error"],
    [new Deno.errors.PermissionDenied("Permission denied (os error 13)"), "Permission denied"],
    [
      new Deno.errors.WouldBlock("Resource temporarily unavailable (os error 11)"),
      "Resource temporarily unavailable",
    ],
  ];
  for (const [error, reason] of cases) {
    const writer = new LineWriter(failing(error));
    writer.line("a line");
    assert.throws(
      () => writer.flush(),
      (thrown) =>
        thrown instanceof OutputError && thrown.message === `cannot write output: ${reason}` &&
        thrown.cause === error,
    );
  }
  // A closed pipe (sniff ... | head) stays the quiet end it was.
  const closed = new LineWriter(failing(new Deno.errors.BrokenPipe("Broken pipe (os error 32)")));
  closed.line("a line");
  assert.throws(() => closed.flush(), OutputClosed);
  // Writes that work go through untouched, short writes included.
  const written: number[] = [];
  const short = reportingWrites({
    writeSync: (bytes) => (written.push(...bytes.subarray(0, 2)), Math.min(2, bytes.length)),
  });
  const writer = new LineWriter(short);
  writer.line("hello");
  writer.flush();
  assert.equal(new TextDecoder().decode(new Uint8Array(written)), "hello\n");
});

// --- signals while reading a file ---

/** Packets in the generated capture: far more than the CLI can write before it sees a signal. */
const BIG_PACKETS = 30000;
const ANY_LINE = new RegExp(
  String
    .raw`^\d\d:\d\d:\d\d\.\d{6} [0-9a-f:]{17} > [0-9a-f:]{17}, ethertype \S+ \(0x[0-9a-f]{4}\), ` +
    String.raw`length \d+: \S.*$`,
);

Deno.test({
  // tcpdump, interrupted while reading a file, exits 0 with what it had printed (checked with
  // tcpdump 4.99 on a 1,000,000-packet capture).
  name:
    "cli: SIGINT or SIGTERM while reading a file writes what was decoded, in whole lines, exit 0",
  ignore: Deno.build.os === "windows",
  async fn(t) {
    const file = await Deno.makeTempFile({ prefix: "sniff-big-", suffix: ".pcap" });
    generate(file, BIG_PACKETS, 1);
    try {
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        for (const mode of ["text", "json"]) {
          await t.step(`${signal}, ${mode}`, async () => {
            const args = ["run", "--allow-ffi", CLI, "-r", file];
            if (mode === "json") args.push("--json");
            const child = new Deno.Command(Deno.execPath(), {
              args,
              stdin: "null",
              stdout: "piped",
              stderr: "piped",
              env: { TZ: "UTC", NO_COLOR: "1" },
            }).spawn();
            const stderr = new Response(child.stderr).text();
            const reader = child.stdout.getReader();
            const chunks: Uint8Array[] = [];
            const first = await reader.read();
            assert.ok(first.value, "some output before the signal");
            chunks.push(first.value);
            child.kill(signal);
            // Read slowly: the CLI gets only as far as the pipe lets it, so it cannot reach the
            // end of the file before it notices the signal.
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              chunks.push(value);
              await new Promise((resolve) => setTimeout(resolve, 10));
            }
            const status = await child.status;
            const errors = await stderr;
            assert.equal(status.signal, null, "not killed by the signal");
            assert.equal(status.code, 0, errors);
            assert.doesNotMatch(errors, /sniff:/);

            const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
            chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.length), 0);
            const text = new TextDecoder().decode(bytes);
            assert.ok(text.endsWith("\n"), "ends with a whole line");
            const written = text.slice(0, -1).split("\n");
            assert.ok(
              written.length > 0 && written.length < BIG_PACKETS,
              `stopped early: ${written.length} of ${BIG_PACKETS} packets`,
            );
            if (mode === "json") {
              // Every object whole, and none lost or repeated: frame numbers 1, 2, 3, ...
              written.forEach((line, index) => {
                const record = JSON.parse(line) as { frame: { number: number } };
                assert.equal(record.frame.number, index + 1);
              });
            } else {
              for (const line of written) {
                assert.match(line, ANY_LINE);
                if (line.includes("Flags [")) assert.ok(parseTcpLine(line), line);
              }
            }
          });
        }
      }
    } finally {
      await Deno.remove(file);
    }
  },
});
