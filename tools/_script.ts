/**
 * What the project's scripts (tools/*.ts, bench/*.ts) share on their command line: `--help`
 * prints the usage on stdout and exits 0; a bad argument, or a failure the user can fix (a missing
 * folder, an unwritable file), is one line on stderr, `NAME: message`, and a non-zero exit, never
 * a stack trace.
 *
 * @module
 */

import { parseArgs, type ParseArgsConfig } from "node:util";

/** Ends the script with one line on stderr: `NAME: message` (and where to find the usage). */
export function fail(name: string, message: string, code = 1): never {
  console.error(`${name}: ${message}`);
  Deno.exit(code);
}

/** Ends the script for a bad argument: one line on stderr, exit code 2. */
export function usageError(name: string, message: string): never {
  fail(name, `${message} (--help for usage)`, 2);
}

/** The first line of an error's message, without what Deno adds (the os error number). */
export function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.replace(/ \(os error \d+\)/, "");
}

/**
 * `parseArgs` over `Deno.args` with `--help` / `-h` added: prints `usage` and exits 0 for it,
 * and ends the script with {@link usageError} for an unknown option, a missing value or an
 * unexpected argument.
 */
export function parseScriptArgs<const T extends ParseArgsConfig>(
  name: string,
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  if (Deno.args.includes("--help") || Deno.args.includes("-h")) {
    console.log(usage);
    Deno.exit(0);
  }
  try {
    return parseArgs<T>({ ...config, args: Deno.args });
  } catch (error) {
    usageError(name, reason(error).split(". ")[0]!);
  }
}

/** `text` as a whole number at least `min`, or ends the script with {@link usageError}. */
export function wholeNumber(name: string, option: string, text: string, min = 1): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) {
    usageError(name, `${option} must be a whole number of at least ${min}, got '${text}'`);
  }
  return value;
}
