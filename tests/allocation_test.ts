/**
 * The hot path (read → decode → count) allocates nothing per packet. Measured from outside: with
 * a 1 MiB young generation, one small object per packet would make V8 collect several more times
 * on a capture 100,000 packets longer (tried: one 1-element array per packet adds ~5 collections
 * per 100,000 packets); allocating nothing leaves the count flat.
 */

import assert from "node:assert/strict";
import { generate } from "../bench/generate.ts";
import { runCli } from "./_cli.ts";

const GC_FLAGS = "--v8-flags=--trace-gc,--max-semi-space-size=1,--min-semi-space-size=1";

async function collections(path: string, mode: string[]): Promise<number> {
  const run = await runCli(["-r", path, "--summary", ...mode], {
    permissions: ["--allow-ffi", GC_FLAGS],
  });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^all\s/m);
  return (run.stdout.match(/Scavenge|Mark-Compact|Mark-Sweep/g) ?? []).length;
}

Deno.test("--summary allocates nothing per packet: collections do not grow with packets", async () => {
  const dir = Deno.makeTempDirSync();
  try {
    const small = `${dir}/small.pcap`;
    const large = `${dir}/large.pcap`;
    generate(small, 20_000, 5);
    generate(large, 120_000, 5);
    for (const mode of [[], ["-v"]]) {
      const few = await collections(small, mode);
      const many = await collections(large, mode);
      // One object per packet adds about 5 collections per 100,000 packets. Reading a file
      // yields to the event loop every 200 ms (for Ctrl-C), which allocates a little per
      // elapsed time: on a loaded machine the longer run may collect once or twice more.
      assert.ok(many - few <= 2, `--summary ${mode.join(" ")}: ${few} collections, then ${many}`);
    }
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
