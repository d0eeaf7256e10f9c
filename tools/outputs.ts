/**
 * Writes, or compares against, the CLI's output for every capture in some folders, in each of the
 * modes whose output must not change by accident (text, -e, -v, -A, --json, --summary, --summary -v).
 * One file per capture and mode holds stdout, then stderr and the exit code.
 *
 * usage:  deno run --allow-all tools/outputs.ts (--write DIR | --compare DIR) [--cli FILE] FOLDER...
 *
 * Make reference outputs from one commit (`--cli` pointing at its cli.ts), then compare another
 * commit's against them: every difference is listed, and the exit code is 1 if there is any.
 *
 * @module
 */
import { fail, parseScriptArgs, reason, usageError } from "./_script.ts";

export const MODES: Record<string, string[]> = {
  text: [],
  e: ["-e"],
  v: ["-v"],
  A: ["-A"],
  json: ["--json"],
  summary: ["--summary"],
  "summary-v": ["--summary", "-v"],
};

const CAPTURE = /\.(pcap|pcapng|cap)$/;

/** Every capture file under `folder`, sorted, as paths relative to it. */
export function capturesIn(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of Deno.readDirSync(dir)) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory) walk(path, `${prefix}${entry.name}/`);
      else if (entry.isFile && CAPTURE.test(entry.name)) found.push(`${prefix}${entry.name}`);
    }
  };
  walk(folder, "");
  return found.sort();
}

/** The CLI's whole answer for one capture in one mode, as one string, the capture called `name`. */
export async function outputOf(
  cli: string,
  capture: string,
  mode: string[],
  name = capture,
): Promise<string> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-ffi", cli, "-r", capture, ...mode],
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdin: "null",
  }).output();
  const decoder = new TextDecoder();
  // The capture's path is named as `name`, so that outputs do not depend on where it lies.
  const stderr = decoder.decode(output.stderr).replaceAll(capture, name);
  return `${decoder.decode(output.stdout)}--- stderr\n${stderr}--- exit ${output.code}\n`;
}

const USAGE =
  `usage: deno run --allow-all tools/outputs.ts (--write DIR | --compare DIR) [--cli FILE] FOLDER...

Writes to DIR, or compares with what DIR holds, the CLI's output (text, -e, -v, -A, --json,
--summary, --summary -v) for every capture under each FOLDER; --cli picks the cli.ts to run
(default: this project's). Exit code 1 if any output differs.`;

async function main() {
  const { values, positionals } = parseScriptArgs("outputs", USAGE, {
    options: {
      write: { type: "string" },
      compare: { type: "string" },
      cli: { type: "string", default: new URL("../cli.ts", import.meta.url).pathname },
    },
    allowPositionals: true,
  });
  const dir = values.write ?? values.compare;
  if (values.write && values.compare) usageError("outputs", "--write and --compare together");
  if (!dir) usageError("outputs", "--write DIR or --compare DIR is needed");
  if (positionals.length === 0) usageError("outputs", "no FOLDER of captures given");
  for (const folder of positionals) {
    try {
      capturesIn(folder);
    } catch (error) {
      fail("outputs", `cannot read folder ${folder}: ${reason(error)}`);
    }
  }
  try {
    Deno.statSync(values.cli!);
  } catch (error) {
    fail("outputs", `cannot read --cli ${values.cli}: ${reason(error)}`);
  }
  if (values.compare) {
    try {
      Deno.readDirSync(values.compare);
    } catch (error) {
      fail("outputs", `cannot read --compare ${values.compare}: ${reason(error)}`);
    }
  }
  const jobs: { key: string; capture: string; name: string; mode: string[] }[] = [];
  for (const folder of positionals) {
    const base = folder.replace(/\/+$/, "").split("/").pop()!;
    for (const file of capturesIn(folder)) {
      for (const [name, mode] of Object.entries(MODES)) {
        jobs.push({
          key: `${base}/${file}.${name}`,
          capture: `${folder}/${file}`,
          name: file,
          mode,
        });
      }
    }
  }
  let differences = 0, compared = 0, next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const got = await outputOf(values.cli!, job.capture, job.mode, job.name);
      const path = `${dir}/${job.key}`;
      if (values.write) {
        try {
          Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
          Deno.writeTextFileSync(path, got);
        } catch (error) {
          fail("outputs", `cannot write ${path}: ${reason(error)}`);
        }
      } else {
        compared++;
        let want: string;
        try {
          want = Deno.readTextFileSync(path);
        } catch {
          want = "(no reference output)";
        }
        if (want !== got) {
          differences++;
          console.log(`differs: ${job.key}`);
        }
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  if (values.compare) console.log(`${compared} outputs compared, ${differences} differ`);
  else console.log(`${jobs.length} outputs written to ${dir}`);
  Deno.exit(differences > 0 ? 1 : 0);
}

if (import.meta.main) await main();
