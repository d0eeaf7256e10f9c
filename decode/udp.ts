/**
 * UDP headers (RFC 768): ports, length, checksum; the datagram's data follows.
 *
 * @module
 */

import { DecodeStatus, type DecodingLayer, LayerType, NO_BYTES, u16 } from "./layer.ts";
import { TunnelPort } from "./tunnel.ts";

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
export class UDP implements DecodingLayer {
  readonly type = LayerType.UDP;
  bytes: Uint8Array = NO_BYTES;
  offset = 0;
  headerLength = 8;
  end = 0;
  nextLayer: LayerType = LayerType.None;
  needed = 0;
  invalidField = "";

  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.bytes = bytes;
    this.offset = offset;
    this.end = end;
    this.nextLayer = LayerType.None;
    if (end - offset < 8) {
      this.needed = 8;
      return DecodeStatus.Truncated;
    }
    const length = u16(bytes, offset + 4);
    if (length >= 8 && offset + length < end) this.end = offset + length;
    this.nextLayer = this.end > offset + 8 ? LayerType.Payload : LayerType.None;
    // Tunnels are known by their port, as Wireshark knows them.
    const destination = u16(bytes, offset + 2);
    const source = u16(bytes, offset);
    if (destination === TunnelPort.VXLAN || source === TunnelPort.VXLAN) {
      this.nextLayer = LayerType.VXLAN;
    } else if (destination === TunnelPort.Geneve || source === TunnelPort.Geneve) {
      this.nextLayer = LayerType.Geneve;
    }
    return DecodeStatus.Ok;
  }

  get sourcePort(): number {
    return u16(this.bytes, this.offset);
  }
  get destinationPort(): number {
    return u16(this.bytes, this.offset + 2);
  }
  /** Header and data length as the header states it. */
  get length(): number {
    return u16(this.bytes, this.offset + 4);
  }
  get checksum(): number {
    return u16(this.bytes, this.offset + 6);
  }
}
