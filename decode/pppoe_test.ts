import assert from "node:assert/strict";
import { Decoder } from "./decoder.ts";
import { DecodeStatus, LayerType, Malformation } from "./layer.ts";
import { layerForEtherType, layerForPppProtocol } from "./layer_type.ts";
import { LinkType } from "./link_type.ts";
import { PPPOE_HEADER_LENGTH, PppoeSession } from "./pppoe.ts";
import { LAYERS } from "./registry.ts";
import { allOutputs, formatEveryPrefixAndMutation } from "../tests/_fuzz.ts";
import { internetChecksum, strict } from "../tests/_frames.ts";

// ---------------------------------------------------------------------------------------------
// Frame builders

interface Session {
  version?: number;
  type?: number;
  code?: number;
  session?: number;
  /** The payload length field; default: the bytes that follow the header. */
  length?: number;
}

/** A PPPoE session header before `payload` (the PPP protocol field and what it carries). */
function pppoe(fields: Session, payload: number[]): number[] {
  const length = fields.length ?? payload.length;
  const session = fields.session ?? 0x17;
  return [
    ((fields.version ?? 1) << 4) | (fields.type ?? 1),
    fields.code ?? 0,
    session >> 8,
    session & 0xff,
    length >> 8,
    length & 0xff,
    ...payload,
  ];
}

/** An IPv4 header (10.0.0.1 → 10.0.0.2) before `payload`. */
function ipv4(protocol: number, payload: number[]): number[] {
  const total = 20 + payload.length;
  const header = [0x45, 0, total >> 8, total & 0xff, 0, 1, 0, 0, 64, protocol, 0, 0];
  header.push(10, 0, 0, 1, 10, 0, 0, 2);
  const sum = internetChecksum(header);
  header[10] = sum >> 8;
  header[11] = sum & 0xff;
  return [...header, ...payload];
}

/** An ICMP echo request. */
function echo(): number[] {
  const message = [8, 0, 0, 0, 0, 1, 0, 1, 0x61, 0x62, 0x63, 0x64];
  const sum = internetChecksum(message);
  message[2] = sum >> 8;
  message[3] = sum & 0xff;
  return message;
}

/** An IPv6 header (fd00::1 → fd00::2) with no next header. */
function ipv6(): number[] {
  const source = [0xfd, ...new Array(14).fill(0), 1];
  const destination = [0xfd, ...new Array(14).fill(0), 2];
  return [0x60, 0, 0, 0, 0, 0, 59, 64, ...source, ...destination];
}

function ethernet(etherType: number, payload: number[], minimum = 0): number[] {
  const frame = [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, etherType >> 8, etherType & 0xff, ...payload];
  while (frame.length < minimum) frame.push(0);
  return frame;
}

const IPV4 = [0x00, 0x21];
const IPV6 = [0x00, 0x57];
const LCP = [0xc0, 0x21];

// ---------------------------------------------------------------------------------------------
// The layer alone

Deno.test("PppoeSession: every field, and IPv4 after the PPP protocol", () => {
  const bytes = new Uint8Array(pppoe({ session: 0xbeef }, [...IPV4, ...ipv4(1, echo())]));
  const layer = new PppoeSession();
  assert.equal(layer.decode(strict(bytes), 0, bytes.length), DecodeStatus.Ok);
  assert.equal(layer.type, LayerType.PPPoE);
  assert.equal(layer.version, 1);
  assert.equal(layer.pppoeType, 1);
  assert.equal(layer.code, 0);
  assert.equal(layer.sessionId, 0xbeef);
  assert.equal(layer.payloadLength, 2 + 32);
  assert.equal(layer.protocol, 0x0021);
  assert.equal(layer.protocolLength, 2);
  assert.equal(layer.headerLength, 8);
  assert.equal(layer.end, bytes.length);
  assert.equal(layer.nextLayer, LayerType.IPv4);
});

Deno.test("PppoeSession: the PPP protocol names the next layer", () => {
  const layer = new PppoeSession();
  const cases: [number[], number, LayerType][] = [
    [IPV4, 0x0021, LayerType.IPv4],
    [IPV6, 0x0057, LayerType.IPv6],
    [[0x02, 0x81], 0x0281, LayerType.MPLS],
    [[0x02, 0x83], 0x0283, LayerType.MPLS],
    [LCP, 0xc021, LayerType.None],
    [[0x80, 0x21], 0x8021, LayerType.None], // IPCP
    [[0x00, 0x00], 0x0000, LayerType.None],
    // Protocol field compression: an odd first byte is the whole protocol.
    [[0x21], 0x21, LayerType.IPv4],
    [[0x57], 0x57, LayerType.IPv6],
    [[0xff, 0x03], 0xff, LayerType.None], // address and control are not skipped (as tshark)
  ];
  for (const [field, protocol, next] of cases) {
    const bytes = new Uint8Array(pppoe({}, [...field, 0x45, 0, 0, 0]));
    const where = `protocol ${field}`;
    assert.equal(layer.decode(strict(bytes), 0, bytes.length), DecodeStatus.Ok, where);
    assert.equal(layer.protocol, protocol, where);
    assert.equal(layer.protocolLength, field[0]! & 1 ? 1 : 2, where);
    assert.equal(layer.headerLength, 6 + layer.protocolLength, where);
    assert.equal(layer.nextLayer, next, where);
  }
  assert.equal(layerForPppProtocol(0x0021), LayerType.IPv4);
  assert.equal(layerForPppProtocol(0x10021), LayerType.IPv4); // 16 bits
});

Deno.test("PppoeSession: version, type and code are shown, not checked (as tshark)", () => {
  const layer = new PppoeSession();
  const bytes = new Uint8Array(
    pppoe({ version: 2, type: 3, code: 0x07, session: 0 }, [...IPV4, ...ipv4(1, echo())]),
  );
  assert.equal(layer.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.deepEqual([layer.version, layer.pppoeType, layer.code, layer.sessionId], [2, 3, 7, 0]);
  assert.equal(layer.nextLayer, LayerType.IPv4);
});

Deno.test("PppoeSession: the payload length ends the PPP frame before padding", () => {
  const layer = new PppoeSession();
  const frame = [...pppoe({}, [...IPV4, ...ipv4(17, [0, 1, 0, 2, 0, 8, 0, 0])]), 0, 0, 0, 0];
  const bytes = new Uint8Array(frame);
  assert.equal(layer.decode(bytes, 0, bytes.length), DecodeStatus.Ok);
  assert.equal(layer.end, bytes.length - 4);
  // A length beyond what was captured does not move the end: the capture's stands.
  const long = new Uint8Array(pppoe({ length: 1000 }, [...IPV4, ...ipv4(1, echo())]));
  assert.equal(layer.decode(long, 0, long.length), DecodeStatus.Ok);
  assert.equal(layer.payloadLength, 1000);
  assert.equal(layer.end, long.length);
});

Deno.test("PppoeSession: truncated at every length, malformed when the length leaves no room", () => {
  const layer = new PppoeSession();
  const bytes = new Uint8Array(pppoe({}, [...IPV4, ...ipv4(1, echo())]));
  for (let n = 0; n < 8; n++) {
    const where = `${n} bytes`;
    assert.equal(layer.decode(strict(bytes.slice(0, n)), 0, n), DecodeStatus.Truncated, where);
    assert.equal(layer.needed, n < 6 ? 6 : 8, where);
    assert.equal(layer.headerLength, Math.min(n, 6), where);
    assert.equal(layer.protocolLength, 0, where);
    assert.equal(layer.protocol, 0, where);
    assert.equal(layer.nextLayer, LayerType.None, where);
  }
  // One byte of protocol is enough when it is compressed.
  const compressed = new Uint8Array(pppoe({}, [0x21, ...ipv4(1, echo())]));
  assert.equal(layer.decode(strict(compressed.slice(0, 7)), 0, 7), DecodeStatus.Ok);
  assert.equal(layer.protocol, 0x21);
  // A payload length of 0 or 1 with more bytes after it: the length is wrong, not the capture.
  for (const length of [0, 1]) {
    const short = new Uint8Array(pppoe({ length }, [...IPV4, ...ipv4(1, echo())]));
    assert.equal(layer.decode(strict(short), 0, short.length), DecodeStatus.Malformed);
    assert.equal(layer.malformation, Malformation.TotalLength);
    assert.equal(layer.end, PPPOE_HEADER_LENGTH + length);
    assert.equal(layer.protocolLength, 0);
  }
  // But 1 byte is a whole compressed protocol.
  const one = new Uint8Array(pppoe({ length: 1 }, [0x21, ...ipv4(1, echo())]));
  assert.equal(layer.decode(strict(one), 0, one.length), DecodeStatus.Ok);
  assert.equal(layer.nextLayer, LayerType.IPv4);
  assert.equal(layer.end, 7);
});

// ---------------------------------------------------------------------------------------------
// Dispatch, through the decoder

Deno.test("PppoeSession: announced by EtherType 0x8864 only", () => {
  assert.equal(layerForEtherType(0x8864), LayerType.PPPoE);
  assert.equal(layerForEtherType(0x8863), LayerType.None); // discovery
  assert.equal(LAYERS[LayerType.PPPoE].name, "pppoe");
  assert.equal(LAYERS[LayerType.PPPoE].fixed, 6);
});

Deno.test("Decoder: Ethernet, PPPoE, IPv4, ICMP; VLAN, PPPoE, IPv6; PPPoE, MPLS, IPv4", () => {
  const decoder = new Decoder();
  const layers = () => [...decoder.layers.subarray(0, decoder.layerCount)];
  const v4 = new Uint8Array(ethernet(0x8864, pppoe({}, [...IPV4, ...ipv4(1, echo())]), 60));
  assert.equal(decoder.decode(v4, v4.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.deepEqual(layers(), [LayerType.Ethernet, LayerType.PPPoE, LayerType.IPv4, LayerType.ICMP]);
  assert.equal(decoder.layer(LayerType.PPPoE).sessionId, 0x17);
  assert.equal(decoder.ipv4.offset, 22);
  assert.equal(decoder.transportChecksum(), 1); // good
  const v6 = new Uint8Array(
    ethernet(0x8100, [0, 5, 0x88, 0x64, ...pppoe({}, [...IPV6, ...ipv6()])]),
  );
  assert.equal(decoder.decode(v6, v6.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.deepEqual(layers(), [
    LayerType.Ethernet,
    LayerType.VLAN,
    LayerType.PPPoE,
    LayerType.IPv6,
  ]);
  const mpls = new Uint8Array(
    ethernet(0x8864, pppoe({}, [0x02, 0x81, 0x00, 0x01, 0x01, 0x40, ...ipv4(1, echo())])),
  );
  assert.equal(decoder.decode(mpls, mpls.length, LinkType.EN10MB), DecodeStatus.Ok);
  assert.deepEqual(layers(), [
    LayerType.Ethernet,
    LayerType.PPPoE,
    LayerType.MPLS,
    LayerType.IPv4,
    LayerType.ICMP,
  ]);
});

Deno.test("Decoder: a cut PPPoE header is partial, a cut protocol field truncated", () => {
  const decoder = new Decoder();
  const frame = new Uint8Array(ethernet(0x8864, pppoe({}, [...IPV4, ...ipv4(1, echo())])));
  assert.equal(decoder.decode(frame, 18, LinkType.EN10MB), DecodeStatus.Truncated);
  assert.equal(decoder.partialLayer, LayerType.PPPoE);
  assert.equal(decoder.has(LayerType.PPPoE), false);
  assert.equal(decoder.decode(frame, 21, LinkType.EN10MB), DecodeStatus.Truncated);
  assert.ok(decoder.has(LayerType.PPPoE));
  assert.equal(decoder.describeProblem(), "truncated pppoe: needs 8 bytes at offset 14, has 7");
  const wrong = new Uint8Array(
    ethernet(0x8864, pppoe({ length: 0 }, [...IPV4, ...ipv4(1, echo())])),
  );
  assert.equal(decoder.decode(wrong, wrong.length, LinkType.EN10MB), DecodeStatus.Malformed);
  assert.equal(decoder.describeProblem(), "malformed pppoe: bad total length at offset 14");
});

// ---------------------------------------------------------------------------------------------
// Output

const outputs = allOutputs;

Deno.test("PppoeSession output: tcpdump -e's words, tshark's fields", () => {
  const { text, detail, json } = outputs(
    ethernet(0x8864, pppoe({}, [...IPV4, ...ipv4(1, echo())]), 60),
  );
  assert.equal(
    text,
    "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype PPPoE S (0x8864), length 60: " +
      "PPPoE  [ses 0x17] IP (0x0021), length 34: " +
      "10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 12",
  );
  assert.deepEqual(json.pppoe, {
    version: 1,
    type: 1,
    code: 0,
    session_id: 0x17,
    payload_length: 34,
  });
  assert.deepEqual(json.ppp, { protocol: 0x21 });
  assert.deepEqual(Object.keys(json), ["frame", "eth", "pppoe", "ppp", "ip", "icmp"]);
  assert.ok(
    detail.includes(
      "  PPP-over-Ethernet Session\n    Version: 1\n    Type: 1\n    Code: 0x00\n" +
        "    Session ID: 0x0017\n    Payload Length: 34\n  Point-to-Point Protocol\n" +
        "    Protocol: Internet Protocol version 4 (0x0021)\n  Internet Protocol version 4",
    ),
    detail,
  );
});

Deno.test("PppoeSession output: odd headers, other protocols, lengths, truncations", () => {
  const text = (frame: number[], captureLength?: number) =>
    outputs(frame, captureLength).text.replace(/^.*?length \d+: /, "");
  assert.equal(
    text(ethernet(0x8864, pppoe({ version: 2, type: 2 }, [...IPV4, ...ipv4(1, echo())]))),
    " [ver 2] [type 2]PPPoE  [ses 0x17] IP (0x0021), length 34: " +
      "10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 12",
  );
  assert.equal(
    text(ethernet(0x8864, pppoe({ session: 0 }, [...LCP, 9, 1, 0, 4]))),
    "PPPoE  LCP (0xc021), length 6",
  );
  assert.equal(
    text(ethernet(0x8864, pppoe({}, [0x12, 0x34, 0, 0]))),
    "PPPoE  [ses 0x17] unknown (0x1234), length 4",
  );
  assert.equal(
    text(ethernet(0x8864, pppoe({ code: 0x65 }, [...IPV6, ...ipv6()]))),
    "PPPoE PADS [ses 0x17] IP6 (0x0057), length 42: fd00::1 > fd00::2: IPv6-NoNxt, length 0",
  );
  assert.match(
    text(ethernet(0x8864, pppoe({ length: 100 }, [...IPV4, ...ipv4(1, echo())]))),
    /^PPPoE {2}\[len 100 > 34!\] \[ses 0x17\] IP \(0x0021\), length 34: 10\.0\.0\.1/,
  );
  const frame = ethernet(0x8864, pppoe({}, [...IPV4, ...ipv4(1, echo())]));
  assert.equal(text(frame, 21), "PPPoE  [ses 0x17] [|pppoe]");
  assert.equal(text(frame, 30), "PPPoE  [ses 0x17] IP (0x0021), length 34: [|ip]");
  const cut = outputs(frame, 18);
  assert.match(cut.text, /length 54 \[\|pppoe\]$/);
  assert.equal(cut.json.pppoe, undefined);
  const noProtocol = outputs(frame, 21);
  assert.equal(noProtocol.json.pppoe.session_id, 0x17);
  assert.equal(noProtocol.json.ppp, undefined);
  const malformed = outputs(ethernet(0x8864, pppoe({ length: 1 }, [...IPV4, ...ipv4(1, echo())])));
  assert.equal(malformed.json.pppoe.payload_length, 1);
  assert.equal(malformed.json.ppp, undefined);
  assert.deepEqual(malformed.json._errors, ["malformed pppoe: bad total length at offset 14"]);
});

// ---------------------------------------------------------------------------------------------
// Hostile bytes

Deno.test("PppoeSession: every prefix and 20,000 mutations through decoder and formatters", () => {
  const seeds = [
    ethernet(0x8864, pppoe({}, [...IPV4, ...ipv4(1, echo())]), 60),
    ethernet(0x8864, pppoe({ session: 0 }, [...IPV6, ...ipv6()])),
    ethernet(0x8864, pppoe({}, [0x21, ...ipv4(6, [])])),
    ethernet(0x8100, [0, 5, 0x88, 0x64, ...pppoe({}, [...LCP, 9, 1, 0, 4])]),
    ethernet(0x8864, pppoe({}, [0x02, 0x81, 0x00, 0x01, 0x01, 0x40, ...ipv4(1, echo())])),
  ];
  formatEveryPrefixAndMutation(seeds, 0x7070);
});
