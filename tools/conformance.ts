/**
 * Compares `--json` with tshark over every capture in a folder and reports the agreement, with
 * the differences grouped by field. Not part of the test suite (the suite compares the
 * project's own captures in tests/conformance_test.ts).
 *
 * deno run --allow-all tools/conformance.ts [FOLDER] [--show N]
 *
 * @module
 */

import { compareWithTshark, type Difference } from "../tests/_conformance.ts";
import { fail, parseScriptArgs, reason, usageError, wholeNumber } from "./_script.ts";

const USAGE = `usage: deno run --allow-all tools/conformance.ts [FOLDER] [--show N]

Compares sniff's --json with tshark, field by field, on every capture (.pcap, .pcapng, .cap)
directly in FOLDER (default: the project's tests/fixtures), and prints the agreement, the captures
with most differences and, for each field that differs, N examples (default 3).`;

const { values, positionals } = parseScriptArgs("conformance", USAGE, {
  options: { show: { type: "string", default: "3" } },
  allowPositionals: true,
});
if (positionals.length > 1) usageError("conformance", `one folder only, got ${positionals.length}`);
const show = wholeNumber("conformance", "--show", values.show, 0);
// The folder as given (relative to the working directory), without trailing slashes.
const folder = (positionals[0] ?? new URL("../tests/fixtures", import.meta.url).pathname)
  .replace(/(.)\/+$/, "$1");

let files: string[];
try {
  files = [...Deno.readDirSync(folder)]
    .filter((entry) => entry.isFile && /\.(pcap|pcapng|cap)$/.test(entry.name))
    .map((entry) => `${folder}/${entry.name}`)
    .sort();
} catch (error) {
  fail("conformance", `cannot read folder ${folder}: ${reason(error)}`);
}
if (files.length === 0) fail("conformance", `no captures (.pcap, .pcapng, .cap) in ${folder}`);
try {
  new Deno.Command("tshark", { args: ["--version"], stdout: "null", stderr: "null" }).outputSync();
} catch {
  fail("conformance", "tshark is missing (apt-get install tshark, or run tools/setup)");
}

let compared = 0;
let differing = 0;
let packets = 0;
const byField = new Map<string, (Difference & { file: string })[]>();
const byFile: [string, number, number, string][] = [];
for (const file of files) {
  const result = await compareWithTshark(file);
  compared += result.compared;
  packets += result.packets;
  differing += result.differences.length;
  byFile.push([
    file.slice(folder.length + 1),
    result.differences.length,
    result.compared,
    result.error ?? "",
  ]);
  for (const difference of result.differences) {
    const list = byField.get(difference.field) ?? [];
    list.push({ ...difference, file: file.slice(folder.length + 1) });
    byField.set(difference.field, list);
  }
}
const agreement = compared === 0 ? 0 : (100 * (compared - differing)) / compared;
console.log(
  `${files.length} captures, ${packets} packets, ${compared} fields compared, ` +
    `${differing} differ: ${agreement.toFixed(3)}% agreement`,
);
console.log("\nmost differences by capture:");
for (const [file, count, total, error] of byFile.sort((a, b) => b[1] - a[1]).slice(0, show * 5)) {
  if (count > 0 || error) {
    console.log(`  ${file}: ${count} of ${total}${error ? ` (${error})` : ""}`);
  }
}
for (const [field, list] of [...byField].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n${field}: ${list.length}`);
  for (const d of list.slice(0, show)) {
    console.log(`  ${d.file} #${d.frame}: tshark ${d.tshark}, ours ${d.ours}`);
  }
}
