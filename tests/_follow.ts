/**
 * Test helpers for the stream outputs: tshark's Follow TCP Stream chunks of a fixture, to feed
 * the listeners with what a correct reassembler gives, and hand-made conversations.
 *
 * @module
 */

import type { Conversation } from "../streams/events.ts";

/** One stream as `tshark -q -z follow,tcp,raw,N` shows it. */
export interface TsharkFollow {
  /** tshark's whole output (standard output). */
  output: string;
  /** The `Node 0:` and `Node 1:` values. */
  node0: string;
  node1: string;
  /** The chunks in order. */
  chunks: { node: 0 | 1; bytes: Uint8Array }[];
}

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** Runs tshark's raw follow of stream `stream` of `file` (tshark must be installed). */
export async function tsharkFollow(
  file: string,
  stream: number,
  mode = "raw",
): Promise<TsharkFollow> {
  const output = await new Deno.Command("tshark", {
    args: ["-r", file, "-n", "-q", "-z", `follow,tcp,${mode},${stream}`],
    stderr: "null",
    env: { LC_ALL: "C" },
  }).output();
  if (!output.success) throw new Error(`tshark failed on ${file}`);
  const text = new TextDecoder().decode(output.stdout);
  const lines = text.split("\n");
  const node0 = lines.find((line) => line.startsWith("Node 0: "))!.slice(8);
  const node1 = lines.find((line) => line.startsWith("Node 1: "))!.slice(8);
  const chunks: { node: 0 | 1; bytes: Uint8Array }[] = [];
  if (mode === "raw") {
    const first = lines.findIndex((line) => line.startsWith("Node 1: ")) + 1;
    for (const line of lines.slice(first)) {
      if (line.startsWith("====") || line === "") continue;
      const node = line.startsWith("\t") ? 1 : 0;
      chunks.push({ node, bytes: hexBytes(line.trim()) });
    }
  }
  return { output: text, node0, node1, chunks };
}

/** Splits tshark's `addr:port` (IPv6 in brackets) into its parts. */
export function splitEndpoint(text: string): { address: string; port: number; family: 4 | 6 } {
  const colon = text.lastIndexOf(":");
  const address = text.slice(0, colon);
  const port = Number(text.slice(colon + 1));
  return address.startsWith("[")
    ? { address: address.slice(1, -1), port, family: 6 }
    : { address, port, family: 4 };
}

/** A conversation with every field set, `fields` overriding the defaults. */
export function conversation(fields: Partial<Conversation> = {}): Conversation {
  return {
    index: 0,
    family: 4,
    addressA: "10.0.0.1",
    portA: 5555,
    addressB: "10.0.0.2",
    portB: 80,
    macA: "02:00:00:00:00:01",
    macB: "02:00:00:00:00:02",
    firstPacket: 1,
    firstTime: 1700000000,
    lastTime: 1700000001,
    framesAtoB: 0,
    bytesAtoB: 0,
    framesBtoA: 0,
    bytesBtoA: 0,
    completeness: 0,
    state: "OTH",
    missedBytes: 0,
    ...fields,
  };
}

/** A conversation for a stream tshark followed. */
export function followedConversation(index: number, follow: TsharkFollow): Conversation {
  const a = splitEndpoint(follow.node0);
  const b = splitEndpoint(follow.node1);
  return conversation({
    index,
    family: a.family,
    addressA: a.address,
    portA: a.port,
    addressB: b.address,
    portB: b.port,
  });
}

/** A LineWriter target that collects what is written as text. */
export function collector(): { writeSync(bytes: Uint8Array): number; text: string } {
  const decoder = new TextDecoder();
  return {
    text: "",
    writeSync(bytes: Uint8Array): number {
      this.text += decoder.decode(bytes);
      return bytes.length;
    },
  };
}
