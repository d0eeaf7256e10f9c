/**
 * UDP headers (RFC 768): ports, length, checksum; the datagram's data follows.
 *
 * @module
 */

import { BaseLayer, DecodeStatus, u16 } from "./layer.ts";
import { layerForUdpPorts, LayerType } from "./layer_type.ts";

/** Where each field of a UDP header is, from its start. */
export const UdpField = { SourcePort: 0, DestinationPort: 2, Length: 4, Checksum: 6 } as const;

/**
 * A UDP header, decoded in place. The data runs to the end the UDP length states, or to the
 * end of what was captured if that is sooner.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { UDP } from "./udp.ts";
 * import { DecodeStatus } from "./layer.ts";
 *
 * const datagram = new Uint8Array([0x30, 0x39, 0, 53, 0, 12, 0, 0, 1, 2, 3, 4]);
 * const udp = new UDP();
 * assert.equal(udp.decode(datagram, 0, datagram.length), DecodeStatus.Ok);
 * assert.equal(udp.sourcePort, 12345);
 * assert.equal(udp.length, 12);
 * ```
 */
export class UDP extends BaseLayer {
  /** Which layer this is: `LayerType.UDP`. */
  readonly type: typeof LayerType.UDP = LayerType.UDP;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 8;

  /**
   * Decodes the 8-byte header at `bytes[offset]`: `Truncated` under 8 bytes, never
   * `Malformed`. `end` becomes the end the UDP length gives when that comes before the
   * captured end (a length under 8 is ignored); `nextLayer` is the tunnel the ports announce
   * (VXLAN on 4789, Geneve on 6081), else `Payload` when data follows, else `None`.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    // BaseLayer.begin written out: a call shared by every layer class is megamorphic here.
    this.bytes = bytes, this.offset = offset, this.end = end, this.nextLayer = LayerType.None;
    if (end - offset < 8) return this.truncated(8);
    const length = u16(bytes, offset + UdpField.Length);
    if (length >= 8 && offset + length < end) this.end = offset + length;
    // Protocols carried over UDP (tunnels) are known by their port, as Wireshark knows them.
    const carried = layerForUdpPorts(
      u16(bytes, offset + UdpField.SourcePort),
      u16(bytes, offset + UdpField.DestinationPort),
    );
    this.nextLayer = carried !== LayerType.None
      ? carried
      : this.end > offset + 8
      ? LayerType.Payload
      : LayerType.None;
    return DecodeStatus.Ok;
  }

  /** The sender's port (bytes 0–1); 0 when the sender expects no reply. */
  get sourcePort(): number {
    return u16(this.bytes, this.offset + UdpField.SourcePort);
  }
  /** The receiver's port (bytes 2–3). */
  get destinationPort(): number {
    return u16(this.bytes, this.offset + UdpField.DestinationPort);
  }
  /** Header and data length as the header states it. */
  get length(): number {
    return u16(this.bytes, this.offset + UdpField.Length);
  }
  /**
   * Checksum as sent (bytes 6–7), over a pseudo-header, the header and the data; 0 over IPv4
   * means the sender computed none. Verify it with {@linkcode Decoder.transportChecksum}.
   */
  get checksum(): number {
    return u16(this.bytes, this.offset + UdpField.Checksum);
  }
}
