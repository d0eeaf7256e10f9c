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

export * from "./ffi/mod.ts";
export * from "./decode/mod.ts";
export * from "./output/mod.ts";
export * from "./streams/mod.ts";
