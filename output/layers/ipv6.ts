/**
 * IPv6: in the line, the network part when no transport printer takes over
 * (`fe80::1 > ff02::16: HOPOPT, length 36`); every field in `-v`; `ipv6.*` in JSON.
 *
 * @module
 */

import { protocolName } from "../../decode/ip_protocol.ts";
import { Ipv6Field } from "../../decode/ipv6.ts";
import { enterIp, type LayerPrinter, TextPart } from "./printer.ts";

/** IPv6's printer. */
export const ipv6: LayerPrinter = {
  part: TextPart.Network,
  partialJson: true,
  enter: (context) => enterIp(context, context.decoder.ipv6),
  text(context) {
    const ip = context.decoder.ipv6;
    context.out.text(
      `${ip.source} > ${ip.destination}: ${
        protocolName(ip.upperProtocol)
      }, length ${context.ipLength}`,
    );
    return true;
  },
  detail(context) {
    const ip = context.decoder.ipv6;
    context.add("Internet Protocol version 6", [
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
  },
  json(context) {
    const ip = context.decoder.ipv6;
    const out = context.out;
    const available = ip.end - ip.offset;
    out.start("ipv6");
    if (available >= 1) out.field("version", ip.version);
    if (available >= 2) out.field("tclass", ip.trafficClass);
    if (available >= 4) out.field("flow", ip.flowLabel);
    if (available >= 6) out.field("plen", ip.payloadLength);
    if (available >= 7) out.field("nxt", ip.nextHeader);
    if (available >= 8) out.field("hlim", ip.hopLimit);
    if (available >= 24) out.address("src", 6, ip.bytes, ip.offset + Ipv6Field.Source);
    if (available >= 40) out.address("dst", 6, ip.bytes, ip.offset + Ipv6Field.Destination);
    out.end();
  },
};
