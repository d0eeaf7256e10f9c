/**
 * The layer pipeline: one reusable {@linkcode Decoder} that walks a frame from its link layer
 * to its payload, allocating nothing per packet.
 *
 * @module
 */

import type { ARP } from "./arp.ts";
import { ChecksumStatus, foldChecksum, sumWords, verifyChecksum } from "./checksum.ts";
import type { Ethernet } from "./ethernet.ts";
import type { ICMP } from "./icmp.ts";
import type { ICMPv6 } from "./icmpv6.ts";
import type { IPv4 } from "./ipv4.ts";
import type { IPv6 } from "./ipv6.ts";
import { DecodeStatus, type DecodingLayer, Malformation } from "./layer.ts";
import { LayerType } from "./layer_type.ts";
import { firstLayerFor, isRawIp, LinkType } from "./link_type.ts";
import type { LinuxSll } from "./linux_sll.ts";
import type { Loopback } from "./loopback.ts";
import type { Packet } from "./packet.ts";
import { LAYER_NAMES, LAYER_TYPES, type LayerOf, LAYERS } from "./registry.ts";
import type { TCP } from "./tcp.ts";
import type { Geneve, Gre, Vxlan } from "./tunnel.ts";
import type { UDP } from "./udp.ts";
import type { Vlan } from "./vlan.ts";

/** Most tunnels inside tunnels decoded; deeper packets are left as payload. */
const MAX_TUNNEL_DEPTH = 3;

/** The bits of `presentMask` for IPv4 and IPv6: an IP layer after one of these is tunnelled. */
const IP_LAYERS = (1 << LayerType.IPv4) | (1 << LayerType.IPv6);

/** Most layers one frame may have; a frame claiming more is marked malformed. */
const MAX_LAYERS = 16;

/**
 * Decodes frames into preallocated layers, like gopacket's `DecodingLayerParser`. After
 * {@linkcode Decoder.decode}, `layers[0..layerCount)` lists what was decoded, the layer
 * objects (`ethernet`, `ipv4`, …) hold those headers, and `status` says whether decoding
 * stopped early and why. Every layer reads its fields lazily from the packet's bytes, so the
 * results are borrowed: valid until the bytes change.
 *
 * A malformed or truncated frame never throws: the layers that decoded stay, and the problem is
 * described by `status`, `problemLayer`, `problemOffset` and `problemNeeded` (etherparse's
 * lax parsing, tcpdump's `[|tcp]`).
 *
 * @example Decoding a frame, and the same frame cut short
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder } from "./decoder.ts";
 * import { DecodeStatus, LayerType } from "./layer.ts";
 *
 * const frame = new Uint8Array(54);
 * frame.set([0x08, 0x00], 12); // Ethernet, IPv4
 * frame.set([0x45, 0, 0, 40, 0, 0, 0, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], 14);
 * frame.set([0x30, 0x39, 0, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0x50, 0x02], 34); // TCP SYN
 *
 * const decoder = new Decoder();
 * decoder.decode(frame, frame.length, 1);
 * assert.ok(decoder.has(LayerType.TCP) && decoder.tcp.destinationPort === 80);
 *
 * decoder.decode(frame, 40, 1); // only 6 bytes of TCP captured
 * assert.ok(decoder.status === DecodeStatus.Truncated);
 * assert.ok(decoder.problemLayer === LayerType.TCP && decoder.problemNeeded === 20);
 * ```
 */
export class Decoder {
  /** Each layer type's decoder, made once from the registry (index: the type). */
  readonly #decoders: (DecodingLayer | undefined)[] = Array.from(
    { length: LAYER_TYPES[LAYER_TYPES.length - 1]! + 1 },
    (_, type) => LAYERS[type as LayerType]?.create?.(),
  );
  /** The Ethernet header, when `has(LayerType.Ethernet)`. */
  readonly ethernet: Ethernet = this.layer(LayerType.Ethernet);
  /** The VLAN tags, when `has(LayerType.VLAN)`. */
  readonly vlan: Vlan = this.layer(LayerType.VLAN);
  /** The Linux cooked v1 header, when `has(LayerType.LinuxSLL)`. */
  readonly sll: LinuxSll = this.layer(LayerType.LinuxSLL);
  /** The Linux cooked v2 header, when `has(LayerType.LinuxSLL2)`. */
  readonly sll2: LinuxSll = this.layer(LayerType.LinuxSLL2);
  /** The BSD loopback header, when `has(LayerType.Loopback)`. */
  readonly loopback: Loopback = this.layer(LayerType.Loopback);
  /** The ARP message, when `has(LayerType.ARP)`. */
  readonly arp: ARP = this.layer(LayerType.ARP);
  /** The IPv4 header, when `has(LayerType.IPv4)`. */
  readonly ipv4: IPv4 = this.layer(LayerType.IPv4);
  /** The IPv6 header and its extension headers, when `has(LayerType.IPv6)`. */
  readonly ipv6: IPv6 = this.layer(LayerType.IPv6);
  /** The TCP header, when `has(LayerType.TCP)`. */
  readonly tcp: TCP = this.layer(LayerType.TCP);
  /** The UDP header, when `has(LayerType.UDP)`. */
  readonly udp: UDP = this.layer(LayerType.UDP);
  /** The ICMP message, when `has(LayerType.ICMP)`. */
  readonly icmp: ICMP = this.layer(LayerType.ICMP);
  /** The ICMPv6 message, when `has(LayerType.ICMPv6)`. */
  readonly icmpv6: ICMPv6 = this.layer(LayerType.ICMPv6);
  /** The GRE header, when `has(LayerType.GRE)`. */
  readonly gre: Gre = this.layer(LayerType.GRE);
  /** The VXLAN header, when `has(LayerType.VXLAN)`. */
  readonly vxlan: Vxlan = this.layer(LayerType.VXLAN);
  /** The Geneve header, when `has(LayerType.Geneve)`. */
  readonly geneve: Geneve = this.layer(LayerType.Geneve);

  /** Types of the decoded layers, outermost first; `layerCount` of them are valid. */
  readonly layers: Uint8Array = new Uint8Array(MAX_LAYERS);
  /** How many entries of `layers` the last frame filled: the layers decoded, outermost first. */
  layerCount = 0;
  /** How decoding ended. */
  status: DecodeStatus = DecodeStatus.Ok;
  /** The layer that was truncated or malformed, or `None`. */
  problemLayer: LayerType = LayerType.None;
  /** Where the problem layer starts in the frame. */
  problemOffset = 0;
  /** For a truncated layer: bytes it needed from `problemOffset`. */
  problemNeeded = 0;
  /** For a truncated layer: bytes there were from `problemOffset`. */
  problemAvailable = 0;
  /**
   * The layer named by the last decoded one that has no decoder here (ARP, UDP, …), or `None`
   * when decoding reached the end of what the frame announces.
   */
  undecodedLayer: LayerType = LayerType.None;
  /**
   * A layer cut short before its fixed fields ended (or unusable as malformed), which is not in
   * `layers`: output may still show the fields that fit in `problemAvailable` bytes.
   */
  partialLayer: LayerType = LayerType.None;
  /** Where the bytes after the last decoded header start: the TCP message, for instance. */
  payloadOffset = 0;
  /** Where those bytes end (captured bytes only; the IP layer's length is honoured). */
  payloadEnd = 0;

  #present = 0;
  readonly #depth: number;
  #inner: Decoder | null = null;
  #innerUsed = false;
  #quoted: Decoder | null = null;
  #quotedUsed = false;
  // What #step copied from the layer it decoded.
  #stepHeader = 0;
  #stepEnd = 0;
  #stepNext: LayerType = LayerType.None;
  #stepNeeded = 0;
  #stepInner: LayerType = LayerType.None;
  #tooManyLayers = false;

  /**
   * The packet a tunnel (GRE, ERSPAN, VXLAN, Geneve, IP in IP) carries, decoded by a second decoder made
   * once and reused; null when the last frame had no tunnel. Its layers read the same bytes.
   */
  get inner(): Decoder | null {
    return this.#innerUsed ? this.#inner : null;
  }

  /**
   * The datagram an ICMP or ICMPv6 error quotes (its IP header and the start of its transport header),
   * decoded by a second decoder made once and reused; null when the last frame had none.
   */
  get quoted(): Decoder | null {
    return this.#quotedUsed ? this.#quoted : null;
  }

  /** `depth`: how many tunnels this decoder's packets are inside (0 for a frame). */
  constructor(depth = 0) {
    this.#depth = depth;
  }

  /**
   * The decoder of a layer type, typed: `decoder.layer(LayerType.TCP)` is the {@linkcode TCP}
   * that `decoder.tcp` also names. Its fields describe the last frame only when `has(type)`.
   */
  layer<T extends LayerType>(type: T): LayerOf<T> {
    return this.#decoders[type] as LayerOf<T>;
  }

  /**
   * Decodes a packet from a capture (or `Packet.from`): {@linkcode Decoder.decode} of its bytes
   * and link type.
   */
  decodePacket(packet: Packet): DecodeStatus {
    return this.decode(packet.buffer, packet.captureLength, packet.linkType);
  }

  /**
   * Decodes `bytes[0, captureLength)` as a frame of the given link type (`DLT_*`).
   * Returns the final status, also kept in `status`.
   */
  decode(bytes: Uint8Array, captureLength: number, linkType: number): DecodeStatus {
    const end = Math.min(captureLength, bytes.length);
    let first = firstLayerFor(linkType);
    if (isRawIp(linkType) && end > 0) {
      const version = bytes[0]! >> 4;
      first = version === 4 ? LayerType.IPv4 : version === 6 ? LayerType.IPv6 : LayerType.None;
    }
    this.loopback.networkOrder = linkType === LinkType.LOOP;
    this.#decodeAt(bytes, 0, end, first);
    return this.status;
  }

  /**
   * Decodes one layer and keeps what the pipeline needs from it in the #step* fields. The
   * layers on the common path have a case each, so that each call and field read there is
   * monomorphic: through one shared `DecodingLayer` reference they are megamorphic on every
   * layer of every packet, which made decoding twice as slow (bench/decode_bench.ts). Every
   * other layer goes through the registry's decoder: adding a protocol needs no case here.
   */
  #step(type: LayerType, bytes: Uint8Array, offset: number, end: number): DecodeStatus | -1 {
    this.#stepInner = LayerType.None;
    // One line per layer: the same statement, but each for its own class.
    // deno-fmt-ignore
    switch (type) {
      case LayerType.Ethernet: { const l = this.ethernet; return this.#took(l.decode(bytes, offset, end), l.headerLength, l.end, l.nextLayer, l.needed); }
      case LayerType.IPv4: { const l = this.ipv4; return this.#took(l.decode(bytes, offset, end), l.headerLength, l.end, l.nextLayer, l.needed); }
      case LayerType.IPv6: { const l = this.ipv6; return this.#took(l.decode(bytes, offset, end), l.headerLength, l.end, l.nextLayer, l.needed); }
      case LayerType.TCP: { const l = this.tcp; return this.#took(l.decode(bytes, offset, end), l.headerLength, l.end, l.nextLayer, l.needed); }
      case LayerType.UDP: { const l = this.udp; return this.#took(l.decode(bytes, offset, end), l.headerLength, l.end, l.nextLayer, l.needed); }
      default: {
        const l = this.#decoders[type];
        if (l === undefined) return -1;
        const status = l.decode(bytes, offset, end);
        this.#stepInner = l.innerLayer;
        return this.#took(status, l.headerLength, l.end, l.nextLayer, l.needed);
      }
    }
  }

  #took(
    status: DecodeStatus,
    headerLength: number,
    end: number,
    next: LayerType,
    needed: number,
  ): DecodeStatus {
    this.#stepHeader = headerLength;
    this.#stepEnd = end;
    this.#stepNext = next;
    this.#stepNeeded = needed;
    return status;
  }

  /** Decodes layers from `next` at `offset`, up to `layerEnd`. */
  #run(bytes: Uint8Array, offset: number, layerEnd: number, next: LayerType): void {
    while (next !== LayerType.None) {
      // An IPv4 header that says it is version 6 is read as IPv6, as tcpdump and tshark do.
      if (next === LayerType.IPv4 && offset < layerEnd && bytes[offset]! >> 4 === 6) {
        next = LayerType.IPv6;
      }
      if (this.layerCount === MAX_LAYERS) {
        this.#problem(DecodeStatus.Malformed, next, offset, 0, layerEnd - offset);
        this.#tooManyLayers = true;
        break;
      }
      const status = this.#step(next, bytes, offset, layerEnd);
      if (status === -1) {
        this.undecodedLayer = next;
        break;
      }
      if (status !== DecodeStatus.Ok) {
        this.#problem(status, next, offset, this.#stepNeeded, layerEnd - offset);
        const fixed = LAYERS[next].fixed;
        if (status === DecodeStatus.Truncated && fixed > 0 && layerEnd - offset >= fixed) {
          this.layers[this.layerCount++] = next;
          this.#present |= 1 << next;
          this.payloadOffset = this.payloadEnd = layerEnd;
        } else if (layerEnd > offset) {
          this.partialLayer = next;
        }
        break;
      }
      this.layers[this.layerCount++] = next;
      this.#present |= 1 << next;
      offset += this.#stepHeader;
      layerEnd = this.#stepEnd;
      this.payloadOffset = offset;
      this.payloadEnd = layerEnd;
      if (next === LayerType.ICMP && this.icmp.quotedLayer !== LayerType.None) {
        this.#decodeQuoted(bytes, this.icmp.quotedOffset, layerEnd, LayerType.IPv4);
      } else if (next === LayerType.ICMPv6 && this.icmpv6.quotedLayer !== LayerType.None) {
        this.#decodeQuoted(bytes, this.icmpv6.quotedOffset, layerEnd, LayerType.IPv6);
      }
      next = this.#stepNext;
      let inner = this.#stepInner;
      // IP in IP (protocol 4 or 41): the packet an IP layer carries is a tunnel's, as tshark's
      // second `ip` and tcpdump's second line part: the outer addresses do not key its streams.
      if (
        (next === LayerType.IPv4 || next === LayerType.IPv6) && (this.#present & IP_LAYERS) !== 0
      ) {
        inner = next;
        next = LayerType.None;
      }
      if (inner !== LayerType.None && this.#depth < MAX_TUNNEL_DEPTH) {
        this.#inner ??= new Decoder(this.#depth + 1);
        this.#inner.#decodeAt(bytes, offset, layerEnd, inner);
        this.#innerUsed = true;
        break;
      }
      if (next === LayerType.Payload || next === LayerType.Fragment) break;
    }
  }

  /** Decodes the datagram an ICMP or ICMPv6 error quotes, from `offset` to `end`. */
  #decodeQuoted(bytes: Uint8Array, offset: number, end: number, first: LayerType): void {
    if (this.#depth >= MAX_TUNNEL_DEPTH) return;
    this.#quoted ??= new Decoder(this.#depth + 1);
    this.#quoted.#decodeAt(bytes, offset, end, first);
    this.#quotedUsed = true;
  }

  /** Decodes a tunnelled packet that starts at `offset` with layer `first`. */
  #decodeAt(bytes: Uint8Array, offset: number, end: number, first: LayerType): void {
    this.layerCount = 0;
    this.#present = 0;
    this.status = DecodeStatus.Ok;
    this.problemLayer = LayerType.None;
    this.undecodedLayer = LayerType.None;
    this.partialLayer = LayerType.None;
    this.payloadOffset = offset;
    this.payloadEnd = end;
    this.#innerUsed = false;
    this.#quotedUsed = false;
    this.#tooManyLayers = false;
    this.#run(bytes, offset, end, first);
  }

  /** A bit (`1 << type`) for each layer type the last frame has; tunnelled packets not included. */
  get presentMask(): number {
    return this.#present;
  }

  /**
   * True when the last frame decoded has a layer of this type: whole, or cut short after its
   * fixed fields (then `status` is `Truncated` and `problemLayer` is this layer).
   */
  has(type: LayerType): boolean {
    return (this.#present & (1 << type)) !== 0;
  }

  /** The outermost network layer decoded (`ipv4` or `ipv6`), or null. */
  get network(): IPv4 | IPv6 | null {
    if (this.has(LayerType.IPv4)) return this.ipv4;
    if (this.has(LayerType.IPv6)) return this.ipv6;
    return null;
  }

  /** The transport layer decoded (TCP, UDP, ICMP, ICMPv6), or `None`. */
  get transport(): LayerType {
    if (this.has(LayerType.TCP)) return LayerType.TCP;
    if (this.has(LayerType.UDP)) return LayerType.UDP;
    if (this.has(LayerType.ICMP)) return LayerType.ICMP;
    if (this.has(LayerType.ICMPv6)) return LayerType.ICMPv6;
    return LayerType.None;
  }

  /** Verifies the IPv4 header checksum; `Unverified` when there is no IPv4 header. */
  ipv4Checksum(): ChecksumStatus {
    if (!this.has(LayerType.IPv4)) return ChecksumStatus.Unverified;
    const ip = this.ipv4;
    if (ip.end - ip.offset < ip.headerLength) return ChecksumStatus.Unverified;
    return verifyChecksum(ip.bytes, ip.offset, ip.offset + ip.headerLength, 0);
  }

  /**
   * Verifies the transport layer's checksum (TCP, UDP, ICMP, ICMPv6) over its pseudo-header.
   * `Unverified` when there is none to check, when the bytes it covers were not all captured or
   * when the datagram is a fragment; `NotPresent` for a UDP checksum of 0 over IPv4 (none was
   * sent); `Offloaded` for a wrong TCP or UDP checksum that holds exactly the pseudo-header's
   * sum, as the sending host leaves it for the network card to finish (checksum offload).
   */
  transportChecksum(): ChecksumStatus {
    const transport = this.transport;
    if (transport === LayerType.None) return ChecksumStatus.Unverified;
    const layer = this.#decoders[transport]!;
    const v4 = this.has(LayerType.IPv4);
    // Before anything else, as tshark: a fragment or a cut datagram sent without one too.
    if (v4 && transport === LayerType.UDP && this.udp.checksum === 0) {
      return ChecksumStatus.NotPresent;
    }
    let length: number;
    let pseudo = 0;
    if (v4) {
      const ip = this.ipv4;
      if (ip.moreFragments || ip.fragmentOffset !== 0 || ip.payloadTruncated) {
        return ChecksumStatus.Unverified;
      }
      length = ip.upperLength;
      if (transport !== LayerType.ICMP) {
        pseudo = sumWords(ip.bytes, ip.offset + 12, ip.offset + 20, ip.protocol);
      }
    } else {
      const ip = this.ipv6;
      // A payload length of 0 (jumbogram, offload): no length to put in the pseudo-header.
      if (ip.payloadLength === 0 || ip.fragmentHeaderOffset >= 0 || ip.payloadTruncated) {
        return ChecksumStatus.Unverified;
      }
      length = ip.upperLength;
      const destination = ip.finalDestinationOffset;
      pseudo = sumWords(ip.bytes, ip.offset + 8, ip.offset + 24, ip.upperProtocol);
      pseudo = sumWords(ip.bytes, destination, destination + 16, pseudo);
    }
    if (transport === LayerType.UDP) {
      // The UDP length is what the pseudo-header carries; one beyond the IP payload cannot be checked.
      if (this.udp.length < 8 || this.udp.length > length) return ChecksumStatus.Unverified;
      length = this.udp.length;
    } else if (transport === LayerType.ICMP && v4) {
      pseudo = 0;
    }
    if (transport !== LayerType.ICMP) pseudo += length;
    const status = verifyChecksum(layer.bytes, layer.offset, layer.offset + length, pseudo);
    if (
      status === ChecksumStatus.Bad && (transport === LayerType.TCP || transport === LayerType.UDP)
    ) {
      // TCP or UDP left for the network card: the field holds the pseudo-header's sum.
      const field = transport === LayerType.TCP ? this.tcp.checksum : this.udp.checksum;
      if (field === foldChecksum(pseudo)) return ChecksumStatus.Offloaded;
    }
    return status;
  }

  /**
   * TCP's message length as the IP header states it (tshark's `tcp.len`): what follows the
   * data offset in the IP payload, which may be more than was captured (also for a TCP header
   * too malformed to decode, as tshark counts it). 0 without IP.
   */
  get tcpLength(): number {
    const ip = this.network;
    if (ip === null) return 0;
    // The data offset as sent, even when it is too small to be valid (as tshark counts it).
    return Math.max(0, ip.upperLength - this.tcp.dataOffset * 4);
  }

  /** Bytes after the last decoded header (the TCP message, for a TCP segment). */
  get payloadLength(): number {
    return Math.max(0, this.payloadEnd - this.payloadOffset);
  }

  /**
   * The problem, as text: `truncated tcp: needs 20 bytes at offset 34, has 6`, or `""`.
   * Allocates: for output, not for the hot path.
   */
  describeProblem(): string {
    if (this.status === DecodeStatus.Ok) return "";
    const name = LAYER_NAMES[this.problemLayer] ?? "layer";
    if (this.status === DecodeStatus.Truncated) {
      return `truncated ${name}: needs ${this.problemNeeded} bytes at offset ${this.problemOffset}, has ${this.problemAvailable}`;
    }
    return `malformed ${name}${
      this.malformation === Malformation.None ? "" : `: bad ${this.problemField}`
    } at offset ${this.problemOffset}`;
  }

  /** Why the problem layer is malformed, or `None` (for a truncated or whole frame). */
  get malformation(): Malformation {
    if (this.status !== DecodeStatus.Malformed || this.#tooManyLayers) return Malformation.None;
    return this.#decoders[this.problemLayer]?.malformation ?? Malformation.None;
  }

  /** The field that made the problem layer malformed, in words, or `""`. */
  get problemField(): string {
    if (this.malformation === Malformation.None) return "";
    return this.#decoders[this.problemLayer]!.invalidField;
  }

  #problem(
    status: DecodeStatus,
    layer: LayerType,
    offset: number,
    needed: number,
    available: number,
  ): void {
    this.status = status;
    this.problemLayer = layer;
    this.problemOffset = offset;
    this.problemNeeded = needed;
    this.problemAvailable = available;
  }
}

/**
 * TCP's message length as the IP header states it (tshark's `tcp.len`), captured or not:
 * {@linkcode Decoder.tcpLength}.
 *
 * @example A segment whose 5-byte message was cut off by the snapshot length
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder, tcpLength } from "./decoder.ts";
 *
 * const frame = new Uint8Array(54); // Ethernet, IPv4 and TCP headers; the message not captured
 * frame.set([0x08, 0x00], 12);
 * frame.set([0x45, 0, 0, 45, 0, 0, 0, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], 14);
 * frame.set([0x30, 0x39, 0, 80, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x18], 34);
 * const decoder = new Decoder();
 * decoder.decode(frame, frame.length, 1);
 * assert.equal(tcpLength(decoder), 5); // IP total length 45 - 20 (IP) - 20 (TCP)
 * assert.equal(decoder.payloadLength, 0); // none of it captured
 * ```
 */
export function tcpLength(decoder: Decoder): number {
  return decoder.tcpLength;
}
