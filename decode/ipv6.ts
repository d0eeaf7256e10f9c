/**
 * IPv6 headers (RFC 8200): the fixed header and the extension headers that follow it.
 *
 * @module
 */

import { formatIPv6 } from "./address.ts";
import { IpProtocol } from "./ip_protocol.ts";
import { BaseLayer, DecodeStatus, Malformation, u16, u32 } from "./layer.ts";
import { layerForProtocol, LayerType } from "./layer_type.ts";

/** Where each field of the fixed IPv6 header is, from its start (RFC 8200 §3). */
export const Ipv6Field = {
  VersionClassFlow: 0,
  PayloadLength: 4,
  NextHeader: 6,
  HopLimit: 7,
  Source: 8,
  Destination: 24,
  Extensions: 40,
} as const;

/** Most extension headers a packet may chain before decoding gives up on it as malformed. */
const MAX_EXTENSIONS = 16;

/**
 * An IPv6 header and its extension headers (hop-by-hop, routing, fragment, destination
 * options, AH), decoded in place. `headerLength` covers them all, so the next layer starts at
 * the upper-layer header; `upperProtocol` names it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { IPv6 } from "./ipv6.ts";
 * import { DecodeStatus, LayerType } from "./layer.ts";
 *
 * const header = new Uint8Array(40);
 * header.set([0x60, 0, 0, 0, 0, 0, 6, 64]);
 * header[23] = 1; // source ::1
 * header[39] = 1; // destination ::1
 * const ip = new IPv6();
 * assert.ok(ip.decode(header, 0, header.length) === DecodeStatus.Ok);
 * assert.ok(ip.source === "::1" && ip.hopLimit === 64 && ip.nextLayer === LayerType.TCP);
 * ```
 */
export class IPv6 extends BaseLayer {
  /** Which layer this is: `LayerType.IPv6`. */
  readonly type: typeof LayerType.IPv6 = LayerType.IPv6;
  /** The protocol after the last extension header. */
  upperProtocol = 0;
  /** How many extension headers were skipped. */
  extensionCount = 0;
  /** Where the fragment header is, or -1 when the packet has none. */
  fragmentHeaderOffset: number = -1;
  /** Where the first routing header is, or -1 when the packet has none. */
  routingHeaderOffset: number = -1;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 40;

  /**
   * Decodes the fixed header at `bytes[offset]` and the extension headers after it:
   * `Truncated` under 40 bytes or inside an extension header; `Malformed` for a version other
   * than 6 or a chain of more than 16 extension headers. `end` becomes the end the payload
   * length gives when that comes before the captured end (a payload length of 0, a jumbogram or
   * an offloaded segment, runs to the captured end); `headerLength` covers the extension headers;
   * `nextLayer` is the layer `upperProtocol` announces, or `Fragment` for a fragment after the
   * first.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.headerLength = 40;
    this.extensionCount = 0;
    this.fragmentHeaderOffset = -1;
    this.routingHeaderOffset = -1;
    // BaseLayer.begin written out: a call shared by every layer class is megamorphic here.
    this.bytes = bytes, this.offset = offset, this.end = end, this.nextLayer = LayerType.None;
    if (end - offset < 40) return this.truncated(40);
    if (bytes[offset]! >> 4 !== 6) return this.malformed(Malformation.Version);
    // A payload length of 0 is a jumbogram or an offloaded segment: it runs to the captured end.
    const payloadLength = u16(bytes, offset + 4);
    if (payloadLength !== 0 && offset + 40 + payloadLength < end) {
      this.end = offset + 40 + payloadLength;
    }
    let protocol = bytes[offset + 6]!;
    let position = offset + 40;
    let firstFragment = true;
    while (isExtension(protocol)) {
      if (this.extensionCount === MAX_EXTENSIONS) {
        return this.malformed(Malformation.ExtensionHeaders);
      }
      if (this.end - position < 8) {
        this.upperProtocol = protocol;
        return this.truncated(position - offset + 8);
      }
      let length: number;
      if (protocol === IpProtocol.Fragment) {
        length = 8;
        this.fragmentHeaderOffset = position;
        firstFragment = (u16(bytes, position + 2) & 0xfff8) === 0;
      } else if (protocol === IpProtocol.AH) {
        length = (bytes[position + 1]! + 2) * 4;
      } else {
        length = (bytes[position + 1]! + 1) * 8;
      }
      if (this.end - position < length) {
        this.upperProtocol = protocol;
        return this.truncated(position - offset + length);
      }
      if (protocol === IpProtocol.Routing && this.routingHeaderOffset < 0) {
        this.routingHeaderOffset = position;
      }
      protocol = bytes[position]!;
      position += length;
      this.extensionCount++;
    }
    this.headerLength = position - offset;
    this.upperProtocol = protocol;
    this.nextLayer = firstFragment ? layerForProtocol(protocol) : LayerType.Fragment;
    return DecodeStatus.Ok;
  }

  /**
   * Bytes after the extension headers as the payload length states them (the transport header
   * and its data, tshark's view); with a payload length of 0 (jumbogram, offload), those
   * captured.
   */
  get upperLength(): number {
    const length = this.payloadLength;
    return length === 0
      ? this.end - this.offset - this.headerLength
      : length - (this.headerLength - 40);
  }

  /** IP version, the upper 4 bits of byte 0: 6 (a header with another version is malformed). */
  get version(): number {
    return this.bytes[this.offset]! >> 4;
  }
  /** Traffic class (DSCP and ECN). */
  get trafficClass(): number {
    return (u16(this.bytes, this.offset) >> 4) & 0xff;
  }
  /** Flow label (low 20 bits of bytes 0–3): the sender's tag for one flow's packets; 0 for none. */
  get flowLabel(): number {
    return u32(this.bytes, this.offset) & 0xfffff;
  }
  /** Payload length as the header states it (extension headers included). */
  get payloadLength(): number {
    return u16(this.bytes, this.offset + 4);
  }
  /** The first next-header value, in the fixed header. */
  get nextHeader(): number {
    return this.bytes[this.offset + 6]!;
  }
  /** Hop limit (byte 7): hops left before a router drops the packet (IPv4's time to live). */
  get hopLimit(): number {
    return this.bytes[this.offset + 7]!;
  }
  /** Source address (bytes 8–23) in RFC 5952 form: `2001:db8::1`. */
  get source(): string {
    return formatIPv6(this.bytes, this.offset + 8);
  }
  /**
   * Destination address (bytes 24–39) in RFC 5952 form. With a routing header it is the next
   * hop, not always the final destination: see {@linkcode IPv6.finalDestinationOffset}.
   */
  get destination(): string {
    return formatIPv6(this.bytes, this.offset + 24);
  }
  /**
   * Where the final destination address is: the destination field, or, while a routing header
   * has segments left, the address it will end at (RFC 8200 §8.1, for checksums).
   */
  get finalDestinationOffset(): number {
    const r = this.routingHeaderOffset;
    if (r >= 0 && this.bytes[r + 3]! > 0) {
      const type = this.bytes[r + 2]!;
      const addresses = Math.floor(this.bytes[r + 1]! / 2);
      if (type === 0 && addresses > 0) return r + 8 + 16 * (addresses - 1);
      if ((type === 2 || type === 4) && addresses > 0) return r + 8;
    }
    return this.offset + 24;
  }

  /** True when the packet is longer than what was captured of it. */
  get payloadTruncated(): boolean {
    const length = this.payloadLength;
    return length !== 0 && this.offset + 40 + length > this.end;
  }
}

function isExtension(protocol: number): boolean {
  return protocol === IpProtocol.HopByHop || protocol === IpProtocol.Routing ||
    protocol === IpProtocol.Fragment || protocol === IpProtocol.DestinationOptions ||
    protocol === IpProtocol.AH;
}
