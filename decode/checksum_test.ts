import assert from "node:assert/strict";
import {
  CHECKSUM_STATUS_NAMES,
  CHECKSUM_STATUS_WORDS,
  ChecksumStatus,
  foldChecksum,
  sumWords,
  verifyChecksum,
} from "./checksum.ts";
import { Decoder } from "./decoder.ts";
import { DecodeStatus, LayerType } from "./layer.ts";
import { LinkType } from "./link_type.ts";
import { TcpFlag } from "./tcp.ts";
import {
  be16,
  be32,
  craft,
  type IcmpFields,
  type Ipv4Fields,
  type Ipv6Fields,
  pseudoHeader,
  type TcpFields,
} from "../tests/_frames.ts";

// ---------------------------------------------------------------------------------------------
// An independent RFC 1071 implementation: exact integer sums with BigInt, folded at the end.

/** The ones' complement sum of `bytes` as big-endian words (odd last byte padded), folded. */
function onesSum(bytes: ArrayLike<number>, start = 0, end = bytes.length): number {
  let sum = 0n;
  for (let i = start; i < end; i += 2) {
    sum += BigInt((bytes[i]! << 8) | (i + 1 < end ? bytes[i + 1]! : 0));
  }
  while (sum > 0xffffn) sum = (sum & 0xffffn) + (sum >> 16n);
  return Number(sum);
}

/** The checksum to put in a field that was zero when `bytes` were summed. */
function checksumOf(bytes: number[]): number {
  return ~onesSum(bytes) & 0xffff;
}

// ---------------------------------------------------------------------------------------------
// Frames: 02:00:00:00:00:01 → 02:00:00:00:00:02 (the builder's defaults)

const MAC_A = [0x02, 0x00, 0x00, 0x00, 0x00, 0x01];
const IP_A = [192, 168, 1, 10];
const IP_B = [93, 184, 216, 34];
const IP6_A = [0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0a];
const IP6_B = [0x20, 0x01, 0x0d, 0xb8, 0x00, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x22];
/** A router a type 0 routing header sends the packet through. */
const IP6_ROUTER = [0x20, 0x01, 0x0d, 0xb8, 0x00, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01];
const IP6_ROUTER_2 = [0x20, 0x01, 0x0d, 0xb8, 0x00, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02];
const GET = [...new TextEncoder().encode("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")];
const DNS = [0x1a, 0x2b, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 3, 0x77, 0x77, 0x77, 0, 0, 1, 0, 1];
const PING_DATA = Array.from({ length: 48 }, (_, i) => 0x10 + i);

const V4: Ipv4Fields = { source: IP_A, destination: IP_B, id: 0x3a7c };
const V6: Ipv6Fields = { source: IP6_A, destination: IP6_B, flowLabel: 0xabcde };
const OVER_V4 = craft().ethernet().ipv4(V4);
const OVER_V6 = craft().ethernet().ipv6(V6);

/** A TCP segment from 51234 to 80 with PSH-ACK and the timestamps option. */
const SEGMENT: TcpFields = {
  sourcePort: 51234,
  sequence: 0x6a3b9f02,
  acknowledgment: 0x1c445566,
  flags: TcpFlag.PSH | TcpFlag.ACK,
  options: [1, 1, 8, 10, ...be32(1000000), ...be32(999999)],
};

/** An echo request's (ICMP's and ICMPv6's) identifier and sequence, before PING_DATA. */
const ECHO: IcmpFields = { identifier: 0x1234, sequence: 1 };

function tcp4(data = GET): Uint8Array {
  return OVER_V4.tcp(SEGMENT).payload(data).build();
}

function udp4(data = DNS): Uint8Array {
  return OVER_V4.udp().payload(data).build();
}

function decode(frame: number[] | Uint8Array, captureLength = frame.length): Decoder {
  const bytes = frame instanceof Uint8Array ? frame : new Uint8Array(frame);
  const decoder = new Decoder();
  decoder.decode(bytes, captureLength, LinkType.EN10MB);
  return decoder;
}

const { Bad, Good, Unverified, NotPresent, Offloaded } = ChecksumStatus;

// ---------------------------------------------------------------------------------------------
// sumWords, foldChecksum, verifyChecksum

Deno.test("checksum: the status values and their names", () => {
  // tshark's numbers; tshark's 4 (illegal) is Bad here, and Offloaded the sniffer's own.
  assert.deepEqual([Bad, Good, Unverified, NotPresent, Offloaded], [0, 1, 2, 3, 4]);
  // JSON says what tshark says: an offloaded checksum is bad there.
  assert.deepEqual(CHECKSUM_STATUS_NAMES, ["bad", "good", "unverified", "not_present", "bad"]);
  assert.deepEqual(CHECKSUM_STATUS_WORDS, [
    "bad",
    "good",
    "unverified",
    "not present",
    "partial (offloaded)",
  ]);
});

Deno.test("sumWords and foldChecksum: RFC 1071's example", () => {
  // RFC 1071 §3: 00 01 f2 03 f4 f5 f6 f7 sums to 2ddf0, folded ddf2; the checksum is 220d.
  const bytes = new Uint8Array([0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7]);
  assert.equal(sumWords(bytes, 0, bytes.length), 0x2ddf0);
  assert.equal(foldChecksum(0x2ddf0), 0xddf2);
  assert.equal(onesSum(bytes), 0xddf2);
  assert.equal(~foldChecksum(sumWords(bytes, 0, 8)) & 0xffff, 0x220d);
  // With the checksum appended, the whole folds to 0xffff.
  const withSum = new Uint8Array([...bytes, 0x22, 0x0d]);
  assert.equal(foldChecksum(sumWords(withSum, 0, withSum.length)), 0xffff);
  assert.equal(verifyChecksum(withSum, 0, withSum.length, 0), Good);
  // Byte order independence (§2.B): the swapped sum is the swapped result.
  const swapped = new Uint8Array([0x01, 0x00, 0x03, 0xf2, 0xf5, 0xf4, 0xf7, 0xf6]);
  assert.equal(foldChecksum(sumWords(swapped, 0, 8)), 0xf2dd);
});

Deno.test("verifyChecksum: a real IPv4 header, and every single-bit change to it", () => {
  const header = new Uint8Array([
    0x45,
    0x00,
    0x00,
    0x73,
    0x00,
    0x00,
    0x40,
    0x00,
    0x40,
    0x11,
    0xb8,
    0x61,
    0xc0,
    0xa8,
    0x00,
    0x01,
    0xc0,
    0xa8,
    0x00,
    0xc7,
  ]);
  assert.equal(onesSum(header), 0xffff);
  assert.equal(verifyChecksum(header, 0, 20, 0), Good);
  for (let i = 0; i < 20; i++) {
    for (let bit = 0; bit < 8; bit++) {
      header[i]! ^= 1 << bit;
      assert.equal(verifyChecksum(header, 0, 20, 0), Bad, `byte ${i} bit ${bit}`);
      header[i]! ^= 1 << bit;
    }
  }
  // At an offset inside a frame, bytes around it ignored.
  const frame = new Uint8Array(14 + 20 + 10).fill(0x5a);
  frame.set(header, 14);
  assert.equal(verifyChecksum(frame, 14, 34, 0), Good);
  assert.equal(verifyChecksum(frame, 14, 35, 0), Bad);
});

Deno.test("sumWords: odd lengths pad the last byte with zero", () => {
  const bytes = new Uint8Array([0x01, 0x02, 0x03]);
  assert.equal(sumWords(bytes, 0, 3), 0x0102 + 0x0300);
  assert.equal(sumWords(bytes, 0, 1), 0x0100);
  assert.equal(sumWords(bytes, 1, 3), 0x0203);
  assert.equal(sumWords(bytes, 2, 3), 0x0300);
  assert.equal(sumWords(bytes, 0, 0), 0);
  assert.equal(sumWords(bytes, 3, 3, 77), 77, "nothing to add leaves the starting sum");
  // The end is respected: the byte after it is not read, even when the array has it.
  assert.equal(sumWords(new Uint8Array([0xab, 0xcd, 0xef, 0x12]), 0, 3), 0xabcd + 0xef00);
  // An odd-length message with its checksum: a UDP datagram with 3 bytes of data.
  const pseudo = pseudoHeader(IP_A, IP_B, 17, 8 + 3);
  const datagram = craft().udp({ pseudo }).payload([0x61, 0x62, 0x63]).build();
  assert.equal(verifyChecksum(datagram, 0, datagram.length, onesSum(pseudo)), Good);
  // Random odd and even lengths, at odd and even starts, against the BigInt sum.
  let seed = 12345;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  const buffer = new Uint8Array(301);
  for (let i = 0; i < buffer.length; i++) buffer[i] = random();
  for (let start = 0; start < 4; start++) {
    for (let end = start; end <= buffer.length; end += 7) {
      assert.equal(
        foldChecksum(sumWords(buffer, start, end)),
        onesSum(buffer, start, end),
        `[${start}, ${end})`,
      );
    }
  }
});

Deno.test("sumWords: every alignment, in views into a larger buffer", () => {
  // Long runs may be summed a word at a time: the view's byteOffset and the start both matter.
  const backing = new Uint8Array(2100);
  let seed = 0x9e3779b9;
  for (let i = 0; i < backing.length; i++) {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6b) >>> 0;
    backing[i] = seed >>> 24;
  }
  for (let byteOffset = 0; byteOffset < 8; byteOffset++) {
    const view = backing.subarray(byteOffset, byteOffset + 2048);
    for (let start = 0; start < 8; start++) {
      for (const length of [0, 1, 2, 3, 62, 63, 64, 65, 66, 67, 127, 128, 129, 1000, 1001, 2040]) {
        const end = Math.min(view.length, start + length);
        const where = `byteOffset ${byteOffset}, [${start}, ${end})`;
        assert.equal(foldChecksum(sumWords(view, start, end)), onesSum(view, start, end), where);
        assert.equal(
          foldChecksum(sumWords(view, start, end, 0x1234)),
          onesSumOfNumber(0x1234 + onesSum(view, start, end)),
          where,
        );
      }
    }
  }
  // Another buffer, then this one changed: each sum reads the bytes as they are now.
  const other = new Uint8Array(256).fill(0x01);
  assert.equal(foldChecksum(sumWords(other, 0, 256)), onesSum(other));
  const bytes = new Uint8Array(256).fill(0x02);
  // 128 words of 0x0202 = 0x10100, folded 0x0101.
  assert.equal(foldChecksum(sumWords(bytes, 0, 256)), 0x0101);
  bytes[100] = 0x03;
  assert.equal(foldChecksum(sumWords(bytes, 0, 256)), 0x0201);
  assert.equal(foldChecksum(sumWords(other, 0, 256)), 0x8080); // 128 × 0x0101
});

Deno.test({
  name: "sumWords: a resizable buffer grown between two sums",
  fn() {
    const buffer = new ArrayBuffer(256, { maxByteLength: 4096 });
    new Uint8Array(buffer).fill(0x01);
    assert.equal(foldChecksum(sumWords(new Uint8Array(buffer), 0, 256)), 0x8080);
    buffer.resize(1024);
    const bytes = new Uint8Array(buffer).fill(0x01);
    // 512 words of 0x0101 = 0x20200, folded 0x0202.
    assert.equal(foldChecksum(sumWords(bytes, 0, 1024)), onesSum(bytes));
    assert.equal(onesSum(bytes), 0x0202);
  },
});

Deno.test("foldChecksum: end-around carries, above 32 bits too", () => {
  assert.equal(foldChecksum(0), 0);
  assert.equal(foldChecksum(0xffff), 0xffff);
  assert.equal(foldChecksum(0x10000), 1);
  assert.equal(foldChecksum(0x1fffe), 0xffff);
  assert.equal(foldChecksum(0x2fffd), 0xffff); // 2fffd -> fffd + 2 = ffff
  assert.equal(foldChecksum(0xffffffff), 0xffff);
  assert.equal(foldChecksum(0x100000000), 1); // 2^32 = (2^16)^2 ≡ 1
  assert.equal(foldChecksum(2 ** 40), 256); // 2^40 ≡ 2^8
  assert.equal(foldChecksum(2 ** 52 + 5), 16 + 5); // 2^52 ≡ 2^4
  assert.equal(foldChecksum(0x1234_5678_9abc), onesSumOfNumber(0x1234_5678_9abc));
});

/** Folds a number with BigInt, for comparison. */
function onesSumOfNumber(value: number): number {
  let sum = BigInt(value);
  while (sum > 0xffffn) sum = (sum & 0xffffn) + (sum >> 16n);
  return Number(sum);
}

Deno.test("sumWords: a sum that overflows 32 bits (a long buffer of 0xff)", () => {
  // 2^20 bytes of 0xff: 2^19 words of 0xffff, a plain sum of about 2^35.
  const ones = new Uint8Array(1 << 20).fill(0xff);
  const sum = sumWords(ones, 0, ones.length);
  assert.ok(Number.isSafeInteger(sum) && sum >= 0, `sum ${sum}`);
  assert.equal(foldChecksum(sum), 0xffff);
  assert.equal(onesSum(ones), 0xffff);
  assert.equal(verifyChecksum(ones, 0, ones.length, 0), Good);
  // A non-trivial sum past 2^32: 0xff bytes with a few others, checked against BigInt.
  ones[12345] = 0x00;
  ones[777777] = 0x12;
  ones[1048575] = 0x34;
  assert.equal(foldChecksum(sumWords(ones, 0, ones.length)), onesSum(ones));
  assert.equal(foldChecksum(sumWords(ones, 1, ones.length - 2)), onesSum(ones, 1, ones.length - 2));
  // Starting from a pseudo-header sum that is itself large.
  const start = 0xfffffff0;
  assert.equal(
    foldChecksum(sumWords(ones, 0, 4096, start)),
    onesSumOfNumber(start + 2048 * 0xffff),
  );
  // A buffer whose checksum is set: still Good after 1 MiB.
  const big = new Uint8Array(1 << 20);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 9)) & 0xff;
  big[0] = big[1] = 0;
  const value = ~onesSum(big) & 0xffff;
  big[0] = value >> 8;
  big[1] = value & 0xff;
  assert.equal(verifyChecksum(big, 0, big.length, 0), Good);
  big[524288]! ^= 0x40;
  assert.equal(verifyChecksum(big, 0, big.length, 0), Bad);
});

Deno.test("verifyChecksum: the pseudo-header sum is added in", () => {
  const pseudo = pseudoHeader(IP_A, IP_B, 17, 8 + DNS.length);
  const bytes = craft().udp({ pseudo }).payload(DNS).build();
  assert.equal(verifyChecksum(bytes, 0, bytes.length, onesSum(pseudo)), Good);
  // An unfolded pseudo-header sum (as the decoder passes) verifies the same.
  let raw = 0;
  for (let i = 0; i < pseudo.length; i += 2) raw += (pseudo[i]! << 8) | pseudo[i + 1]!;
  assert.ok(raw > 0xffff);
  assert.equal(verifyChecksum(bytes, 0, bytes.length, raw), Good);
  assert.equal(verifyChecksum(bytes, 0, bytes.length, 0), Bad);
  assert.equal(verifyChecksum(bytes, 0, bytes.length, raw + 1), Bad);
});

// ---------------------------------------------------------------------------------------------
// Through the decoder

Deno.test("Decoder checksums: TCP over IPv4 is good, and any byte changed is bad", () => {
  const frame = tcp4();
  let decoder = decode(frame);
  assert.equal(decoder.status, DecodeStatus.Ok);
  assert.equal(decoder.transport, LayerType.TCP);
  assert.equal(decoder.ipv4Checksum(), Good);
  assert.equal(decoder.transportChecksum(), Good);
  // Each byte of the IPv4 header (the version/IHL byte aside: it changes what is decoded).
  for (let i = 15; i < 34; i++) {
    const changed = [...frame];
    changed[i]! ^= 0x01;
    decoder = decode(changed);
    assert.equal(decoder.ipv4Checksum(), Bad, `IPv4 byte ${i - 14}`);
  }
  // Each byte of the TCP segment.
  for (let i = 34; i < frame.length; i++) {
    const changed = [...frame];
    changed[i]! ^= 0x01;
    decoder = decode(changed);
    assert.equal(decoder.ipv4Checksum(), Good, `TCP byte ${i - 34}`);
    assert.equal(decoder.transportChecksum(), Bad, `TCP byte ${i - 34}`);
  }
  // The addresses are in the pseudo-header: the IP header is then bad too.
  const moved = [...frame];
  moved[29]! ^= 0x01;
  decoder = decode(moved);
  assert.equal(decoder.ipv4Checksum(), Bad);
  assert.equal(decoder.transportChecksum(), Bad);
  // The TTL is not: only the IP header is bad.
  const ttl = [...frame];
  ttl[22] = 63;
  decoder = decode(ttl);
  assert.equal(decoder.ipv4Checksum(), Bad);
  assert.equal(decoder.transportChecksum(), Good);
});

Deno.test("Decoder checksums: an IPv4 header with options", () => {
  const options = [0x94, 0x04, 0x00, 0x00, 0x01, 0x01, 0x01, 0x00];
  const frame = craft().ethernet().ipv4({ ...V4, options }).tcp(SEGMENT).build();
  let decoder = decode(frame);
  assert.equal(decoder.ipv4.headerLength, 28);
  assert.equal(decoder.ipv4Checksum(), Good);
  assert.equal(decoder.transportChecksum(), Good);
  const changed = [...frame];
  changed[14 + 26]! ^= 0x80; // inside the options
  decoder = decode(changed);
  assert.equal(decoder.ipv4Checksum(), Bad);
  assert.equal(decoder.transportChecksum(), Good);
  // Options cut by the capture: the header is not all there to verify.
  decoder = decode(frame, 14 + 24);
  assert.equal(decoder.status, DecodeStatus.Truncated);
  assert.ok(decoder.has(LayerType.IPv4));
  assert.equal(decoder.ipv4Checksum(), Unverified);
  assert.equal(decoder.transportChecksum(), Unverified);
});

Deno.test("Decoder checksums: UDP over IPv4, and a checksum of 0 is not present", () => {
  const frame = udp4();
  let decoder = decode(frame);
  assert.equal(decoder.transport, LayerType.UDP);
  assert.equal(decoder.ipv4Checksum(), Good);
  assert.equal(decoder.transportChecksum(), Good);
  for (let i = 34; i < frame.length; i++) {
    const changed = [...frame];
    changed[i]! ^= 0x01;
    decoder = decode(changed);
    if (i === 38 || i === 39) {
      // The length: longer than the IP payload cannot be checked, shorter sums less.
      assert.notEqual(decoder.transportChecksum(), Good, `UDP byte ${i - 34}`);
    } else {
      assert.equal(decoder.transportChecksum(), Bad, `UDP byte ${i - 34}`);
    }
  }
  // No checksum sent.
  const none = OVER_V4.udp({ checksum: 0 }).payload(DNS).build();
  assert.equal(none[40], 0);
  assert.equal(none[41], 0);
  decoder = decode(none);
  assert.equal(decoder.ipv4Checksum(), Good);
  assert.equal(decoder.transportChecksum(), NotPresent);
  // As tshark: not present before anything else, in a fragment or a cut frame too.
  const first = craft().ethernet().ipv4({ ...V4, flags: 0b001 }).udp({ checksum: 0 }).payload(DNS);
  assert.equal(decode(first.build()).transportChecksum(), NotPresent);
  assert.equal(decode(none, none.length - 1).transportChecksum(), NotPresent);
  // 0 in a UDP header cut before its checksum field is not read: no UDP layer then.
  assert.equal(decode(none, 14 + 20 + 6).transport, LayerType.None);
});

Deno.test("Decoder checksums: a UDP checksum that computes to 0 is sent as 0xffff", () => {
  // Choose the last data word so that the checksum comes out 0: then 0xffff is sent (RFC 768).
  const datagram = (data: number[]) => [...craft().udp({ checksum: 0 }).payload(data).build()];
  const pseudo = pseudoHeader(IP_A, IP_B, 17, 8 + DNS.length + 3);
  const word = checksumOf([...pseudo, ...datagram([...DNS, 0, 0, 0])]);
  assert.equal((8 + DNS.length + 1) % 2, 0, "an aligned word");
  const data = [...DNS, 0, ...be16(word)];
  assert.equal(checksumOf([...pseudo, ...datagram(data)]), 0);
  const decoder = decode(OVER_V4.udp({ checksum: 0xffff }).payload(data).build());
  assert.equal(decoder.udp.checksum, 0xffff);
  assert.equal(decoder.transportChecksum(), Good);
});

Deno.test("Decoder checksums: UDP length against the IP payload", () => {
  // The UDP length is shorter than the IP payload: the bytes after it are not summed.
  let decoder = decode(
    OVER_V4.udp({ length: 8 + DNS.length }).payload([...DNS, 0xde, 0xad]).build(),
  );
  assert.equal(decoder.udp.length, 8 + DNS.length);
  assert.equal(decoder.transportChecksum(), Good);
  // Longer than the IP payload: what the checksum covers is not in the datagram.
  decoder = decode(OVER_V4.udp({ length: 8 + DNS.length + 2 }).payload(DNS).build());
  assert.equal(decoder.transportChecksum(), Unverified);
  // Under 8: no length to sum over.
  decoder = decode(OVER_V4.udp({ length: 7 }).payload(DNS).build());
  assert.equal(decoder.transportChecksum(), Unverified);
});

Deno.test("Decoder checksums: Ethernet padding is not summed", () => {
  // A 4-byte UDP message pads the frame to 60 bytes; the padding is not zero here.
  const frame = OVER_V4.udp().payload([0x70, 0x69, 0x6e, 0x67]);
  assert.equal(frame.build().length, 46);
  const padded = frame.pad(60, 0xa5).build();
  assert.equal(padded.length, 60);
  const decoder = decode(padded);
  assert.equal(decoder.udp.end, 46);
  assert.equal(decoder.ipv4Checksum(), Good);
  assert.equal(decoder.transportChecksum(), Good);
  const tcpPadded = OVER_V4.tcp(SEGMENT).trailer([0x11, 0x22]).build();
  assert.equal(decode(tcpPadded).transportChecksum(), Good);
});

Deno.test("Decoder checksums: IPv4 total length 0 (segmentation offload) sums what was captured", () => {
  const frame = craft().ethernet().ipv4({ ...V4, totalLength: 0 }).tcp(SEGMENT).payload(GET)
    .build();
  const decoder = decode(frame);
  assert.equal(decoder.ipv4.totalLength, 0);
  assert.equal(decoder.ipv4Checksum(), Good);
  assert.equal(decoder.transportChecksum(), Good);
});

Deno.test("Decoder checksums: ICMP over IPv4 has no pseudo-header", () => {
  const frame = OVER_V4.icmp(ECHO).payload(PING_DATA).build();
  let decoder = decode(frame);
  assert.equal(decoder.transport, LayerType.ICMP);
  assert.equal(decoder.ipv4Checksum(), Good);
  assert.equal(decoder.transportChecksum(), Good);
  for (let i = 34; i < frame.length; i++) {
    const changed = [...frame];
    changed[i]! ^= 0x01;
    decoder = decode(changed);
    assert.equal(decoder.transportChecksum(), Bad, `ICMP byte ${i - 34}`);
  }
  // Summed with a pseudo-header, the same message would be wrong.
  const pseudo = pseudoHeader(IP_A, IP_B, 1, 8 + PING_DATA.length);
  decoder = decode(OVER_V4.icmp({ ...ECHO, pseudo }).payload(PING_DATA).build());
  assert.equal(decoder.transportChecksum(), Bad);
  // An error message quoting a datagram.
  decoder = decode(OVER_V4.icmp({ type: 3, code: 3 }).payload(frame.slice(14, 42)).build());
  assert.equal(decoder.icmp.typeName, "port unreachable");
  assert.equal(decoder.transportChecksum(), Good);
});

Deno.test("Decoder checksums: TCP and UDP over IPv6", () => {
  let frame = OVER_V6.tcp(SEGMENT).payload(GET).build();
  let decoder = decode(frame);
  assert.equal(decoder.transport, LayerType.TCP);
  assert.equal(decoder.ipv4Checksum(), Unverified, "no IPv4 header");
  assert.equal(decoder.transportChecksum(), Good);
  frame[frame.length - 1]! ^= 0x20;
  assert.equal(decode(frame).transportChecksum(), Bad);
  // The source address is in the pseudo-header.
  frame = OVER_V6.tcp(SEGMENT).payload(GET).build();
  frame[14 + 8 + 15]! ^= 0x01;
  assert.equal(decode(frame).transportChecksum(), Bad);

  frame = OVER_V6.udp().payload(DNS).build();
  decoder = decode(frame);
  assert.equal(decoder.transport, LayerType.UDP);
  assert.equal(decoder.transportChecksum(), Good);
  // A zero UDP checksum is not allowed over IPv6 (RFC 8200 §8.1): it is checked, and bad.
  decoder = decode(OVER_V6.udp({ checksum: 0 }).payload(DNS).build());
  assert.equal(decoder.udp.checksum, 0);
  assert.equal(decoder.transportChecksum(), Bad);
  // Summed without the upper-layer length, it would be wrong.
  const wrong = OVER_V6.udp({ pseudo: [...IP6_A, ...IP6_B, 0, 0, 0, 17] }).payload(DNS).build();
  assert.equal(decode(wrong).transportChecksum(), Bad);
});

Deno.test("Decoder checksums: ICMPv6 over its pseudo-header", () => {
  let frame = OVER_V6.icmpv6(ECHO).payload(PING_DATA).build();
  let decoder = decode(frame);
  assert.equal(decoder.transport, LayerType.ICMPv6);
  assert.equal(decoder.transportChecksum(), Good);
  for (let i = 54; i < frame.length; i++) {
    const changed = [...frame];
    changed[i]! ^= 0x01;
    assert.equal(decode(changed).transportChecksum(), Bad, `ICMPv6 byte ${i - 54}`);
  }
  // Without the pseudo-header (as ICMP for IPv4 is summed): bad.
  decoder = decode(OVER_V6.icmpv6({ ...ECHO, pseudo: [] }).payload(PING_DATA).build());
  assert.equal(decoder.transportChecksum(), Bad);
  // A neighbour advertisement.
  const target = IP6_A;
  frame = OVER_V6.icmpv6({ type: 136, rest: [0x60, 0, 0, 0] }).payload([...target, 2, 1, ...MAC_A])
    .build();
  decoder = decode(frame);
  assert.equal(decoder.icmpv6.hasTarget, true);
  assert.equal(decoder.transportChecksum(), Good);
});

Deno.test("Decoder checksums: fragments are unverified", () => {
  // The first fragment of a larger UDP datagram (MF set, offset 0): the rest is elsewhere.
  const fragment = craft().ethernet().ipv4({ ...V4, flags: 0b001 });
  let decoder = decode(fragment.udp({ length: 8 + DNS.length + 1480 }).payload(DNS).build());
  assert.equal(decoder.ipv4.moreFragments, true);
  assert.equal(decoder.transport, LayerType.UDP);
  assert.equal(decoder.ipv4Checksum(), Good);
  assert.equal(decoder.transportChecksum(), Unverified);
  // Even a whole datagram with a correct checksum is not verified when it says MF.
  decoder = decode(fragment.udp().payload(DNS).build());
  assert.equal(decoder.transportChecksum(), Unverified);
  // A later fragment decodes no transport at all.
  const later = { ...V4, flags: 0, fragmentOffset: 185, protocol: 17 };
  decoder = decode(craft().ethernet().ipv4(later).payload(DNS).build());
  assert.equal(decoder.transport, LayerType.None);
  assert.equal(decoder.ipv4Checksum(), Good);
  assert.equal(decoder.transportChecksum(), Unverified);
  // IPv6: a fragment header (offset 0, M set) before UDP.
  decoder = decode(
    OVER_V6.fragment({ more: true, identification: 0x12345678 }).udp().payload(DNS).build(),
  );
  assert.equal(decoder.transport, LayerType.UDP);
  assert.equal(decoder.ipv6.fragmentHeaderOffset, 54);
  assert.equal(decoder.transportChecksum(), Unverified);
});

Deno.test("Decoder checksums: a frame cut by the snapshot length is unverified", () => {
  for (const bytes of [tcp4(), udp4()]) {
    for (const cut of [bytes.length - 1, bytes.length - 10, 54]) {
      const decoder = decode(bytes, cut);
      assert.equal(decoder.ipv4Checksum(), Good, `${cut} of ${bytes.length}`);
      assert.equal(decoder.transportChecksum(), Unverified, `${cut} of ${bytes.length}`);
    }
    assert.equal(decode(bytes, bytes.length).transportChecksum(), Good);
  }
  // IPv6 too.
  const frame = OVER_V6.tcp(SEGMENT).payload(GET).build();
  assert.equal(decode(frame).transportChecksum(), Good);
  assert.equal(decode(frame, frame.length - 1).transportChecksum(), Unverified);
  // A jumbogram/offloaded IPv6 packet (payload length 0) is not verified.
  const zero = craft().ethernet().ipv6({ ...V6, payloadLength: 0 }).tcp(SEGMENT).payload(GET)
    .build();
  assert.equal(decode(zero).transportChecksum(), Unverified);
});

Deno.test("Decoder checksums: no IP, no transport", () => {
  const arp = craft().ethernet().arp({ senderProtocol: IP_A, targetProtocol: IP_B }).build();
  const decoder = decode(arp);
  assert.equal(decoder.has(LayerType.ARP), true);
  assert.equal(decoder.ipv4Checksum(), Unverified);
  assert.equal(decoder.transportChecksum(), Unverified);
  const empty = decode([]);
  assert.equal(empty.ipv4Checksum(), Unverified);
  assert.equal(empty.transportChecksum(), Unverified);
});

/**
 * A UDP datagram behind a routing header (`routing` is its body: type, segments left, reserved,
 * addresses), to IP6_ROUTER now; the checksum is summed with `checksumDestination` in the
 * pseudo-header.
 */
function routed(routing: number[], checksumDestination: number[]): Uint8Array {
  return craft()
    .ethernet()
    .ipv6({ source: IP6_A, destination: IP6_ROUTER })
    .extension(43, routing)
    .udp({ pseudo: pseudoHeader(IP6_A, checksumDestination, 17, 8 + DNS.length) })
    .payload(DNS)
    .build();
}

Deno.test("Decoder checksums: IPv6 routing header, the pseudo-header has the final destination", () => {
  // Type 0, one address (the final destination), one segment left: the packet is on its way
  // to IP6_ROUTER now, but the checksum was computed for IP6_B.
  const type0 = [0, 1, 0, 0, 0, 0, ...IP6_B];
  let decoder = decode(routed(type0, IP6_B));
  assert.equal(decoder.status, DecodeStatus.Ok);
  assert.equal(decoder.ipv6.destination, "2001:db8:ff::1");
  assert.equal(decoder.ipv6.routingHeaderOffset, 54);
  assert.equal(decoder.ipv6.finalDestinationOffset, 62);
  assert.equal(decoder.transport, LayerType.UDP);
  assert.equal(decoder.transportChecksum(), Good);
  // Summed for the address in the destination field instead: bad.
  decoder = decode(routed(type0, IP6_ROUTER));
  assert.equal(decoder.transportChecksum(), Bad);

  // No segments left: the destination field is the final destination.
  const arrived = [0, 0, 0, 0, 0, 0, ...IP6_B];
  assert.equal(decode(routed(arrived, IP6_ROUTER)).transportChecksum(), Good);
  assert.equal(decode(routed(arrived, IP6_B)).transportChecksum(), Bad);

  // Two addresses, two segments left: the last address is final.
  const two = [0, 2, 0, 0, 0, 0, ...IP6_ROUTER_2, ...IP6_B];
  decoder = decode(routed(two, IP6_B));
  assert.equal(decoder.ipv6.finalDestinationOffset, 54 + 8 + 16);
  assert.equal(decoder.transportChecksum(), Good);
  assert.equal(decode(routed(two, IP6_ROUTER_2)).transportChecksum(), Bad);
  assert.equal(decode(routed(two, IP6_ROUTER)).transportChecksum(), Bad);

  // Type 2 (Mobile IPv6): the home address is final.
  const type2 = [2, 1, 0, 0, 0, 0, ...IP6_B];
  assert.equal(decode(routed(type2, IP6_B)).transportChecksum(), Good);
  assert.equal(decode(routed(type2, IP6_ROUTER)).transportChecksum(), Bad);
});

// ---------------------------------------------------------------------------------------------
// Checksum offload: the sending host leaves the pseudo-header's sum for the card to finish

/** The offload pattern: the pseudo-header's one's complement sum, folded, not complemented. */
function offloadPattern(pseudo: number[]): number {
  return onesSum(pseudo);
}

/** `frame` with its TCP/UDP checksum field (at `at`) set to `value`. */
function withChecksum(frame: Uint8Array, at: number, value: number): Uint8Array {
  const copy = frame.slice();
  copy[at] = value >>> 8;
  copy[at + 1] = value & 0xff;
  return copy;
}

Deno.test("Decoder checksums: offloaded TCP and UDP, over IPv4 and IPv6", () => {
  const cases: { name: string; frame: Uint8Array; at: number; pseudo: number[] }[] = [];
  const tcp = tcp4();
  cases.push({
    name: "TCP over IPv4",
    frame: tcp,
    at: 14 + 20 + 16,
    pseudo: pseudoHeader(IP_A, IP_B, 6, tcp.length - 34),
  });
  const udp = udp4();
  cases.push({
    name: "UDP over IPv4",
    frame: udp,
    at: 14 + 20 + 6,
    pseudo: pseudoHeader(IP_A, IP_B, 17, udp.length - 34),
  });
  const tcp6 = OVER_V6.tcp(SEGMENT).payload(GET).build();
  cases.push({
    name: "TCP over IPv6",
    frame: tcp6,
    at: 14 + 40 + 16,
    pseudo: pseudoHeader(IP6_A, IP6_B, 6, tcp6.length - 54),
  });
  const udp6 = OVER_V6.udp().payload(DNS).build();
  cases.push({
    name: "UDP over IPv6",
    frame: udp6,
    at: 14 + 40 + 6,
    pseudo: pseudoHeader(IP6_A, IP6_B, 17, udp6.length - 54),
  });
  for (const { name, frame, at, pseudo } of cases) {
    assert.equal(decode(frame).transportChecksum(), Good, name);
    const pattern = offloadPattern(pseudo);
    const offloaded = withChecksum(frame, at, pattern);
    assert.equal(decode(offloaded).transportChecksum(), Offloaded, name);
    assert.equal(decode(offloaded).ipv4Checksum(), decode(frame).ipv4Checksum(), name);
    // One bit off the pattern, or the pattern complemented: really wrong.
    for (const wrong of [pattern ^ 0x0001, pattern ^ 0x8000, ~pattern & 0xffff]) {
      assert.equal(decode(withChecksum(frame, at, wrong)).transportChecksum(), Bad, name);
    }
    // The pattern of another length (the length is in the pseudo-header): wrong.
    const v4 = pseudo.length === 12;
    const length = v4 ? (pseudo[10]! << 8) | pseudo[11]! : (pseudo[34]! << 8) | pseudo[35]!;
    const addresses = v4 ? [pseudo.slice(0, 4), pseudo.slice(4, 8)] : [
      pseudo.slice(0, 16),
      pseudo.slice(16, 32),
    ];
    const other = offloadPattern(
      pseudoHeader(addresses[0]!, addresses[1]!, v4 ? pseudo[9]! : pseudo[39]!, length + 2),
    );
    assert.equal(decode(withChecksum(frame, at, other)).transportChecksum(), Bad, name);
    // The pattern, but a payload byte was changed on the way: still the pattern, still offloaded
    // (the card had not summed the payload yet, so it cannot tell).
    const changed = withChecksum(frame, at, pattern);
    changed[changed.length - 1]! ^= 0x01;
    assert.equal(decode(changed).transportChecksum(), Offloaded, name);
    // Unverifiable stays unverified: the frame cut short.
    assert.equal(decode(offloaded, offloaded.length - 1).transportChecksum(), Unverified, name);
  }
});

Deno.test("Decoder checksums: ICMP and ICMPv6 are never offloaded", () => {
  // ICMP over IPv4 has no pseudo-header: the pattern would be 0, never a wrong checksum's value.
  const icmp = OVER_V4.icmp(ECHO).payload(PING_DATA).build();
  assert.equal(decode(withChecksum(icmp, 36, 0)).transportChecksum(), Bad);
  const icmpv6 = OVER_V6.icmpv6(ECHO).payload(PING_DATA).build();
  const pattern = offloadPattern(pseudoHeader(IP6_A, IP6_B, 58, icmpv6.length - 54));
  assert.equal(decode(withChecksum(icmpv6, 56, pattern)).transportChecksum(), Bad);
});
