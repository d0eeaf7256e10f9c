/**
 * IGMP: `10.0.0.1 > 224.0.0.1: igmp query v2 [max resp time 10] [gaddr 224.0.0.251]` in the
 * line, as tcpdump words it; every field in `-v`; `igmp.*` in JSON, as tshark 4.0 names them.
 * The checksum is verified here, as Wireshark verifies it (the decoder's transport checksum is
 * TCP's, UDP's, ICMP's and ICMPv6's).
 *
 * @module
 */

import { CHECKSUM_STATUS_NAMES, ChecksumStatus } from "../../decode/checksum.ts";
import type { Decoder } from "../../decode/decoder.ts";
import { type Igmp, IgmpField, igmpMaxResponseTime, IgmpType } from "../../decode/igmp.ts";
import { LayerType } from "../../decode/layer_type.ts";
import { addressedText, checksumDetail, type LayerPrinter, TextPart, yesNo } from "./printer.ts";

/** The message's length as the IP header states it (what tells a v3 query from a v2 one). */
function messageLength(decoder: Decoder, igmp: Igmp): number {
  const ip = decoder.network;
  return ip === null ? igmp.end - igmp.offset : Math.max(0, ip.upperLength);
}

/** Whether the datagram is a fragment, whose checksum cannot be verified alone. */
function fragmented(decoder: Decoder): boolean {
  if (decoder.has(LayerType.IPv4)) {
    return decoder.ipv4.moreFragments || decoder.ipv4.fragmentOffset !== 0;
  }
  return decoder.has(LayerType.IPv6) && decoder.ipv6.fragmentHeaderOffset >= 0;
}

/** The checksum's verification, as Wireshark does it. */
function checksumStatus(decoder: Decoder): ChecksumStatus {
  const igmp = decoder.layer(LayerType.IGMP);
  return igmp.verifyChecksum(messageLength(decoder, igmp), fragmented(decoder));
}

/** tcpdump's `unsigned_relts_print`: `1h2m3s`. */
function relativeTime(seconds: number): string {
  if (seconds === 0) return "0s";
  let text = "";
  for (
    const [unit, length] of [["y", 31536000], ["w", 604800], ["d", 86400], ["h", 3600], [
      "m",
      60,
    ], ["s", 1]] as const
  ) {
    if (seconds >= length) {
      text += `${Math.floor(seconds / length)}${unit}`;
      seconds %= length;
    }
  }
  return text;
}

/** The words after `igmp query`, for a v3 query of `length` bytes (tcpdump's). */
function v3QueryText(igmp: Igmp, length: number): string {
  let text = " v3";
  if (length < 12 || (length & 3) !== 0) return `${text} [invalid len ${length}]`;
  const code = igmp.maxResponseCode;
  if (code !== 100) {
    const tenths = igmpMaxResponseTime(code);
    text += ` [max resp time ${
      tenths < 600 ? `${(tenths / 10).toFixed(1)}s` : relativeTime(Math.floor(tenths / 10))
    }]`;
  }
  if (igmp.groupIsZero) return text;
  text += ` [gaddr ${igmp.group}`;
  const sources = igmp.sourceCount;
  if (sources > 0) {
    text += length < 12 + 4 * sources ? " [invalid number of sources]" : `, ${sources} source(s)`;
  }
  return `${text}]`;
}

/** tcpdump's words for the message, `length` bytes long as the IP header states it. */
function igmpText(igmp: Igmp, length: number): string {
  const type = igmp.igmpType;
  switch (type) {
    case IgmpType.MembershipQuery: {
      if (length >= 12) return `igmp query${v3QueryText(igmp, length)}`;
      const code = igmp.maxResponseCode;
      let text = "igmp query";
      text += code === 0 ? " v1" : code === 100 ? " v2" : ` v2 [max resp time ${code}]`;
      if (!igmp.groupIsZero) text += ` [gaddr ${igmp.group}]`;
      return length === 8 ? text : `${text} [len ${length}]`;
    }
    // Without its group captured, tcpdump prints nothing of these but the truncation mark.
    case IgmpType.V1Report:
      if (igmp.group === "") return "";
      return `igmp v1 report ${igmp.group}${length === 8 ? "" : ` [len ${length}]`}`;
    case IgmpType.V2Report:
      return igmp.group === "" ? "" : `igmp v2 report ${igmp.group}`;
    case IgmpType.Leave:
      return igmp.group === "" ? "" : `igmp leave ${igmp.group}`;
    case IgmpType.V3Report:
      return length < 16 || (length & 3) !== 0
        ? `igmp v3 report [invalid len ${length}]`
        : `igmp v3 report, ${igmp.recordCount} group record(s)`;
    case IgmpType.Dvmrp:
      return length < 8 ? `igmp dvmrp [len ${length}]` : "igmp dvmrp";
    case IgmpType.PimV1:
      return "igmp pimv1";
    case IgmpType.Mtrace:
    case IgmpType.MtraceResponse: {
      if (length < 24) return ` [invalid len ${length}]`;
      const response = igmp.addressAt(IgmpField.TraceResponseAddress);
      const text = `${type === IgmpType.Mtrace ? "mtrace" : "mresp"} ${igmp.traceQueryId}: ${
        igmp.addressAt(IgmpField.TraceSource)
      } to ${igmp.addressAt(IgmpField.TraceDestination)} reply-to ${response}`;
      const first = Number(response.split(".")[0]);
      return first >= 224 && first <= 239 ? `${text} with-ttl ${igmp.traceResponseTtl}` : text;
    }
    default:
      return `igmp-${type}`;
  }
}

/** The name Wireshark gives a type. */
const TYPE_NAMES: Record<number, string> = {
  0x01: "Create Group Request",
  0x02: "Create Group Reply",
  0x03: "Join Group Request",
  0x04: "Join Group Reply",
  0x05: "Leave Group Request",
  0x06: "Leave Group Reply",
  0x07: "Confirm Group Request",
  0x08: "Confirm Group Reply",
  0x11: "Membership Query",
  0x12: "Membership Report",
  0x13: "DVMRP Protocol",
  0x14: "PIM Routing Message",
  0x16: "Membership Report",
  0x17: "Leave Group",
  0x1e: "Traceroute Response",
  0x1f: "Traceroute Query or Request",
  0x22: "Membership Report",
};

/** Group record types (RFC 3376 §4.2.12). */
const RECORD_TYPE_NAMES: Record<number, string> = {
  1: "Mode Is Include",
  2: "Mode Is Exclude",
  3: "Change To Include Mode",
  4: "Change To Exclude Mode",
  5: "Allow New Sources",
  6: "Block Old Sources",
};

/** IGMP's printer. */
export const igmp: LayerPrinter = {
  part: TextPart.Transport,
  partialJson: true,
  text(context) {
    const igmp = context.decoder.layer(LayerType.IGMP);
    addressedText(context, igmpText(igmp, context.ipLength));
    return true;
  },
  flags(context) {
    if (checksumStatus(context.decoder) !== ChecksumStatus.Bad) return;
    const checksum = context.decoder.layer(LayerType.IGMP).checksum;
    context.out.text(` [bad igmp cksum 0x${checksum.toString(16).padStart(4, "0")}]`);
  },
  detail(context) {
    const decoder = context.decoder;
    const igmp = decoder.layer(LayerType.IGMP);
    const length = messageLength(decoder, igmp);
    const version = igmp.version(length);
    const type = igmp.igmpType;
    const trace = type === IgmpType.Mtrace || type === IgmpType.MtraceResponse;
    const fields: [string, string | number][] = [];
    if (version >= 0) fields.push(["Version", version]);
    fields.push([
      "Type",
      `0x${type.toString(16).padStart(2, "0")} (${TYPE_NAMES[type] ?? "Unknown"})`,
    ]);
    const code = igmp.maxResponseCode;
    const v3Query = version === 3 && type === IgmpType.MembershipQuery;
    if (version === 2) fields.push(["Max Resp Time", `${(code / 10).toFixed(1)} sec (${code})`]);
    if (v3Query) {
      const tenths = igmpMaxResponseTime(code);
      fields.push(["Max Resp Time", `${(tenths / 10).toFixed(1)} sec (code ${code})`]);
    }
    if (trace) fields.push(["Max Hops", code]);
    // Types Wireshark knows no layout of (or hands to DVMRP, PIMv1, IGAP): the type only.
    if (version < 0 && !trace) {
      context.add("Internet Group Management Protocol", fields);
      return;
    }
    fields.push(["Checksum", checksumDetail(igmp.checksum, checksumStatus(decoder))]);
    if (version === 0) {
      fields.push(["Identifier", `0x${igmp.identifier.toString(16).padStart(8, "0")}`]);
      const group = igmp.addressAt(IgmpField.V0Group);
      if (group !== "") fields.push(["Multicast Address", group]);
    } else if (type !== IgmpType.V3Report && igmp.group !== "") {
      fields.push(["Multicast Address", igmp.group]);
    }
    if (trace && igmp.end - igmp.offset >= 24) {
      fields.push(
        ["Source Address", igmp.addressAt(IgmpField.TraceSource)],
        ["Receiver Address", igmp.addressAt(IgmpField.TraceDestination)],
        ["Response Address", igmp.addressAt(IgmpField.TraceResponseAddress)],
        ["Response TTL", igmp.traceResponseTtl],
        ["Query ID", igmp.traceQueryId],
      );
    }
    if (v3Query) {
      fields.push(
        ["S", yesNo(igmp.suppress)],
        ["QRV", igmp.robustness],
        ["QQIC", igmp.qqic],
        ["Number of Sources", igmp.sourceCount],
      );
      for (let i = 0; i < igmp.sourcesCaptured; i++) {
        fields.push(["Source Address", igmp.source(i)]);
      }
    }
    if (type === IgmpType.V3Report) {
      fields.push(["Number of Group Records", igmp.recordCount]);
      for (const at of igmp.recordOffsets()) {
        const sources = igmp.recordSourceCount(at);
        const kind = igmp.recordType(at);
        let value = `${igmp.recordGroup(at)}, ${
          RECORD_TYPE_NAMES[kind] ?? "Unknown"
        } (${kind}), ${sources} source(s)`;
        for (let i = 0; i < sources; i++) value += ` ${igmp.recordSource(at, i)}`;
        fields.push(["Group Record", value]);
      }
    }
    context.add("Internet Group Management Protocol", fields);
  },
  json(context) {
    const decoder = context.decoder;
    const igmp = decoder.layer(LayerType.IGMP);
    // The types Wireshark hands to other dissectors have no igmp.* fields.
    const available = igmp.end - igmp.offset;
    if (available < 1 || !igmp.ownType) return;
    const out = context.out;
    const length = messageLength(decoder, igmp);
    const version = igmp.version(length);
    const type = igmp.igmpType;
    out.start("igmp");
    if (version >= 0) out.field("version", version);
    out.field("type", type);
    const v3Query = version === 3 && type === IgmpType.MembershipQuery;
    const code = igmp.maxResponseCode;
    if (available >= 2 && (version === 2 || v3Query)) {
      out.field("max_resp", v3Query ? igmpMaxResponseTime(code) : code);
      // A v3 code from 128 on is a floating-point value, shown in its parts too.
      if (v3Query && code >= 128) {
        out.field("max_resp_exp", (code & 0x70) >> 4);
        out.field("max_resp_mant", code & 0x0f);
      }
    }
    const checked = version >= 0 || type === IgmpType.Mtrace || type === IgmpType.MtraceResponse;
    if (available >= 4 && checked) {
      out.field("checksum", igmp.checksum);
      out.field("checksum_status", CHECKSUM_STATUS_NAMES[checksumStatus(decoder)]!);
    }
    if (v3Query) {
      if (available >= 8) out.address("maddr", 4, igmp.bytes, igmp.offset + IgmpField.Group);
      if (available >= 9) {
        out.field("s", igmp.suppress);
        out.field("qrv", igmp.robustness);
      }
      if (available >= 10) out.field("qqic", igmp.qqic);
      if (available >= 12) out.field("num_src", igmp.sourceCount);
      const captured = igmp.sourcesCaptured;
      if (captured > 0) {
        const sources: string[] = [];
        for (let i = 0; i < captured; i++) sources.push(JSON.stringify(igmp.source(i)));
        out.raw("saddr", captured > 1 ? `[${sources.join(",")}]` : sources[0]!);
      }
    } else if (type === IgmpType.V3Report) {
      if (available >= 8) out.field("num_grp_recs", igmp.recordCount);
      const records = igmp.recordOffsets();
      if (records.length > 0) {
        const list = (values: (string | number)[]) =>
          values.length > 1 ? `[${values.join(",")}]` : String(values[0]);
        const sources: string[] = [];
        for (const at of records) {
          for (let i = 0; i < igmp.recordSourceCount(at); i++) {
            sources.push(JSON.stringify(igmp.recordSource(at, i)));
          }
        }
        out.raw("record_type", list(records.map((at) => igmp.recordType(at))));
        out.raw("aux_data_len", list(records.map((at) => igmp.recordAuxDataLength(at))));
        out.raw("num_src", list(records.map((at) => igmp.recordSourceCount(at))));
        out.raw("maddr", list(records.map((at) => JSON.stringify(igmp.recordGroup(at)))));
        if (sources.length > 0) out.raw("saddr", list(sources));
      }
    } else if (version === 0) {
      // RFC 988: an identifier where the others have the group, the group after it.
      if (available >= 8) out.field("identifier", igmp.identifier);
      if (available >= 12) out.address("maddr", 4, igmp.bytes, igmp.offset + IgmpField.V0Group);
    } else if (available >= 8 && checked) {
      // Versions 1 and 2, and the group a multicast traceroute traces.
      out.address("maddr", 4, igmp.bytes, igmp.offset + IgmpField.Group);
    }
    out.end();
  },
};
