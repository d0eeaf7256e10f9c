/**
 * The layers the pipeline knows, and the numbers by which a parent header announces each one:
 * EtherTypes, IP protocol numbers, UDP ports and PPP protocols. Parents look their next layer
 * up here, the way gopacket's `EthernetTypeMetadata` and `udpPortLayerType` tables work, so a new
 * protocol is announced by one line in a table, not by a case in each parent.
 *
 * @module
 */

/**
 * Every layer the pipeline knows by name. Layers without a decoder yet are still named, so that
 * a frame can say what it carries even where decoding stops. Values stay below 32: the decoder
 * keeps the layers of a frame as bits of one 32-bit mask.
 */
export const LayerType = {
  None: 0,
  Ethernet: 1,
  IPv4: 2,
  IPv6: 3,
  TCP: 4,
  UDP: 5,
  ICMP: 6,
  ICMPv6: 7,
  ARP: 8,
  VLAN: 9,
  LinuxSLL: 10,
  LinuxSLL2: 11,
  Loopback: 12,
  /** A non-first IP fragment: its bytes continue a transport header sent earlier. */
  Fragment: 13,
  /** Application bytes after the transport header (the TCP message). */
  Payload: 14,
  GRE: 15,
  VXLAN: 16,
  Geneve: 17,
  /** An MPLS label stack between the link and the network layer (EtherType 0x8847, 0x8848). */
  MPLS: 18,
  /** An MPLS label stack in a UDP datagram (port 6635): the packet under it is carried. */
  MPLSinUDP: 19,
  /** A PPPoE session header and the PPP protocol after it (EtherType 0x8864). */
  PPPoE: 20,
  /** An IGMP message (IP protocol 2). */
  IGMP: 21,
} as const;

/** A value of {@linkcode LayerType}. */
export type LayerType = typeof LayerType[keyof typeof LayerType];

/** A lookup from a 16-bit (or 8-bit) number to the layer it announces; 0 (`None`) when none. */
function table(size: number, entries: [number, LayerType][]): Uint8Array {
  const layers = new Uint8Array(size);
  for (const [value, layer] of entries) layers[value] = layer;
  return layers;
}

/** EtherType → layer, for Ethernet, VLAN tags and Linux cooked headers. */
const ETHER_TYPES = table(0x10000, [
  [0x0800, LayerType.IPv4],
  [0x0806, LayerType.ARP],
  [0x8100, LayerType.VLAN],
  [0x86dd, LayerType.IPv6],
  [0x8847, LayerType.MPLS], // unicast
  [0x8848, LayerType.MPLS], // multicast
  [0x8864, LayerType.PPPoE], // session (discovery, 0x8863, is not decoded)
  [0x88a8, LayerType.VLAN], // 802.1ad service tag (QinQ)
  [0x9100, LayerType.VLAN], // the pre-standard QinQ tag some switches still send
]);

/** IP protocol (IPv4 protocol, IPv6 next header after the extension headers) → layer. */
const IP_PROTOCOLS = table(0x100, [
  [1, LayerType.ICMP],
  [2, LayerType.IGMP],
  // IP in IP: the decoder takes an IP layer announced by an IP layer for a tunnelled packet.
  [4, LayerType.IPv4],
  [6, LayerType.TCP],
  [17, LayerType.UDP],
  [41, LayerType.IPv6],
  [47, LayerType.GRE],
  [58, LayerType.ICMPv6],
]);

/** UDP port → the layer its datagrams carry, known by port as Wireshark knows them. */
const UDP_PORTS = table(0x10000, [
  [4789, LayerType.VXLAN],
  [6081, LayerType.Geneve],
  [6635, LayerType.MPLSinUDP], // RFC 7510
]);

/** PPP protocol (in a PPPoE session) → layer. */
const PPP_PROTOCOLS = table(0x10000, [
  [0x0021, LayerType.IPv4],
  [0x0057, LayerType.IPv6],
  [0x0281, LayerType.MPLS], // unicast
  [0x0283, LayerType.MPLS], // multicast
]);

/** The layer an EtherType announces, or `None` for one the pipeline does not decode. */
export function layerForEtherType(etherType: number): LayerType {
  return ETHER_TYPES[etherType & 0xffff]! as LayerType;
}

/** The layer an IP protocol number announces, or `None`. */
export function layerForProtocol(protocol: number): LayerType {
  return IP_PROTOCOLS[protocol & 0xff]! as LayerType;
}

/** The layer a PPP protocol number announces, or `None`. */
export function layerForPppProtocol(protocol: number): LayerType {
  return PPP_PROTOCOLS[protocol & 0xffff]! as LayerType;
}

/**
 * The layer a UDP datagram between these ports carries, or `None` when neither port is known.
 * The lower port is tried first, then the higher, as Wireshark's UDP dissector tries them.
 */
export function layerForUdpPorts(source: number, destination: number): LayerType {
  const low = source < destination ? source : destination;
  const high = source < destination ? destination : source;
  return (UDP_PORTS[low & 0xffff] || UDP_PORTS[high & 0xffff]) as LayerType;
}
