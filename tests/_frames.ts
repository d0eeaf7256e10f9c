/**
 * One frame builder for the tests, after etherparse's `PacketBuilder`: layers are chained from
 * the outside in, and {@linkcode FrameBuilder.build} writes them from the inside out, so that
 * every length, next-protocol field and checksum is computed from what it covers.
 *
 * ```ts
 * const bytes = craft()
 *   .ethernet()
 *   .ipv4({ ttl: 128 })
 *   .tcp({ flags: 0x018 })
 *   .payload(new TextEncoder().encode("print"))
 *   .build();
 * ```
 *
 * Every field can be given, wrong ones included (a length, a checksum, a version): what is given
 * is written as it is. What is not given is computed (lengths, EtherTypes, protocol numbers,
 * checksums) or takes the default named on the field. Defaults: MACs 02:00:00:00:00:01 (source)
 * → 02:00:00:00:00:02, 10.0.0.1 → 10.0.0.2, 2001:db8::1 → 2001:db8::2, TCP 43210 → 80,
 * UDP 54321 → 53.
 *
 * A transport checksum needs the IP header around it for its pseudo-header; without one (a
 * segment built on its own) it is left 0 unless given. ICMP for IPv4 has no pseudo-header.
 *
 * Independent of decode/ on purpose: the checksum here is its own RFC 1071 sum.
 *
 * @module
 */

/** Bytes as the builder takes them. */
export type Bytes = readonly number[] | Uint8Array;

/** A 16-bit value, big-endian. */
export function be16(value: number): number[] {
  return [(value >> 8) & 0xff, value & 0xff];
}

/** A 32-bit value, big-endian. */
export function be32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/** A 32-bit value, little-endian. */
export function le32(value: number): number[] {
  return be32(value).reverse();
}

/**
 * The RFC 1071 checksum of `bytes` (big-endian words, an odd last byte padded with zero): the
 * value to put in a checksum field that was zero when they were summed.
 */
export function internetChecksum(bytes: Bytes): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 2) sum += (bytes[i]! << 8) | (bytes[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum % 0x10000) + Math.floor(sum / 0x10000);
  return ~sum & 0xffff;
}

/**
 * The pseudo-header a TCP, UDP or ICMPv6 checksum covers: IPv4's (RFC 793) for 4-byte addresses,
 * IPv6's (RFC 8200 §8.1) for 16-byte ones. `length` is the upper-layer length.
 */
export function pseudoHeader(
  source: Bytes,
  destination: Bytes,
  protocol: number,
  length: number,
): number[] {
  return source.length === 4
    ? [...source, ...destination, 0, protocol, ...be16(length)]
    : [...source, ...destination, ...be32(length), 0, 0, 0, protocol];
}

/**
 * A view of `bytes` that throws on any read of an index outside it. Bitwise reads of
 * `undefined` give 0, not NaN, so only this catches every out-of-bounds read.
 */
export function strict(bytes: Uint8Array): Uint8Array {
  return new Proxy(bytes, {
    get(target, property) {
      if (typeof property === "string" && /^-?\d+$/.test(property)) {
        const index = Number(property);
        if (index < 0 || index >= target.length) {
          throw new RangeError(`read of index ${index} of ${target.length} bytes`);
        }
        return target[index];
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" && property !== "constructor" ? value.bind(target) : value;
    },
  });
}

/** mulberry32: a small seeded generator, uniform in [0, 2^32), to mutate frames repeatably. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

// ---------------------------------------------------------------------------------------------
// Fields

/** Ethernet II. */
export interface EthernetFields {
  /** Default 02:00:00:00:00:02. */
  destination?: Bytes;
  /** Default 02:00:00:00:00:01. */
  source?: Bytes;
  /** Default: the next layer's (0x0800, 0x86dd, 0x0806, a tag's TPID). */
  etherType?: number;
}

/** One 802.1Q/802.1ad tag. */
export interface VlanFields {
  /** The 3-bit priority code point; default 0. */
  priority?: number;
  dropEligible?: boolean;
  /** The 12-bit VLAN id; default 0. */
  id?: number;
  /** The EtherType that announces this tag: 0x8100 (default), 0x88a8, 0x9100. */
  tpid?: number;
  /** The EtherType after the tag; default the next layer's. */
  etherType?: number;
}

/** Linux cooked capture, v1 (LINKTYPE_LINUX_SLL) or v2 (LINKTYPE_LINUX_SLL2). */
export interface LinuxSllFields {
  /** 0 to us (default), 1 broadcast, 2 multicast, 3 other host, 4 outgoing. */
  packetType?: number;
  /** The ARPHRD_ type; default 1 (Ethernet). */
  hardwareType?: number;
  /** The link-layer address, written in an 8-byte field (zero-padded or cut); default the source MAC. */
  address?: Bytes;
  /** Default the address's length. */
  addressLength?: number;
  /** The EtherType; default the next layer's. */
  protocol?: number;
  /** v2 only; default 0. */
  interfaceIndex?: number;
}

/** BSD loopback: a 4-byte address family. */
export interface LoopbackFields {
  /** Default the next layer's: 2 for IPv4, 24 (the BSDs' AF_INET6) for IPv6. */
  family?: number;
  /** "little" (DLT_NULL from a little-endian host, the default) or "big" (DLT_LOOP). */
  byteOrder?: "little" | "big";
}

/** An IPv4 header. */
export interface Ipv4Fields {
  /** Default 10.0.0.1. */
  source?: Bytes;
  /** Default 10.0.0.2. */
  destination?: Bytes;
  /** The DSCP and ECN byte; default 0. */
  tos?: number;
  /** Default 0x4c1d. */
  id?: number;
  /** The 3 flag bits, reserved/DF/MF; default 0b010 (don't fragment). */
  flags?: number;
  /** In 8-byte units; default 0. */
  fragmentOffset?: number;
  /** Default 64. */
  ttl?: number;
  /** Default the next layer's, or 59 (no next header) when nothing follows. */
  protocol?: number;
  /** Padded with zeros (end of option list) to a multiple of 4. */
  options?: Bytes;
  /** Default the header and everything after it. */
  totalLength?: number;
  /** Default the right one. */
  checksum?: number;
  /** Default 4. */
  version?: number;
  /** The header length in 32-bit words; default what the options make. */
  ihl?: number;
}

/** An IPv6 fixed header. */
export interface Ipv6Fields {
  /** Default 2001:db8::1. */
  source?: Bytes;
  /** Default 2001:db8::2. */
  destination?: Bytes;
  /** Default 0. */
  trafficClass?: number;
  /** 20 bits; default 0. */
  flowLabel?: number;
  /** Default 64. */
  hopLimit?: number;
  /** Default the next layer's, or 59 (no next header) when nothing follows. */
  nextHeader?: number;
  /** Default everything after the fixed header. */
  payloadLength?: number;
  /** Default 6. */
  version?: number;
}

/** The two fields every IPv6 extension header starts with. */
export interface ExtensionFields {
  /** The next header; default the next layer's, or 59 when nothing follows. */
  next?: number;
  /** The length byte; default what the body makes (reserved, 0, for a fragment header). */
  length?: number;
}

/** An IPv6 fragment header. */
export interface FragmentFields extends ExtensionFields {
  /** In 8-byte units; default 0. */
  offset?: number;
  /** The M flag; default false. */
  more?: boolean;
  /** Default 0. */
  identification?: number;
}

/** A TCP header. */
export interface TcpFields {
  /** Default 43210. */
  sourcePort?: number;
  /** Default 80. */
  destinationPort?: number;
  /** Default 1. */
  sequence?: number;
  /** Default 1. */
  acknowledgment?: number;
  /** The 9 flag bits, AE included; default ACK (0x010). */
  flags?: number;
  /** Default 502. */
  window?: number;
  /** Default 0. */
  urgent?: number;
  /** Padded with zeros (end of option list) to a multiple of 4. */
  options?: Bytes;
  /** In 32-bit words; default what the options make. */
  dataOffset?: number;
  /** Default the right one over the IP pseudo-header; 0 when there is no IP header. */
  checksum?: number;
  /** What the checksum is summed over before the segment, instead of the IP pseudo-header. */
  pseudo?: Bytes;
}

/** A UDP header. */
export interface UdpFields {
  /** Default 54321. */
  sourcePort?: number;
  /** Default 53. */
  destinationPort?: number;
  /**
   * Default the header and everything after it. The pseudo-header's length is this field, and
   * the checksum covers the bytes it spans (all there are, when it is under 8 or past them).
   */
  length?: number;
  /** Default the right one (0xffff for a sum of 0); 0 when there is no IP header. */
  checksum?: number;
  /** What the checksum is summed over before the datagram, instead of the IP pseudo-header. */
  pseudo?: Bytes;
}

/** An ICMP or ICMPv6 header: type, code, checksum, then `rest`. */
export interface IcmpFields {
  /** Default echo request: 8 for ICMP, 128 for ICMPv6. */
  type?: number;
  /** Default 0. */
  code?: number;
  /** An echo's; default 0. */
  identifier?: number;
  /** An echo's; default 0. */
  sequence?: number;
  /** The bytes after the checksum that the type defines; default the identifier and sequence. */
  rest?: Bytes;
  /** Default the right one (ICMPv6: over the IPv6 pseudo-header; 0 without an IPv6 header). */
  checksum?: number;
  /** What the checksum is summed over before the message: none for ICMP, the IPv6 pseudo-header for ICMPv6. */
  pseudo?: Bytes;
}

/** An ARP message; the lengths default to those of the sender's addresses. */
export interface ArpFields {
  /** Default 1 (Ethernet). */
  hardwareType?: number;
  /** Default 0x0800. */
  protocolType?: number;
  hardwareLength?: number;
  protocolLength?: number;
  /** Default 1 (request). */
  opcode?: number;
  /** Default 02:00:00:00:00:01. */
  senderHardware?: Bytes;
  /** Default 10.0.0.1. */
  senderProtocol?: Bytes;
  /** Default 00:00:00:00:00:00. */
  targetHardware?: Bytes;
  /** Default 10.0.0.2. */
  targetProtocol?: Bytes;
}

/** How a layer is announced by the one before it. */
export interface Announce {
  etherType?: number;
  protocol?: number;
}

// ---------------------------------------------------------------------------------------------
// The builder

const MAC_SOURCE = [0x02, 0, 0, 0, 0, 0x01];
const MAC_DESTINATION = [0x02, 0, 0, 0, 0, 0x02];
const IPV4_SOURCE = [10, 0, 0, 1];
const IPV4_DESTINATION = [10, 0, 0, 2];
const IPV6_SOURCE = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01];
const IPV6_DESTINATION = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02];

/** How each IP version is announced (EtherType, protocol, loopback family), and its defaults. */
const IP_VERSIONS = {
  4: {
    name: "ipv4",
    etherType: 0x0800,
    protocol: 4,
    family: 2,
    source: IPV4_SOURCE,
    destination: IPV4_DESTINATION,
  },
  6: {
    name: "ipv6",
    etherType: 0x86dd,
    protocol: 41,
    family: 24,
    source: IPV6_SOURCE,
    destination: IPV6_DESTINATION,
  },
};

/** What a layer knows while it is written. */
interface Context {
  name: string;
  /** The layer after this one, if any. */
  next: Layer | undefined;
  /** True when nothing at all follows (no layer, no payload). */
  last: boolean;
  /** The enclosing IP header's pseudo-header for `protocol` and `length`, if there is one. */
  pseudo(protocol: number, length: number): number[] | undefined;
}

interface Layer extends Announce {
  name: string;
  /** The loopback family that announces it. */
  family?: number;
  /** An IP header's addresses, for the pseudo-header of what it carries. */
  addresses?: { source: Bytes; destination: Bytes };
  /** A routing header's final destination, while it has segments left. */
  finalDestination?: Bytes;
  /** The header, followed by `inner` (everything after it, written). */
  write(inner: number[], context: Context): number[];
}

function pad(bytes: Bytes, multiple: number): number[] {
  const padded = [...bytes];
  while (padded.length % multiple !== 0) padded.push(0);
  return padded;
}

/**
 * Writes `value` at `at`, or when it is undefined the checksum over `pseudo` and the first `end`
 * of `bytes` (0 when there is no pseudo-header to sum), `zeroAs` in place of a sum of 0.
 */
function setChecksum(
  bytes: number[],
  at: number,
  value: number | undefined,
  pseudo: Bytes | undefined,
  { end = bytes.length, zeroAs = 0 } = {},
): number[] {
  if (value === undefined && pseudo !== undefined) {
    value = internetChecksum([...pseudo, ...bytes.slice(0, end)]) || zeroAs;
  }
  bytes.splice(at, 2, ...be16(value ?? 0));
  return bytes;
}

function nextEtherType(context: Context): number {
  const type = context.next?.etherType;
  if (type === undefined) throw new Error(`${context.name}: give the EtherType of what follows`);
  return type;
}

function nextProtocol(context: Context): number {
  const protocol = context.next?.protocol ?? (context.last ? 59 : undefined);
  if (protocol === undefined) throw new Error(`${context.name}: give the protocol that follows`);
  return protocol;
}

/**
 * A frame under construction: each method returns a new builder with one more layer, so a
 * shared beginning can be kept and continued in several ways.
 */
export class FrameBuilder {
  constructor(
    private readonly layers: readonly Layer[] = [],
    private readonly data: Bytes = [],
    private readonly end: { padTo?: number; fill?: number; trailer?: Bytes; snap?: number } = {},
  ) {}

  private add(layer: Layer): FrameBuilder {
    if (this.data.length > 0) throw new Error(`${layer.name} after the payload`);
    return new FrameBuilder([...this.layers, layer], this.data, this.end);
  }

  /** An Ethernet II header. */
  ethernet(f: EthernetFields = {}): FrameBuilder {
    return this.add({
      name: "ethernet",
      etherType: 0x6558, // transparent Ethernet bridging, as GRE carries it
      write: (inner, c) => [
        ...(f.destination ?? MAC_DESTINATION),
        ...(f.source ?? MAC_SOURCE),
        ...be16(f.etherType ?? nextEtherType(c)),
        ...inner,
      ],
    });
  }

  /** An 802.1Q tag (or 802.1ad with `tpid: 0x88a8`); call again for QinQ, outermost first. */
  vlan(f: VlanFields = {}): FrameBuilder {
    const tci = ((f.priority ?? 0) << 13) | (f.dropEligible ? 0x1000 : 0) | (f.id ?? 0);
    return this.add({
      name: "vlan",
      etherType: f.tpid ?? 0x8100,
      write: (inner, c) => [...be16(tci), ...be16(f.etherType ?? nextEtherType(c)), ...inner],
    });
  }

  /** A Linux cooked capture v1 header (16 bytes). */
  linuxSll(f: LinuxSllFields = {}): FrameBuilder {
    const address = f.address ?? MAC_SOURCE;
    return this.add({
      name: "linuxSll",
      write: (inner, c) => [
        ...be16(f.packetType ?? 0),
        ...be16(f.hardwareType ?? 1),
        ...be16(f.addressLength ?? address.length),
        ...[...address, 0, 0, 0, 0, 0, 0, 0, 0].slice(0, 8),
        ...be16(f.protocol ?? nextEtherType(c)),
        ...inner,
      ],
    });
  }

  /** A Linux cooked capture v2 header (20 bytes). */
  linuxSll2(f: LinuxSllFields = {}): FrameBuilder {
    const address = f.address ?? MAC_SOURCE;
    return this.add({
      name: "linuxSll2",
      write: (inner, c) => [
        ...be16(f.protocol ?? nextEtherType(c)),
        0,
        0,
        ...be32(f.interfaceIndex ?? 0),
        ...be16(f.hardwareType ?? 1),
        f.packetType ?? 0,
        f.addressLength ?? address.length,
        ...[...address, 0, 0, 0, 0, 0, 0, 0, 0].slice(0, 8),
        ...inner,
      ],
    });
  }

  /** A BSD loopback header (DLT_NULL, or DLT_LOOP with `byteOrder: "big"`). */
  loopback(f: LoopbackFields = {}): FrameBuilder {
    return this.add({
      name: "loopback",
      write: (inner, c) => {
        const family = f.family ?? c.next?.family;
        if (family === undefined) throw new Error("loopback: give the family");
        return [...(f.byteOrder === "big" ? be32 : le32)(family), ...inner];
      },
    });
  }

  /** An IPv4 header with its checksum. */
  ipv4(f: Ipv4Fields = {}): FrameBuilder {
    return this.ip(IP_VERSIONS[4], f, (inner, c, addresses) => {
      const options = pad(f.options ?? [], 4);
      const header = [
        ((f.version ?? 4) << 4) | (f.ihl ?? 5 + options.length / 4),
        f.tos ?? 0,
        ...be16(f.totalLength ?? 20 + options.length + inner.length),
        ...be16(f.id ?? 0x4c1d),
        ...be16(((f.flags ?? 0b010) << 13) | (f.fragmentOffset ?? 0)),
        f.ttl ?? 64,
        f.protocol ?? nextProtocol(c),
        0,
        0,
        ...addresses,
        ...options,
      ];
      return [...setChecksum(header, 10, f.checksum, []), ...inner];
    });
  }

  /** An IPv6 fixed header; extension headers follow as their own layers. */
  ipv6(f: Ipv6Fields = {}): FrameBuilder {
    const { trafficClass = 0, flowLabel = 0 } = f;
    return this.ip(IP_VERSIONS[6], f, (inner, c, addresses) => [
      ((f.version ?? 6) << 4) | (trafficClass >> 4),
      ((trafficClass & 0x0f) << 4) | (flowLabel >> 16),
      (flowLabel >> 8) & 0xff,
      flowLabel & 0xff,
      ...be16(f.payloadLength ?? inner.length),
      f.nextHeader ?? nextProtocol(c),
      f.hopLimit ?? 64,
      ...addresses,
      ...inner,
    ]);
  }

  /** An IP header of `version`: `write` gets its source and destination addresses, in order. */
  private ip(
    version: typeof IP_VERSIONS[4],
    f: { source?: Bytes; destination?: Bytes },
    write: (inner: number[], context: Context, addresses: number[]) => number[],
  ): FrameBuilder {
    const { source = version.source, destination = version.destination } = f;
    const { name, etherType, protocol, family } = version;
    return this.add({
      name,
      etherType,
      protocol,
      family,
      addresses: { source, destination },
      write: (inner, c) => write(inner, c, [...source, ...destination]),
    });
  }

  /**
   * An IPv6 extension header of protocol `type` (0 hop-by-hop, 43 routing, 44 fragment,
   * 51 AH, 60 destination options): `body` is what follows its next-header and length bytes,
   * padded with zeros to the header's unit (8 bytes, 4 for AH). A routing header with segments
   * left names the final destination for the checksums after it (the last address of type 0
   * and 2, the first of type 4).
   */
  extension(type: number, body: Bytes, f: ExtensionFields = {}): FrameBuilder {
    const unit = type === 51 ? 4 : 8;
    const bytes = pad([0, 0, ...body], unit).slice(2);
    const length = f.length ?? (type === 44 ? 0 : (2 + bytes.length) / unit - (unit === 4 ? 2 : 1));
    const routed = type === 43 && body[1]! > 0 && body.length >= 22;
    return this.add({
      name: `extension ${type}`,
      protocol: type,
      finalDestination: routed
        ? body[0] === 4 ? body.slice(6, 22) : body.slice(body.length - 16)
        : undefined,
      write: (inner, c) => [f.next ?? nextProtocol(c), length, ...bytes, ...inner],
    });
  }

  /** An IPv6 fragment header. */
  fragment(f: FragmentFields = {}): FrameBuilder {
    const word = ((f.offset ?? 0) << 3) | (f.more ? 1 : 0);
    return this.extension(44, [...be16(word), ...be32(f.identification ?? 0)], f);
  }

  /** A TCP header; its checksum covers the enclosing IP header's pseudo-header. */
  tcp(f: TcpFields = {}): FrameBuilder {
    return this.add({
      name: "tcp",
      protocol: 6,
      write: (inner, c) => {
        const options = pad(f.options ?? [], 4);
        const flags = f.flags ?? 0x010;
        const bytes = [
          ...be16(f.sourcePort ?? 43210),
          ...be16(f.destinationPort ?? 80),
          ...be32(f.sequence ?? 1),
          ...be32(f.acknowledgment ?? 1),
          (((f.dataOffset ?? 5 + options.length / 4) << 4) | (flags >> 8)) & 0xff,
          flags & 0xff,
          ...be16(f.window ?? 502),
          0,
          0,
          ...be16(f.urgent ?? 0),
          ...options,
          ...inner,
        ];
        return setChecksum(bytes, 16, f.checksum, f.pseudo ?? c.pseudo(6, bytes.length));
      },
    });
  }

  /** A UDP header; its checksum covers the enclosing IP header's pseudo-header. */
  udp(f: UdpFields = {}): FrameBuilder {
    return this.add({
      name: "udp",
      protocol: 17,
      write: (inner, c) => {
        const length = f.length ?? 8 + inner.length;
        const bytes = [
          ...be16(f.sourcePort ?? 54321),
          ...be16(f.destinationPort ?? 53),
          ...be16(length),
          0,
          0,
          ...inner,
        ];
        // The datagram ends where its length says, if that is inside the bytes (RFC 768).
        const end = length >= 8 && length < bytes.length ? length : bytes.length;
        const pseudo = f.pseudo ?? c.pseudo(17, length);
        return setChecksum(bytes, 6, f.checksum, pseudo, { end, zeroAs: 0xffff });
      },
    });
  }

  /** An ICMP (for IPv4) header; its checksum covers the message alone. */
  icmp(f: IcmpFields = {}): FrameBuilder {
    return this.add({
      name: "icmp",
      protocol: 1,
      write: (inner) => icmpMessage(f, 8, inner, f.pseudo ?? []),
    });
  }

  /** An ICMPv6 header; its checksum covers the enclosing IPv6 header's pseudo-header. */
  icmpv6(f: IcmpFields = {}): FrameBuilder {
    return this.add({
      name: "icmpv6",
      protocol: 58,
      write: (inner, c) =>
        icmpMessage(f, 128, inner, f.pseudo ?? c.pseudo(58, 4 + rest(f).length + inner.length)),
    });
  }

  /** An ARP message. */
  arp(f: ArpFields = {}): FrameBuilder {
    return this.add({
      name: "arp",
      etherType: 0x0806,
      write: (inner) => {
        const { senderHardware = MAC_SOURCE, senderProtocol = IPV4_SOURCE } = f;
        return [
          ...be16(f.hardwareType ?? 1),
          ...be16(f.protocolType ?? 0x0800),
          f.hardwareLength ?? senderHardware.length,
          f.protocolLength ?? senderProtocol.length,
          ...be16(f.opcode ?? 1),
          ...senderHardware,
          ...senderProtocol,
          ...(f.targetHardware ?? [0, 0, 0, 0, 0, 0]),
          ...(f.targetProtocol ?? IPV4_DESTINATION),
          ...inner,
        ];
      },
    });
  }

  /** A header the builder has no method for, written as `bytes`, announced as `announce` says. */
  raw(bytes: Bytes, announce: Announce = {}): FrameBuilder {
    return this.add({ name: "raw", ...announce, write: (inner) => [...bytes, ...inner] });
  }

  /** `rest`'s layers and payload after this builder's layers. */
  append(rest: FrameBuilder): FrameBuilder {
    if (this.data.length > 0) throw new Error("append after the payload");
    return new FrameBuilder([...this.layers, ...rest.layers], rest.data, this.end);
  }

  /** The bytes after the last header. */
  payload(bytes: Bytes): FrameBuilder {
    return new FrameBuilder(this.layers, [...this.data, ...bytes], this.end);
  }

  /** Pads the frame with `fill` to `minimum` bytes (Ethernet's is 60), after every header. */
  pad(minimum: number, fill = 0): FrameBuilder {
    return new FrameBuilder(this.layers, this.data, { ...this.end, padTo: minimum, fill });
  }

  /** Bytes after the padding (a captured FCS, a trailer). */
  trailer(bytes: Bytes): FrameBuilder {
    return new FrameBuilder(this.layers, this.data, { ...this.end, trailer: bytes });
  }

  /** Keeps only the first `length` bytes, as a snapshot length cuts a frame. */
  snap(length: number): FrameBuilder {
    return new FrameBuilder(this.layers, this.data, { ...this.end, snap: length });
  }

  /** The frame's bytes. */
  build(): Uint8Array {
    let bytes = [...this.data];
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i]!;
      bytes = layer.write(bytes, {
        name: layer.name,
        next: this.layers[i + 1],
        last: i === this.layers.length - 1 && this.data.length === 0,
        pseudo: (protocol, length) => this.pseudo(i, protocol, length),
      });
    }
    while (bytes.length < (this.end.padTo ?? 0)) bytes.push(this.end.fill ?? 0);
    bytes.push(...(this.end.trailer ?? []));
    return new Uint8Array(bytes.slice(0, this.end.snap ?? bytes.length));
  }

  /** The pseudo-header of the nearest IP header before layer `index`. */
  private pseudo(index: number, protocol: number, length: number): number[] | undefined {
    let destination: Bytes | undefined;
    for (let i = index - 1; i >= 0; i--) {
      const layer = this.layers[i]!;
      if (layer.finalDestination !== undefined) destination ??= layer.finalDestination;
      if (layer.addresses !== undefined) {
        const { source } = layer.addresses;
        return pseudoHeader(source, destination ?? layer.addresses.destination, protocol, length);
      }
    }
    return undefined;
  }
}

function rest(f: IcmpFields): Bytes {
  return f.rest ?? [...be16(f.identifier ?? 0), ...be16(f.sequence ?? 0)];
}

function icmpMessage(
  f: IcmpFields,
  echo: number,
  inner: number[],
  pseudo: Bytes | undefined,
): number[] {
  const bytes = [f.type ?? echo, f.code ?? 0, 0, 0, ...rest(f), ...inner];
  return setChecksum(bytes, 2, f.checksum, pseudo);
}

/** A new, empty frame: chain its layers from the outside in, then {@linkcode FrameBuilder.build}. */
export function craft(): FrameBuilder {
  return new FrameBuilder();
}
