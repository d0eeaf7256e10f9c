import assert from "node:assert/strict";
import { ChecksumStatus } from "./checksum.ts";
import { Decoder } from "./decoder.ts";
import { Igmp, igmpMaxResponseTime, IgmpType } from "./igmp.ts";
import { DecodeStatus, LayerType } from "./layer.ts";
import { layerForProtocol } from "./layer_type.ts";
import { LinkType } from "./link_type.ts";
import { LAYERS } from "./registry.ts";
import { allOutputs, formatEveryPrefixAndMutation } from "../tests/_fuzz.ts";
import { strict } from "../tests/_frames.ts";

// ---------------------------------------------------------------------------------------------
// Message builders

function sum(bytes: number[]): number {
  let total = 0;
  for (let i = 0; i < bytes.length; i += 2) total += (bytes[i]! << 8) | (bytes[i + 1] ?? 0);
  while (total > 0xffff) total = (total & 0xffff) + (total >>> 16);
  return ~total & 0xffff;
}

/** `message` with its checksum (bytes 2 and 3) filled in over the whole of it. */
function checksummed(message: number[]): number[] {
  const out = [...message];
  out[2] = out[3] = 0;
  const value = sum(out);
  out[2] = value >> 8;
  out[3] = value & 0xff;
  return out;
}

const GROUP = [224, 0, 0, 251];
const ZERO = [0, 0, 0, 0];

/** A v1 or v2 message: type, max response code, checksum, group. */
function base(type: number, code: number, group = GROUP): number[] {
  return checksummed([type, code, 0, 0, ...group]);
}

/** A v3 query. */
function v3Query(code: number, group: number[], flags: number, qqic: number, sources: number[][]) {
  const count = sources.length;
  return checksummed([
    0x11,
    code,
    0,
    0,
    ...group,
    flags,
    qqic,
    count >> 8,
    count & 0xff,
    ...sources.flat(),
  ]);
}

/** A v3 report of group records (type, group, sources, aux data words). */
function v3Report(records: [number, number[], number[][], number[]][]): number[] {
  const body: number[] = [];
  for (const [type, group, sources, aux] of records) {
    body.push(
      type,
      aux.length / 4,
      sources.length >> 8,
      sources.length & 0xff,
      ...group,
      ...sources.flat(),
      ...aux,
    );
  }
  return checksummed([0x22, 0, 0, 0, 0, 0, records.length >> 8, records.length & 0xff, ...body]);
}

/** An IPv4 header (10.0.0.1 → `destination`, TTL 1, router alert) before `payload`. */
function ipv4(payload: number[], destination = GROUP, fragment = 0): number[] {
  const total = 24 + payload.length;
  const header = [
    0x46,
    0xc0,
    total >> 8,
    total & 0xff,
    0,
    1,
    fragment >> 8,
    fragment & 0xff,
    1,
    2,
    0,
    0,
  ];
  header.push(10, 0, 0, 1, ...destination, 0x94, 0x04, 0, 0);
  const value = sum(header);
  header[10] = value >> 8;
  header[11] = value & 0xff;
  return [...header, ...payload];
}

function ethernet(payload: number[]): number[] {
  const frame = [1, 0, 0x5e, 0, 0, 0xfb, 2, 0, 0, 0, 0, 1, 0x08, 0x00, ...payload];
  while (frame.length < 60) frame.push(0);
  return frame;
}

function decode(message: number[], captured = message.length): Igmp {
  const igmp = new Igmp();
  const bytes = strict(new Uint8Array(message.slice(0, captured)));
  igmp.decode(bytes, 0, captured);
  return igmp;
}

// ---------------------------------------------------------------------------------------------
// The layer alone

Deno.test("Igmp: v2 query, report and leave, every field", () => {
  const query = decode(base(0x11, 10));
  assert.equal(query.type, LayerType.IGMP);
  assert.equal(query.igmpType, IgmpType.MembershipQuery);
  assert.equal(query.maxResponseCode, 10);
  assert.equal(query.group, "224.0.0.251");
  assert.equal(query.groupIsZero, false);
  assert.equal(query.version(8), 2);
  assert.equal(query.headerLength, 8);
  assert.equal(query.nextLayer, LayerType.None);
  assert.equal(query.verifyChecksum(8), ChecksumStatus.Good);
  assert.equal(query.checksum, base(0x11, 10)[2]! * 256 + base(0x11, 10)[3]!);
  assert.equal(decode(base(0x16, 0)).version(8), 2);
  assert.equal(decode(base(0x17, 0)).version(8), 2);
  assert.equal(decode(base(0x12, 0)).version(8), 1);
  // A query with max response code 0 is v1, however it is addressed.
  const v1 = decode(base(0x11, 0, ZERO));
  assert.equal(v1.version(8), 1);
  assert.equal(v1.groupIsZero, true);
  assert.equal(v1.group, "0.0.0.0");
});

Deno.test("Igmp: a v3 query, told by its length, with sources", () => {
  const message = v3Query(0x8f, GROUP, 0x0a, 125, [[10, 0, 0, 1], [10, 0, 0, 2]]);
  const igmp = decode(message);
  assert.equal(igmp.version(message.length), 3);
  assert.equal(igmp.version(8), 2); // the same bytes said to be 8 long
  assert.equal(igmp.maxResponseCode, 0x8f);
  assert.equal(igmpMaxResponseTime(0x8f), 0x1f << 3);
  assert.equal(igmp.suppress, true);
  assert.equal(igmp.robustness, 2);
  assert.equal(igmp.qqic, 125);
  assert.equal(igmp.sourceCount, 2);
  assert.equal(igmp.sourcesCaptured, 2);
  assert.deepEqual([igmp.source(0), igmp.source(1), igmp.source(2)], ["10.0.0.1", "10.0.0.2", ""]);
  assert.equal(igmp.headerLength, message.length);
  assert.equal(igmp.verifyChecksum(message.length), ChecksumStatus.Good);
  // Sources cut by the capture: only whole ones, and no checksum to verify.
  const cut = decode(message, 17);
  assert.equal(cut.sourceCount, 2);
  assert.equal(cut.sourcesCaptured, 1);
  assert.equal(cut.source(1), "");
  assert.equal(cut.verifyChecksum(message.length), ChecksumStatus.Unverified);
  // More sources stated than sent.
  const liar = decode(v3Query(100, GROUP, 0, 0, [[10, 0, 0, 1]]).map((b, i) => i === 11 ? 200 : b));
  assert.equal(liar.sourceCount, 200);
  assert.equal(liar.sourcesCaptured, 1);
});

Deno.test("Igmp: max response codes from 128 on are floating point", () => {
  assert.equal(igmpMaxResponseTime(0), 0);
  assert.equal(igmpMaxResponseTime(127), 127);
  assert.equal(igmpMaxResponseTime(128), 128); // mantissa 0, exponent 0: 16 << 3
  assert.equal(igmpMaxResponseTime(200), 3072); // mantissa 8, exponent 4
  assert.equal(igmpMaxResponseTime(0xfe), 30720); // igmpv3-queries.pcap: 51m12s
  assert.equal(igmpMaxResponseTime(0xff), 31744);
});

Deno.test("Igmp: a v3 report and its group records", () => {
  const message = v3Report([
    [4, [239, 255, 255, 250], [], []],
    [1, [224, 1, 2, 3], [[10, 0, 0, 9], [10, 0, 0, 10]], [1, 2, 3, 4]],
  ]);
  const igmp = decode(message);
  assert.equal(igmp.version(message.length), 3);
  assert.equal(igmp.recordCount, 2);
  const records = igmp.recordOffsets();
  assert.deepEqual(records, [8, 16]);
  assert.deepEqual(records.map((at) => igmp.recordType(at)), [4, 1]);
  assert.deepEqual(records.map((at) => igmp.recordGroup(at)), ["239.255.255.250", "224.1.2.3"]);
  assert.deepEqual(records.map((at) => igmp.recordSourceCount(at)), [0, 2]);
  assert.deepEqual(records.map((at) => igmp.recordAuxDataLength(at)), [0, 1]);
  assert.deepEqual([igmp.recordSource(16, 0), igmp.recordSource(16, 1)], ["10.0.0.9", "10.0.0.10"]);
  assert.equal(igmp.verifyChecksum(message.length), ChecksumStatus.Good);
  // A record cut short, and records stated but not there, are left out.
  assert.deepEqual(decode(message, 30).recordOffsets(), [8]);
  const liar = decode(message.map((b, i) => i === 7 ? 9 : b));
  assert.deepEqual(liar.recordOffsets(), [8, 16]);
  // Hostile counts cannot run past the bytes.
  const huge = decode(
    v3Report([[1, GROUP, [], []]]).map((b, i) => (i === 10 || i === 11 ? 0xff : b)),
  );
  assert.deepEqual(huge.recordOffsets(), []);
  assert.equal(huge.recordSourceCount(8), 0xffff);
  assert.equal(huge.recordSource(8, 1000), "");
});

Deno.test("Igmp: the checksum, as Wireshark covers it", () => {
  const good = base(0x16, 0);
  assert.equal(decode(good).verifyChecksum(8), ChecksumStatus.Good);
  const bad = [...good];
  bad[2]! ^= 0xff;
  assert.equal(decode(bad).verifyChecksum(8), ChecksumStatus.Bad);
  // v1 and v2 cover 8 bytes whatever follows them.
  assert.equal(decode([...good, 0xaa, 0xbb, 0, 0]).verifyChecksum(12), ChecksumStatus.Good);
  // Not all captured, a fragment: unverified.
  assert.equal(decode(good, 6).verifyChecksum(8), ChecksumStatus.Unverified);
  assert.equal(decode(good).verifyChecksum(8, true), ChecksumStatus.Unverified);
  // A v3 message covers its whole length as the IP header states it.
  const v3 = v3Query(100, ZERO, 2, 125, []);
  assert.equal(decode(v3).verifyChecksum(12), ChecksumStatus.Good);
  assert.equal(decode(v3).verifyChecksum(16), ChecksumStatus.Unverified); // 4 more said, not there
  // v0 covers 20 bytes; types with no layout (DVMRP's, unknown ones) have none checked.
  const v0 = checksummed([1, 0, 0, 0, 0x12, 0x34, 0x56, 0x78, ...GROUP, 1, 1, 1, 1, 1, 1, 1, 1]);
  assert.equal(decode(v0).version(20), 0);
  assert.equal(decode(v0).checksumLength(20), 20);
  assert.equal(decode(v0).verifyChecksum(20), ChecksumStatus.Good);
  assert.equal(decode(v0).identifier, 0x12345678);
  assert.equal(decode(base(0x13, 0)).checksumLength(8), 0);
  assert.equal(decode(base(0x13, 0)).verifyChecksum(8), ChecksumStatus.Unverified);
  assert.equal(decode(base(0x50, 0)).version(8), -1);
});

Deno.test("Igmp: which types Wireshark shows as IGMP", () => {
  for (
    const [type, own] of [[0x11, true], [0x13, false], [0x14, false], [0x1f, true], [0x41, false], [
      0x30,
      true,
    ], [0x99, true]] as const
  ) {
    assert.equal(decode(base(type, 0)).ownType, own, `type 0x${type.toString(16)}`);
  }
});

Deno.test("Igmp: truncated below 8 bytes, fixed fields first", () => {
  const message = base(0x16, 0);
  const igmp = new Igmp();
  for (let n = 0; n < 8; n++) {
    const bytes = strict(new Uint8Array(message.slice(0, n)));
    assert.equal(igmp.decode(bytes, 0, n), DecodeStatus.Truncated, `${n} bytes`);
    assert.equal(igmp.needed, n < 4 ? 4 : 8);
    assert.equal(igmp.headerLength, n);
    // Every getter stays within what was captured.
    assert.equal(igmp.igmpType, n >= 1 ? 0x16 : 0);
    assert.equal(igmp.group, "");
    assert.equal(igmp.checksum, n >= 4 ? message[2]! * 256 + message[3]! : 0);
    assert.equal(igmp.sourceCount + igmp.recordCount + igmp.qqic + igmp.traceQueryId, 0);
  }
  assert.equal(LAYERS[LayerType.IGMP].fixed, 4);
});

// ---------------------------------------------------------------------------------------------
// Dispatch, through the decoder

Deno.test("Decoder: IPv4 protocol 2 is IGMP", () => {
  assert.equal(layerForProtocol(2), LayerType.IGMP);
  const decoder = new Decoder();
  const frame = new Uint8Array(ethernet(ipv4(base(0x16, 0))));
  assert.equal(decoder.decode(frame, frame.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.deepEqual([...decoder.layers.subarray(0, decoder.layerCount)], [
    LayerType.Ethernet,
    LayerType.IPv4,
    LayerType.IGMP,
  ]);
  const igmp = decoder.layer(LayerType.IGMP);
  assert.equal(igmp.offset, 38);
  // The IP total length ends the message before the Ethernet padding.
  assert.equal(igmp.end, 46);
  assert.equal(igmp.group, "224.0.0.251");
  // The decoder's transport checksum is TCP's, UDP's, ICMP's and ICMPv6's, not IGMP's.
  assert.equal(decoder.transport, LayerType.None);
  // A non-first fragment is not IGMP.
  const later = new Uint8Array(ethernet(ipv4(base(0x16, 0), GROUP, 1)));
  decoder.decode(later, later.length, LinkType.EN10MB);
  assert.equal(decoder.has(LayerType.IGMP), false);
});

// ---------------------------------------------------------------------------------------------
// Output

function outputs(frame: number[], captureLength = frame.length) {
  const all = allOutputs(frame, captureLength);
  return { ...all, text: all.text.replace(/^.*?length \d+: /, "") };
}

Deno.test("Igmp output: tcpdump's words", () => {
  const text = (message: number[], destination = GROUP) =>
    outputs(ethernet(ipv4(message, destination))).text;
  assert.equal(text(base(0x11, 100, ZERO), [224, 0, 0, 1]), "10.0.0.1 > 224.0.0.1: igmp query v2");
  assert.equal(
    text(base(0x11, 10)),
    "10.0.0.1 > 224.0.0.251: igmp query v2 [max resp time 10] [gaddr 224.0.0.251]",
  );
  assert.equal(text(base(0x11, 0)), "10.0.0.1 > 224.0.0.251: igmp query v1 [gaddr 224.0.0.251]");
  assert.equal(text(base(0x12, 0)), "10.0.0.1 > 224.0.0.251: igmp v1 report 224.0.0.251");
  assert.equal(text(base(0x16, 0)), "10.0.0.1 > 224.0.0.251: igmp v2 report 224.0.0.251");
  assert.equal(text(base(0x17, 0)), "10.0.0.1 > 224.0.0.251: igmp leave 224.0.0.251");
  assert.equal(text(v3Query(100, ZERO, 2, 125, [])), "10.0.0.1 > 224.0.0.251: igmp query v3");
  assert.equal(
    text(v3Query(0xfe, ZERO, 2, 125, [])),
    "10.0.0.1 > 224.0.0.251: igmp query v3 [max resp time 51m12s]",
  );
  assert.equal(
    text(v3Query(10, ZERO, 2, 125, [])),
    "10.0.0.1 > 224.0.0.251: igmp query v3 [max resp time 1.0s]",
  );
  assert.equal(
    text(v3Query(100, GROUP, 2, 125, [[10, 0, 0, 1], [10, 0, 0, 2]])),
    "10.0.0.1 > 224.0.0.251: igmp query v3 [gaddr 224.0.0.251, 2 source(s)]",
  );
  assert.equal(
    text(v3Report([[4, GROUP, [], []], [1, GROUP, [[10, 0, 0, 1]], []]])),
    "10.0.0.1 > 224.0.0.251: igmp v3 report, 2 group record(s)",
  );
  assert.equal(text(base(0x13, 0)), "10.0.0.1 > 224.0.0.251: igmp dvmrp");
  assert.equal(text(base(0x14, 0)), "10.0.0.1 > 224.0.0.251: igmp pimv1");
  assert.equal(text(base(0x50, 0)), "10.0.0.1 > 224.0.0.251: igmp-80");
  const bad = base(0x16, 0);
  bad[3]! ^= 0x01;
  assert.match(text(bad), /igmp v2 report 224\.0\.0\.251 \[bad igmp cksum 0x[0-9a-f]{4}\]$/);
});

Deno.test("Igmp output: tshark's fields in JSON, every field in -v", () => {
  const query = outputs(
    ethernet(ipv4(v3Query(0xfe, GROUP, 0x0a, 125, [[10, 0, 0, 1], [10, 0, 0, 2]]))),
  );
  assert.deepEqual(query.json.igmp, {
    version: 3,
    type: 0x11,
    max_resp: 30720,
    max_resp_exp: 7,
    max_resp_mant: 14,
    checksum: query.json.igmp.checksum,
    checksum_status: "good",
    maddr: "224.0.0.251",
    s: true,
    qrv: 2,
    qqic: 125,
    num_src: 2,
    saddr: ["10.0.0.1", "10.0.0.2"],
  });
  assert.deepEqual(Object.keys(query.json), ["frame", "eth", "ip", "igmp"]);
  for (
    const line of [
      "Version: 3",
      "Type: 0x11 (Membership Query)",
      "S: set",
      "QRV: 2",
      "Source Address: 10.0.0.2",
    ]
  ) {
    assert.ok(query.detail.includes(`    ${line}\n`) || query.detail.endsWith(`    ${line}`), line);
  }
  const report = outputs(
    ethernet(ipv4(v3Report([[4, GROUP, [], []], [1, [224, 1, 2, 3], [[10, 0, 0, 9]], []]]))),
  );
  assert.deepEqual(report.json.igmp, {
    version: 3,
    type: 0x22,
    checksum: report.json.igmp.checksum,
    checksum_status: "good",
    num_grp_recs: 2,
    record_type: [4, 1],
    aux_data_len: [0, 0],
    num_src: [0, 1],
    maddr: ["224.0.0.251", "224.1.2.3"],
    saddr: "10.0.0.9",
  });
  assert.match(
    report.detail,
    /Group Record: 224\.1\.2\.3, Mode Is Include \(1\), 1 source\(s\) 10\.0\.0\.9/,
  );
  const v1 = outputs(ethernet(ipv4(base(0x11, 0))));
  assert.deepEqual(Object.keys(v1.json.igmp), [
    "version",
    "type",
    "checksum",
    "checksum_status",
    "maddr",
  ]);
  const v2 = outputs(ethernet(ipv4(base(0x16, 0))));
  assert.equal(v2.json.igmp.max_resp, 0);
  assert.equal(outputs(ethernet(ipv4(base(0x13, 0)))).json.igmp, undefined); // DVMRP's fields
  assert.deepEqual(outputs(ethernet(ipv4(base(0x50, 0)))).json.igmp, { type: 0x50 });
  // Cut after 6 bytes: the fixed fields, unverified; cut after 2: type and max response only.
  const frame = ethernet(ipv4(base(0x11, 10)));
  assert.deepEqual(outputs(frame, 44).json.igmp, {
    version: 2,
    type: 0x11,
    max_resp: 10,
    checksum: base(0x11, 10)[2]! * 256 + base(0x11, 10)[3]!,
    checksum_status: "unverified",
  });
  assert.deepEqual(outputs(frame, 40).json.igmp, { version: 2, type: 0x11, max_resp: 10 });
  // In a first fragment: unverified.
  const fragment = outputs(ethernet(ipv4(base(0x16, 0), GROUP, 0x2000)));
  assert.equal(fragment.json.igmp.checksum_status, "unverified");
});

// ---------------------------------------------------------------------------------------------
// Hostile bytes

Deno.test("Igmp: every prefix and 20,000 mutations through decoder and formatters", () => {
  const seeds = [
    ethernet(ipv4(base(0x11, 10))),
    ethernet(ipv4(v3Query(0xf0, GROUP, 0x0a, 125, [[10, 0, 0, 1], [10, 0, 0, 2]]))),
    ethernet(ipv4(v3Report([[4, GROUP, [], []], [1, GROUP, [[10, 0, 0, 1]], [1, 2, 3, 4]]]))),
    ethernet(
      ipv4(
        checksummed([
          0x1f,
          32,
          0,
          0,
          ...GROUP,
          10,
          0,
          0,
          1,
          10,
          0,
          0,
          2,
          224,
          0,
          1,
          32,
          64,
          0,
          1,
          2,
        ]),
      ),
    ),
    ethernet(
      ipv4(checksummed([1, 0, 0, 0, 0x12, 0x34, 0x56, 0x78, ...GROUP, 1, 1, 1, 1, 1, 1, 1, 1])),
    ),
  ];
  formatEveryPrefixAndMutation(seeds, 0x1991);
});
