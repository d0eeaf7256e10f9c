/**
 * The benchmark: sniff against the tools people would otherwise use, on one generated capture,
 * every competitor measured in the same run (medians of several runs, so the ratios hold on a
 * noisy 2-core machine), with peak memory from /usr/bin/time. Prints a table and the targets.
 *
 * deno task bench [--runs N] [--packets N]
 *
 * @module
 */

import { generate, generateSynFlood } from "./generate.ts";
import { fail, parseScriptArgs, reason, wholeNumber } from "../tools/_script.ts";

const USAGE = `usage: deno task bench [--runs N] [--packets N]
  (or: deno run --allow-all bench/run.ts …)

Times sniff, tcpdump, tshark and a C pcap_next_ex loop on one generated capture (made once in
bench/data/) and prints a table, then the targets met or missed; then the TCP stream outputs
(--conversations, --follow all) against the same, and sniff's peak memory on a generated SYN
flood of a million connections.
  --runs N      rounds of every command; the table shows medians (default 5)
  --packets N   packets in the capture (default 1000000; tshark reads at most 100000)`;

const { values } = parseScriptArgs("bench", USAGE, {
  options: {
    runs: { type: "string", default: "5" },
    packets: { type: "string", default: "1000000" },
  },
});
const RUNS = wholeNumber("bench", "--runs", values.runs);
const PACKETS = wholeNumber("bench", "--packets", values.packets);
/** tshark is slow: it is measured, against sniff, on the first 100,000 packets only. */
const TSHARK_PACKETS = Math.min(100_000, PACKETS);

const root = new URL("..", import.meta.url).pathname;
const data = `${root}bench/data/`;
const build = `${root}bench/.build/`;
try {
  Deno.mkdirSync(data, { recursive: true });
  Deno.mkdirSync(build, { recursive: true });
} catch (error) {
  fail("bench", `cannot make ${data} and ${build}: ${reason(error)}`);
}
if (!have("/usr/bin/time", ["-f", "", "true"])) {
  fail("bench", "needs GNU time as /usr/bin/time for the memory figures (run tools/setup)");
}

function have(command: string, args = ["--version"]): boolean {
  try {
    return new Deno.Command(command, { args, stdout: "null", stderr: "null" }).outputSync().success;
  } catch {
    return false;
  }
}

/** The capture, made once per size and seed. */
function capture(packets: number): string {
  const path = `${data}bench-${packets}.pcap`;
  try {
    Deno.statSync(path);
  } catch {
    console.error(`generating ${path} …`);
    try {
      generate(path, packets, 1);
    } catch (error) {
      fail("bench", `cannot write ${path}: ${reason(error)}`);
    }
  }
  return path;
}

/** The SYN flood: `connections` distinct half-open connections, made once. */
function synFlood(connections: number): string {
  const path = `${data}synflood-${connections}.pcap`;
  try {
    Deno.statSync(path);
  } catch {
    console.error(`generating ${path} …`);
    try {
      generateSynFlood(path, connections, 1);
    } catch (error) {
      fail("bench", `cannot write ${path}: ${reason(error)}`);
    }
  }
  return path;
}

interface Result {
  tool: string;
  mode: string;
  packets: number;
  seconds: number;
  peakMb: number;
}

interface Job {
  tool: string;
  mode: string;
  packets: number;
  command: string[];
  runs: number;
  times: number[];
  peakMb: number;
}

/** One whole-process run of `job` with output to /dev/null (the first run's kept, to look at). */
function runOnce(job: Job): void {
  const report = `${build}time.txt`;
  const first = job.times.length === 0;
  const shell = `${job.command.map(quote).join(" ")} > ${
    first ? `${build}stdout.txt` : "/dev/null"
  }`;
  const result = new Deno.Command("/usr/bin/time", {
    args: ["-f", "%e %M", "-o", report, "sh", "-c", shell],
    stdout: "null",
    stderr: "piped",
  }).outputSync();
  if (!result.success) {
    throw new Error(
      `${job.tool} ${job.mode} failed: ${new TextDecoder().decode(result.stderr).slice(0, 300)}`,
    );
  }
  const [seconds, kilobytes] = Deno.readTextFileSync(report).trim().split("\n").at(-1)!.split(" ");
  job.times.push(Number(seconds));
  job.peakMb = Math.max(job.peakMb, Number(kilobytes) / 1024);
}

/**
 * Runs every job in rounds, each round running each job once, so that a slow spell of the
 * machine lands on every tool alike instead of on whichever ran then; the median per job.
 */
function measureAll(jobs: Job[]): Result[] {
  const rounds = Math.max(...jobs.map((job) => job.runs));
  for (let round = 0; round < rounds; round++) {
    for (const job of jobs) if (round < job.runs) runOnce(job);
  }
  return jobs.map((job) => {
    const times = job.times.toSorted((a, b) => a - b);
    return { ...job, seconds: times[Math.floor(times.length / 2)]!, peakMb: job.peakMb };
  });
}

const jobs: Job[] = [];
function plan(tool: string, mode: string, packets: number, command: string[], runs = RUNS) {
  jobs.push({ tool, mode, packets, command, runs, times: [], peakMb: 0 });
}

function quote(arg: string): string {
  return /^[\w./=:-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

const full = capture(PACKETS);
const small = capture(TSHARK_PACKETS);
/** Connections of the SYN flood, as many as the capture has packets (a million by default). */
const FLOOD_CONNECTIONS = PACKETS;
const flood = synFlood(FLOOD_CONNECTIONS);
// Warm the page cache so that every tool reads from memory.
new Deno.Command("cat", { args: [full, small, flood], stdout: "null" }).outputSync();

const deno = Deno.execPath();
const sniff = (
  file: string,
  ...args: string[]
) => [deno, "run", "--allow-ffi", `${root}cli.ts`, "-r", file, ...args];
const notes: string[] = [];

let haveCLoop = false;
if (have("cc", ["--version"])) {
  const built = new Deno.Command("cc", {
    args: ["-O2", "-o", `${build}pcap_loop`, `${root}bench/pcap_loop.c`, "-lpcap"],
    stderr: "piped",
  }).outputSync();
  if (built.success) {
    plan("C pcap_next_ex loop", "read only", PACKETS, [`${build}pcap_loop`, full]);
    haveCLoop = true;
  } else notes.push("C loop skipped: cc could not build it (apt-get install libpcap-dev)");
} else notes.push("C loop skipped: no C compiler");

plan("sniff", "--summary", PACKETS, sniff(full, "--summary"));
plan("sniff", "--summary -v (checksums)", PACKETS, sniff(full, "--summary", "-v"));
if (have("tcpdump")) {
  plan("tcpdump", "-n -r (text)", PACKETS, ["tcpdump", "-n", "-r", full]);
} else notes.push("tcpdump skipped: not installed");
plan("sniff", "text", PACKETS, sniff(full));
plan("sniff", "--json", PACKETS, sniff(full, "--json"));
if (have("tshark")) {
  plan("tshark", "-T json", TSHARK_PACKETS, ["tshark", "-T", "json", "-r", small], 3);
} else notes.push("tshark skipped: not installed");
plan("sniff", "--json", TSHARK_PACKETS, sniff(small, "--json"));
// The TCP stream outputs: rows after the ones above, so that those keep their history.
const FIRST_STREAM_ROW = jobs.length;
plan("sniff", "--summary --conversations", PACKETS, sniff(full, "--summary", "--conversations"));
if (have("tshark")) {
  plan("tshark", "-q -z follow,tcp,raw,0 (one stream)", TSHARK_PACKETS, [
    "tshark",
    "-q",
    "-z",
    "follow,tcp,raw,0",
    "-r",
    small,
  ], 3);
}
plan("sniff", "--follow all --json", TSHARK_PACKETS, sniff(small, "--follow", "all", "--json"));
const FLOOD = `SYN flood of ${FLOOD_CONNECTIONS.toLocaleString("en-US")}`;
plan("sniff", `--summary --conversations, ${FLOOD}`, FLOOD_CONNECTIONS, [
  ...sniff(flood, "--summary", "--conversations"),
]);
plan("sniff", `--follow all --json, ${FLOOD}`, FLOOD_CONNECTIONS, [
  ...sniff(flood, "--follow", "all", "--json"),
]);

console.error(`measuring ${jobs.length} commands in ${RUNS} rounds …`);
const results = measureAll(jobs);
const cLoop = haveCLoop ? results[0] : undefined;

const rows = [["tool", "mode", "packets", "seconds", "packets/s", "× C loop", "peak MB"]];
for (const r of results) {
  const perPacket = cLoop ? r.seconds / r.packets / (cLoop.seconds / cLoop.packets) : NaN;
  rows.push([
    r.tool,
    r.mode,
    r.packets.toLocaleString("en-US"),
    r.seconds.toFixed(2),
    Math.round(r.packets / r.seconds).toLocaleString("en-US"),
    Number.isNaN(perPacket) ? "-" : perPacket.toFixed(2),
    r.peakMb.toFixed(0),
  ]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`;
console.log(line(rows[0]!));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows.slice(1)) console.log(line(row));

const find = (tool: string, mode: string, packets: number) =>
  results.find((r) => r.tool === tool && r.mode === mode && r.packets === packets);
const summary = find("sniff", "--summary", PACKETS)!;
const text = find("sniff", "text", PACKETS)!;
const tcpdump = find("tcpdump", "-n -r (text)", PACKETS);
const tshark = find("tshark", "-T json", TSHARK_PACKETS);
const json = find("sniff", "--json", TSHARK_PACKETS)!;
const checks = find("sniff", "--summary -v (checksums)", PACKETS)!;
console.log("");
const target = (name: string, value: number | undefined, goal: string, met: boolean) =>
  console.log(
    `${met ? "met " : "MISS"}  ${name}: ${
      value === undefined ? "not measured" : value.toFixed(2)
    } (${goal})`,
  );
// Each ratio, when both its commands ran: [name, numerator, denominator, goal, met].
const ratios: [string, Result | undefined, Result | undefined, string, (r: number) => boolean][] = [
  ["--summary ÷ C loop", summary, cLoop, "at most 2.5", (r) => r <= 2.5],
  ["tcpdump ÷ sniff text", tcpdump, text, "at least 2", (r) => r >= 2],
  ["tshark -T json ÷ sniff --json", tshark, json, "at least 20", (r) => r >= 20],
];
for (const [name, over, under, goal, met] of ratios) {
  if (over === undefined || under === undefined) continue;
  const ratio = over.seconds / under.seconds;
  target(name, ratio, goal, met(ratio));
}
const peak = Math.max(
  ...results.slice(0, FIRST_STREAM_ROW).filter((r) => r.tool === "sniff").map((r) => r.peakMb),
);
target("sniff peak memory, MB", peak, "under 200", peak < 200);
const conversations = find("sniff", "--summary --conversations", PACKETS);
if (conversations !== undefined) {
  const ratio = conversations.seconds / summary.seconds;
  target("--summary --conversations ÷ --summary", ratio, "at most 1.3", ratio <= 1.3);
}
const followAll = find("sniff", "--follow all --json", TSHARK_PACKETS);
const followOne = find("tshark", "-q -z follow,tcp,raw,0 (one stream)", TSHARK_PACKETS);
if (followAll !== undefined && followOne !== undefined) {
  const ratio = followOne.seconds / followAll.seconds;
  target(
    "tshark follow of one stream ÷ sniff --follow all --json",
    ratio,
    "above 1: every stream in less time than tshark's one",
    ratio > 1,
  );
}
const floodPeak = Math.max(
  ...results.filter((r) => r.mode.endsWith(FLOOD)).map((r) => r.peakMb),
);
target(`sniff peak memory on the ${FLOOD}, MB`, floodPeak, "under 256", floodPeak < 256);
// How many bytes --summary -v verified: from one more run, whose table says.
const [summaryCommand, ...summaryArgs] = sniff(full, "--summary", "-v");
const table = new TextDecoder().decode(
  new Deno.Command(summaryCommand!, { args: summaryArgs, stderr: "null" }).outputSync().stdout,
);
const checksummed = Number(/checksummed ([\d,]+) bytes/.exec(table)?.[1]?.replaceAll(",", ""));
if (!Number.isNaN(checksummed)) {
  const extra = Math.max(checks.seconds - summary.seconds, 0.001);
  console.log(
    `      checksums: ${(checksummed / 1e6).toFixed(0)} MB verified, ` +
      `${(checksummed / 1e6 / checks.seconds).toFixed(0)} MB/s overall, ` +
      `${(checksummed / 1e6 / extra).toFixed(0)} MB/s for the verification alone`,
  );
}
for (const note of notes) console.log(note);
