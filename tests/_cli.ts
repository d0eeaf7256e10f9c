/**
 * Test helpers: run the CLI and tshark, and read the CLI's text lines back into fields.
 *
 * @module
 */

export const ROOT = new URL("..", import.meta.url).pathname;
export const CLI = `${ROOT}cli.ts`;
export const FIXTURES = `${ROOT}tests/fixtures/`;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `deno run --allow-ffi cli.ts ARGS` (or with other permissions) to completion. */
export async function runCli(
  args: string[],
  options: { permissions?: string[]; env?: Record<string, string>; wrapper?: string[] } = {},
): Promise<Run> {
  const denoArgs = ["run", ...(options.permissions ?? ["--allow-ffi"]), CLI, ...args];
  const [command, ...rest] = [...(options.wrapper ?? []), Deno.execPath(), ...denoArgs];
  const output = await new Deno.Command(command!, {
    args: rest,
    env: { TZ: "UTC", NO_COLOR: "1", ...options.env },
    stdin: "null",
  }).output();
  return {
    code: output.code,
    stdout: new TextDecoder().decode(output.stdout),
    stderr: new TextDecoder().decode(output.stderr),
  };
}

/** Whether a program is on the PATH; tests that need it say so when it is not. */
export function hasProgram(name: string): boolean {
  try {
    new Deno.Command(name, { args: ["--version"], stdout: "null", stderr: "null" }).outputSync();
    return true;
  } catch {
    return false;
  }
}

/** `tshark -T fields` rows for `file`: one record per packet, keyed by field name. */
export async function tsharkFields(
  file: string,
  fields: string[],
  displayFilter = "",
): Promise<Record<string, string>[]> {
  const args = ["-r", file, "-n", "-T", "fields", "-E", "separator=\t", "-E", "occurrence=f"];
  if (displayFilter) args.push("-Y", displayFilter);
  for (const field of fields) args.push("-e", field);
  const output = await new Deno.Command("tshark", { args, stderr: "null" }).output();
  if (!output.success) throw new Error(`tshark failed on ${file}`);
  return new TextDecoder().decode(output.stdout).split("\n").filter((line) => line !== "")
    .map((line) => {
      const values = line.split("\t");
      return Object.fromEntries(fields.map((field, i) => [field, values[i] ?? ""]));
    });
}

/** The fields of one CLI line for a TCP packet. */
export interface TcpLine {
  sourceMac: string;
  destinationMac: string;
  sourceIp: string;
  sourcePort: number;
  destinationIp: string;
  destinationPort: number;
  flags?: string;
  seq?: number;
  ack?: number;
  win?: number;
  length?: number;
  /** The message's bytes, unescaped; undefined when the line shows none. */
  message?: Uint8Array;
  truncated: boolean;
}

const TCP_LINE = new RegExp(
  String.raw`^\d\d:\d\d:\d\d\.\d{6} (?<smac>[0-9a-f:]{17}) > (?<dmac>[0-9a-f:]{17}), ` +
    String.raw`ethertype IPv[46] \(0x[0-9a-f]{4}\), length \d+: ` +
    String.raw`(?<src>\S+)\.(?<sport>\d+) > (?<dst>\S+)\.(?<dport>\d+):` +
    String.raw`(?: Flags \[(?<flags>[^\]]+)\], seq (?<seq>\d+)(?::\d+)?(?:, ack (?<ack>\d+))?)?` +
    String
      .raw`(?:, win (?<win>\d+)(?:, urg \d+)?(?:, options \[[^\]]*\])?, length (?<length>\d+))?` +
    String.raw`(?:: "(?<message>(?:[^"\\]|\\.)*)")?(?<rest>.*)$`,
);

/** Reads a CLI line for a TCP packet back into fields; undefined if it is not one. */
export function parseTcpLine(line: string): TcpLine | undefined {
  const groups = TCP_LINE.exec(line)?.groups;
  if (!groups) return undefined;
  const number = (text: string | undefined) => text === undefined ? undefined : Number(text);
  return {
    sourceMac: groups.smac!,
    destinationMac: groups.dmac!,
    sourceIp: groups.src!,
    sourcePort: Number(groups.sport),
    destinationIp: groups.dst!,
    destinationPort: Number(groups.dport),
    flags: groups.flags,
    seq: number(groups.seq),
    ack: number(groups.ack),
    win: number(groups.win),
    length: number(groups.length),
    message: groups.message === undefined ? undefined : unescape(groups.message),
    truncated: groups.rest!.includes("[|tcp]"),
  };
}

/** Reverses output/escape.ts: `\xNN`, `\n`, `\r`, `\t`, `\\`, `\"` back to bytes. */
export function unescape(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== "\\") {
      bytes.push(c.charCodeAt(0));
      continue;
    }
    const next = text[++i];
    if (next === "x") {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push({ n: 10, r: 13, t: 9 }[next as "n" | "r" | "t"] ?? next!.charCodeAt(0));
    }
  }
  return new Uint8Array(bytes);
}

/** Lowercase hex of bytes, as tshark prints `tcp.payload`. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
