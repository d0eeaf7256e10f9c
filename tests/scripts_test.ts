/**
 * The scripts the README names (bench/, tools/): `--help` prints the usage and exits 0, a bad
 * argument or a missing folder is one line on stderr and a non-zero exit, never a stack trace.
 */

import assert from "node:assert/strict";
import { hasProgram, ROOT } from "./_cli.ts";

interface Script {
  path: string;
  /** The permissions it runs with (none for those that would write: a bug cannot then). */
  permissions: string[];
  /** Bad command lines: each must fail with this exit code and one line. */
  bad: [string[], number][];
}

const SCRIPTS: Script[] = [
  {
    path: "bench/run.ts",
    permissions: ["--allow-all"],
    bad: [[["--nope"], 2], [["--runs", "x"], 2], [["--packets", "0"], 2], [["extra"], 2]],
  },
  {
    path: "bench/generate.ts",
    permissions: [],
    bad: [[[], 2], [["--out"], 2], [["out.pcap", "many"], 2], [["a", "1", "2", "3"], 2]],
  },
  {
    path: "tools/conformance.ts",
    permissions: ["--allow-all"],
    bad: [[["/nonexistent/captures"], 1], [["--show", "x"], 2], [["--nope"], 2]],
  },
  {
    path: "tools/outputs.ts",
    permissions: ["--allow-all"],
    bad: [
      [[], 2],
      [["--bad"], 2],
      [["--write", "/tmp/x", "--compare", "/tmp/y", "tests/fixtures"], 2],
      [["--compare", `${ROOT}tests/golden`, "/nonexistent/captures"], 1],
    ],
  },
  { path: "tools/craft-fixtures.ts", permissions: [], bad: [[["extra"], 2], [["--nope"], 2]] },
  {
    path: "tools/craft-stream-captures.ts",
    permissions: [],
    bad: [[["extra"], 2], [["--nope"], 2]],
  },
  {
    path: "tools/peer.ts",
    permissions: ["--unstable-net", "--allow-net"],
    bad: [[[], 2], [["nope"], 2], [["tcp-send", "127.0.0.1"], 2], [["tcp-send", "::1", "x"], 2]],
  },
];

/** The bash scripts: `bash SCRIPT --help`, and an argument none of them takes. */
const BASH_SCRIPTS = [
  "tools/setup",
  "tools/make-fixtures",
  "tools/make-stream-captures",
  "tools/compile",
];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: string[], cwd: string): Promise<Run> {
  const output = await new Deno.Command(command, {
    args,
    cwd,
    env: { NO_COLOR: "1" },
    stdin: "null",
  }).output();
  const decoder = new TextDecoder();
  return {
    code: output.code,
    stdout: decoder.decode(output.stdout),
    stderr: decoder.decode(output.stderr),
  };
}

function runScript(script: Script, args: string[], cwd: string): Promise<Run> {
  return run(
    Deno.execPath(),
    ["run", "--no-prompt", ...script.permissions, `${ROOT}${script.path}`, ...args],
    cwd,
  );
}

function assertOneLine(result: Run, code: number, name: string, what: string): void {
  assert.equal(result.code, code, `${what}: exit code\n${result.stderr}`);
  const lines = result.stderr.split("\n").filter((line) => line !== "");
  assert.equal(lines.length, 1, `${what}: one line on stderr, got\n${result.stderr}`);
  assert.match(lines[0]!, new RegExp(`^${name}: `), what);
  assert.doesNotMatch(result.stderr, /Uncaught|^\s+at /m, what);
}

function scriptName(path: string): string {
  return path.split("/").pop()!.replace(/\.ts$/, "").replace(/^run$/, "bench");
}

for (const script of SCRIPTS) {
  Deno.test(`${script.path} --help prints the usage and exits 0`, async () => {
    // In an empty folder: --help must not be taken for a file name and written.
    const cwd = Deno.makeTempDirSync();
    try {
      for (const help of ["--help", "-h"]) {
        const result = await runScript(script, [help], cwd);
        assert.equal(result.code, 0, `${help}: ${result.stderr}`);
        assert.match(result.stdout, /^usage: /, help);
        assert.equal(result.stderr, "", help);
      }
      assert.deepEqual([...Deno.readDirSync(cwd)], [], "--help wrote nothing");
    } finally {
      Deno.removeSync(cwd, { recursive: true });
    }
  });

  Deno.test(`${script.path} fails with one line on a bad argument`, async () => {
    const cwd = Deno.makeTempDirSync();
    try {
      for (const [args, code] of script.bad) {
        const result = await runScript(script, args, cwd);
        assertOneLine(result, code, scriptName(script.path), `${script.path} ${args.join(" ")}`);
      }
      assert.deepEqual([...Deno.readDirSync(cwd)], [], "a bad argument wrote nothing");
    } finally {
      Deno.removeSync(cwd, { recursive: true });
    }
  });
}

for (const path of BASH_SCRIPTS) {
  const name = path.split("/").pop()!;
  Deno.test(`bash ${path} --help prints the usage; an argument is one line`, async () => {
    const help = await run("bash", [`${ROOT}${path}`, "--help"], ROOT);
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /usage, from anywhere: +bash /);
    assert.doesNotMatch(help.stdout, /^#|set -euo/m, "the header comment only");
    const bad = await run("bash", [`${ROOT}${path}`, "--nope"], ROOT);
    assertOneLine(bad, 2, name, `${path} --nope`);
  });
}

Deno.test({
  name: "tools/conformance.ts reads a folder outside the project, given relatively",
  ignore: !hasProgram("tshark"),
}, async () => {
  const dir = Deno.makeTempDirSync();
  try {
    Deno.mkdirSync(`${dir}/captures`);
    Deno.copyFileSync(`${ROOT}tests/fixtures/arp-ping.pcap`, `${dir}/captures/arp-ping.pcap`);
    const script = SCRIPTS.find((s) => s.path === "tools/conformance.ts")!;
    const result = await runScript(script, ["captures/"], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^1 captures, \d+ packets, \d+ fields compared/);
    const empty = await runScript(script, ["."], `${dir}/captures/..`);
    assertOneLine(empty, 1, "conformance", "a folder without captures");
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
