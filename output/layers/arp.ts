/**
 * ARP: `ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28` in the line, every field in
 * `-v`, `arp.*` in JSON.
 *
 * @module
 */

import { hex4, type LayerPrinter, TextPart } from "./printer.ts";

/** ARP's printer. */
export const arp: LayerPrinter = {
  part: TextPart.Network,
  partialJson: true,
  text(context) {
    const arp = context.decoder.arp;
    const out = context.out;
    if (!arp.complete) {
      out.text(`ARP, opcode ${arp.opcode}`);
      return true;
    }
    const length = 8 + 2 * (arp.hardwareLength + arp.protocolLength);
    switch (arp.opcode) {
      case 1:
        out.text(
          `ARP, Request who-has ${arp.targetProtocolAddress} tell ${arp.senderProtocolAddress}, length ${length}`,
        );
        break;
      case 2:
        out.text(
          `ARP, Reply ${arp.senderProtocolAddress} is-at ${arp.senderHardwareAddress}, length ${length}`,
        );
        break;
      default:
        out.text(
          `ARP, opcode ${arp.opcode}, sender ${arp.senderProtocolAddress} (${arp.senderHardwareAddress}), target ${arp.targetProtocolAddress}, length ${length}`,
        );
    }
    return true;
  },
  detail(context) {
    const arp = context.decoder.arp;
    const fields: [string, string | number][] = [
      ["Hardware type", arp.hardwareType],
      ["Protocol type", hex4(arp.protocolType)],
      ["Hardware size", arp.hardwareLength],
      ["Protocol size", arp.protocolLength],
      [
        "Opcode",
        `${arp.opcode} (${arp.opcode === 1 ? "request" : arp.opcode === 2 ? "reply" : "other"})`,
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
    context.add("Address Resolution Protocol", fields);
  },
  json(context) {
    const arp = context.decoder.arp;
    const out = context.out;
    const available = arp.end - arp.offset;
    out.start("arp");
    if (available >= 2) out.field("hw_type", arp.hardwareType);
    if (available >= 4) out.field("proto_type", arp.protocolType);
    if (available >= 5) out.field("hw_size", arp.hardwareLength);
    if (available >= 6) out.field("proto_size", arp.protocolLength);
    if (available >= 8) out.field("opcode", arp.opcode);
    if (!arp.complete) {
      out.end();
      return;
    }
    // Wireshark's ARP_HW_IS_ETHER and ARP_PRO_IS_IPv4: other kinds are plain bytes.
    const ether = arp.hardwareLength === 6 && [1, 2, 6].includes(arp.hardwareType);
    const ipv4 = arp.protocolLength === 4 &&
      (arp.protocolType === 0x0800 || arp.protocolType === 0xcc);
    if (ether) out.field("src_hw_mac", arp.senderHardwareAddress);
    if (ipv4) out.field("src_proto_ipv4", arp.senderProtocolAddress);
    if (ether) out.field("dst_hw_mac", arp.targetHardwareAddress);
    if (ipv4) out.field("dst_proto_ipv4", arp.targetProtocolAddress);
    out.end();
  },
};
