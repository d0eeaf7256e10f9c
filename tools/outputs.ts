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
import { parseArgs } from "node:util";

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

async function main() {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    options: {
      write: { type: "string" },
      compare: { type: "string" },
      cli: { type: "string", default: new URL("../cli.ts", import.meta.url).pathname },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  const dir = values.write ?? values.compare;
  if (values.help || !dir || positionals.length === 0 || (values.write && values.compare)) {
    console.log(
      "usage: deno run --allow-all tools/outputs.ts (--write DIR | --compare DIR) [--cli FILE] FOLDER...",
    );
    Deno.exit(values.help ? 0 : 2);
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
        Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
        Deno.writeTextFileSync(path, got);
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
