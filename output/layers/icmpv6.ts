/**
 * ICMPv6: `fe80::1 > ff02::1: ICMP6, neighbor solicitation, who has fe80::2, length 32` in the
 * line, every field in `-v`, `icmpv6.*` in JSON.
 *
 * @module
 */

import type { ICMPv6 } from "../../decode/icmpv6.ts";
import { icmpDetail, startIcmpJson } from "./icmp.ts";
import { addressedText, type LayerPrinter, TextPart, transportChecksumFlag } from "./printer.ts";

/** The words after `ICMP6, `. */
function icmpv6Text(icmp: ICMPv6): string {
  if (icmp.isEcho) return `${icmp.typeName}, id ${icmp.identifier}, seq ${icmp.sequence}`;
  if (icmp.hasTarget && icmp.icmpType === 135) {
    return `${icmp.typeName}, who has ${icmp.targetAddress}`;
  }
  if (icmp.hasTarget) return `${icmp.typeName}, tgt is ${icmp.targetAddress}`;
  return icmp.typeName;
}

/** ICMPv6's printer. */
export const icmpv6: LayerPrinter = {
  part: TextPart.Transport,
  partialJson: true,
  text(context) {
    const words = icmpv6Text(context.decoder.icmpv6);
    addressedText(context, `ICMP6, ${words}, length ${context.ipLength}`);
    return true;
  },
  flags(context) {
    transportChecksumFlag(context, "icmp6", context.decoder.icmpv6);
  },
  detail(context) {
    const icmp = context.decoder.icmpv6;
    const fields = icmpDetail(context, icmp, icmp.isEcho);
    if (icmp.hasTarget) fields.push(["Target Address", icmp.targetAddress]);
    context.add("Internet Control Message Protocol v6", fields);
  },
  json(context) {
    const icmp = context.decoder.icmpv6;
    const out = context.out;
    startIcmpJson(context, "icmpv6", icmp);
    if (icmp.isEcho) {
      out.field("echo_identifier", icmp.identifier);
      out.field("echo_sequence_number", icmp.sequence);
    }
    if (icmp.hasTarget && icmp.icmpType === 135) {
      out.field("nd_ns_target_address", icmp.targetAddress);
    }
    if (icmp.hasTarget && icmp.icmpType === 136) {
      const flags = icmp.advertisementFlags;
      out.field("nd_na_flag_r", (flags & 4) !== 0);
      out.field("nd_na_flag_s", (flags & 2) !== 0);
      out.field("nd_na_flag_o", (flags & 1) !== 0);
      out.field("nd_na_target_address", icmp.targetAddress);
    }
    out.end();
  },
};
