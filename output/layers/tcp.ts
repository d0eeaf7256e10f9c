/**
 * TCP: `10.0.0.1.80 > 10.0.0.2.4321: Flags [P.], seq 1:6, ack 1, win 502, options […],
 * length 5: "hello"` in the line (written straight into the output buffer: it is most of every
 * capture), every field, the options and the message in `-v`, `tcp.*` in JSON.
 *
 * @module
 */

import { completenessText, TCP_ANALYSIS_NAMES, TcpAnalysis } from "../../streams/events.ts";
import type { StreamTracker } from "../../streams/tracker.ts";
import { putIPv4, putIPv6 } from "../../decode/address.ts";
import { CHECKSUM_STATUS_NAMES, ChecksumStatus } from "../../decode/checksum.ts";
import { LayerType } from "../../decode/layer_type.ts";
import { type TCP, TcpFlag, type TcpOptionVisitor } from "../../decode/tcp.ts";
import { ascii, putAscii, putDecimal } from "../_ascii.ts";
import { escapeBytes } from "../escape.ts";
import { StringSink } from "../writer.ts";
import { jsonKey } from "../_json.ts";
import {
  checksumDetail,
  type LayerPrinter,
  type TextContext,
  TextPart,
  transportChecksumFlag,
  yesNo,
} from "./printer.ts";

const FLAG_LETTERS: [number, string][] = [
  [TcpFlag.FIN, "F"],
  [TcpFlag.SYN, "S"],
  [TcpFlag.RST, "R"],
  [TcpFlag.PSH, "P"],
  [TcpFlag.ACK, "."],
  [TcpFlag.URG, "U"],
  [TcpFlag.ECE, "E"],
  [TcpFlag.CWR, "W"],
  [TcpFlag.AE, "e"],
];

/**
 * tcpdump's letters for a set of TCP flags ({@linkcode TCP.flags}): `F` FIN, `S` SYN, `R` RST,
 * `P` PSH, `.` ACK, `U` URG, `E` ECE, `W` CWR, `e` AE, in that order; `none` for no flag.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { TcpFlag } from "../../decode/tcp.ts";
 * import { tcpFlagLetters } from "./tcp.ts";
 *
 * assert.equal(tcpFlagLetters(TcpFlag.SYN | TcpFlag.ACK), "S.");
 * assert.equal(tcpFlagLetters(TcpFlag.PSH | TcpFlag.ACK), "P.");
 * assert.equal(tcpFlagLetters(0), "none");
 * ```
 */
export function tcpFlagLetters(flags: number): string {
  let letters = "";
  for (const [bit, letter] of FLAG_LETTERS) if ((flags & bit) !== 0) letters += letter;
  return letters || "none";
}

/** tcpdump's letters for every combination of the 9 flags, encoded once. */
const FLAG_CODES: Uint8Array[] = Array.from({ length: 512 }, (_, f) => ascii(tcpFlagLetters(f)));

const ARROW = ascii(" > ");
const FLAGS_OPEN = ascii(" Flags [");
const FLAGS_CLOSE_SEQ = ascii("], seq ");
const ACK = ascii(", ack ");
const WIN = ascii(", win ");
const URG = ascii(", urg ");
const OPTIONS_OPEN = ascii(", options [");
const LENGTH = ascii(", length ");
const MESSAGE_OPEN = ascii(': "');
const MORE_OPEN = ascii("... (");
const MORE_CLOSE = ascii(" more bytes)");
const NOT_CAPTURED_OPEN = ascii(" [|");
const NOT_CAPTURED_CLOSE = ascii(" bytes not captured]");
const EOL = ascii("eol");
const NOP = ascii("nop");
const MSS = ascii("mss ");
const WSCALE = ascii("wscale ");
const SACK_OK = ascii("sackOK");
const SACK = ascii("sack ");
const TS_VAL = ascii("TS val ");
const TS_ECR = ascii(" ecr ");
const BAD_OPT = ascii("bad opt ");
const OPT = ascii("opt-");
/** tcpdump's names of the option kinds it names before `[|tcp]` when their value was cut. */
const CUT_OPTION_NAMES: Record<number, string> = {
  2: "mss",
  3: "wscale",
  4: "sackOK",
  5: "sack",
  6: "echo",
  7: "echoreply",
  8: "TS",
  19: "md5",
  28: "utoM",
  29: "tcp-ao",
  30: "mptcp",
  34: "tfo",
};
/** Most the line takes up to the options: two IPv6 addresses and every number at full width. */
const HEADER_ROOM = 320;
/**
 * Most the options and what follows them up to the message take: 40 bytes of options are at
 * most 20 unknown ones (`opt-255:2,`) or a SACK of 4 blocks, well under this.
 */
const OPTIONS_ROOM = 320;
/** Most what follows the message takes. */
const TAIL_ROOM = 128;

/**
 * Writes an option list as tcpdump shows it (`mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7`)
 * into a buffer, as {@linkcode TCP.visitOptions} reads it. Reused: nothing is allocated.
 */
class OptionsWriter implements TcpOptionVisitor {
  buffer: Uint8Array = new Uint8Array(0);
  at = 0;
  #first = true;
  #tcp: TCP | null = null;
  #cut = false;
  /** After a cut write: 0, or the cut option was named as the first (1) or a later (2) one. */
  named = 0;

  /**
   * Writes `tcp`'s options into `buffer` from `at`; returns where they end. With `cut` (the
   * capture ended inside the options, {@linkcode TCP.optionsCut}) the option the capture cut is
   * left out and the list ends with the separator tcpdump prints before it: `mss 1460,sackOK,`.
   */
  write(tcp: TCP, buffer: Uint8Array, at: number, cut = false): number {
    this.buffer = buffer;
    this.at = at;
    this.#first = true;
    this.#tcp = tcp;
    this.#cut = cut;
    this.named = 0;
    tcp.visitOptions(this);
    if (cut && this.named === 0 && !this.#first) this.buffer[this.at++] = 0x2c;
    return this.at;
  }
  #next(codes: Uint8Array): void {
    if (!this.#first) this.buffer[this.at++] = 0x2c;
    this.#first = false;
    this.at = putAscii(this.buffer, this.at, codes);
  }
  endOfList(): void {
    this.#next(EOL);
  }
  noOperation(): void {
    this.#next(NOP);
  }
  maximumSegmentSize(value: number): void {
    this.#next(MSS);
    this.at = putDecimal(this.buffer, this.at, value);
  }
  windowScale(shift: number): void {
    this.#next(WSCALE);
    this.at = putDecimal(this.buffer, this.at, shift);
  }
  sackPermitted(): void {
    this.#next(SACK_OK);
  }
  sack(blocks: number, at: number): void {
    this.#next(SACK);
    const buffer = this.buffer;
    this.at = putDecimal(buffer, this.at, blocks);
    buffer[this.at++] = 0x20;
    for (let i = 0; i < blocks; i++) {
      buffer[this.at++] = 0x7b;
      this.at = putDecimal(buffer, this.at, this.#tcp!.optionWord(at + 8 * i));
      buffer[this.at++] = 0x3a;
      this.at = putDecimal(buffer, this.at, this.#tcp!.optionWord(at + 8 * i + 4));
      buffer[this.at++] = 0x7d;
    }
  }
  timestamps(value: number, echo: number): void {
    this.#next(TS_VAL);
    this.at = putDecimal(this.buffer, this.at, value);
    this.at = putAscii(this.buffer, this.at, TS_ECR);
    this.at = putDecimal(this.buffer, this.at, echo);
  }
  unknown(kind: number, length: number): void {
    this.#next(OPT);
    this.at = putDecimal(this.buffer, this.at, kind);
    this.buffer[this.at++] = 0x3a;
    this.at = putDecimal(this.buffer, this.at, length);
  }
  malformed(kind: number): void {
    if (this.#cut) {
      // Cut by the capture: as tcpdump, the option's name when its kind and length were captured.
      if (this.#tcp!.cutOptionNamed) {
        this.named = this.#first ? 1 : 2;
        this.#next(ascii(CUT_OPTION_NAMES[kind] ?? `unknown-${kind}`));
      }
      return;
    }
    this.#next(BAD_OPT);
    this.at = putDecimal(this.buffer, this.at, kind);
  }
}

const optionsWriter = new OptionsWriter();

/**
 * The options of a decoded TCP header as tcpdump lists them:
 * `mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7`.
 *
 * @example A SYN's options
 * ```ts
 * import assert from "node:assert/strict";
 * import { TCP } from "../../decode/tcp.ts";
 * import { tcpOptionsText } from "./tcp.ts";
 *
 * const syn = new Uint8Array([
 *   0x30, 0x39, 0, 80, 0, 0, 0, 1, 0, 0, 0, 0, 0xa0, 0x02, 0xff, 0xff, 0, 0, 0, 0,
 *   2, 4, 0x05, 0xb4, 4, 2, 8, 10, 0, 0, 0, 1, 0, 0, 0, 0, 1, 3, 3, 7, // 20 bytes of options
 * ]);
 * const tcp = new TCP();
 * tcp.decode(syn, 0, syn.length);
 * assert.equal(tcpOptionsText(tcp), "mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7");
 * ```
 */
export function tcpOptionsText(tcp: TCP): string {
  const sink = new StringSink();
  const at = sink.reserve(OPTIONS_ROOM);
  sink.commit(optionsWriter.write(tcp, sink.buffer, at));
  return sink.value;
}

/** Writes `src.port > dst.port` for a transport header: TCP's and UDP's lines begin so. */
export function putEndpoints(
  context: TextContext,
  buffer: Uint8Array,
  at: number,
  sourcePort: number,
  destinationPort: number,
): number {
  const ip = context.ip;
  const v4 = ip.type === LayerType.IPv4;
  at = v4
    ? putIPv4(buffer, at, ip.bytes, ip.offset + 12)
    : putIPv6(buffer, at, ip.bytes, ip.offset + 8);
  buffer[at++] = 0x2e;
  at = putDecimal(buffer, at, sourcePort);
  at = putAscii(buffer, at, ARROW);
  at = v4
    ? putIPv4(buffer, at, ip.bytes, ip.offset + 16)
    : putIPv6(buffer, at, ip.bytes, ip.offset + 24);
  buffer[at++] = 0x2e;
  return putDecimal(buffer, at, destinationPort);
}

/** TCP's printer. */
/** The JSON key of each analysis bit. */
const ANALYSIS_KEYS = TCP_ANALYSIS_NAMES.map((name) => jsonKey(`analysis_${name}`));

/** Wireshark's words for each analysis bit (its expert messages). */
const ANALYSIS_WORDS = [
  "This frame is a (suspected) retransmission",
  "This frame is a (suspected) fast retransmission",
  "This frame is a (suspected) spurious retransmission",
  "This frame is a (suspected) out-of-order segment",
  "Previous segment(s) not captured (common at capture start)",
  "ACKed segment that wasn't captured (common at capture start)",
  "Duplicate ACK",
  "TCP Zero Window segment",
  "TCP Zero Window Probe",
  "TCP window specified by the receiver is now completely full",
  "TCP window update",
  "TCP keep-alive segment",
  "A new tcp session is started with the same ports as an earlier session in this trace",
  "ACK to a TCP Zero Window Probe",
  "ACK to a TCP keep-alive segment",
];

/** Wireshark's words for a completeness value, its number after them (once). */
function completenessWords(value: number): string {
  const words = completenessText(value);
  return words.endsWith(")") ? words : `${words} (${value})`;
}

/**
 * The tracker's facts in -v, as generated fields in brackets the way Wireshark's tree shows
 * them (`[Stream index: 3]`): the name carries the opening bracket, the value the closing one.
 */
function streamDetail(streams: StreamTracker, fields: [string, string | number][]): void {
  fields.push(["[Stream index", `${streams.stream}]`]);
  const completeness = streams.completeness;
  fields.push([
    "[Conversation completeness",
    `${completenessWords(completeness)}]`,
  ]);
  if (streams.hasSeq) fields.push(["[Relative sequence number", `${streams.relativeSeq}]`]);
  if (streams.hasNextSeq) {
    fields.push(["[Next relative sequence number", `${streams.nextSeq}]`]);
  }
  if (streams.hasAck) fields.push(["[Relative acknowledgment number", `${streams.relativeAck}]`]);
  const analysis = streams.analysis;
  for (let bit = 0; analysis >>> bit !== 0; bit++) {
    if ((analysis & (1 << bit)) === 0) continue;
    const words = 1 << bit === TcpAnalysis.DuplicateAck
      ? `${ANALYSIS_WORDS[bit]} (#${streams.duplicateAckCount})`
      : ANALYSIS_WORDS[bit];
    fields.push(["[SEQ/ACK analysis", `${words}]`]);
  }
}

/** The keys of the JSON fields written as whole numbers, encoded once. */
const KEY = {
  srcport: jsonKey("srcport"),
  dstport: jsonKey("dstport"),
  stream: jsonKey("stream"),
  completeness: jsonKey("completeness"),
  seq: jsonKey("seq"),
  seq_raw: jsonKey("seq_raw"),
  ack_raw: jsonKey("ack_raw"),
  ack: jsonKey("ack"),
  hdr_len: jsonKey("hdr_len"),
  flags: jsonKey("flags"),
  window_size_value: jsonKey("window_size_value"),
  checksum: jsonKey("checksum"),
  urgent_pointer: jsonKey("urgent_pointer"),
  len: jsonKey("len"),
  nxtseq: jsonKey("nxtseq"),
  analysis_duplicate_ack_num: jsonKey("analysis_duplicate_ack_num"),
  options_mss_val: jsonKey("options_mss_val"),
  options_wscale_shift: jsonKey("options_wscale_shift"),
  options_timestamp_tsval: jsonKey("options_timestamp_tsval"),
  options_timestamp_tsecr: jsonKey("options_timestamp_tsecr"),
};

export const tcp: LayerPrinter = {
  part: TextPart.Transport,
  partialJson: true,
  partialText: true,
  text(context) {
    const decoder = context.decoder;
    const tcp = decoder.tcp;
    const whole = decoder.has(LayerType.TCP);
    // A TCP header cut short still shows every field that was captured, as tcpdump does.
    const captured = whole
      ? Math.min(tcp.headerLength, tcp.end - tcp.offset)
      : decoder.problemLayer === LayerType.TCP
      ? decoder.problemAvailable
      : 0;
    if (captured < 4) return false;
    const out = context.out;
    let at = out.reserve(HEADER_ROOM + OPTIONS_ROOM);
    let buffer = out.buffer;
    at = putEndpoints(context, buffer, at, tcp.sourcePort, tcp.destinationPort);
    buffer[at++] = 0x3a;
    if (captured < 14) {
      out.commit(at);
      return true;
    }
    const flags = tcp.flags;
    const messageLength = Math.max(0, context.ipLength - tcp.headerLength);
    at = putAscii(buffer, at, FLAGS_OPEN);
    at = putAscii(buffer, at, FLAG_CODES[flags]!);
    at = putAscii(buffer, at, FLAGS_CLOSE_SEQ);
    at = putDecimal(buffer, at, tcp.sequence);
    if (messageLength > 0 && captured >= 20) {
      buffer[at++] = 0x3a;
      at = putDecimal(buffer, at, (tcp.sequence + messageLength) >>> 0);
    }
    if ((flags & TcpFlag.ACK) !== 0) {
      at = putAscii(buffer, at, ACK);
      at = putDecimal(buffer, at, tcp.acknowledgment);
    }
    if (captured < 20) {
      out.commit(at);
      return true;
    }
    at = putAscii(buffer, at, WIN);
    at = putDecimal(buffer, at, tcp.window);
    if ((flags & TcpFlag.URG) !== 0) {
      at = putAscii(buffer, at, URG);
      at = putDecimal(buffer, at, tcp.urgentPointer);
    }
    if (whole && tcp.headerLength > 20) {
      at = putAscii(buffer, at, OPTIONS_OPEN);
      if (tcp.optionsCut) {
        // As tcpdump: the list as far as it was captured, then the line's `[|tcp]`.
        at = optionsWriter.write(tcp, buffer, at, true);
        // tcpdump's `>` after its `[|tcp]` for a named option that is not the first.
        if (optionsWriter.named === 2) context.afterTruncation = ">";
        out.commit(at);
        return true;
      }
      at = optionsWriter.write(tcp, buffer, at);
      buffer[at++] = 0x5d;
    }
    at = putAscii(buffer, at, LENGTH);
    at = putDecimal(buffer, at, messageLength);
    const shownBytes = whole ? decoder.payloadLength : 0;
    if (shownBytes === 0) {
      out.commit(at);
      return true;
    }
    at = putAscii(buffer, at, MESSAGE_OPEN);
    out.commit(at);
    const start = decoder.payloadOffset;
    const limit = context.messageLimit;
    const shown = limit > 0 ? Math.min(shownBytes, limit) : shownBytes;
    out.escaped(tcp.bytes, start, start + shown);
    at = out.reserve(TAIL_ROOM);
    buffer = out.buffer;
    buffer[at++] = 0x22;
    if (shown < shownBytes) {
      at = putAscii(buffer, at, MORE_OPEN);
      at = putDecimal(buffer, at, shownBytes - shown);
      at = putAscii(buffer, at, MORE_CLOSE);
    }
    if (shownBytes < messageLength) {
      at = putAscii(buffer, at, NOT_CAPTURED_OPEN);
      at = putDecimal(buffer, at, messageLength - shownBytes);
      at = putAscii(buffer, at, NOT_CAPTURED_CLOSE);
    }
    out.commit(at);
    return true;
  },
  flags(context) {
    transportChecksumFlag(context, "tcp", context.decoder.tcp);
  },
  detail(context) {
    const decoder = context.decoder;
    const tcp = decoder.tcp;
    const flags = tcp.flags;
    const flag = (name: string, bit: number): [string, string] => [
      name,
      yesNo((flags & bit) !== 0),
    ];
    const fields: [string, string | number][] = [
      ["Source Port", tcp.sourcePort],
      ["Destination Port", tcp.destinationPort],
      ["Sequence Number", tcp.sequence],
      ["Acknowledgment Number", tcp.acknowledgment],
      ["Data Offset", `${tcp.dataOffset} (${tcp.dataOffset * 4} bytes)`],
      flag("AE", TcpFlag.AE),
      flag("CWR", TcpFlag.CWR),
      flag("ECE", TcpFlag.ECE),
      flag("URG", TcpFlag.URG),
      flag("ACK", TcpFlag.ACK),
      flag("PSH", TcpFlag.PSH),
      flag("RST", TcpFlag.RST),
      flag("SYN", TcpFlag.SYN),
      flag("FIN", TcpFlag.FIN),
      ["Window", tcp.window],
      ["Checksum", checksumDetail(tcp.checksum, decoder.transportChecksum())],
      ["Urgent Pointer", tcp.urgentPointer],
    ];
    if (tcp.headerLength > 20) fields.push(["Options", tcpOptionsText(tcp)]);
    const streams = context.streams;
    if (streams !== null && streams.decoder === decoder && streams.stream >= 0) {
      streamDetail(streams, fields);
    }
    const length = decoder.payloadLength;
    const limit = context.messageLimit;
    const shown = limit > 0 ? Math.min(length, limit) : length;
    fields.push(["Message", `${length} bytes`]);
    if (length > 0) {
      const start = decoder.payloadOffset;
      const cut = shown < length ? `... (${length - shown} more bytes)` : "";
      fields.push(["Data", `"${escapeBytes(tcp.bytes, start, start + shown)}"${cut}`]);
    }
    context.add("Transmission Control Protocol", fields);
  },
  json(context) {
    const decoder = context.decoder;
    const tcp = decoder.tcp;
    const out = context.out;
    const available = tcp.end - tcp.offset;
    out.start("tcp");
    if (available >= 2) out.uint(KEY.srcport, tcp.sourcePort);
    if (available >= 4) out.uint(KEY.dstport, tcp.destinationPort);
    const streams = context.streams;
    const tracked = streams !== null && streams.decoder === decoder && streams.stream >= 0
      ? streams
      : null;
    if (tracked !== null) {
      out.uint(KEY.stream, tracked.stream);
      out.uint(KEY.completeness, tracked.completeness);
      if (tracked.hasSeq) out.uint(KEY.seq, tracked.relativeSeq);
      // A header quoted in an ICMP error: tshark shows its sequence number as sent.
      else if (tracked.quoted && available >= 8) out.uint(KEY.seq, tcp.sequence);
    }
    // tshark shows only the ports of a header cut before 16 bytes (it reads the fields up to
    // the window first); one cut later, up to the window, where reading the checksum fails.
    // It stops after the header length when that is under 20.
    if (available < 16) {
      out.end();
      return;
    }
    out.uint(KEY.seq_raw, tcp.sequence);
    const valid = tcp.dataOffset >= 5;
    if (valid) out.uint(KEY.ack_raw, tcp.acknowledgment);
    if (tracked !== null && tracked.hasAck) out.uint(KEY.ack, tracked.relativeAck);
    out.uint(KEY.hdr_len, tcp.dataOffset * 4);
    if (valid) {
      out.uint(KEY.flags, tcp.flagsWithReserved);
      out.uint(KEY.window_size_value, tcp.window);
    }
    if (valid && available >= 20) {
      out.uint(KEY.checksum, tcp.checksum);
      const status = decoder.transportChecksum();
      out.field("checksum_status", CHECKSUM_STATUS_NAMES[status]!);
      if (status === ChecksumStatus.Offloaded) out.field("checksum_offloaded", true);
      out.uint(KEY.urgent_pointer, tcp.urgentPointer);
    }
    out.uint(KEY.len, decoder.tcpLength);
    if (tracked !== null && tracked.hasNextSeq) out.uint(KEY.nxtseq, tracked.nextSeq);
    if (available < 20) {
      out.end();
      return;
    }
    if (tracked !== null) {
      const analysis = tracked.analysis;
      for (let bit = 0; analysis >>> bit !== 0; bit++) {
        if (analysis & (1 << bit)) out.flag(ANALYSIS_KEYS[bit]!);
      }
      if (analysis & TcpAnalysis.DuplicateAck) {
        out.uint(KEY.analysis_duplicate_ack_num, tracked.duplicateAckCount);
      }
    }
    const mss = tcp.mss;
    if (mss !== undefined) out.uint(KEY.options_mss_val, mss);
    const scale = tcp.windowScale;
    if (scale !== undefined) out.uint(KEY.options_wscale_shift, scale);
    if (tcp.sackPermitted) out.field("options_sack_perm", true);
    const blocks = tcp.sackBlockCount;
    if (blocks > 0) {
      const left: number[] = [];
      const right: number[] = [];
      for (let i = 0; i < blocks; i++) {
        left.push(tcp.sackLeft(i));
        right.push(tcp.sackRight(i));
      }
      out.raw("options_sack_le", `[${left.join(",")}]`);
      out.raw("options_sack_re", `[${right.join(",")}]`);
    }
    const tsval = tcp.timestampValue;
    if (tsval !== undefined) {
      out.uint(KEY.options_timestamp_tsval, tsval);
      out.uint(KEY.options_timestamp_tsecr, tcp.timestampEcho!);
    }
    // The data of a reset is its "reset cause" to tshark, not payload.
    const reset = (tcp.flags & TcpFlag.RST) !== 0;
    if (decoder.has(LayerType.TCP) && decoder.payloadLength > 0 && !reset) {
      // Only the outermost TCP's payload is shown: the first occurrence, as tshark's.
      if (!context.payloadShown) {
        context.payloadShown = true;
        out.hex("payload", tcp.bytes, decoder.payloadOffset, decoder.payloadEnd);
      }
    }
    out.end();
  },
};
