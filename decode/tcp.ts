/**
 * TCP headers (RFC 9293): ports, sequence numbers, flags, window, checksum, urgent pointer;
 * options kept as a byte range; the message (payload) after the data offset.
 *
 * @module
 */

import { DecodeStatus, type DecodingLayer, LayerType, NO_BYTES, u16, u32 } from "./layer.ts";

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

  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.bytes = bytes;
    this.offset = offset;
    this.end = end;
    this.headerLength = 20;
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
}
