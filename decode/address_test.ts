import assert from "node:assert/strict";
import { formatHardware, formatIPv4, formatIPv6, formatMac, putIPv4, putIPv6 } from "./address.ts";

/** 16 bytes from eight 16-bit groups. */
function v6(...groups: number[]): Uint8Array {
  assert.equal(groups.length, 8);
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    bytes[2 * i] = group >> 8;
    bytes[2 * i + 1] = group & 0xff;
  });
  return bytes;
}

Deno.test("formatMac: lowercase, two digits per byte, colons", () => {
  assert.equal(
    formatMac(new Uint8Array([0x02, 0x00, 0x5e, 0xab, 0xcd, 0x0f]), 0),
    "02:00:5e:ab:cd:0f",
  );
  assert.equal(
    formatMac(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 0),
    "ff:ff:ff:ff:ff:ff",
  );
  assert.equal(formatMac(new Uint8Array(6), 0), "00:00:00:00:00:00");
});

Deno.test("formatMac: reads at the offset", () => {
  const frame = new Uint8Array([1, 2, 3, 4, 5, 6, 0xa0, 0xb1, 0xc2, 0xd3, 0xe4, 0xf5, 0x08, 0x00]);
  assert.equal(formatMac(frame, 0), "01:02:03:04:05:06");
  assert.equal(formatMac(frame, 6), "a0:b1:c2:d3:e4:f5");
});

Deno.test("formatMac: bytes past the end read as 0", () => {
  assert.equal(formatMac(new Uint8Array([0xaa, 0xbb]), 0), "aa:bb:00:00:00:00");
});

Deno.test("formatHardware: any length", () => {
  assert.equal(formatHardware(new Uint8Array([9, 0x10, 0xfe]), 0, 3), "09:10:fe");
  assert.equal(formatHardware(new Uint8Array([1, 2]), 1, 1), "02");
  assert.equal(formatHardware(new Uint8Array([1, 2]), 0, 0), "");
});

Deno.test("formatIPv4: dotted decimal at an offset", () => {
  assert.equal(formatIPv4(new Uint8Array([10, 0, 0, 1]), 0), "10.0.0.1");
  assert.equal(formatIPv4(new Uint8Array([0, 0, 192, 168, 1, 254]), 2), "192.168.1.254");
  assert.equal(formatIPv4(new Uint8Array([255, 255, 255, 255]), 0), "255.255.255.255");
  assert.equal(formatIPv4(new Uint8Array(4), 0), "0.0.0.0");
});

Deno.test("formatIPv6: all zeros is ::", () => {
  assert.equal(formatIPv6(new Uint8Array(16), 0), "::");
});

Deno.test("formatIPv6: loopback is ::1", () => {
  assert.equal(formatIPv6(v6(0, 0, 0, 0, 0, 0, 0, 1), 0), "::1");
});

Deno.test("formatIPv6: trailing zero run", () => {
  assert.equal(formatIPv6(v6(1, 0, 0, 0, 0, 0, 0, 0), 0), "1::");
  assert.equal(formatIPv6(v6(0xfe80, 0, 0, 0, 0, 0, 0, 0), 0), "fe80::");
});

Deno.test("formatIPv6: documentation prefix, leading zeros dropped", () => {
  assert.equal(formatIPv6(v6(0x2001, 0x0db8, 0, 0, 0, 0, 0, 1), 0), "2001:db8::1");
  assert.equal(
    formatIPv6(v6(0x2001, 0x0db8, 0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0006), 0),
    "2001:db8:1:2:3:4:5:6",
  );
  assert.equal(
    formatIPv6(v6(0x0010, 0x0200, 0x3000, 0x000f, 0, 0, 0, 0x00a0), 0),
    "10:200:3000:f::a0",
  );
});

Deno.test("formatIPv6: lowercase hex", () => {
  assert.equal(
    formatIPv6(v6(0xABCD, 0xEF01, 0x2345, 0x6789, 0xABCD, 0xEF01, 0x2345, 0x6789), 0),
    "abcd:ef01:2345:6789:abcd:ef01:2345:6789",
  );
  assert.equal(
    formatIPv6(v6(0xfe80, 0, 0, 0, 0x0200, 0x5eff, 0xfe00, 0x53AF), 0),
    "fe80::200:5eff:fe00:53af",
  );
});

Deno.test("formatIPv6: the longest zero run is shortened", () => {
  // RFC 5952 4.2.3: 2001:0:0:1:0:0:0:1 -> 2001:0:0:1::1
  assert.equal(formatIPv6(v6(0x2001, 0, 0, 1, 0, 0, 0, 1), 0), "2001:0:0:1::1");
  assert.equal(formatIPv6(v6(1, 0, 0, 2, 0, 0, 0, 0), 0), "1:0:0:2::");
  assert.equal(formatIPv6(v6(0, 0, 0, 1, 0, 0, 2, 3), 0), "::1:0:0:2:3");
});

Deno.test("formatIPv6: the first run wins a tie", () => {
  // RFC 5952 4.2.3: 2001:db8:0:0:1:0:0:1 -> 2001:db8::1:0:0:1
  assert.equal(formatIPv6(v6(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1), 0), "2001:db8::1:0:0:1");
  assert.equal(formatIPv6(v6(0, 0, 1, 2, 3, 4, 0, 0), 0), "::1:2:3:4:0:0");
  assert.equal(formatIPv6(v6(1, 0, 0, 0, 2, 0, 0, 0), 0), "1::2:0:0:0");
});

Deno.test("formatIPv6: a single zero group is not shortened", () => {
  // RFC 5952 4.2.2: 2001:db8:0:1:1:1:1:1 stays as it is.
  assert.equal(formatIPv6(v6(0x2001, 0xdb8, 0, 1, 1, 1, 1, 1), 0), "2001:db8:0:1:1:1:1:1");
  assert.equal(formatIPv6(v6(0, 1, 2, 3, 4, 5, 6, 7), 0), "0:1:2:3:4:5:6:7");
  assert.equal(formatIPv6(v6(1, 2, 3, 4, 5, 6, 7, 0), 0), "1:2:3:4:5:6:7:0");
  assert.equal(formatIPv6(v6(1, 0, 2, 0, 3, 0, 4, 0), 0), "1:0:2:0:3:0:4:0");
});

Deno.test("formatIPv6: IPv4-mapped addresses end in dotted decimal", () => {
  assert.equal(formatIPv6(v6(0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304), 0), "::ffff:1.2.3.4");
  assert.equal(formatIPv6(v6(0, 0, 0, 0, 0, 0xffff, 0xc0a8, 0x0001), 0), "::ffff:192.168.0.1");
  // Not mapped when a leading group is set: plain hex.
  assert.equal(formatIPv6(v6(0, 0, 0, 0, 1, 0xffff, 0x0102, 0x0304), 0), "::1:ffff:102:304");
  assert.equal(formatIPv6(v6(0, 0, 0, 0, 0, 0xfffe, 0x0102, 0x0304), 0), "::fffe:102:304");
});

Deno.test("formatIPv6: reads at the offset", () => {
  const bytes = new Uint8Array(8 + 16 + 16);
  bytes.set(v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0xa), 8);
  bytes.set(v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0xb), 24);
  assert.equal(formatIPv6(bytes, 8), "2001:db8::a");
  assert.equal(formatIPv6(bytes, 24), "2001:db8::b");
});

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state;
  };
}

Deno.test("formatIPv6 agrees with the URL parser's IPv6 form on thousands of addresses", () => {
  // WHATWG URL serializes IPv6 hosts as RFC 5952 does, but for IPv4-mapped addresses (hex
  // there): an independent implementation to hold ours to.
  const next = random(3);
  const bytes = new Uint8Array(16);
  let compared = 0;
  for (let i = 0; i < 5000; i++) {
    // Mostly zero groups, so that runs of every length and place turn up.
    const groups = Array.from({ length: 8 }, () => (next() % 3 === 0 ? next() & 0xffff : 0));
    groups.forEach((group, g) => {
      bytes[2 * g] = group >> 8;
      bytes[2 * g + 1] = group & 0xff;
    });
    const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
    if (mapped) continue;
    const url = new URL(`http://[${groups.map((g) => g.toString(16)).join(":")}]/`).hostname;
    assert.equal(formatIPv6(bytes, 0), url.slice(1, -1));
    compared++;
  }
  assert.ok(compared > 4000);
});

Deno.test("putIPv4 and putIPv6 write the text of formatIPv4 and formatIPv6 as ASCII", () => {
  const next = random(4);
  const bytes = new Uint8Array(20);
  const buffer = new Uint8Array(64);
  const text = (end: number) => String.fromCharCode(...buffer.subarray(0, end));
  for (let i = 0; i < 2000; i++) {
    for (let b = 0; b < 20; b++) bytes[b] = i < 256 ? (i * (b + 1)) & 0xff : next() & 0xff;
    assert.equal(text(putIPv4(buffer, 3, bytes, 2)).slice(3), formatIPv4(bytes, 2));
    assert.equal(text(putIPv6(buffer, 0, bytes, 4)), formatIPv6(bytes, 4));
  }
  bytes.fill(0);
  bytes.set([0xff, 0xff, 192, 0, 2, 1], 10);
  assert.equal(text(putIPv6(buffer, 0, bytes, 0)), "::ffff:192.0.2.1");
});
