/**
 * TCP headers (RFC 9293): ports, sequence numbers, flags, window, checksum, urgent pointer;
 * options kept as a byte range; the message (payload) after the data offset.
 *
 * @module
 */

import { BaseLayer, DecodeStatus, Malformation, scanOptions, u16, u32 } from "./layer.ts";
import { LayerType } from "./layer_type.ts";

/** TCP flag bits, as in the 12 bits after the data offset (AE was called NS before RFC 9768). */
export const TcpFlag = {
  FIN: 0x001,
  SYN: 0x002,
  RST: 0x004,
  PSH: 0x008,
  ACK: 0x010,
  URG: 0x020,
  ECE: 0x040,
  CWR: 0x080,
  AE: 0x100,
} as const;

/** TCP option kinds the decoder reads. */
export const TcpOption = {
  EOL: 0,
  NOP: 1,
  MSS: 2,
  WindowScale: 3,
  SackPermitted: 4,
  Sack: 5,
  Timestamps: 8,
} as const;

/**
 * Calls `visit(kind, at, length)` for each TCP option in `bytes[start, end)`, in order, and
 * returns how many it saw. End of list (0) and no-op (1) are one byte; every other kind has a
 * length byte that counts both. It stops after the end of list, and at an option whose length
 * is under 2 or runs past `end`, which it reports with `length` -1; it never reads at or past
 * `end`. {@linkcode TCP.visitOptions} gives the options with their values read.
 *
 * @example The options of a SYN: MSS 1460, SACK permitted, no-op, window scale 7
 * ```ts
 * import assert from "node:assert/strict";
 * import { scanTcpOptions } from "./tcp.ts";
 *
 * const options = new Uint8Array([2, 4, 0x05, 0xb4, 4, 2, 1, 3, 3, 7]);
 * const seen: string[] = [];
 * const count = scanTcpOptions(options, 0, options.length, (kind, at, length) => {
 *   seen.push(`${kind}@${at}/${length}`);
 * });
 * assert.equal(count, 4);
 * assert.deepEqual(seen, ["2@0/4", "4@4/2", "1@6/1", "3@7/3"]);
 * ```
 */
export const scanTcpOptions: (
  bytes: Uint8Array,
  start: number,
  end: number,
  visit: (kind: number, at: number, length: number) => void,
) => number = scanOptions;

/** Where each field of a TCP header is, from its start (RFC 9293 §3.1). */
export const TcpField = {
  SourcePort: 0,
  DestinationPort: 2,
  Sequence: 4,
  Acknowledgment: 8,
  DataOffset: 12,
  Flags: 13,
  Window: 14,
  Checksum: 16,
  UrgentPointer: 18,
  Options: 20,
} as const;

/**
 * What a TCP option list holds, one call per option in the order sent, each with its values
 * read: the one parse of the options that text, `-v` and JSON all read (with
 * {@linkcode TCP.visitOptions}). An option of a known kind whose length is not that kind's
 * comes as `unknown`; one whose length byte is under 2 or runs past the header ends the list
 * as `malformed`.
 */
export interface TcpOptionVisitor {
  /** Kind 0: the list ends. */
  endOfList(): void;
  /** Kind 1: padding. */
  noOperation(): void;
  /** Kind 2: the largest segment the sender accepts. */
  maximumSegmentSize(value: number): void;
  /** Kind 3: the sender's window scale shift count. */
  windowScale(shift: number): void;
  /** Kind 4: the sender can take selective acknowledgments. */
  sackPermitted(): void;
  /**
   * Kind 5: `blocks` whole SACK blocks, read with {@linkcode TCP.optionWord} at `at + 8 * i`
   * (left edge) and `at + 8 * i + 4` (right edge).
   */
  sack(blocks: number, at: number): void;
  /** Kind 8: the timestamp value and the echoed one. */
  timestamps(value: number, echo: number): void;
  /** Any other kind, or a known kind with a length that is not its own. */
  unknown(kind: number, length: number): void;
  /** An option whose length byte is under 2 or runs past the header: the list stops here. */
  malformed(kind: number): void;
}

/** Most options 40 bytes of option space can hold. */
const MAX_OPTIONS = 40;

/**
 * A TCP header, decoded in place. The message is `bytes[payloadOffset, end)`: it starts after
 * the data offset (options included) and ends where the IP layer says the segment ends.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { TCP, TcpFlag } from "./tcp.ts";
 * import { DecodeStatus } from "./layer.ts";
 *
 * const segment = new Uint8Array([
 *   0xa4, 0x10, 0, 80, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x18, 0xff, 0xff, 0, 0, 0, 0,
 *   ...new TextEncoder().encode("print"),
 * ]);
 * const tcp = new TCP();
 * assert.ok(tcp.decode(segment, 0, segment.length) === DecodeStatus.Ok);
 * assert.ok(tcp.sourcePort === 42000 && tcp.destinationPort === 80);
 * assert.ok((tcp.flags & TcpFlag.PSH) !== 0 && tcp.payloadLength === 5);
 * ```
 */
export class TCP extends BaseLayer {
  /** Which layer this is: `LayerType.TCP`. */
  readonly type: typeof LayerType.TCP = LayerType.TCP;

  // The options, parsed once per packet on first use: kind, position and length of each
  // (length -1: malformed, which ends the list).
  #parsed = false;
  #optionCount = 0;
  readonly #optionKinds = new Uint8Array(MAX_OPTIONS);
  readonly #optionAt = new Int32Array(MAX_OPTIONS);
  readonly #optionLengths = new Int16Array(MAX_OPTIONS);
  readonly #record = (kind: number, at: number, length: number): void => {
    const i = this.#optionCount++;
    this.#optionKinds[i] = kind;
    this.#optionAt[i] = at;
    this.#optionLengths[i] = length;
  };

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 20;

  /**
   * Decodes the header at `bytes[offset]`, options included: `Truncated` under 20 bytes or
   * under the data offset's length; `Malformed` for a data offset under 5 words. `end` is where
   * the IP layer says the segment ends; `nextLayer` is `Payload` when message bytes follow the
   * options, `None` otherwise.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.headerLength = 20;
    this.#parsed = false;
    // BaseLayer.begin written out: a call shared by every layer class is megamorphic here.
    this.bytes = bytes, this.offset = offset, this.end = end, this.nextLayer = LayerType.None;
    if (end - offset < 20) return this.truncated(20);
    const headerLength = (bytes[offset + TcpField.DataOffset]! >> 4) * 4;
    if (headerLength < 20) return this.malformed(Malformation.DataOffset);
    this.headerLength = headerLength;
    if (end - offset < headerLength) return this.truncated(headerLength);
    this.nextLayer = end > offset + headerLength ? LayerType.Payload : LayerType.None;
    return DecodeStatus.Ok;
  }

  /** The sender's port (bytes 0–1). */
  get sourcePort(): number {
    return u16(this.bytes, this.offset + TcpField.SourcePort);
  }
  /** The receiver's port (bytes 2–3). */
  get destinationPort(): number {
    return u16(this.bytes, this.offset + TcpField.DestinationPort);
  }
  /** Sequence number as on the wire (absolute, not relative to the connection's start). */
  get sequence(): number {
    return u32(this.bytes, this.offset + TcpField.Sequence);
  }
  /**
   * Acknowledgment number (bytes 8–11): the next sequence number the sender expects from its
   * peer. Meaningful only with the ACK flag; absolute, as on the wire.
   */
  get acknowledgment(): number {
    return u32(this.bytes, this.offset + TcpField.Acknowledgment);
  }
  /** Data offset in 32-bit words, as on the wire. */
  get dataOffset(): number {
    return this.bytes[this.offset + TcpField.DataOffset]! >> 4;
  }
  /** The 9 flag bits; test them with {@linkcode TcpFlag}. */
  get flags(): number {
    const at = this.offset + TcpField.DataOffset;
    return ((this.bytes[at]! & 0x01) << 8) | this.bytes[at + 1]!;
  }
  /** The 9 flags and the 3 reserved bits before them, as tshark's `tcp.flags` shows them. */
  get flagsWithReserved(): number {
    const at = this.offset + TcpField.DataOffset;
    return ((this.bytes[at]! & 0x0f) << 8) | this.bytes[at + 1]!;
  }
  /**
   * Receive window (bytes 14–15): bytes the sender can take, before scaling by the shift its
   * SYN's window scale option set.
   */
  get window(): number {
    return u16(this.bytes, this.offset + TcpField.Window);
  }
  /**
   * Checksum as sent (bytes 16–17), over a pseudo-header, the header and the message; verify it
   * with {@linkcode Decoder.transportChecksum}.
   */
  get checksum(): number {
    return u16(this.bytes, this.offset + TcpField.Checksum);
  }
  /**
   * Urgent pointer (bytes 18–19): where urgent data ends, as an offset from the sequence number.
   * Meaningful only with the URG flag.
   */
  get urgentPointer(): number {
    return u16(this.bytes, this.offset + TcpField.UrgentPointer);
  }
  /** Where the options start in `bytes`; they run to `payloadOffset`. */
  get optionsOffset(): number {
    return this.offset + TcpField.Options;
  }
  /** Where the message starts in `bytes`. */
  get payloadOffset(): number {
    return this.offset + this.headerLength;
  }
  /** Bytes of message captured (the segment may be longer on the wire). */
  get payloadLength(): number {
    return Math.max(0, this.end - this.payloadOffset);
  }

  /**
   * Calls `visitor` once per option, in order. The options are parsed once per packet, as far
   * as they were captured; every reader (these getters, text, `-v`, JSON) replays that parse.
   */
  visitOptions(visitor: TcpOptionVisitor): void {
    this.#parseOptions();
    const bytes = this.bytes;
    for (let i = 0; i < this.#optionCount; i++) {
      const kind = this.#optionKinds[i]!;
      const at = this.#optionAt[i]!;
      const length = this.#optionLengths[i]!;
      if (length < 0) visitor.malformed(kind);
      else if (kind === TcpOption.EOL) visitor.endOfList();
      else if (kind === TcpOption.NOP) visitor.noOperation();
      else if (kind === TcpOption.MSS && length === 4) {
        visitor.maximumSegmentSize(u16(bytes, at + 2));
      } else if (kind === TcpOption.WindowScale && length === 3) {
        visitor.windowScale(bytes[at + 2]!);
      } else if (kind === TcpOption.SackPermitted && length === 2) visitor.sackPermitted();
      else if (kind === TcpOption.Timestamps && length === 10) {
        visitor.timestamps(u32(bytes, at + 2), u32(bytes, at + 6));
      } else if (kind === TcpOption.Sack) visitor.sack((length - 2) >> 3, at + 2);
      else visitor.unknown(kind, length);
    }
  }

  /** The 32-bit word at `at` in the header's bytes (a SACK edge, for {@linkcode TcpOptionVisitor.sack}). */
  optionWord(at: number): number {
    return u32(this.bytes, at);
  }

  /** Maximum segment size option, or undefined. */
  get mss(): number | undefined {
    const at = this.#find(TcpOption.MSS, 4);
    return at < 0 ? undefined : u16(this.bytes, at + 2);
  }
  /** Window scale shift count, or undefined. */
  get windowScale(): number | undefined {
    const at = this.#find(TcpOption.WindowScale, 3);
    return at < 0 ? undefined : this.bytes[at + 2]!;
  }
  /** True when the SACK-permitted option is present. */
  get sackPermitted(): boolean {
    return this.#find(TcpOption.SackPermitted, 2) >= 0;
  }
  /** Timestamp value (TSval), or undefined. */
  get timestampValue(): number | undefined {
    const at = this.#find(TcpOption.Timestamps, 10);
    return at < 0 ? undefined : u32(this.bytes, at + 2);
  }
  /** Timestamp echo reply (TSecr), or undefined. */
  get timestampEcho(): number | undefined {
    const at = this.#find(TcpOption.Timestamps, 10);
    return at < 0 ? undefined : u32(this.bytes, at + 6);
  }
  /** How many SACK blocks the SACK option holds (0 without a well-formed one). */
  get sackBlockCount(): number {
    const i = this.#findSack();
    return i < 0 ? 0 : (this.#optionLengths[i]! - 2) / 8;
  }
  /** Left edge of SACK block `i`. */
  sackLeft(i: number): number {
    return u32(this.bytes, this.#optionAt[this.#findSack()]! + 2 + 8 * i);
  }
  /** Right edge of SACK block `i`. */
  sackRight(i: number): number {
    return u32(this.bytes, this.#optionAt[this.#findSack()]! + 6 + 8 * i);
  }
  /** True when an option's length was under 2 or ran past the header. */
  get optionsMalformed(): boolean {
    this.#parseOptions();
    const last = this.#optionCount - 1;
    return last >= 0 && this.#optionLengths[last]! < 0;
  }

  /**
   * True when the capture ended inside the options (the header runs past the captured bytes)
   * and the list stops there, not at an option malformed in what was captured: tcpdump's
   * `[|tcp]`. An option whose length byte was captured and is under 2, or runs past the header,
   * is malformed instead, cut capture or not.
   */
  get optionsCut(): boolean {
    const headerEnd = this.offset + this.headerLength;
    if (this.end >= headerEnd) return false;
    this.#parseOptions();
    const last = this.#optionCount - 1;
    if (last < 0) return true;
    // An end-of-list option ends the list whatever follows, captured or not.
    if (this.#optionKinds[last] === TcpOption.EOL) return false;
    if (this.#optionLengths[last]! >= 0) return true;
    const at = this.#optionAt[last]!;
    if (at + 1 >= this.end) return true;
    const length = this.bytes[at + 1]!;
    return length >= 2 && at + length <= headerEnd;
  }

  /**
   * True when {@linkcode TCP.optionsCut} and the option the capture cut has its kind and length
   * bytes captured (only its value is missing): tcpdump names such an option before `[|tcp]`.
   */
  get cutOptionNamed(): boolean {
    if (!this.optionsCut) return false;
    const last = this.#optionCount - 1;
    return last >= 0 && this.#optionLengths[last]! < 0 && this.#optionAt[last]! + 1 < this.end;
  }

  /** Where the last option of this kind and length starts, or -1 (the last one wins, as before). */
  #find(kind: number, length: number): number {
    this.#parseOptions();
    let found = -1;
    for (let i = 0; i < this.#optionCount; i++) {
      if (this.#optionKinds[i] === kind && this.#optionLengths[i] === length) {
        found = this.#optionAt[i]!;
      }
    }
    return found;
  }

  /** The index of the last well-formed SACK option, or -1. */
  #findSack(): number {
    this.#parseOptions();
    let found = -1;
    for (let i = 0; i < this.#optionCount; i++) {
      const length = this.#optionLengths[i]!;
      if (this.#optionKinds[i] === TcpOption.Sack && length >= 10 && (length - 2) % 8 === 0) {
        found = i;
      }
    }
    return found;
  }

  #parseOptions(): void {
    if (this.#parsed) return;
    this.#parsed = true;
    this.#optionCount = 0;
    // A header cut short has its options parsed only as far as they were captured.
    const end = Math.min(this.offset + this.headerLength, this.end);
    scanOptions(this.bytes, this.offset + TcpField.Options, end, this.#record);
  }
}
