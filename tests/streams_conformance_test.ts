/**
 * The TCP-conversation output agrees with tshark 100% on every capture in tests/fixtures/streams/
 * and tests/fixtures/: per packet (`--json`) the stream index, the single-pass completeness,
 * relative seq / ack / nxtseq and every `tcp.analysis.*` flag; the follow bytes of every stream
 * (`--follow all --json` against `-z follow,tcp,raw,N`, chunk for chunk); the conversation table
 * (`--conversations --json` against `-z conv,tcp` and `tshark -2`'s final completeness). The
 * reference comes from tests/_tshark_streams.ts; a failure lists the first 10 differences.
 */

import assert from "node:assert/strict";
import { FIXTURES, hasProgram, runCli } from "./_cli.ts";
import { tsharkSize, type TsharkStreams, tsharkStreams } from "./_tshark_streams.ts";
import { TCP_ANALYSIS_NAMES } from "../streams/events.ts";

const haveTshark = hasProgram("tshark");
if (!haveTshark) console.log("streams_conformance_test: tshark is not installed, skipping");

const SHOWN = 10;

function capturesIn(folder: string, prefix: string): string[] {
  return [...Deno.readDirSync(folder)]
    .filter((entry) => entry.isFile && /\.(pcap|pcapng)$/.test(entry.name))
    .map((entry) => `${prefix}${entry.name}`)
    .sort();
}

const CAPTURES = [...capturesIn(`${FIXTURES}streams`, "streams/"), ...capturesIn(FIXTURES, "")];

type Json = Record<string, unknown>;

/** The CLI's JSON lines (NDJSON) as objects; a line that is not JSON is a difference. */
async function cliJson(args: string[], differences: string[]): Promise<Json[] | undefined> {
  const run = await runCli(args);
  if (run.code !== 0) {
    const why = run.stderr.trim().split("\n").slice(-1)[0];
    differences.push(`sniff ${args.join(" ")} exited ${run.code}: ${why}`);
    return undefined;
  }
  const objects: Json[] = [];
  for (const line of run.stdout.split("\n")) {
    if (line === "") continue;
    try {
      objects.push(JSON.parse(line));
    } catch {
      differences.push(`sniff ${args.join(" ")} printed a line that is not JSON: ${line}`);
      return undefined;
    }
  }
  return objects;
}

/** The `tcp` object that carries the stream index, wherever the packet object nests it. */
function tcpSection(value: unknown, depth = 0): Json | undefined {
  if (typeof value !== "object" || value === null || depth > 8) return undefined;
  const object = value as Json;
  const tcp = object.tcp as Json | undefined;
  if (tcp && typeof tcp === "object" && "stream" in tcp) return tcp;
  for (const child of Object.values(object)) {
    const found = tcpSection(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

async function comparePackets(file: string, reference: TsharkStreams, differences: string[]) {
  const packets = await cliJson(["-r", file, "--json"], differences);
  if (!packets) return;
  const byFrame = new Map<number, Json>();
  for (const packet of packets) {
    const number = (packet.frame as Json | undefined)?.number;
    if (typeof number === "number") byFrame.set(number, packet);
  }
  for (const want of reference.packets) {
    const where = `frame ${want.frame}`;
    const packet = byFrame.get(want.frame);
    if (!packet) {
      differences.push(`${where}: sniff printed no packet`);
      continue;
    }
    const tcp = tcpSection(packet);
    if (want.stream === undefined) {
      if (tcp) differences.push(`${where}: tshark gives no tcp.stream, sniff ${tcp.stream}`);
      continue;
    }
    if (!tcp) {
      differences.push(`${where}: tshark tcp.stream ${want.stream}, sniff none`);
      continue;
    }
    const fields: [string, number | undefined][] = [
      ["stream", want.stream],
      ["completeness", want.completeness],
      ["seq", want.seq],
      ["ack", want.ack],
      ["nxtseq", want.nxtseq],
    ];
    for (const [name, value] of fields) {
      if (tcp[name] !== value) {
        differences.push(`${where}: tcp.${name} tshark ${value}, sniff ${tcp[name]}`);
      }
    }
    const got = TCP_ANALYSIS_NAMES.filter((name) => tcp[`analysis_${name}`] === true);
    if (got.join() !== want.analysis.join()) {
      differences.push(
        `${where}: tcp.analysis tshark [${want.analysis.join(" ")}], sniff [${got.join(" ")}]`,
      );
    }
    // The duplicate-ACK count is compared when sniff prints it.
    const count = tcp.analysis_duplicate_ack_num;
    if (count !== undefined && count !== want.duplicateAckNumber) {
      differences.push(
        `${where}: duplicate_ack_num tshark ${want.duplicateAckNumber}, sniff ${count}`,
      );
    }
  }
}

async function compareFollow(file: string, reference: TsharkStreams, differences: string[]) {
  const lines = await cliJson(["-r", file, "--follow", "all", "--json"], differences);
  if (!lines) return;
  const chunks = new Map<number, { node: unknown; data: unknown }[]>();
  for (const line of lines) {
    const follow = line.follow as Json | undefined;
    if (!follow || typeof follow.stream !== "number") {
      differences.push(
        `--follow all --json printed a line without follow.stream: ${JSON.stringify(line)}`,
      );
      continue;
    }
    const list = chunks.get(follow.stream) ?? [];
    list.push({ node: follow.node, data: follow.data });
    chunks.set(follow.stream, list);
  }
  for (const stream of chunks.keys()) {
    if (stream >= reference.follow.length) {
      differences.push(`stream ${stream}: sniff follows it, tshark has no such stream`);
    }
  }
  for (const want of reference.follow) {
    const got = chunks.get(want.stream) ?? [];
    const length = Math.max(got.length, want.chunks.length);
    for (let i = 0; i < length; i++) {
      const a = want.chunks[i];
      const b = got[i];
      if (a?.node === b?.node && a?.hex === b?.data) continue;
      const show = (chunk: { node: unknown; text: unknown } | undefined) =>
        chunk === undefined
          ? "nothing"
          : `node ${chunk.node} ${String(chunk.text).slice(0, 40)}${
            String(chunk.text).length > 40 ? "…" : ""
          }`;
      differences.push(
        `stream ${want.stream} follow chunk ${i} of ${want.chunks.length}: tshark ${
          show(a && { node: a.node, text: a.hex })
        }, sniff ${show(b && { node: b.node, text: b.data })}`,
      );
      break; // the rest of this stream would only repeat the shift
    }
  }
}

const ZEEK_STATES = new Set([
  "S0",
  "S1",
  "SF",
  "REJ",
  "S2",
  "S3",
  "RSTO",
  "RSTR",
  "RSTOS0",
  "RSTRH",
  "SH",
  "SHR",
  "OTH",
]);

async function compareConversations(
  file: string,
  reference: TsharkStreams,
  differences: string[],
) {
  const objects = await cliJson(["-r", file, "--conversations", "--json"], differences);
  if (!objects) return;
  const rows = objects
    .map((object) => (object.conversation ?? object) as Json)
    .filter((row) => typeof row.stream === "number" && "address_a" in row);
  const frames = (row: Json) => Number(row.frames_a_to_b) + Number(row.frames_b_to_a);
  // tshark's order: total frames descending, ties in stream order; streams without a counted
  // frame (only ICMP-quoted headers) have no row there.
  const counted = rows.filter((row) => frames(row) > 0)
    .sort((x, y) => frames(y) - frames(x) || Number(x.stream) - Number(y.stream));
  if (counted.length !== reference.conversations.length) {
    differences.push(
      `conversations: tshark ${reference.conversations.length} rows, sniff ${counted.length}`,
    );
  }
  reference.conversations.forEach((want, i) => {
    const got = counted[i];
    if (!got) return;
    const where = `conversation row ${i} (sniff stream ${got.stream})`;
    const pairs: [string, unknown, unknown][] = [
      ["address_a", want.addressA, got.address_a],
      ["port_a", want.portA, got.port_a],
      ["address_b", want.addressB, got.address_b],
      ["port_b", want.portB, got.port_b],
      ["frames_a_to_b", want.framesAtoB, got.frames_a_to_b],
      ["frames_b_to_a", want.framesBtoA, got.frames_b_to_a],
      ["bytes_a_to_b", want.bytesAtoB, tsharkSize(Number(got.bytes_a_to_b))],
      ["bytes_b_to_a", want.bytesBtoA, tsharkSize(Number(got.bytes_b_to_a))],
      ["start", want.relStart, Number(got.start).toFixed(9)],
    ];
    for (const [name, a, b] of pairs) {
      if (a !== b) differences.push(`${where}: ${name} tshark ${a}, sniff ${b}`);
    }
    if (!(Math.abs(Number(want.duration) - Number(got.duration)) <= 0.0001)) {
      differences.push(`${where}: duration tshark ${want.duration}, sniff ${got.duration}`);
    }
  });
  for (const row of rows) {
    const stream = Number(row.stream);
    const final = reference.finalCompleteness.get(stream);
    if (frames(row) > 0 && row.completeness !== final) {
      differences.push(
        `stream ${stream}: final completeness tshark -2 ${final}, sniff ${row.completeness}`,
      );
    }
    if (!ZEEK_STATES.has(String(row.state))) {
      differences.push(`stream ${stream}: state '${row.state}' is not a Zeek conn_state`);
    } else if (final === 37 && row.state !== "REJ" || final === 1 && row.state !== "S0") {
      differences.push(`stream ${stream}: completeness ${final} but state ${row.state}`);
    }
  }
}

for (const capture of CAPTURES) {
  Deno.test({
    name: `TCP streams of ${capture} agree with tshark`,
    ignore: !haveTshark,
    fn: async () => {
      const file = `${FIXTURES}${capture}`;
      const reference = await tsharkStreams(file);
      const differences: string[] = [];
      await comparePackets(file, reference, differences);
      await compareFollow(file, reference, differences);
      await compareConversations(file, reference, differences);
      assert.ok(
        differences.length === 0,
        `${differences.length} differences from tshark on ${capture}, the first ${SHOWN}:\n  ` +
          differences.slice(0, SHOWN).join("\n  "),
      );
    },
  });
}
