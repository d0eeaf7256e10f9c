/**
 * IPv4: in the line, the network part when no transport printer takes over
 * (`10.0.0.1 > 10.0.0.2: GRE, length 84`) and the ` [bad ip cksum]` flag; every field and the
 * options in `-v`; `ip.*` in JSON.
 *
 * @module
 */

import { CHECKSUM_STATUS_NAMES, ChecksumStatus } from "../../decode/checksum.ts";
import { protocolName } from "../../decode/ip_protocol.ts";
import { Ipv4Field } from "../../decode/ipv4.ts";
import { DecodeStatus, Malformation } from "../../decode/layer.ts";
import { LayerType } from "../../decode/layer_type.ts";
import { checksumDetail, enterIp, hex4, type LayerPrinter, TextPart, yesNo } from "./printer.ts";

/** IPv4's printer. */
export const ipv4: LayerPrinter = {
  part: TextPart.Network,
  partialJson: true,
  enter: (context) => enterIp(context, context.decoder.ipv4),
  text(context) {
    const ip = context.decoder.ipv4;
    const name = ip.fragmentOffset !== 0
      ? `${protocolName(ip.protocol)} fragment offset ${ip.fragmentOffset * 8}`
      : protocolName(ip.protocol);
    context.out.text(`${ip.source} > ${ip.destination}: ${name}, length ${context.ipLength}`);
    return true;
  },
  flags(context) {
    if (context.decoder.ipv4Checksum() === ChecksumStatus.Bad) context.out.text(" [bad ip cksum]");
  },
  detail(context) {
    const ip = context.decoder.ipv4;
    context.add("Internet Protocol version 4", [
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
      ["Header Checksum", checksumDetail(ip.checksum, context.decoder.ipv4Checksum())],
      ["Source Address", ip.source],
      ["Destination Address", ip.destination],
      ["Options", ip.optionsLength === 0 ? "none" : `${ip.optionsLength} bytes: ${ip.optionsText}`],
    ]);
  },
  json(context) {
    const decoder = context.decoder;
    const ip = decoder.ipv4;
    const out = context.out;
    const available = ip.end - ip.offset;
    out.start("ip");
    if (decoder.status === DecodeStatus.Malformed && decoder.problemLayer === LayerType.IPv4) {
      // Like tshark: the version, and the header length when that is what is wrong.
      out.field("version", ip.version);
      if (ip.malformation === Malformation.HeaderLength) {
        out.field("hdr_len", (ip.bytes[ip.offset]! & 0xf) * 4);
      }
      out.end();
      return;
    }
    if (available >= 1) out.field("version", ip.version);
    if (available >= 1) out.field("hdr_len", ip.headerLength);
    if (available >= 2) out.field("dsfield_dscp", ip.dscp);
    if (available >= 2) out.field("dsfield_ecn", ip.ecn);
    // A total length of 0 (segmentation offload) is shown as tshark shows it: the length
    // the frame says the datagram has.
    if (available >= 4) {
      out.field("len", ip.totalLength || Math.max(0, context.packet.wireLength - ip.offset));
    }
    if (available >= 6) out.field("id", ip.identification);
    if (available >= 7) out.field("flags_rb", ip.reservedFlag);
    if (available >= 7) out.field("flags_df", ip.dontFragment);
    if (available >= 7) out.field("flags_mf", ip.moreFragments);
    if (available >= 8) out.field("frag_offset", ip.fragmentOffset);
    if (available >= 9) out.field("ttl", ip.ttl);
    if (available >= 10) out.field("proto", ip.protocol);
    if (available >= 12) out.field("checksum", ip.checksum);
    if (available >= 12) {
      out.field("checksum_status", CHECKSUM_STATUS_NAMES[decoder.ipv4Checksum()]!);
    }
    if (available >= 16) out.address("src", 4, ip.bytes, ip.offset + Ipv4Field.Source);
    // Like tshark, the destination only once the whole header (options too) is there.
    if (available >= 20 && available >= ip.headerLength) {
      out.address("dst", 4, ip.bytes, ip.offset + Ipv4Field.Destination);
    }
    out.end();
  },
};
