/**
 * ICMP: `10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64` in the line (for an
 * unreachable port, what was unreachable, read from the quoted datagram), every field in `-v`,
 * `icmp.*` in JSON.
 *
 * @module
 */

import { CHECKSUM_STATUS_NAMES } from "../../decode/checksum.ts";
import type { Decoder } from "../../decode/decoder.ts";
import type { IcmpMessage } from "../../decode/icmp.ts";
import { LayerType } from "../../decode/layer_type.ts";
import {
  addressedText,
  checksumDetail,
  type DetailContext,
  type JsonContext,
  type LayerPrinter,
  TextPart,
  transportChecksumFlag,
} from "./printer.ts";

/** The words after `ICMP `: the type, and what it is about. */
function icmpText(decoder: Decoder): string {
  const icmp = decoder.icmp;
  if (icmp.hasIdentifier) {
    return `${icmp.typeName}, id ${icmp.identifier}, seq ${icmp.sequence}`;
  }
  const quoted = decoder.quoted;
  if (
    icmp.icmpType === 3 && icmp.end - icmp.quotedOffset >= 24 && quoted !== null &&
    quoted.has(LayerType.IPv4)
  ) {
    // Name what was unreachable from the quoted header, as tcpdump does.
    const ip = quoted.ipv4;
    const port = quotedPort(quoted);
    if (icmp.code === 3 && port >= 0) {
      return `${ip.destination} ${ip.protocol === 6 ? "tcp" : "udp"} port ${port} unreachable`;
    }
    return `${ip.destination} ${icmp.typeName}`;
  }
  return icmp.typeName;
}

/** The destination port of the TCP or UDP header a quoted datagram starts with, or -1. */
function quotedPort(quoted: Decoder): number {
  const protocol = quoted.ipv4.protocol;
  if (protocol !== 6 && protocol !== 17) return -1;
  const transport = protocol === 6 ? quoted.tcp : quoted.udp;
  const type = protocol === 6 ? LayerType.TCP : LayerType.UDP;
  // The quote holds 8 bytes of it, often fewer whole: the ports are its first 4.
  const captured = quoted.has(type)
    ? transport.end - transport.offset
    : quoted.partialLayer === type
    ? quoted.problemAvailable
    : 0;
  return captured >= 4 ? transport.destinationPort : -1;
}

/** The fields ICMP and ICMPv6 share in `-v`: type, code, checksum (and echo's id and sequence). */
export function icmpDetail(
  context: DetailContext,
  icmp: IcmpMessage,
  echo: boolean,
): [string, string | number][] {
  const fields: [string, string | number][] = [
    ["Type", `${icmp.icmpType} (${icmp.typeName})`],
    ["Code", icmp.code],
    ["Checksum", checksumDetail(icmp.checksum, context.decoder.transportChecksum())],
  ];
  if (echo) fields.push(["Identifier", icmp.identifier], ["Sequence Number", icmp.sequence]);
  return fields;
}

/** Opens the JSON section `name` with what ICMP and ICMPv6 share: type, code, checksum. */
export function startIcmpJson(context: JsonContext, name: string, icmp: IcmpMessage): void {
  const out = context.out;
  out.start(name);
  if (icmp.end - icmp.offset < 4) return;
  out.field("type", icmp.icmpType);
  out.field("code", icmp.code);
  out.field("checksum", icmp.checksum);
  out.field("checksum_status", CHECKSUM_STATUS_NAMES[context.decoder.transportChecksum()]!);
}

/** ICMP's printer. */
export const icmp: LayerPrinter = {
  part: TextPart.Transport,
  partialJson: true,
  text(context) {
    addressedText(context, `ICMP ${icmpText(context.decoder)}, length ${context.ipLength}`);
    return true;
  },
  flags(context) {
    transportChecksumFlag(context, "icmp", context.decoder.icmp);
  },
  detail(context) {
    const icmp = context.decoder.icmp;
    context.add("Internet Control Message Protocol", icmpDetail(context, icmp, icmp.hasIdentifier));
  },
  json(context) {
    const icmp = context.decoder.icmp;
    const out = context.out;
    startIcmpJson(context, "icmp", icmp);
    if (icmp.hasIdentifier) {
      out.field("ident", icmp.identifier);
      out.field("seq", icmp.sequence);
    }
    const quoted = context.decoder.quoted;
    if (quoted !== null) context.quote(quoted);
    out.end();
  },
};
