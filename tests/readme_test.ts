/**
 * Keeps the README's example outputs true: every `console` block in README.md is a list of
 * `$ deno …` commands, each followed by the standard output it gives. The commands run as
 * written (with `deno` this Deno, times in UTC) in a folder that holds the project's files, so
 * that a file an example writes (`big.pcap`) lands there and not in the project; each block's
 * last command's output must be the lines that follow it, byte for byte. (The README's
 * TypeScript examples run as doc tests: `deno test --doc` takes README.md too.)
 */

import assert from "node:assert/strict";
import { ROOT } from "./_cli.ts";

interface Example {
  /** Each command, split into words as a shell would (single and double quotes). */
  commands: string[][];
  /** What the last command prints on standard output. */
  output: string;
  /** Where the block starts in README.md (1-based), for messages. */
  line: number;
}

/** Splits a command line into words: spaces separate, quotes group, nothing else is special. */
function words(line: string): string[] {
  const result: string[] = [];
  let word: string | null = null;
  let quote = "";
  for (const char of line) {
    if (quote !== "") {
      if (char === quote) quote = "";
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= "";
    } else if (char === " ") {
      if (word !== null) result.push(word);
      word = null;
    } else {
      word = (word ?? "") + char;
    }
  }
  assert.equal(quote, "", `an unclosed quote in: ${line}`);
  if (word !== null) result.push(word);
  return result;
}

/** The README's `console` blocks. */
function examples(readme: string): Example[] {
  const found: Example[] = [];
  const lines = readme.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "```console") continue;
    const start = i + 1;
    const commands: string[][] = [];
    const output: string[] = [];
    for (i++; lines[i] !== "```"; i++) {
      assert.ok(i < lines.length, `README.md:${start}: the block never ends`);
      const line = lines[i]!;
      if (line.startsWith("$ ")) {
        assert.equal(output.length, 0, `README.md:${i + 1}: output only after the last command`);
        commands.push(words(line.slice(2)));
      } else {
        output.push(line);
      }
    }
    assert.ok(commands.length > 0, `README.md:${start}: a console block with no command`);
    found.push({ commands, output: output.map((line) => `${line}\n`).join(""), line: start });
  }
  return found;
}

const README = Deno.readTextFileSync(`${ROOT}README.md`);
const EXAMPLES = examples(README);

Deno.test("readme: the example outputs are found (text line, JSON object, summary)", () => {
  assert.ok(EXAMPLES.length >= 3, `${EXAMPLES.length} console blocks`);
  for (const example of EXAMPLES) {
    for (const command of example.commands) {
      assert.equal(command[0], "deno", `README.md:${example.line}: commands start with deno`);
    }
  }
});

/** A folder with a link to each of the project's top-level entries, removed after `fn`. */
async function projectCopy(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "sniff-readme-" });
  try {
    for await (const entry of Deno.readDir(ROOT)) {
      if (entry.name === ".git") continue;
      await Deno.symlink(`${ROOT}${entry.name}`, `${dir}/${entry.name}`);
    }
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

for (const example of EXAMPLES) {
  const last = example.commands.at(-1)!.join(" ");
  Deno.test(`readme: README.md:${example.line}: ${last}`, async () => {
    await projectCopy(async (dir) => {
      let stdout = "";
      for (const [, ...args] of example.commands) {
        const output = await new Deno.Command(Deno.execPath(), {
          args,
          cwd: dir,
          env: { TZ: "UTC", NO_COLOR: "1" },
          stdin: "null",
        }).output();
        const stderr = new TextDecoder().decode(output.stderr);
        assert.ok(output.success, `deno ${args.join(" ")} failed: ${stderr}`);
        stdout = new TextDecoder().decode(output.stdout);
      }
      assert.equal(stdout, example.output, `README.md:${example.line}: ${last}`);
    });
  });
}
