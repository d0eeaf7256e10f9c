/**
 * ICMPv6: `fe80::1 > ff02::1: ICMP6, neighbor solicitation, who has fe80::2, length 32` in the
 * line, every field in `-v`, `icmpv6.*` in JSON.
 *
 * @module
 */

import type { Decoder } from "../../decode/decoder.ts";
import { LayerType } from "../../decode/layer_type.ts";
import { icmpDetail, startIcmpJson } from "./icmp.ts";
import { addressedText, type LayerPrinter, TextPart, transportChecksumFlag } from "./printer.ts";

/** tcpdump's words for destination unreachable's codes (RFC 4443) that it names. */
const UNREACHABLE_WORDS: Record<number, string> = {
  0: "unreachable route",
  1: " unreachable prohibited", // tcpdump's own double space
  2: "beyond scope",
  3: "unreachable address",
  4: "unreachable port",
};

/** tcpdump's words for parameter problem's codes. */
const PARAMETER_WORDS: Record<number, string> = {
  0: "erroneous",
  1: "next header",
  2: "option",
  3: "incomplete header chain",
};

/** The words after `ICMP6, `. */
function icmpv6Text(decoder: Decoder): string {
  const icmp = decoder.icmpv6;
  if (icmp.isEcho) return `${icmp.typeName}, id ${icmp.identifier}, seq ${icmp.sequence}`;
  if (icmp.hasTarget && icmp.icmpType === 135) {
    return `${icmp.typeName}, who has ${icmp.targetAddress}`;
  }
  if (icmp.hasTarget) return `${icmp.typeName}, tgt is ${icmp.targetAddress}`;
  if (icmp.isError && icmp.end - icmp.offset >= 8) return errorText(decoder);
  return icmp.typeName;
}

/**
 * An error's words as tcpdump writes them: what was unreachable, the MTU, the pointer; the
 * address and port read from the quoted packet when it was captured.
 */
function errorText(decoder: Decoder): string {
  const icmp = decoder.icmpv6;
  const code = icmp.code;
  const quoted = decoder.quoted;
  const ip = quoted !== null && quoted.has(LayerType.IPv6) ? quoted.ipv6 : null;
  switch (icmp.icmpType) {
    case 1: {
      const words = UNREACHABLE_WORDS[code];
      if (words === undefined) return `destination unreachable, unknown unreach code (${code})`;
      if (ip === null) return `destination unreachable, ${words}`;
      if (code === 2) {
        return `destination unreachable, ${words} ${ip.destination}, source address ${ip.source}`;
      }
      if (code !== 4) return `destination unreachable, ${words} ${ip.destination}`;
      const port = quotedPort(quoted!);
      if (port < 0) return `destination unreachable, ${words}`;
      const protocol = ip.upperProtocol === 6
        ? "tcp port"
        : ip.upperProtocol === 17
        ? "udp port"
        : `protocol ${ip.upperProtocol} port`;
      const unreachable = ip.upperProtocol === 6 || ip.upperProtocol === 17 ? "" : " unreachable";
      return `destination unreachable, ${words}, ${ip.destination} ${protocol} ${port}${unreachable}`;
    }
    case 2:
      return `packet too big, mtu ${icmp.mtu}`;
    case 3:
      if (code === 0) {
        return ip === null
          ? "time exceeded in-transit"
          : `time exceeded in-transit for ${ip.destination}`;
      }
      if (code === 1) return "time exceeded in-transit (reassembly)";
      return `time exceeded in-transit, unknown code (${code})`;
    default: {
      const words = PARAMETER_WORDS[code] ?? `code-#${code}`;
      return `parameter problem, ${words} - octet ${icmp.pointer}`;
    }
  }
}

/**
 * The destination port of the transport header a quoted packet carries (its first 4 bytes are
 * the ports, whatever the protocol), or -1 when those were not captured.
 */
function quotedPort(quoted: Decoder): number {
  const ip = quoted.ipv6;
  const at = ip.offset + ip.headerLength;
  if (ip.end - at < 4) return -1;
  return (ip.bytes[at + 2]! << 8) | ip.bytes[at + 3]!;
}

/** ICMPv6's printer. */
export const icmpv6: LayerPrinter = {
  part: TextPart.Transport,
  partialJson: true,
  text(context) {
    const words = icmpv6Text(context.decoder);
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
    const mtu = icmp.mtu;
    if (mtu !== undefined) fields.push(["MTU", mtu]);
    const pointer = icmp.pointer;
    if (pointer !== undefined) fields.push(["Pointer", pointer]);
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
    const quoted = context.decoder.quoted;
    if (quoted !== null) context.quote(quoted);
    out.end();
  },
};
