/**
 * PPPoE sessions: `PPPoE  [ses 0x17] IP (0x0021), length 42:` in the line, as tcpdump words a
 * session frame with `-e` (a shim between the link part and the packet the session carries);
 * the PPPoE header and the PPP protocol in `-v`; `pppoe.*` and `ppp.protocol` in JSON, as
 * tshark 4.0 names them.
 *
 * @module
 */

import { LayerType } from "../../decode/layer_type.ts";
import { PPPOE_HEADER_LENGTH } from "../../decode/pppoe.ts";
import { hex4, type LayerPrinter, TextPart } from "./printer.ts";

/** PPPoE codes as tcpdump names them; 0, session data, has no name. */
const CODE_NAMES: Record<number, string> = {
  0x00: "",
  0x07: "PADO",
  0x09: "PADI",
  0x19: "PADR",
  0x65: "PADS",
  0xa7: "PADT",
};

/** PPP protocols as tcpdump names them (`IP`, `IP6`, `LCP`, …). */
const PPP_NAMES: Record<number, string> = {
  0x0021: "IP",
  0x0023: "OSI",
  0x0025: "NS",
  0x0027: "DECNET",
  0x0029: "APPLE",
  0x002b: "IPX",
  0x002d: "VJC IP",
  0x002f: "VJNC IP",
  0x0031: "BRPDU",
  0x0033: "STII",
  0x0035: "VINES",
  0x003d: "MLPPP",
  0x0057: "IP6",
  0x00fd: "Compressed",
  0x0201: "HELLO",
  0x0231: "LUXCOM",
  0x0233: "SNS",
  0x0281: "MPLS",
  0x0283: "MPLS",
  0x8021: "IPCP",
  0x8023: "OSICP",
  0x8025: "NSCP",
  0x8027: "DECNETCP",
  0x8029: "APPLECP",
  0x802b: "IPXCP",
  0x8033: "STIICP",
  0x8035: "VINESCP",
  0x8057: "IP6CP",
  0x80fd: "CCP",
  0x8281: "MPLSCP",
  0xc021: "LCP",
  0xc023: "PAP",
  0xc025: "LQM",
  0xc027: "SPAP",
  0xc02b: "BACP",
  0xc02d: "BAP",
  0xc03d: "MLPPP-CP",
  0xc123: "Old-SPAP",
  0xc223: "CHAP",
  0xc227: "EAP",
};

/** The name Wireshark gives the PPP protocols the sniffer decodes, for `-v`. */
const PPP_DETAIL_NAMES: Record<number, string> = {
  0x0021: "Internet Protocol version 4",
  0x0057: "Internet Protocol version 6",
  0x0281: "MPLS",
  0x0283: "MPLS Multicast",
  0xc021: "Link Control Protocol",
};

/** The PPPoE session printer. */
export const pppoe: LayerPrinter = {
  part: TextPart.Shim,
  partialJson: true,
  jsonSections: ["pppoe", "ppp"],
  text(context) {
    const pppoe = context.decoder.layer(LayerType.PPPoE);
    // tcpdump's order, its missing space after the version and type included.
    let text = "";
    if (pppoe.version !== 1) text += ` [ver ${pppoe.version}]`;
    if (pppoe.pppoeType !== 1) text += ` [type ${pppoe.pppoeType}]`;
    const code = pppoe.code;
    text += `PPPoE ${CODE_NAMES[code] ?? `PAD-${code.toString(16)}`}`;
    const stated = pppoe.payloadLength;
    if (code === 0x09 && stated > 1484 - PPPOE_HEADER_LENGTH) text += ` [len ${stated}!]`;
    // What the frame has after the header, on the wire.
    const remaining = Math.max(0, context.packet.wireLength - pppoe.offset - PPPOE_HEADER_LENGTH);
    if (stated > remaining) text += ` [len ${stated} > ${remaining}!]`;
    if (pppoe.sessionId !== 0) text += ` [ses 0x${pppoe.sessionId.toString(16)}]`;
    if (pppoe.protocolLength > 0) {
      const protocol = pppoe.protocol;
      text += ` ${PPP_NAMES[protocol] ?? "unknown"} (${hex4(protocol)}), length ${
        Math.min(stated, remaining)
      }`;
      // The packet the session carries follows, or its truncation mark.
      if (pppoe.nextLayer !== LayerType.None) text += ":";
    }
    context.out.text(text);
    return true;
  },
  detail(context) {
    const pppoe = context.decoder.layer(LayerType.PPPoE);
    context.add("PPP-over-Ethernet Session", [
      ["Version", pppoe.version],
      ["Type", pppoe.pppoeType],
      ["Code", `0x${pppoe.code.toString(16).padStart(2, "0")}`],
      ["Session ID", hex4(pppoe.sessionId)],
      ["Payload Length", pppoe.payloadLength],
    ]);
    if (pppoe.protocolLength > 0) {
      const protocol = pppoe.protocol;
      const name = PPP_DETAIL_NAMES[protocol] ?? PPP_NAMES[protocol] ?? "unknown";
      context.add("Point-to-Point Protocol", [["Protocol", `${name} (${hex4(protocol)})`]]);
    }
  },
  json(context) {
    const pppoe = context.decoder.layer(LayerType.PPPoE);
    // Like tshark: nothing of a header cut inside its 6 bytes.
    if (pppoe.end - pppoe.offset < PPPOE_HEADER_LENGTH) return;
    const out = context.out;
    out.start("pppoe");
    out.field("version", pppoe.version);
    out.field("type", pppoe.pppoeType);
    out.field("code", pppoe.code);
    out.field("session_id", pppoe.sessionId);
    out.field("payload_length", pppoe.payloadLength);
    out.end();
    if (pppoe.protocolLength > 0) {
      out.start("ppp");
      out.field("protocol", pppoe.protocol);
      out.end();
    }
  },
};
