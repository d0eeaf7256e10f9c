/**
 * `sniff`: capture packets live or read them from a file and print one line per packet.
 *
 * ```sh
 * deno run --allow-ffi cli.ts -r capture.pcap tcp
 * deno run --allow-ffi cli.ts -i lo -c 10 tcp port 8080
 * ```
 *
 * @module
 */

import { parseArgs } from "node:util";
import { Decoder } from "./decode/decoder.ts";
import { linkTypeName } from "./decode/link_type.ts";
import { Capture, type Device, libraryVersion, listDevices } from "./ffi/capture.ts";
import { PcapError } from "./ffi/errors.ts";
import type { Packet } from "./decode/packet.ts";
import { escapeText } from "./output/escape.ts";
import { DetailFormatter } from "./output/detail.ts";
import { JsonFormatter } from "./output/json.ts";
import { StreamTracker } from "./streams/tracker.ts";
import {
  type Conversation,
  type EndReason,
  fanOut,
  type GapReason,
  type Node,
  type StreamListener,
} from "./streams/events.ts";
import { Reassembler, ReassemblyBudget } from "./streams/reassembly.ts";
import { FollowPrinter } from "./output/follow.ts";
import { FlowWriter } from "./output/flows.ts";
import { MessagePrinter } from "./output/messages.ts";
import { ConversationTable } from "./output/conversations.ts";
import { Summary } from "./output/summary.ts";
import { TextFormatter } from "./output/text.ts";
import { LineWriter, OutputClosed, type SyncWriter } from "./output/writer.ts";

const USAGE = `Usage: sniff [options] [filter expression]

Capture packets live (-i) or read them from a file (-r), and print one line per packet:
timestamp, MACs, IPs, ports, TCP flags, seq/ack, length and the TCP message.

Options:
  -i, --interface IFACE   capture live on IFACE (default: the first device of -D)
  -r, --read FILE         read a pcap or pcapng file ('-' for standard input)
  -c, --count N           stop after N packets
  -D, --list-interfaces   list the devices that can capture, and exit
  -s, --snapshot-length N bytes kept of each live frame (default 262144)
  -p, --no-promiscuous-mode
                          do not put the interface in promiscuous mode
      --immediate-mode    deliver live packets one by one (lower latency, more drops)
  -A, --full-message      show TCP messages whole (default: cut after 256 bytes)
      --json              one JSON object per packet (NDJSON), keys after Wireshark's fields
      --summary           no line per packet: packets and bytes per protocol at the end
                          (with -v, every checksum verified and counted)
  -v, --verbose           every field of every header, one per line, checksums verified

TCP conversations (streams numbered as Wireshark's tcp.stream; these replace the line per packet):
      --follow N|all      the data of stream N (or of every stream), reassembled in order, as
                          Wireshark's Follow TCP Stream; with --json, one object per chunk
      --messages          one line per message: what one side sends before the other answers,
                          reassembled (cut at 256 bytes unless -A); with --json, one object each
      --conversations     at the end, a table of every stream (as tshark -z conv,tcp) with its
                          completeness and Zeek state; with --json, one object per stream
      --flow-dir DIR      each direction of each stream to its own file in DIR, as tcpflow
      --max-streams N     TCP conversations tracked at once (default 100000); beyond it the
                          least recently active is forgotten
      --stream-timeout SECONDS
                          forget a TCP conversation after this long without a packet
                          (default 300, packet time)
      --reassembly-memory MIB
                          out-of-order data held for all streams (default 64); past it, and
                          past 4 MiB for one stream, the hole is skipped and shown as a gap
  -e                      link-level headers of cooked and loopback captures too
  -n                      accepted for tcpdump habits; names are never resolved
      --version           print the versions of sniff and libpcap
  -h, --help              show this help

The filter expression is BPF, as tcpdump takes it: tcp, 'tcp port 80', 'host 10.0.0.1 and tcp'.
Live capture needs root or CAP_NET_RAW; Ctrl-C stops it and prints the counts. Ctrl-C while
reading a file stops there: what was read is still printed (the --summary table too).`;

const VERSION = "0.1.0";

/** A usage mistake: reported in one line, exit code 2 as with tcpdump's argument errors. */
class UsageError extends Error {}

/** Standard output could not be written (a full disk, an I/O error): reported in one line. */
export class OutputError extends Error {
  /** @param cause the error the write threw */
  constructor(cause: unknown, what = "cannot write output") {
    const message = cause instanceof Error ? cause.message : String(cause);
    // Deno's messages end in " (os error 28)", or in " (os error 20): mkdir '/a/b'" for a file
    // system call: the reason is what comes before.
    super(`${what}: ${message.replace(/ \(os error \d+\)(: .*)?$/s, "")}`, { cause });
    this.name = "OutputError";
  }
}

/**
 * `out` with every failed write turned into an {@linkcode OutputError}, except a closed pipe
 * (`sniff … | head`), which the line writer takes for the reader having gone: a normal end.
 */
export function reportingWrites(out: SyncWriter): SyncWriter {
  return {
    writeSync(bytes: Uint8Array): number {
      try {
        return out.writeSync(bytes);
      } catch (error) {
        if (error instanceof Deno.errors.BrokenPipe) throw error;
        throw new OutputError(error);
      }
    },
  };
}

interface Options {
  interface?: string;
  read?: string;
  count: number;
  listInterfaces: boolean;
  snaplen?: number;
  promiscuous: boolean;
  immediate: boolean;
  fullMessage: boolean;
  json: boolean;
  verbose: boolean;
  linkHeaders: boolean;
  summary: boolean;
  maxStreams?: number;
  streamTimeout?: number;
  follow?: number | "all";
  messages: boolean;
  conversations: boolean;
  flowDir?: string;
  reassemblyMemory?: number;
  help: boolean;
  version: boolean;
  filter?: string;
}

function parseOptions(args: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        interface: { type: "string", short: "i" },
        read: { type: "string", short: "r" },
        count: { type: "string", short: "c" },
        "list-interfaces": { type: "boolean", short: "D" },
        "snapshot-length": { type: "string", short: "s" },
        "no-promiscuous-mode": { type: "boolean", short: "p" },
        "immediate-mode": { type: "boolean" },
        "full-message": { type: "boolean", short: "A" },
        json: { type: "boolean" },
        verbose: { type: "boolean", short: "v" },
        summary: { type: "boolean" },
        "max-streams": { type: "string" },
        "stream-timeout": { type: "string" },
        follow: { type: "string" },
        messages: { type: "boolean" },
        conversations: { type: "boolean" },
        "flow-dir": { type: "string" },
        "reassembly-memory": { type: "string" },
        "link-headers": { type: "boolean", short: "e" },
        numeric: { type: "boolean", short: "n" },
        version: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    // node:util's messages go on with advice about positionals; the first sentence says it,
    // except for a value starting with a dash (`--follow -1`), where the advice is the point.
    const sentences = (error as Error).message.split(/\.\s|\n/);
    const dash = sentences.find((sentence) => sentence.includes("starting with a dash"));
    throw new UsageError(
      dash ? `${sentences[0]}: ${dash.replace(/^To/, "to").replace(/\.$/, "")}` : sentences[0],
    );
  }
  const { values, positionals } = parsed;
  if (values.interface !== undefined && values.read !== undefined) {
    throw new UsageError("use either -i (live) or -r (file), not both");
  }
  const filter = positionals.join(" ").trim();
  return {
    interface: values.interface,
    read: values.read,
    count: positiveInteger("-c", values.count) ?? 0,
    listInterfaces: values["list-interfaces"] ?? false,
    snaplen: positiveInteger("-s", values["snapshot-length"]),
    promiscuous: !values["no-promiscuous-mode"],
    immediate: values["immediate-mode"] ?? false,
    fullMessage: values["full-message"] ?? false,
    json: values.json ?? false,
    verbose: values.verbose ?? false,
    summary: values.summary ?? false,
    maxStreams: positiveInteger("--max-streams", values["max-streams"]),
    streamTimeout: positiveInteger("--stream-timeout", values["stream-timeout"]),
    follow: values.follow === undefined
      ? undefined
      : values.follow === "all"
      ? "all"
      : streamIndex(values.follow),
    messages: values.messages ?? false,
    conversations: values.conversations ?? false,
    flowDir: values["flow-dir"],
    reassemblyMemory: positiveInteger("--reassembly-memory", values["reassembly-memory"]),
    linkHeaders: values["link-headers"] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    filter: filter === "" ? undefined : filter,
  };
}

/** The whole number `text` spells in digits (0 included), or null. */
function wholeNumber(text: string): number | null {
  const value = Number(text);
  return /^\d+$/.test(text) && Number.isSafeInteger(value) ? value : null;
}

/** A flag's value as a number above 0; undefined when the flag was not given. */
function positiveInteger(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = wholeNumber(text);
  if (value === null || value === 0) {
    throw new UsageError(`${flag} needs a positive whole number, not '${text}'`);
  }
  return value;
}

function streamIndex(text: string): number {
  const value = wholeNumber(text);
  if (value === null) {
    throw new UsageError(`--follow needs a stream number (0, 1, …) or 'all', not '${text}'`);
  }
  return value;
}

/** The stream outputs asked for, fed by one tracker; null when none was. */
interface StreamOutputs {
  tracker: StreamTracker;
  /** Ends the messages idle at `time` (seconds since the epoch): call now and then. */
  tick(time: number): void;
  /** Called when the capture ends, after the tracker's last events: writes what is left. */
  finish(firstTime: number): void;
}

/** Seconds without data after which a message is over, though nobody answered it. */
const MESSAGE_IDLE_SECONDS = 1;

function streamOutputs(options: Options, out: LineWriter): StreamOutputs | null {
  const { follow, messages, conversations, flowDir, json } = options;
  if (follow === undefined && !messages && !conversations && flowDir === undefined) return null;
  const followPrinter = follow === undefined
    ? null
    : new FollowPrinter(out, follow, json ? "json" : "text");
  const messagePrinter = messages
    ? new MessagePrinter(out, { json, messageLimit: options.fullMessage ? 0 : 256 })
    : null;
  const table = conversations ? new ConversationTable(out, json) : null;
  const flows = flowDir === undefined ? null : new ReportingFlowWriter(flowDir);
  const readers = [followPrinter, messagePrinter, flows].filter((l) => l !== null);
  // The table is told of ends only (the tracker's finish ends the open conversations): told of
  // starts, it would keep an object per open conversation, a SYN flood's worth.
  const tableEnds: StreamListener | null = table && { end: (c, reason) => table.end(c, reason) };
  const listener = fanOut([...readers, ...(tableEnds ? [tableEnds] : [])]);
  const reader = fanOut(readers);
  const budget = new ReassemblyBudget(
    options.reassemblyMemory === undefined ? undefined : options.reassemblyMemory * 1024 * 1024,
  );
  const only = typeof follow === "number" && !messages && flows === null ? follow : -1;
  const tracker = new StreamTracker({
    maxConversations: options.maxStreams,
    idleTimeout: options.streamTimeout,
    // These outputs read conversations, never a packet's sequence analysis.
    analyze: false,
    listener,
    // Only `--follow N` needs to hear of a start (to write its header when the stream starts),
    // and for its stream only: a start costs an object per conversation, a SYN flood's worth.
    wantsStart: (index) => index === follow,
    // Only the streams someone reads are reassembled: all of them, or the one followed.
    reassembly: readers.length === 0
      ? undefined
      : (conversation) =>
        only < 0 || conversation.index === only
          ? new Reassembler(conversation, reader, budget)
          : undefined,
  });
  return {
    tracker,
    tick(time: number) {
      messagePrinter?.flushIdle(time - MESSAGE_IDLE_SECONDS);
    },
    finish(firstTime: number) {
      tracker.finish();
      messagePrinter?.finish();
      flows?.finish();
      table?.finish(firstTime);
      if (followPrinter !== null && !followPrinter.finish()) {
        out.flush();
        throw new NoSuchStream(follow as number, tracker.started);
      }
    },
  };
}

/**
 * A {@linkcode FlowWriter} whose failures (a full disk, a directory that cannot be made or
 * written) are {@linkcode OutputError}s, reported in one line, not internal errors.
 */
class ReportingFlowWriter implements StreamListener {
  readonly #dir: string;
  readonly #flows: FlowWriter;

  constructor(dir: string) {
    this.#dir = dir;
    try {
      this.#flows = new FlowWriter(dir);
    } catch (error) {
      throw this.#failure(error);
    }
  }

  #failure(error: unknown): OutputError {
    return new OutputError(error, `cannot write to ${this.#dir}`);
  }

  // try/catch in each method, not a shared wrapper: no closure per chunk.
  data(c: Conversation, node: Node, bytes: Uint8Array, packet: number, time: number): void {
    try {
      this.#flows.data(c, node, bytes, packet, time);
    } catch (error) {
      throw this.#failure(error);
    }
  }

  gap(c: Conversation, node: Node, missing: number, reason: GapReason): void {
    this.#flows.gap(c, node, missing, reason);
  }

  end(c: Conversation, reason: EndReason): void {
    try {
      this.#flows.end(c, reason);
    } catch (error) {
      throw this.#failure(error);
    }
  }

  finish(): void {
    try {
      this.#flows.finish();
    } catch (error) {
      throw this.#failure(error);
    }
  }
}

/** `--follow N` of a stream the capture does not have. */
class NoSuchStream extends Error {
  constructor(stream: number, streams: number) {
    super(
      `no TCP stream ${stream}: ${
        streams === 0
          ? "the capture has no TCP stream"
          : streams === 1
          ? "the capture has stream 0 only"
          : `the capture has streams 0 to ${streams - 1}`
      }`,
    );
  }
}

function describeDevice(device: Device, index: number): string {
  const flags: string[] = [];
  if (device.loopback) flags.push("Loopback");
  if (device.up) flags.push("Up");
  if (device.running) flags.push("Running");
  if (device.wireless) flags.push("Wireless");
  if (device.connection === "connected") flags.push("Connected");
  if (device.connection === "disconnected") flags.push("Disconnected");
  const description = device.description ? ` (${device.description})` : "";
  return escapeText(`${index + 1}.${device.name}${description} [${flags.join(", ")}]`);
}

/** Packets of a file read between two looks at the clock (a power of two). */
const CLOCK_EVERY = 1024;
/** How long a file is read before signal listeners get to run: about the most Ctrl-C waits. */
const YIELD_AFTER_MS = 200;

/**
 * Lets the event loop run, signal listeners included. Only a timer did it reliably here: after
 * setImmediate (~5 µs) or an operation that completes on another thread (~40 µs) a signal was
 * often noticed only 10 to 60 turns later (Ctrl-C waited up to 2.5 s). A timer costs 1–2 ms
 * (more on a busy machine), hence one every {@linkcode YIELD_AFTER_MS} only: under 1% of the time.
 */
function turnEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs the CLI; returns the exit code. Output goes to stdout, diagnostics to stderr. */
export async function main(args: string[]): Promise<number> {
  const options = parseOptions(args);
  const out = new LineWriter(reportingWrites(Deno.stdout));
  if (options.help) {
    out.line(USAGE);
    out.flush();
    return 0;
  }
  if (options.version) {
    out.line(`sniff version ${VERSION}`);
    out.line(libraryVersion());
    out.flush();
    return 0;
  }
  if (options.listInterfaces) {
    listDevices().forEach((device, index) => out.line(describeDevice(device, index)));
    out.flush();
    return 0;
  }

  using capture = options.read !== undefined
    ? Capture.openOffline(options.read, { filter: options.filter })
    : Capture.openLive(options.interface, {
      filter: options.filter,
      snaplen: options.snaplen,
      promiscuous: options.promiscuous,
      immediate: options.immediate,
    });

  const decoder = new Decoder();
  const textOptions = {
    messageLimit: options.fullMessage ? 0 : 256,
    linkHeaders: options.linkHeaders,
  };
  const streamOutput = streamOutputs(options, out);
  // Streams are tracked only for the outputs that show them: the one-line text stays as fast.
  const streams = (options.json || options.verbose) && !options.summary && streamOutput === null
    ? new StreamTracker({
      maxConversations: options.maxStreams,
      idleTimeout: options.streamTimeout,
    })
    : undefined;
  const formatter = options.json
    ? new JsonFormatter({ streams })
    : options.verbose
    ? new DetailFormatter({ ...textOptions, streams })
    : new TextFormatter(textOptions);
  const summary = options.summary ? new Summary({ verifyChecksums: options.verbose }) : null;
  const tracker = streamOutput?.tracker;
  let firstTime = NaN;
  const show = tracker !== undefined
    ? (packet: Packet) => {
      if (packet.number === 1) firstTime = packet.time;
      decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
      summary?.count(packet, decoder);
      tracker.track(packet, decoder);
      if ((packet.number & (CLOCK_EVERY - 1)) === 0) streamOutput!.tick(packet.time);
    }
    : summary
    ? (packet: Packet) => {
      decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
      summary.count(packet, decoder);
    }
    : (packet: Packet) => {
      decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
      formatter.write(packet, decoder, out);
      out.end();
    };

  // Ctrl-C or SIGTERM stops the capture; what was read is still written (and the summary
  // table printed), and the exit code is 0, as with tcpdump.
  const stop = () => capture.stop();
  const signals: Deno.Signal[] = Deno.build.os === "windows" ? ["SIGINT"] : ["SIGINT", "SIGTERM"];
  for (const signal of signals) Deno.addSignalListener(signal, stop);
  // Written once Ctrl-C is handled, so whoever waits for this line may then send it.
  const verb = capture.live ? "listening on" : "reading from file";
  console.error(
    escapeText(
      `${verb} ${capture.source}, link-type ${linkTypeName(capture.linkType)}, ` +
        `snapshot length ${capture.snaplen} bytes`,
    ),
  );
  let ticker: ReturnType<typeof setInterval> | undefined;
  try {
    if (!capture.live) {
      // The synchronous next() loop, the fast path; every YIELD_AFTER_MS (the clock is read
      // every CLOCK_EVERY packets) it lets the signal listeners run: they stop the capture,
      // and next() then returns null.
      let due = performance.now() + YIELD_AFTER_MS;
      let packet: Packet | null;
      while ((packet = capture.next()) !== null) {
        show(packet);
        if (packet.number === options.count) break;
        if ((packet.number & (CLOCK_EVERY - 1)) === 0 && performance.now() >= due) {
          await turnEventLoop();
          due = performance.now() + YIELD_AFTER_MS;
        }
      }
    } else {
      // Live, a message nobody answers is still shown once it has been idle a while.
      ticker = streamOutput === null ? undefined : setInterval(() => {
        streamOutput.tick(Date.now() / 1000);
        out.flush();
      }, 250);
      for await (const packet of capture) {
        show(packet);
        out.flush();
        if (packet.number === options.count) break;
      }
    }
  } finally {
    clearInterval(ticker);
    for (const signal of signals) Deno.removeSignalListener(signal, stop);
    try {
      streamOutput?.finish(firstTime);
    } finally {
      if (summary) out.line(summary.table());
      out.flush();
    }
  }
  if (!capture.live) return 0;
  const stats = capture.stats();
  console.error(
    `${capture.count} packets captured, ${stats.received} received by filter, ` +
      `${stats.dropped} dropped by kernel`,
  );
  return 0;
}

if (import.meta.main) {
  let code: number;
  try {
    code = await main(Deno.args);
  } catch (error) {
    code = 1;
    if (error instanceof OutputClosed) {
      code = 0;
    } else if (error instanceof UsageError) {
      console.error(`sniff: ${error.message} (see sniff --help)`);
      code = 2;
    } else if (
      error instanceof PcapError || error instanceof OutputError || error instanceof NoSuchStream
    ) {
      console.error(`sniff: ${escapeText(error.message)}`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`sniff: internal error: ${escapeText(message.split("\n")[0] ?? "")}`);
    }
  }
  Deno.exit(code);
}
