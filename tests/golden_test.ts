/**
 * Output that is not meant to change stays byte for byte the same: the CLI's text, -e, -v, -A,
 * --json and --summary output on every fixture is compared with `tests/golden/`, made by
 * `tools/outputs.ts` from the commit before the layer registry. A change that means to alter
 * output rewrites them (`deno run --allow-all tools/outputs.ts --write tests/golden tests/fixtures`,
 * then `mv tests/golden/fixtures/* tests/golden/`) and the diff shows what changed.
 */

import assert from "node:assert/strict";
import { capturesIn, MODES, outputOf } from "../tools/outputs.ts";
import { CLI, FIXTURES, ROOT } from "./_cli.ts";

const GOLDEN = `${ROOT}tests/golden/`;

Deno.test("output on every fixture is what tests/golden/ holds, in every mode", async () => {
  // tests/fixtures/streams/ is checked against tshark by streams_conformance_test.ts instead.
  const captures = capturesIn(FIXTURES).filter((file) => !file.startsWith("streams/"));
  const jobs = captures.flatMap((file) =>
    Object.entries(MODES).map(([mode, args]) => ({ key: `${file}.${mode}`, file, args }))
  );
  assert.ok(jobs.length >= 100, `only ${jobs.length} outputs to compare`);
  const differ: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const got = await outputOf(CLI, `${FIXTURES}${job.file}`, job.args, job.file);
      const want = Deno.readTextFileSync(`${GOLDEN}${job.key}`);
      if (got !== want) differ.push(job.key);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  assert.deepEqual(differ, [], `outputs that differ from tests/golden/: ${differ.join(", ")}`);
});
