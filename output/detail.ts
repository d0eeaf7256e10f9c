/**
 * Per-layer detail (`-v`): the packet's summary line, then every field of every header on its
 * own line, named as the protocol sheet names them, checksums verified.
 *
 * @module
 */

import { CHECKSUM_STATUS_NAMES, type ChecksumStatus } from "../decode/checksum.ts";
import type { Decoder } from "../decode/decoder.ts";
import { LayerType } from "../decode/layer.ts";
import { protocolName } from "../decode/ip_protocol.ts";
import type { Packet } from "../decode/packet.ts";
import { escapeBytes } from "./escape.ts";
import { tcpOptionsText, TextFormatter, type TextOptions } from "./text.ts";
import type { OutputSink } from "./writer.ts";

const hex4 = (value: number) => `0x${value.toString(16).padStart(4, "0")}`;
const yesNo = (value: boolean) => (value ? "set" : "not set");

function checksum(value: number, status: ChecksumStatus): string {
  return `${hex4(value)} [${CHECKSUM_STATUS_NAMES[status]}]`;
}

/**
 * Formats a packet as its summary line followed by one indented line per header field.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder } from "../decode/decoder.ts";
 * import { Packet } from "../decode/packet.ts";
 * import { DetailFormatter } from "./detail.ts";
 *
 * const frame = new Uint8Array(54);
 * frame.set([0x08, 0x00], 12);
 * frame.set([0x45, 0, 0, 40, 0, 0, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], 14);
 * frame.set([0x30, 0x39, 0, 80, 0, 0, 0, 7, 0, 0, 0, 0, 0x50, 0x02, 0xff, 0xff], 34);
 * const packet = Packet.from(frame);
 * const decoder = new Decoder();
 * decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
 * const text = new DetailFormatter({ utcOffsetMinutes: 0 }).format(packet, decoder);
 * assert.match(text, /Don't Fragment: set/);
 * assert.match(text, /Time to Live: 64/);
 * ```
 */
export class DetailFormatter {
  readonly #summary: TextFormatter;
  readonly #messageLimit: number;

  constructor(options: TextOptions = {}) {
    this.#summary = new TextFormatter(options);
    this.#messageLimit = options.messageLimit ?? 256;
  }

  /** Writes {@linkcode DetailFormatter.format}'s text to `out`. */
  write(packet: Packet, decoder: Decoder, out: OutputSink): void {
    out.text(this.format(packet, decoder));
  }

  /** The summary line and the field lines, joined by newlines (no trailing newline). */
  format(packet: Packet, decoder: Decoder): string {
    const lines = [this.#summary.format(packet, decoder)];
    const add = (title: string, fields: [string, string | number][]) => {
      lines.push(`  ${title}`);
      for (const [name, value] of fields) lines.push(`    ${name}: ${value}`);
    };
    lines.push(
      `  Frame ${packet.number}: ${packet.wireLength} bytes on the wire, ${packet.captureLength} captured`,
    );
    for (let layers: Decoder | null = decoder; layers !== null; layers = layers.inner) {
      if (layers !== decoder) lines.push("  Carried packet:");
      for (let i = 0; i < layers.layerCount; i++) this.#layer(layers, layers.layers[i]!, add);
      const problem = layers.describeProblem();
      if (problem) lines.push(`  [${problem}]`);
    }
    return lines.join("\n");
  }

  #layer(
    decoder: Decoder,
    type: number,
    add: (title: string, fields: [string, string | number][]) => void,
  ): void {
    switch (type) {
      case LayerType.Ethernet: {
        const eth = decoder.ethernet;
        add("Ethernet II", [
          ["Destination", eth.destination],
          ["Source", eth.source],
          ["EtherType", hex4(eth.etherType)],
        ]);
        return;
      }
      case LayerType.VLAN: {
        const vlan = decoder.vlan;
        for (let i = 0; i < vlan.count; i++) {
          add(`802.1Q tag ${i + 1}`, [
            ["Priority", vlan.priority(i)],
            ["Drop Eligible", yesNo(vlan.dropEligible(i))],
            ["VLAN ID", vlan.id(i)],
            ["EtherType", hex4(vlan.etherType(i))],
          ]);
        }
        return;
      }
      case LayerType.LinuxSLL:
      case LayerType.LinuxSLL2: {
        const sll = type === LayerType.LinuxSLL ? decoder.sll : decoder.sll2;
        add(type === LayerType.LinuxSLL ? "Linux cooked capture v1" : "Linux cooked capture v2", [
          ["Packet type", `${sll.packetType} (${sll.packetTypeName})`],
          ["Link-layer address type", sll.hardwareType],
          ["Link-layer address length", sll.addressLength],
          ["Source", sll.source],
          ["Protocol", hex4(sll.protocol)],
          ...(type === LayerType.LinuxSLL2
            ? [["Interface index", sll.interfaceIndex] as [string, number]]
            : []),
        ]);
        return;
      }
      case LayerType.Loopback:
        add("Loopback", [["Family", decoder.loopback.family]]);
        return;
      case LayerType.ARP: {
        const arp = decoder.arp;
        const fields: [string, string | number][] = [
          ["Hardware type", arp.hardwareType],
          ["Protocol type", hex4(arp.protocolType)],
          ["Hardware size", arp.hardwareLength],
          ["Protocol size", arp.protocolLength],
          [
            "Opcode",
            `${arp.opcode} (${
              arp.opcode === 1 ? "request" : arp.opcode === 2 ? "reply" : "other"
            })`,
          ],
        ];
        if (arp.complete) {
          fields.push(
            ["Sender hardware address", arp.senderHardwareAddress],
            ["Sender protocol address", arp.senderProtocolAddress],
            ["Target hardware address", arp.targetHardwareAddress],
            ["Target protocol address", arp.targetProtocolAddress],
          );
        }
        add("Address Resolution Protocol", fields);
        return;
      }
      case LayerType.IPv4: {
        const ip = decoder.ipv4;
        add("Internet Protocol version 4", [
          ["Version", ip.version],
          ["Header Length", `${ip.headerLength} bytes (${ip.headerLength / 4})`],
          ["DSCP", ip.dscp],
          ["ECN", ip.ecn],
          ["Total Length", ip.totalLength],
          ["Identification", `${hex4(ip.identification)} (${ip.identification})`],
          ["Reserved bit", yesNo(ip.reservedFlag)],
          ["Don't Fragment", yesNo(ip.dontFragment)],
          ["More Fragments", yesNo(ip.moreFragments)],
          ["Fragment Offset", `${ip.fragmentOffset} (${ip.fragmentOffset * 8} bytes)`],
          ["Time to Live", ip.ttl],
          ["Protocol", `${protocolName(ip.protocol)} (${ip.protocol})`],
          ["Header Checksum", checksum(ip.checksum, decoder.ipv4Checksum())],
          ["Source Address", ip.source],
          ["Destination Address", ip.destination],
          [
            "Options",
            ip.optionsLength === 0 ? "none" : `${ip.optionsLength} bytes: ${ip.optionsText}`,
          ],
        ]);
        return;
      }
      case LayerType.IPv6: {
        const ip = decoder.ipv6;
        add("Internet Protocol version 6", [
          ["Version", ip.version],
          ["Traffic Class", `0x${ip.trafficClass.toString(16).padStart(2, "0")}`],
          ["Flow Label", `0x${ip.flowLabel.toString(16).padStart(5, "0")}`],
          ["Payload Length", ip.payloadLength],
          ["Next Header", `${protocolName(ip.nextHeader)} (${ip.nextHeader})`],
          ["Hop Limit", ip.hopLimit],
          ["Source Address", ip.source],
          ["Destination Address", ip.destination],
          ["Extension headers", ip.extensionCount],
          ["Upper-layer protocol", `${protocolName(ip.upperProtocol)} (${ip.upperProtocol})`],
        ]);
        return;
      }
      case LayerType.ICMP: {
        const icmp = decoder.icmp;
        const fields: [string, string | number][] = [
          ["Type", `${icmp.icmpType} (${icmp.typeName})`],
          ["Code", icmp.code],
          ["Checksum", checksum(icmp.checksum, decoder.transportChecksum())],
        ];
        if (icmp.hasIdentifier) {
          fields.push(["Identifier", icmp.identifier], ["Sequence Number", icmp.sequence]);
        }
        add("Internet Control Message Protocol", fields);
        return;
      }
      case LayerType.ICMPv6: {
        const icmp = decoder.icmpv6;
        const fields: [string, string | number][] = [
          ["Type", `${icmp.icmpType} (${icmp.typeName})`],
          ["Code", icmp.code],
          ["Checksum", checksum(icmp.checksum, decoder.transportChecksum())],
        ];
        if (icmp.isEcho) {
          fields.push(["Identifier", icmp.identifier], ["Sequence Number", icmp.sequence]);
        }
        if (icmp.hasTarget) fields.push(["Target Address", icmp.targetAddress]);
        add("Internet Control Message Protocol v6", fields);
        return;
      }
      case LayerType.UDP: {
        const udp = decoder.udp;
        add("User Datagram Protocol", [
          ["Source Port", udp.sourcePort],
          ["Destination Port", udp.destinationPort],
          ["Length", udp.length],
          ["Checksum", checksum(udp.checksum, decoder.transportChecksum())],
        ]);
        return;
      }
      case LayerType.GRE: {
        const gre = decoder.gre;
        const fields: [string, string | number][] = [
          ["Version", gre.version],
          ["Protocol Type", hex4(gre.protocolType)],
        ];
        if (gre.key !== undefined) fields.push(["Key", `0x${gre.key.toString(16)}`]);
        add("Generic Routing Encapsulation", fields);
        return;
      }
      case LayerType.VXLAN:
        add("Virtual eXtensible LAN", [["VNI", decoder.vxlan.vni]]);
        return;
      case LayerType.Geneve:
        add("Generic Network Virtualization Encapsulation", [
          ["Protocol Type", hex4(decoder.geneve.protocolType)],
          ["VNI", decoder.geneve.vni],
        ]);
        return;
      case LayerType.TCP: {
        const tcp = decoder.tcp;
        const flags = tcp.flags;
        const flag = (
          name: string,
          bit: number,
        ): [string, string] => [name, yesNo((flags & bit) !== 0)];
        const fields: [string, string | number][] = [
          ["Source Port", tcp.sourcePort],
          ["Destination Port", tcp.destinationPort],
          ["Sequence Number", tcp.sequence],
          ["Acknowledgment Number", tcp.acknowledgment],
          ["Data Offset", `${tcp.dataOffset} (${tcp.dataOffset * 4} bytes)`],
          flag("AE", 0x100),
          flag("CWR", 0x80),
          flag("ECE", 0x40),
          flag("URG", 0x20),
          flag("ACK", 0x10),
          flag("PSH", 0x08),
          flag("RST", 0x04),
          flag("SYN", 0x02),
          flag("FIN", 0x01),
          ["Window", tcp.window],
          ["Checksum", checksum(tcp.checksum, decoder.transportChecksum())],
          ["Urgent Pointer", tcp.urgentPointer],
        ];
        if (tcp.headerLength > 20) fields.push(["Options", tcpOptionsText(tcp)]);
        const length = decoder.payloadLength;
        const shown = this.#messageLimit > 0 ? Math.min(length, this.#messageLimit) : length;
        fields.push(["Message", `${length} bytes`]);
        if (length > 0) {
          const start = decoder.payloadOffset;
          const cut = shown < length ? `... (${length - shown} more bytes)` : "";
          fields.push(["Data", `"${escapeBytes(tcp.bytes, start, start + shown)}"${cut}`]);
        }
        add("Transmission Control Protocol", fields);
        return;
      }
    }
  }
}
