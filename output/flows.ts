/**
 * `--flow-dir DIR`: each direction of each TCP stream written to its own file, named and filled
 * as the `tcpflow` program (Debian's 1.6) does, so that the two can be compared byte for byte.
 *
 * Names follow tcpflow's default template `%A.%a-%B.%b%V%v%C%c`: sender and receiver, IPv4
 * addresses with each number zero-padded to 3 digits, IPv6 addresses compressed, ports to 5
 * digits, e.g. `010.077.000.001.46714-010.077.000.002.08080` and
 * `fd77::1.53152-fd77::2.08080`. When a file of that name already exists (an earlier connection
 * on the same ports, or an earlier run), `c1`, `c2`… is added, as tcpflow does. A direction that
 * sent no data gets no file. Each byte goes at its offset from the start of the direction: bytes
 * the capture missed (a gap) are left as a hole, which reads as zeros, as tcpflow's `pwrite` at
 * the sequence offset leaves them. A file's modification time is set to the time of its
 * direction's first packet, as tcpflow sets it (see {@linkcode FlowWriter} for node 1).
 *
 * Known differences from tcpflow: tcpflow writes a retransmission over the first copy (the last
 * copy wins), this writer keeps the first (as Wireshark's follow does); data held behind a hole
 * that never fills is dropped at the end (as Wireshark does), where tcpflow writes it past the
 * hole; tcpflow's VLAN part of the name (`--100`) is not written (conversations are not keyed on
 * VLANs); no `report.xml`. Bytes the snapshot length cut off keep their place (a hole), as in
 * tcpflow's files.
 *
 * Memory and files: per conversation with data, two small records; at most
 * {@linkcode FlowOptions.maxOpenFiles} files are open at once (the least recently written is
 * closed and reopened when more data comes), and both of a conversation's files are closed at
 * its end.
 *
 * @module
 */

import type {
  Conversation,
  EndReason,
  GapReason,
  Node,
  StreamListener,
} from "../streams/events.ts";

/** Options of {@linkcode FlowWriter}. */
export interface FlowOptions {
  /** Most files open at once; default 64. */
  maxOpenFiles?: number;
}

/** Most `cN` suffixes tried for a name before giving up. */
const MAX_SUFFIX = 100_000;

/** One direction's file. */
class FlowFile {
  /** Full path, or "" before the first write chose it. */
  path = "";
  /** Where the next byte goes. */
  offset = 0;
  /** Where the open file's position is: a seek is needed only when a gap moved the offset. */
  position = 0;
  file: Deno.FsFile | null = null;
  /** Seconds since the epoch, for the file's modification time. */
  mtime = 0;
}

/** tcpflow's name for one direction: `%A.%a-%B.%b`. */
export function flowName(
  family: 4 | 6,
  source: string,
  sourcePort: number,
  destination: string,
  destinationPort: number,
): string {
  const address = (text: string) =>
    family === 4 ? text.split(".").map((n) => n.padStart(3, "0")).join(".") : text;
  const port = (value: number) => String(value).padStart(5, "0");
  return `${address(source)}.${port(sourcePort)}-${address(destination)}.${port(destinationPort)}`;
}

/**
 * Writes each direction of each stream to a file in a directory; a {@linkcode StreamListener}
 * for the tracker. Call {@linkcode FlowWriter.finish} at the end to close what is still open.
 *
 * The modification time of node 0's file is the conversation's first packet's; node 1's is its
 * first data's (the conversation does not say when node 1's first packet came; tcpflow uses
 * that one).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { FlowWriter } from "./flows.ts";
 * import type { Conversation } from "../streams/events.ts";
 *
 * const dir = Deno.makeTempDirSync();
 * const flows = new FlowWriter(dir);
 * const c = {
 *   index: 0, family: 4, addressA: "10.0.0.1", portA: 5555, addressB: "10.0.0.2", portB: 80,
 *   firstTime: 1700000000,
 * } as Conversation;
 * flows.data(c, 0, new TextEncoder().encode("GET /"), 4, 1700000000.5);
 * flows.end(c);
 * assert.equal(Deno.readTextFileSync(`${dir}/010.000.000.001.05555-010.000.000.002.00080`), "GET /");
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export class FlowWriter implements StreamListener {
  readonly #dir: string;
  readonly #maxOpen: number;
  /** Both directions' files of each conversation with data, by stream index. */
  readonly #flows = new Map<number, [FlowFile | null, FlowFile | null]>();
  /** Open files, least recently written first. */
  readonly #open = new Set<FlowFile>();

  /** Writes into `dir`, which is made if missing. */
  constructor(dir: string, options: FlowOptions = {}) {
    this.#dir = dir.endsWith("/") ? dir : `${dir}/`;
    this.#maxOpen = Math.max(1, options.maxOpenFiles ?? 64);
    Deno.mkdirSync(dir, { recursive: true });
  }

  #flow(c: Conversation, node: Node, time: number): FlowFile {
    let pair = this.#flows.get(c.index);
    if (pair === undefined) {
      pair = [null, null];
      this.#flows.set(c.index, pair);
    }
    let flow = pair[node];
    if (flow === null) {
      flow = new FlowFile();
      flow.mtime = node === 0 ? c.firstTime : time;
      pair[node] = flow;
    }
    return flow;
  }

  /** Writes bytes at their offset in `node`'s file. */
  data(c: Conversation, node: Node, bytes: Uint8Array, _packet: number, time: number): void {
    if (bytes.length === 0) return;
    const flow = this.#flow(c, node, time);
    const file = this.#openFile(c, node, flow);
    if (flow.position !== flow.offset) file.seekSync(flow.offset, Deno.SeekMode.Start);
    let written = 0;
    // Bounded: each pass writes at least one byte or throws.
    while (written < bytes.length) written += file.writeSync(bytes.subarray(written));
    flow.offset += bytes.length;
    flow.position = flow.offset;
  }

  /** Leaves a hole for skipped bytes (none for data dropped at the end). */
  gap(c: Conversation, node: Node, missing: number, reason: GapReason): void {
    if (reason === "end") return;
    this.#flow(c, node, c.lastTime).offset += missing;
  }

  /** Closes the conversation's files. */
  end(c: Conversation, _reason?: EndReason): void {
    const pair = this.#flows.get(c.index);
    if (pair === undefined) return;
    this.#flows.delete(c.index);
    for (const flow of pair) if (flow !== null) this.#close(flow);
  }

  /** Closes every file still open. */
  finish(): void {
    for (const pair of this.#flows.values()) {
      for (const flow of pair) if (flow !== null) this.#close(flow);
    }
    this.#flows.clear();
  }

  #openFile(c: Conversation, node: Node, flow: FlowFile): Deno.FsFile {
    if (flow.file !== null) {
      // Most recently written last.
      this.#open.delete(flow);
      this.#open.add(flow);
      return flow.file;
    }
    while (this.#open.size >= this.#maxOpen) {
      this.#close(this.#open.values().next().value!);
    }
    if (flow.path === "") {
      const base = this.#dir +
        (node === 0
          ? flowName(c.family, c.addressA, c.portA, c.addressB, c.portB)
          : flowName(c.family, c.addressB, c.portB, c.addressA, c.portA));
      for (let count = 0; count <= MAX_SUFFIX; count++) {
        const path = count === 0 ? base : `${base}c${count}`;
        try {
          flow.file = Deno.openSync(path, { write: true, createNew: true });
          flow.path = path;
          break;
        } catch (error) {
          if (!(error instanceof Deno.errors.AlreadyExists)) throw error;
        }
      }
      if (flow.file === null) throw new Error(`too many files named ${base}c…`);
    } else {
      flow.file = Deno.openSync(flow.path, { write: true });
    }
    flow.position = 0;
    this.#open.add(flow);
    return flow.file!;
  }

  #close(flow: FlowFile): void {
    if (flow.file === null) return;
    flow.file.close();
    flow.file = null;
    this.#open.delete(flow);
    Deno.utimeSync(flow.path, flow.mtime, flow.mtime);
  }
}
