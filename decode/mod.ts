/**
 * The decoder: a layer pipeline over borrowed bytes, from the link layer to the TCP or UDP
 * payload, allocating nothing per packet and never throwing on hostile bytes. Pure TypeScript:
 * it needs no permission, and decodes bytes from anywhere (`Packet.from`), not only libpcap's.
 *
 * @example Decoding a frame built by hand
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder, LayerType, Packet } from "./mod.ts";
 *
 * const frame = new Uint8Array(54);
 * frame.set([0x08, 0x00], 12); // Ethernet, IPv4
 * frame.set([0x45, 0, 0, 40, 0, 0, 0, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], 14);
 * frame.set([0x30, 0x39, 0, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0x50, 0x02], 34); // TCP SYN
 * const decoder = new Decoder();
 * decoder.decodePacket(Packet.from(frame));
 * assert.ok(decoder.has(LayerType.TCP));
 * assert.equal(decoder.layer(LayerType.TCP).destinationPort, 80);
 * assert.equal(decoder.network?.source, "10.0.0.1");
 * ```
 *
 * @module
 */

export { Packet } from "./packet.ts";
export { Decoder } from "./decoder.ts";
export {
  BaseLayer,
  DecodeStatus,
  type DecodingLayer,
  LayerType,
  Malformation,
  MALFORMATION_NAMES,
} from "./layer.ts";
export { LAYER_NAMES, type LayerDescriptor, type LayerOf, LAYERS } from "./registry.ts";
export { Ethernet, EtherType } from "./ethernet.ts";
export { IPv4, ipv4OptionName } from "./ipv4.ts";
export { IPv6 } from "./ipv6.ts";
export { scanTcpOptions, TCP, TcpFlag, TcpOption, type TcpOptionVisitor } from "./tcp.ts";
export { UDP } from "./udp.ts";
export { ICMP, IcmpField, IcmpMessage, icmpTypeName } from "./icmp.ts";
export { ICMPv6, icmpv6TypeName } from "./icmpv6.ts";
export { ARP } from "./arp.ts";
export { MAX_VLAN_TAGS, Vlan } from "./vlan.ts";
export { LinuxSll } from "./linux_sll.ts";
export { Loopback } from "./loopback.ts";
export { Geneve, Gre, type TunnelLayer, TunnelPort, Vxlan } from "./tunnel.ts";
export {
  CHECKSUM_STATUS_NAMES,
  CHECKSUM_STATUS_WORDS,
  ChecksumStatus,
  foldChecksum,
  sumWords,
  verifyChecksum,
} from "./checksum.ts";
export { IpProtocol, protocolName } from "./ip_protocol.ts";
export { firstLayerFor, isRawIp, LinkType, linkTypeName } from "./link_type.ts";
export { formatHardware, formatIPv4, formatIPv6, formatMac } from "./address.ts";
export {
  MAX_MPLS_LABELS,
  Mpls,
  MPLS_ENTRY_LENGTH,
  MplsField,
  mplsLabelName,
  type MplsLayerType,
} from "./mpls.ts";
export { PPPOE_HEADER_LENGTH, PppoeField, PppoeSession } from "./pppoe.ts";
export { Igmp, IgmpField, igmpMaxResponseTime, IgmpRecordField, IgmpType } from "./igmp.ts";
export { layerForPppProtocol } from "./layer_type.ts";
