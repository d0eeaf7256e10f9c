/**
 * The library stays publishable and documented: `deno doc --lint` finds nothing to report on any
 * entry point, and `deno publish --dry-run` (which also rejects slow types) passes. Both run
 * offline.
 */

import assert from "node:assert/strict";
import { ROOT } from "./_cli.ts";

async function deno(args: string[]): Promise<{ code: number; output: string }> {
  const result = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdin: "null",
  }).output();
  const decoder = new TextDecoder();
  return {
    code: result.code,
    output: decoder.decode(result.stdout) + decoder.decode(result.stderr),
  };
}

Deno.test("deno doc --lint reports nothing on mod.ts and the subpath exports", async () => {
  const run = await deno([
    "doc",
    "--lint",
    "mod.ts",
    "decode/mod.ts",
    "output/mod.ts",
    "ffi/mod.ts",
  ]);
  assert.equal(run.code, 0, run.output);
  assert.doesNotMatch(run.output, /error\[/);
});

Deno.test("deno publish --dry-run passes", async () => {
  const run = await deno(["publish", "--dry-run", "--allow-dirty"]);
  assert.equal(run.code, 0, run.output);
  assert.match(run.output, /Dry run complete/);
});
