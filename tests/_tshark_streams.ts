/**
 * Test helpers: tshark's answers on a capture's TCP conversations, the reference the stream
 * tracker is compared with. Three tshark runs per capture, default preferences (checksums not
 * checked): the per-packet fields in one single pass, the final (`-2`) completeness per stream,
 * and one `-q` run with `-z conv,tcp` and a `-z follow,tcp,raw,N` for every stream. Nothing is
 * cached on disk.
 *
 * @module
 */

import { TCP_ANALYSIS_NAMES } from "../streams/events.ts";

/** tshark's per-packet TCP fields, single pass. */
export interface TsharkTcpPacket {
  /** `frame.number`, from 1. */
  frame: number;
  /** `tcp.stream`; undefined for a packet without a TCP header tshark gave a stream to. */
  stream?: number;
  /** `tcp.completeness` as printed in the single pass: the OR of the stream's earlier packets. */
  completeness?: number;
  /** `tcp.seq`, `tcp.ack`, `tcp.nxtseq`, `tcp.len`: relative, as tshark prints them. */
  seq?: number;
  ack?: number;
  nxtseq?: number;
  len?: number;
  /** The `tcp.analysis.*` flags set on this packet, by their names in `TCP_ANALYSIS_NAMES`. */
  analysis: string[];
  /** `tcp.analysis.duplicate_ack_num`, when set. */
  duplicateAckNumber?: number;
}

/** One chunk of `-z follow,tcp,raw`: the node that sent it and its bytes in lowercase hex. */
export interface FollowChunk {
  node: 0 | 1;
  hex: string;
}

/** `-z follow,tcp,raw,N` of one stream. */
export interface FollowStream {
  stream: number;
  /** "address:port" as tshark prints them (IPv6 in brackets; ":0" when no packet was followed). */
  node0: string;
  node1: string;
  chunks: FollowChunk[];
}

/** A row of `-z conv,tcp`. Bytes are tshark's text ("348 bytes", "276 kB"): see `tsharkSize`. */
export interface ConversationRow {
  addressA: string;
  portA: number;
  addressB: string;
  portB: number;
  framesBtoA: number;
  bytesBtoA: string;
  framesAtoB: number;
  bytesAtoB: string;
  frames: number;
  bytes: string;
  /** Seconds from the capture's first packet, as printed (9 decimals). */
  relStart: string;
  /** Seconds from the row's first packet to its last, as printed (4 decimals). */
  duration: string;
}

/** Everything tshark says about one capture's TCP conversations. */
export interface TsharkStreams {
  packets: TsharkTcpPacket[];
  /** By stream index, 0 … streams−1. */
  follow: FollowStream[];
  /** In tshark's order: total frames descending, ties in first-packet order. */
  conversations: ConversationRow[];
  /** The final (`tshark -2`) completeness, by stream index. */
  finalCompleteness: Map<number, number>;
}

const ANALYSIS_FIELDS = TCP_ANALYSIS_NAMES.map((name) => `tcp.analysis.${name}`);
const PACKET_FIELDS = [
  "frame.number",
  "tcp.stream",
  "tcp.completeness",
  "tcp.seq",
  "tcp.ack",
  "tcp.nxtseq",
  "tcp.len",
  "tcp.analysis.duplicate_ack_num",
  ...ANALYSIS_FIELDS,
];

async function tshark(args: string[]): Promise<string> {
  const output = await new Deno.Command("tshark", {
    args,
    // The C locale: no thousands separators in the conversation table's numbers.
    env: { LC_ALL: "C", LANG: "C" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(output.stderr);
  if (!output.success) throw new Error(`tshark ${args.join(" ")} failed: ${stderr.trim()}`);
  return new TextDecoder().decode(output.stdout);
}

/** A field's first occurrence as a number; undefined when tshark printed nothing. */
function numberField(text: string | undefined): number | undefined {
  const first = text?.split(",")[0] ?? "";
  if (first === "") return undefined;
  const value = Number(first);
  if (!Number.isFinite(value)) throw new Error(`tshark printed '${text}' for a number`);
  return value;
}

/** Per packet: stream, single-pass completeness, relative seq/ack/nxtseq, analysis flags. */
export async function tsharkTcpPackets(file: string): Promise<TsharkTcpPacket[]> {
  const args = ["-r", file, "-n", "-T", "fields", "-E", "separator=/t", "-E", "occurrence=f"];
  for (const field of PACKET_FIELDS) args.push("-e", field);
  const lines = (await tshark(args)).split("\n").filter((line) => line !== "");
  return lines.map((line) => {
    const values = line.split("\t");
    if (values.length !== PACKET_FIELDS.length) {
      throw new Error(
        `tshark printed ${values.length} fields, not ${PACKET_FIELDS.length}: ${line}`,
      );
    }
    const analysis = TCP_ANALYSIS_NAMES.filter((_, i) => values[8 + i] !== "");
    return {
      frame: numberField(values[0])!,
      stream: numberField(values[1]),
      completeness: numberField(values[2]),
      seq: numberField(values[3]),
      ack: numberField(values[4]),
      nxtseq: numberField(values[5]),
      len: numberField(values[6]),
      duplicateAckNumber: numberField(values[7]),
      analysis,
    };
  });
}

/** The final completeness of every stream, from `tshark -2` (one value per stream). */
export async function tsharkFinalCompleteness(file: string): Promise<Map<number, number>> {
  const text = await tshark([
    "-r",
    file,
    "-n",
    "-2",
    "-T",
    "fields",
    "-E",
    "occurrence=f",
    "-e",
    "tcp.stream",
    "-e",
    "tcp.completeness",
  ]);
  const final = new Map<number, number>();
  for (const line of text.split("\n")) {
    const [stream, completeness] = line.split("\t").map(numberField);
    if (stream === undefined || completeness === undefined) continue;
    const known = final.get(stream);
    if (known !== undefined && known !== completeness) {
      throw new Error(`tshark -2 gave stream ${stream} completeness ${known} and ${completeness}`);
    }
    final.set(stream, completeness);
  }
  return final;
}

/** The blocks of a `-q -z …` output: the text between lines of `=`. */
function blocks(text: string): string[][] {
  const found: string[][] = [];
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    if (/^=+$/.test(line)) {
      if (current && current.length > 0) found.push(current);
      current = [];
    } else if (current) {
      current.push(line);
    }
  }
  return found;
}

/** Parses the `-z follow,tcp,raw,N` blocks of a `-q` output, by their `Filter:` line. */
export function parseFollow(text: string): Map<number, FollowStream> {
  const streams = new Map<number, FollowStream>();
  for (const block of blocks(text)) {
    if (block[0] !== "Follow: tcp,raw") continue;
    const stream = Number(/^Filter: tcp\.stream eq (\d+)$/.exec(block[1] ?? "")?.[1]);
    const node0 = /^Node 0: (.*)$/.exec(block[2] ?? "")?.[1];
    const node1 = /^Node 1: (.*)$/.exec(block[3] ?? "")?.[1];
    if (!Number.isInteger(stream) || node0 === undefined || node1 === undefined) {
      throw new Error(`a follow block tshark printed is not understood: ${block.slice(0, 4)}`);
    }
    const chunks: FollowChunk[] = [];
    for (const line of block.slice(4)) {
      if (line === "") continue;
      const node = line.startsWith("\t") ? 1 : 0;
      const hex = line.trim();
      if (!/^[0-9a-f]*$/.test(hex) || hex.length % 2 !== 0) {
        throw new Error(`stream ${stream}: a follow line is not hex: ${line}`);
      }
      chunks.push({ node, hex });
    }
    streams.set(stream, { stream, node0, node1, chunks });
  }
  return streams;
}

/** Splits "address:port" (an IPv6 address unbracketed, as `-z conv` prints it). */
function endpoint(text: string): [string, number] {
  const colon = text.lastIndexOf(":");
  return [text.slice(0, colon), Number(text.slice(colon + 1))];
}

const CONVERSATION_ROW = new RegExp(
  String.raw`^(\S+)\s+<->\s+(\S+)\s+(\d+) (\d+ (?:bytes|kB|MB|GB|TB))\s+` +
    String.raw`(\d+) (\d+ (?:bytes|kB|MB|GB|TB))\s+(\d+) (\d+ (?:bytes|kB|MB|GB|TB))\s+` +
    String.raw`(\d+\.\d+)\s+(\d+\.\d+)\s*$`,
);

/** Parses the rows of a `-z conv,tcp` table. */
export function parseConversations(text: string): ConversationRow[] {
  const block = blocks(text).find((lines) => lines[0] === "TCP Conversations");
  if (!block) throw new Error("tshark printed no TCP Conversations table");
  const rows: ConversationRow[] = [];
  for (const line of block.slice(2)) {
    if (!line.includes("<->")) continue;
    const match = CONVERSATION_ROW.exec(line);
    if (!match) throw new Error(`a conversation row is not understood: ${line}`);
    const [addressA, portA] = endpoint(match[1]!);
    const [addressB, portB] = endpoint(match[2]!);
    rows.push({
      addressA,
      portA,
      addressB,
      portB,
      framesBtoA: Number(match[3]),
      bytesBtoA: match[4]!,
      framesAtoB: Number(match[5]),
      bytesAtoB: match[6]!,
      frames: Number(match[7]),
      bytes: match[8]!,
      relStart: match[9]!,
      duration: match[10]!,
    });
  }
  return rows;
}

/**
 * A byte count as `-z conv` prints it (wsutil's format_size, powers of 1000, truncated): below
 * 10000 "N bytes", then "N kB", "N MB"… while N ≥ 10.
 */
export function tsharkSize(bytes: number): string {
  const units = ["TB", "GB", "MB", "kB"];
  for (let power = 4; power >= 1; power--) {
    const scaled = Math.floor(bytes / 1000 ** power);
    if (scaled >= 10) return `${scaled} ${units[4 - power]}`;
  }
  return `${bytes} bytes`;
}

/** Everything tshark says about `file`'s TCP conversations (three tshark runs). */
export async function tsharkStreams(file: string): Promise<TsharkStreams> {
  const [packets, finalCompleteness] = await Promise.all([
    tsharkTcpPackets(file),
    tsharkFinalCompleteness(file),
  ]);
  let streams = 0;
  for (const packet of packets) {
    if (packet.stream !== undefined) streams = Math.max(streams, packet.stream + 1);
  }
  for (const stream of finalCompleteness.keys()) streams = Math.max(streams, stream + 1);
  const args = ["-r", file, "-n", "-q", "-z", "conv,tcp"];
  for (let stream = 0; stream < streams; stream++) args.push("-z", `follow,tcp,raw,${stream}`);
  const text = await tshark(args);
  const followed = parseFollow(text);
  const follow: FollowStream[] = [];
  for (let stream = 0; stream < streams; stream++) {
    const one = followed.get(stream);
    if (!one) throw new Error(`tshark printed no follow block for stream ${stream} of ${file}`);
    follow.push(one);
  }
  return { packets, follow, conversations: parseConversations(text), finalCompleteness };
}
