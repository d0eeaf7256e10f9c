/**
 * Tunnels that carry whole packets: GRE (with ERSPAN types I, II and III), VXLAN and Geneve.
 * Each decodes its own header and names the layer the carried packet starts with; the
 * {@linkcode Decoder} decodes that packet with a second, inner decoder.
 *
 * @module
 */

import { BaseLayer, DecodeStatus, type DecodingLayer, Malformation, u16, u32 } from "./layer.ts";
import { LayerType } from "./layer_type.ts";

/** UDP ports whose datagrams are tunnels. */
export const TunnelPort = { VXLAN: 4789, Geneve: 6081 } as const;

/** The first layer of a packet carried with this protocol type (an EtherType), or `None`. */
function innerLayerFor(protocolType: number): LayerType {
  switch (protocolType) {
    case 0x0800:
      return LayerType.IPv4;
    case 0x86dd:
      return LayerType.IPv6;
    case 0x6558: // transparent Ethernet bridging
      return LayerType.Ethernet;
    default:
      return LayerType.None;
  }
}

/** A header that carries a packet: after decoding, `innerLayer` names its first layer. */
export type TunnelLayer = DecodingLayer;

/**
 * A GRE header (RFC 2784/2890, and PPTP's version 1), with the ERSPAN header that follows it
 * for mirrored traffic.
 *
 * @example Transparent Ethernet bridging with a key
 * ```ts
 * import assert from "node:assert/strict";
 * import { Gre } from "./tunnel.ts";
 * import { DecodeStatus, LayerType } from "./layer.ts";
 *
 * const gre = new Gre();
 * const header = new Uint8Array([0x20, 0, 0x65, 0x58, 0, 0, 0, 42]);
 * assert.equal(gre.decode(header, 0, header.length), DecodeStatus.Ok);
 * assert.equal(gre.headerLength, 8);
 * assert.equal(gre.key, 42);
 * assert.equal(gre.innerLayer, LayerType.Ethernet);
 * ```
 */
export class Gre extends BaseLayer {
  /** Which layer this is: `LayerType.GRE`. */
  readonly type: typeof LayerType.GRE = LayerType.GRE;
  #keyAt = -1;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 4;

  /**
   * Decodes the GRE header at `bytes[offset]` with its optional fields (checksum, key and
   * sequence number as its flags say; PPTP's key, sequence and acknowledgment for version 1),
   * and the ERSPAN header after it (protocol 0x88be: type II, or type I without a sequence
   * number; 0x22eb: type III and its platform subheader): `Truncated` when shorter, never
   * `Malformed`. `innerLayer` is `Ethernet` for ERSPAN and for transparent Ethernet bridging
   * (0x6558), `IPv4` or `IPv6` for those protocol types in version 0, `None` otherwise.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.#keyAt = -1;
    if (this.begin(bytes, offset, end) < 4) return this.truncated(4);
    const flags = u16(bytes, offset);
    const version = flags & 0x7;
    const protocol = u16(bytes, offset + 2);
    let length = 4;
    if (version === 1) {
      // Enhanced GRE (PPTP): the key is always there; sequence and acknowledgment may be.
      this.#keyAt = offset + 4;
      length = 8 + (flags & 0x1000 ? 4 : 0) + (flags & 0x0080 ? 4 : 0);
    } else {
      if (flags & 0xc000) length += 4; // checksum (and the offset beside it)
      if (flags & 0x2000) {
        this.#keyAt = offset + length;
        length += 4;
      }
      if (flags & 0x1000) length += 4;
    }
    if (protocol === 0x88be) {
      // ERSPAN: type II has an 8-byte header and a GRE sequence number; type I has neither.
      if (flags & 0x1000) length += 8;
      this.innerLayer = LayerType.Ethernet;
    } else if (protocol === 0x22eb) {
      // ERSPAN type III: 12 bytes, and an 8-byte platform subheader when the O flag is set.
      if (end - offset >= length + 12) length += 12 + (bytes[offset + length + 11]! & 0x1 ? 8 : 0);
      else length += 12;
      this.innerLayer = LayerType.Ethernet;
    } else if (version === 0) {
      this.innerLayer = innerLayerFor(protocol);
    }
    this.headerLength = length;
    if (end - offset < length) {
      this.innerLayer = LayerType.None;
      return this.truncated(length);
    }
    return DecodeStatus.Ok;
  }

  /** Version (0, or 1 for PPTP). */
  get version(): number {
    return u16(this.bytes, this.offset) & 0x7;
  }
  /** The protocol type of what is carried (an EtherType). */
  get protocolType(): number {
    return u16(this.bytes, this.offset + 2);
  }
  /** The key, or undefined without one. */
  get key(): number | undefined {
    return this.#keyAt < 0 ? undefined : u32(this.bytes, this.#keyAt);
  }
}

/**
 * A VXLAN header (RFC 7348): flags and a 24-bit network identifier, then an Ethernet frame.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Vxlan } from "./tunnel.ts";
 *
 * const vxlan = new Vxlan();
 * vxlan.decode(new Uint8Array([0x08, 0, 0, 0, 0, 0x12, 0x34, 0]), 0, 8);
 * assert.equal(vxlan.vni, 0x1234);
 * ```
 */
export class Vxlan extends BaseLayer {
  /** Which layer this is: `LayerType.VXLAN`. */
  readonly type: typeof LayerType.VXLAN = LayerType.VXLAN;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 8;

  /**
   * Decodes the 8-byte header at `bytes[offset]`: `Truncated` under 8 bytes, never `Malformed`
   * (the I flag is not checked). `innerLayer` is `Ethernet`: VXLAN always carries a frame.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    if (this.begin(bytes, offset, end) < 8) return this.truncated(8);
    this.innerLayer = LayerType.Ethernet;
    return DecodeStatus.Ok;
  }

  /** Flags (byte 0): 0x08, the I flag, says the network identifier is valid. */
  get flags(): number {
    return this.bytes[this.offset]!;
  }
  /** VXLAN network identifier. */
  get vni(): number {
    return u32(this.bytes, this.offset + 4) >>> 8;
  }
}

/**
 * A Geneve header (RFC 8926): version, options length, protocol type, network identifier and
 * options; then the carried packet.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Geneve } from "./tunnel.ts";
 * import { LayerType } from "./layer.ts";
 *
 * const geneve = new Geneve();
 * geneve.decode(new Uint8Array([0, 0, 0x65, 0x58, 0, 0, 7, 0]), 0, 8);
 * assert.equal(geneve.vni, 7);
 * assert.equal(geneve.innerLayer, LayerType.Ethernet);
 * ```
 */
export class Geneve extends BaseLayer {
  /** Which layer this is: `LayerType.Geneve`. */
  readonly type: typeof LayerType.Geneve = LayerType.Geneve;

  /** How long the header is; before decoding, its fixed part. */
  override headerLength = 8;

  /**
   * Decodes the 8-byte header at `bytes[offset]` and its options (options length × 4 bytes):
   * `Truncated` when shorter, `Malformed` for a version other than 0. `innerLayer` is the layer
   * the protocol type announces: `Ethernet` (0x6558), `IPv4`, `IPv6`, or `None`.
   */
  decode(bytes: Uint8Array, offset: number, end: number): DecodeStatus {
    this.headerLength = 8;
    if (this.begin(bytes, offset, end) < 8) return this.truncated(8);
    if (bytes[offset]! >> 6 !== 0) return this.malformed(Malformation.Version);
    const length = 8 + (bytes[offset]! & 0x3f) * 4;
    this.headerLength = length;
    if (end - offset < length) return this.truncated(length);
    this.innerLayer = innerLayerFor(u16(bytes, offset + 2));
    return DecodeStatus.Ok;
  }

  /** Protocol type of the carried packet (bytes 2–3), an EtherType: 0x6558 for Ethernet. */
  get protocolType(): number {
    return u16(this.bytes, this.offset + 2);
  }
  /** Virtual network identifier. */
  get vni(): number {
    return u32(this.bytes, this.offset + 4) >>> 8;
  }
}
