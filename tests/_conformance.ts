/**
 * Compares the CLI's `--json` with tshark's dissection of the same capture, field by field.
 * Used by tests/conformance_test.ts on the project's captures and by tools/conformance.ts on
 * any folder of captures.
 *
 * @module
 */

import { TCP_ANALYSIS_NAMES } from "../streams/events.ts";
import { CLI } from "./_cli.ts";

/** The Wireshark fields compared; each is `json[protocol][rest with dots as underscores]`. */
export const FIELDS = [
  "frame.number",
  "frame.time_epoch",
  "frame.len",
  "frame.cap_len",
  "eth.src",
  "eth.dst",
  "eth.type",
  "eth.len",
  "vlan.priority",
  "vlan.dei",
  "vlan.id",
  "vlan.etype",
  "vlan.len",
  "ieee8021ad.priority",
  "ieee8021ad.dei",
  "ieee8021ad.id",
  "sll.pkttype",
  "sll.hatype",
  "sll.halen",
  "sll.src.eth",
  "sll.etype",
  "sll.gretype",
  "sll.ltype",
  "sll.ifindex",
  "null.family",
  "pppoe.version",
  "pppoe.type",
  "pppoe.code",
  "pppoe.session_id",
  "pppoe.payload_length",
  "ppp.protocol",
  "mpls.label",
  "mpls.exp",
  "mpls.bottom",
  "mpls.ttl",
  "arp.hw.type",
  "arp.proto.type",
  "arp.hw.size",
  "arp.proto.size",
  "arp.opcode",
  "arp.src.hw_mac",
  "arp.src.proto_ipv4",
  "arp.dst.hw_mac",
  "arp.dst.proto_ipv4",
  "ip.version",
  "ip.hdr_len",
  "ip.dsfield.dscp",
  "ip.dsfield.ecn",
  "ip.len",
  "ip.id",
  "ip.flags.rb",
  "ip.flags.df",
  "ip.flags.mf",
  "ip.frag_offset",
  "ip.ttl",
  "ip.proto",
  "ip.checksum",
  "ip.checksum.status",
  "ip.src",
  "ip.dst",
  "ipv6.version",
  "ipv6.tclass",
  "ipv6.flow",
  "ipv6.plen",
  "ipv6.nxt",
  "ipv6.hlim",
  "ipv6.src",
  "ipv6.dst",
  "icmp.type",
  "icmp.code",
  "icmp.checksum",
  "icmp.checksum.status",
  "icmp.ident",
  "icmp.seq",
  "igmp.version",
  "igmp.type",
  "igmp.max_resp",
  "igmp.max_resp.exp",
  "igmp.max_resp.mant",
  "igmp.checksum",
  "igmp.checksum.status",
  "igmp.identifier",
  "igmp.maddr",
  "igmp.s",
  "igmp.qrv",
  "igmp.qqic",
  "igmp.num_src",
  "igmp.saddr",
  "igmp.num_grp_recs",
  "igmp.record_type",
  "igmp.aux_data_len",
  "icmpv6.type",
  "icmpv6.code",
  "icmpv6.checksum",
  "icmpv6.checksum.status",
  "icmpv6.echo.identifier",
  "icmpv6.echo.sequence_number",
  "icmpv6.nd.ns.target_address",
  "icmpv6.nd.na.target_address",
  "udp.srcport",
  "udp.dstport",
  "udp.length",
  "udp.checksum",
  "udp.checksum.status",
  "tcp.srcport",
  "tcp.dstport",
  "tcp.seq_raw",
  "tcp.ack_raw",
  "tcp.hdr_len",
  "tcp.flags",
  "tcp.window_size_value",
  "tcp.checksum",
  "tcp.checksum.status",
  "tcp.urgent_pointer",
  "tcp.len",
  "tcp.payload",
  "tcp.options.mss_val",
  "tcp.options.wscale.shift",
  "tcp.options.sack_perm",
  "tcp.options.sack_le",
  "tcp.options.sack_re",
  "tcp.options.timestamp.tsval",
  "tcp.options.timestamp.tsecr",
];

/**
 * The stream tracker's fields, compared on a second tshark run with relative sequence numbers
 * on (as tshark shows them by default): `tcp.seq` and `tcp.ack` are then relative, while the
 * first run keeps SACK edges absolute. Each `tcp.analysis.X` flag is `analysis_X: true`.
 */
export const STREAM_FIELDS = [
  "tcp.stream",
  "tcp.completeness",
  "tcp.seq",
  "tcp.ack",
  "tcp.nxtseq",
  ...TCP_ANALYSIS_NAMES.map((name) => `tcp.analysis.${name}`),
  "tcp.analysis.duplicate_ack_num",
];

/** Fields that may repeat in one packet (stacked tags, several SACK blocks): compared whole. */
const REPEATED = new Set([
  "ieee8021ad.priority",
  "ieee8021ad.dei",
  "ieee8021ad.id",
  "mpls.label",
  "mpls.exp",
  "mpls.bottom",
  "mpls.ttl",
  "igmp.maddr",
  "igmp.num_src",
  "igmp.saddr",
  "igmp.record_type",
  "igmp.aux_data_len",
  "vlan.priority",
  "vlan.dei",
  "vlan.id",
  "vlan.etype",
  "vlan.len",
  "tcp.options.sack_le",
  "tcp.options.sack_re",
]);

/**
 * tshark's preferences that make both tools tell the same story: checksums verified, no
 * reassembly (the sniffer shows each fragment and segment as it came), no name resolution.
 */
export const TSHARK_OPTIONS = [
  "-n",
  "-o",
  "ip.check_checksum:TRUE",
  "-o",
  "tcp.check_checksum:TRUE",
  "-o",
  "udp.check_checksum:TRUE",
  "-o",
  "ip.defragment:FALSE",
  "-o",
  "ipv6.defragment:FALSE",
  "-o",
  "tcp.desegment_tcp_streams:FALSE",
  "-o",
  "tcp.relative_sequence_numbers:FALSE",
];

/**
 * tshark's checksum statuses by number, as the sniffer's JSON names them: "not present" (a UDP
 * checksum of 0 over IPv4) is `not_present`, and "illegal" (0 where one is mandatory: UDP over
 * IPv6) is bad. (The sniffer's offloaded checksums are `bad` too, with `checksum_offloaded`.)
 */
const STATUS = ["bad", "good", "unverified", "not_present", "bad"];

/** One disagreement. */
export interface Difference {
  frame: number;
  field: string;
  tshark: string;
  ours: string;
}

export interface Comparison {
  file: string;
  packets: number;
  compared: number;
  differences: Difference[];
  /** Set when either tool could not read the file at all. */
  error?: string;
}

/** tshark's text for a field, made comparable with the JSON value. */
function fromTshark(field: string, text: string): unknown {
  if (text === "") return undefined;
  if (field === "tcp.options.sack_perm") return true; // FT_NONE: tshark prints the option's bytes
  // The flags are FT_NONE too; duplicate_ack_num is a number.
  if (field.startsWith("tcp.analysis.") && field !== "tcp.analysis.duplicate_ack_num") return true;
  const one = (value: string): unknown => {
    if (field.endsWith("checksum.status")) return STATUS[Number(value)] ?? value;
    if (/^(ip\.flags\.|vlan\.dei|ieee8021ad\.dei|igmp\.s$)/.test(field)) {
      return value === "1" || value === "True";
    }
    if (field === "tcp.payload") return value;
    if (field === "frame.time_epoch") return Number(Number(value).toFixed(6));
    if (/^0x[0-9a-f]+$/i.test(value) || /^-?\d+$/.test(value)) return Number(value);
    return value;
  };
  if (REPEATED.has(field)) return text.split(",").map(one);
  return one(text.split(",")[0]!);
}

/** The JSON value for a Wireshark field name. */
function fromJson(packet: Record<string, Record<string, unknown>>, field: string): unknown {
  const [protocol, ...rest] = field.split(".");
  const value = packet[protocol!]?.[rest.join("_")];
  if (value === undefined) return undefined;
  if (REPEATED.has(field)) return Array.isArray(value) ? value : [value];
  if (field === "frame.time_epoch") return Number(Number(value).toFixed(6));
  return value;
}

function isIcmpError(values: string[]): boolean {
  const icmp = Number((values[FIELDS.indexOf("icmp.type")] ?? "").split(",")[0] || NaN);
  const icmpv6 = Number((values[FIELDS.indexOf("icmpv6.type")] ?? "").split(",")[0] || NaN);
  return [3, 4, 5, 11, 12].includes(icmp) || (icmpv6 >= 1 && icmpv6 <= 4);
}

/** Runs both tools on `file` and compares every field of every packet. */
export async function compareWithTshark(file: string, maxPackets = 0): Promise<Comparison> {
  const limit = maxPackets > 0 ? ["-c", String(maxPackets)] : [];
  const tsharkArgs = ["-r", file, ...limit, ...TSHARK_OPTIONS, "-T", "fields"];
  tsharkArgs.push("-E", "occurrence=a", "-E", "aggregator=,", "-E", "separator=\t");
  for (const field of FIELDS) tsharkArgs.push("-e", field);
  const relativeOptions = TSHARK_OPTIONS.filter((option) =>
    option !== "tcp.relative_sequence_numbers:FALSE"
  );
  const streamArgs = ["-r", file, ...limit, ...relativeOptions.slice(0, -1), "-T", "fields"];
  streamArgs.push("-E", "occurrence=a", "-E", "aggregator=,", "-E", "separator=\t");
  for (const field of STREAM_FIELDS) streamArgs.push("-e", field);
  const [tshark, tsharkStreams, ours] = await Promise.all([
    new Deno.Command("tshark", { args: tsharkArgs, stderr: "piped" }).output(),
    new Deno.Command("tshark", { args: streamArgs, stderr: "piped" }).output(),
    new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-ffi", CLI, "--json", "-r", file, ...limit],
      stderr: "piped",
    }).output(),
  ]);
  const result: Comparison = { file, packets: 0, compared: 0, differences: [] };
  const tsharkRows = new TextDecoder().decode(tshark.stdout).split("\n").filter((l) => l !== "");
  const ourRows = new TextDecoder().decode(ours.stdout).split("\n").filter((l) => l !== "");
  if (tsharkRows.length === 0 && ourRows.length === 0) {
    result.error = new TextDecoder().decode(ours.stderr).trim();
    return result;
  }
  const streamRows = new TextDecoder().decode(tsharkStreams.stdout).split("\n").filter((l) =>
    l !== ""
  );
  const fields = [...FIELDS, ...STREAM_FIELDS];
  result.packets = Math.max(tsharkRows.length, ourRows.length);
  for (let i = 0; i < result.packets; i++) {
    const values = [
      ...(tsharkRows[i] ?? "").split("\t"),
      ...(streamRows[i] ?? "").split("\t"),
    ];
    const packet = ourRows[i] ? JSON.parse(ourRows[i]!) : {};
    const icmpError = isIcmpError(values);
    for (const [f, field] of fields.entries()) {
      const expected = fromTshark(field, values[f] ?? "");
      // tshark names the IPv6 header's version ip.version too; the JSON has it as ipv6.version.
      // Its first ip.version is the outermost IP header's, whichever version that is.
      const sections = Object.keys(packet);
      const ipv6First = packet.ipv6 &&
        (!packet.ip || sections.indexOf("ipv6") < sections.indexOf("ip"));
      if (field === "ip.version" && ipv6First) {
        result.compared++;
        if (expected !== packet.ipv6!.version) {
          result.differences.push({
            frame: i + 1,
            field,
            tshark: JSON.stringify(expected) ?? "absent",
            ours: `ipv6.version ${packet.ipv6!.version}`,
          });
        }
        continue;
      }
      // An ICMP error quotes the datagram that caused it, and tshark dissects the quote with the
      // same field names: transport fields the sniffer has no layer for come from the quote.
      const protocol = field.split(".")[0]!;
      if (icmpError && /^(tcp|udp)$/.test(protocol) && !packet[protocol]) continue;
      const actual = fromJson(packet, field);
      if (expected === undefined && actual === undefined) continue;
      result.compared++;
      if (JSON.stringify(expected) !== JSON.stringify(actual)) {
        result.differences.push({
          frame: i + 1,
          field,
          tshark: JSON.stringify(expected) ?? "absent",
          ours: JSON.stringify(actual) ?? "absent",
        });
      }
    }
  }
  return result;
}
