/**
 * A packet sniffer for Deno: libpcap through hand-written FFI bindings, and a decoder that
 * works in place on libpcap's bytes, allocating nothing per packet: Ethernet, 802.1Q/QinQ,
 * Linux cooked v1/v2, BSD loopback and raw IP; PPPoE sessions, MPLS; ARP, IPv4, IPv6 (extension
 * headers), ICMP, ICMPv6, IGMP, UDP, TCP (options); GRE, ERSPAN, VXLAN, Geneve and MPLS-in-UDP
 * tunnels; every checksum verified.
 *
 * - {@linkcode Capture} opens an interface (`openLive`) or a pcap/pcapng file
 *   (`openOffline`), applies BPF filters, and hands out packets with `for await`.
 * - {@linkcode Decoder} walks a frame's layers; `decoder.ethernet`, `decoder.ipv4`,
 *   `decoder.tcp`, … read their fields lazily; `ipv4Checksum()` and `transportChecksum()`
 *   verify checksums; `decoder.inner` is the packet a tunnel carries.
 * - {@linkcode TextFormatter} prints tcpdump-style lines, {@linkcode DetailFormatter} every
 *   field, {@linkcode JsonFormatter} NDJSON with Wireshark's field names;
 *   {@linkcode escapeBytes} makes bytes from the wire safe for a terminal.
 *
 * Packets are **borrowed**: a packet, its bytes and the decoded layers are valid until the
 * capture reads the next packet. Keep one with {@linkcode Packet.copy}.
 *
 * Decoding needs no permissions; capturing needs `--allow-ffi`, and a live capture needs root
 * or CAP_NET_RAW.
 *
 * @example The TCP messages of a capture file
 * ```ts
 * import assert from "node:assert/strict";
 * import { Capture, Decoder, LayerType } from "./mod.ts";
 *
 * using capture = Capture.openOffline("tests/fixtures/http-ipv4.pcap", { filter: "tcp" });
 * const decoder = new Decoder();
 * const messages: string[] = [];
 * for await (const packet of capture) {
 *   decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
 *   if (decoder.has(LayerType.TCP) && decoder.payloadLength > 0) {
 *     const { ipv4, tcp } = decoder;
 *     const message = new TextDecoder().decode(
 *       packet.data.subarray(decoder.payloadOffset, decoder.payloadEnd),
 *     );
 *     messages.push(`${ipv4.source}:${tcp.sourcePort} -> ${ipv4.destination}:${tcp.destinationPort} ${message}`);
 *   }
 * }
 * assert.ok(messages.some((line) => line.endsWith(":7000 print")));
 * ```
 *
 * @module
 */

export {
  Capture,
  type CaptureStats,
  type Device,
  libraryVersion,
  listDevices,
  type LiveOptions,
  type OfflineOptions,
} from "./ffi/capture.ts";
export { PcapError, type PcapErrorKind, PcapStatus } from "./ffi/errors.ts";
export { Packet } from "./decode/packet.ts";
export { Decoder } from "./decode/decoder.ts";
export {
  BaseLayer,
  DecodeStatus,
  type DecodingLayer,
  LayerType,
  Malformation,
  MALFORMATION_NAMES,
} from "./decode/layer.ts";
export { LAYER_NAMES, type LayerDescriptor, type LayerOf, LAYERS } from "./decode/registry.ts";
export { Ethernet, EtherType } from "./decode/ethernet.ts";
export { IPv4, ipv4OptionName } from "./decode/ipv4.ts";
export { IPv6 } from "./decode/ipv6.ts";
export { scanTcpOptions, TCP, TcpFlag, TcpOption } from "./decode/tcp.ts";
export { UDP } from "./decode/udp.ts";
export { ICMP, icmpTypeName } from "./decode/icmp.ts";
export { ICMPv6, icmpv6TypeName } from "./decode/icmpv6.ts";
export { ARP } from "./decode/arp.ts";
export { MAX_VLAN_TAGS, Vlan } from "./decode/vlan.ts";
export { LinuxSll } from "./decode/linux_sll.ts";
export { Loopback } from "./decode/loopback.ts";
export { Geneve, Gre, type TunnelLayer, TunnelPort, Vxlan } from "./decode/tunnel.ts";
export {
  MAX_MPLS_LABELS,
  Mpls,
  MPLS_ENTRY_LENGTH,
  MplsField,
  mplsLabelName,
  type MplsLayerType,
} from "./decode/mpls.ts";
export { PPPOE_HEADER_LENGTH, PppoeField, PppoeSession } from "./decode/pppoe.ts";
export { Igmp, IgmpField, igmpMaxResponseTime, IgmpRecordField, IgmpType } from "./decode/igmp.ts";
export { layerForPppProtocol } from "./decode/layer_type.ts";
export {
  CHECKSUM_STATUS_NAMES,
  ChecksumStatus,
  foldChecksum,
  sumWords,
  verifyChecksum,
} from "./decode/checksum.ts";
export { IpProtocol, protocolName } from "./decode/ip_protocol.ts";
export { firstLayerFor, isRawIp, LinkType, linkTypeName } from "./decode/link_type.ts";
export { formatHardware, formatIPv4, formatIPv6, formatMac } from "./decode/address.ts";
export { escapeBytes } from "./output/escape.ts";
export { tcpFlagLetters, tcpOptionsText, TextFormatter, type TextOptions } from "./output/text.ts";
export { DetailFormatter } from "./output/detail.ts";
export { JsonFormatter, tcpLength } from "./output/json.ts";
