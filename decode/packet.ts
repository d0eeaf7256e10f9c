/**
 * One captured frame: its bytes, lengths and timestamp. Pure data: importing it needs no FFI.
 *
 * @module
 */

const EMPTY = new Uint8Array(0);

/**
 * A captured frame.
 *
 * A `Packet` handed out by a {@linkcode Capture} is **borrowed**: the object and its bytes are
 * reused for the next packet (libpcap overwrites or frees the memory on its next read). Read what
 * you need before asking for the next packet, or keep a {@linkcode Packet.copy}.
 *
 * @example Keeping a packet beyond the next read
 * ```ts
 * import assert from "node:assert/strict";
 * import { Packet } from "./packet.ts";
 *
 * const borrowed = Packet.from(new Uint8Array([1, 2, 3, 4]), { wireLength: 60 });
 * const kept = borrowed.copy();
 * borrowed.buffer[0] = 99; // what the next read would do to a borrowed view
 * assert.ok(kept.data[0] === 1 && kept.captureLength === 4 && kept.wireLength === 60);
 * ```
 */
export class Packet {
  /** Seconds since the Unix epoch. */
  seconds = 0;
  /** Microseconds within the second (0–999999). */
  microseconds = 0;
  /** Bytes captured: what `buffer` holds for this packet (libpcap's `caplen`). */
  captureLength = 0;
  /** Bytes the frame had on the wire (libpcap's `len`); more than `captureLength` when cut by the snapshot length. */
  wireLength = 0;
  /** The link-layer type (`DLT_*` / `LINKTYPE_*` number) of the capture the packet came from. */
  linkType = 1;
  /** 1-based position of the packet in its capture. */
  number = 0;
  /**
   * The memory the bytes are read through. Borrowed, and possibly longer than the packet: only
   * `[0, captureLength)` belongs to this packet. Decoders take it with `captureLength` so that
   * reading a packet allocates nothing; everyone else should use {@linkcode Packet.data}.
   */
  buffer: Uint8Array = EMPTY;
  #data: Uint8Array | undefined;

  /** The packet's bytes, exactly `captureLength` long. Borrowed, like the packet. */
  get data(): Uint8Array {
    if (this.#data === undefined) {
      this.#data = this.buffer.subarray(0, this.captureLength);
    }
    return this.#data;
  }

  /** The timestamp as seconds since the epoch, with microseconds as the fraction. */
  get time(): number {
    return this.seconds + this.microseconds / 1e6;
  }

  /** True when the snapshot length cut the frame short. */
  get truncated(): boolean {
    return this.captureLength < this.wireLength;
  }

  /**
   * Points this packet at new bytes. Called by the capture for every read; a caller filling its
   * own packets uses {@linkcode Packet.from}.
   */
  reset(buffer: Uint8Array, captureLength: number, wireLength: number): void {
    this.buffer = buffer;
    this.captureLength = captureLength;
    this.wireLength = wireLength;
    this.#data = undefined;
  }

  /** An owned copy: its bytes stay valid whatever the capture reads next. */
  copy(): Packet {
    const copy = new Packet();
    copy.seconds = this.seconds;
    copy.microseconds = this.microseconds;
    copy.linkType = this.linkType;
    copy.number = this.number;
    copy.reset(this.data.slice(), this.captureLength, this.wireLength);
    return copy;
  }

  /** A packet over bytes you hold, for decoding frames that did not come from libpcap. */
  static from(
    bytes: Uint8Array,
    fields: Partial<
      Pick<Packet, "seconds" | "microseconds" | "wireLength" | "linkType" | "number">
    > = {},
  ): Packet {
    const packet = new Packet();
    packet.reset(bytes, bytes.length, fields.wireLength ?? bytes.length);
    packet.seconds = fields.seconds ?? 0;
    packet.microseconds = fields.microseconds ?? 0;
    packet.linkType = fields.linkType ?? 1;
    packet.number = fields.number ?? 1;
    return packet;
  }
}
