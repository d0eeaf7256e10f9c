/**
 * TCP headers (RFC 9293): ports, sequence numbers, flags, window, checksum, urgent pointer;
 * options kept as a byte range; the message (payload) after the data offset.
 *
 * @module
 */

import {
  DecodeStatus,
  type DecodingLayer,
  LayerType,
  NO_BYTES,
  scanOptions,
  u16,
  u32,
} from "./layer.ts";

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

/** Scans TCP options: see {@linkcode scanOptions}. */
export const scanTcpOptions = scanOptions;

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
export class TCP implements DecodingLayer {
  readonly type = LayerType.TCP;
  bytes: Uint8Array = NO_BYTES;
  offset = 0;
  headerLength = 20;
  end = 0;
  nextLayer: LayerType = LayerType.None;
  needed = 0;
  invalidField = "";

  // Where each option was found, filled on first use by #scanOptions (-1: absent).
  #scanned = false;
  #mssAt = -1;
  #windowScaleAt = -1;
  #timestampsAt = -1;
  #sackAt = -1;
  #sackBlocks = 0;
  #sackPermitted = false;
  #optionsMalformed = false;
  readonly #visit = (kind: number, at: number, length: number): void => {
    if (length < 0) this.#optionsMalformed = true;
    else if (kind === TcpOption.MSS && length === 4) this.#mssAt = at + 2;
    else if (kind === TcpOption.WindowScale && length === 3) this.#windowScaleAt = at + 2;
    else if (kind === TcpOption.SackPermitted && length === 2) this.#sackPermitted = true;
    else if (kind === TcpOption.Timestamps && length === 10) this.#timestampsAt = at + 2;
    else if (kind === TcpOption.Sack && length >= 10 && (length - 2) % 8 === 0) {
      this.#sackAt = at + 2;
      this.#sackBlocks = (length - 2) / 8;
    }
  };

  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.bytes = bytes;
    this.offset = offset;
    this.end = end;
    this.headerLength = 20;
    this.#scanned = false;
    this.nextLayer = LayerType.None;
    if (end - offset < 20) {
      this.needed = 20;
      return DecodeStatus.Truncated;
    }
    const headerLength = (bytes[offset + 12]! >> 4) * 4;
    if (headerLength < 20) {
      this.invalidField = "data offset";
      return DecodeStatus.Malformed;
    }
    this.headerLength = headerLength;
    if (end - offset < headerLength) {
      this.needed = headerLength;
      return DecodeStatus.Truncated;
    }
    this.nextLayer = end > offset + headerLength ? LayerType.Payload : LayerType.None;
    return DecodeStatus.Ok;
  }

  get sourcePort(): number {
    return u16(this.bytes, this.offset);
  }
  get destinationPort(): number {
    return u16(this.bytes, this.offset + 2);
  }
  /** Sequence number as on the wire (absolute, not relative to the connection's start). */
  get sequence(): number {
    return u32(this.bytes, this.offset + 4);
  }
  get acknowledgment(): number {
    return u32(this.bytes, this.offset + 8);
  }
  /** Data offset in 32-bit words, as on the wire. */
  get dataOffset(): number {
    return this.bytes[this.offset + 12]! >> 4;
  }
  /** The 9 flag bits; test them with {@linkcode TcpFlag}. */
  get flags(): number {
    return ((this.bytes[this.offset + 12]! & 0x01) << 8) | this.bytes[this.offset + 13]!;
  }
  /** The 9 flags and the 3 reserved bits before them, as tshark's `tcp.flags` shows them. */
  get flagsWithReserved(): number {
    return ((this.bytes[this.offset + 12]! & 0x0f) << 8) | this.bytes[this.offset + 13]!;
  }
  get window(): number {
    return u16(this.bytes, this.offset + 14);
  }
  get checksum(): number {
    return u16(this.bytes, this.offset + 16);
  }
  get urgentPointer(): number {
    return u16(this.bytes, this.offset + 18);
  }
  /** Where the options start in `bytes`; they run to `payloadOffset`. */
  get optionsOffset(): number {
    return this.offset + 20;
  }
  /** Where the message starts in `bytes`. */
  get payloadOffset(): number {
    return this.offset + this.headerLength;
  }
  /** Bytes of message captured (the segment may be longer on the wire). */
  get payloadLength(): number {
    return Math.max(0, this.end - this.payloadOffset);
  }

  /** Maximum segment size option, or undefined. */
  get mss(): number | undefined {
    this.#scanOptions();
    return this.#mssAt < 0 ? undefined : u16(this.bytes, this.#mssAt);
  }
  /** Window scale shift count, or undefined. */
  get windowScale(): number | undefined {
    this.#scanOptions();
    return this.#windowScaleAt < 0 ? undefined : this.bytes[this.#windowScaleAt]!;
  }
  /** True when the SACK-permitted option is present. */
  get sackPermitted(): boolean {
    this.#scanOptions();
    return this.#sackPermitted;
  }
  /** Timestamp value (TSval), or undefined. */
  get timestampValue(): number | undefined {
    this.#scanOptions();
    return this.#timestampsAt < 0 ? undefined : u32(this.bytes, this.#timestampsAt);
  }
  /** Timestamp echo reply (TSecr), or undefined. */
  get timestampEcho(): number | undefined {
    this.#scanOptions();
    return this.#timestampsAt < 0 ? undefined : u32(this.bytes, this.#timestampsAt + 4);
  }
  /** How many SACK blocks the SACK option holds (0 without one). */
  get sackBlockCount(): number {
    this.#scanOptions();
    return this.#sackAt < 0 ? 0 : this.#sackBlocks;
  }
  /** Left edge of SACK block `i`. */
  sackLeft(i: number): number {
    return u32(this.bytes, this.#sackAt + 8 * i);
  }
  /** Right edge of SACK block `i`. */
  sackRight(i: number): number {
    return u32(this.bytes, this.#sackAt + 8 * i + 4);
  }
  /** True when an option's length was under 2 or ran past the header. */
  get optionsMalformed(): boolean {
    this.#scanOptions();
    return this.#optionsMalformed;
  }

  #scanOptions(): void {
    if (this.#scanned) return;
    this.#scanned = true;
    this.#mssAt =
      this.#windowScaleAt =
      this.#timestampsAt =
      this.#sackAt =
        -1;
    this.#sackBlocks = 0;
    this.#sackPermitted = this.#optionsMalformed = false;
    // A header cut short has its options scanned only as far as they were captured.
    const end = Math.min(this.offset + this.headerLength, this.end);
    scanOptions(this.bytes, this.offset + 20, end, this.#visit);
  }
}
