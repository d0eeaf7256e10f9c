/**
 * Ethernet II: `src > dst, ` in the line (the EtherType follows the link part), its fields in
 * `-v`, `eth.*` in JSON.
 *
 * @module
 */

import { ascii, putAscii, putMac } from "../_ascii.ts";
import { hex4, type LayerPrinter, TextPart } from "./printer.ts";

const ETHER_TYPE_NAMES: Record<number, string> = {
  0x0800: "IPv4",
  0x0806: "ARP",
  0x8100: "802.1Q",
  0x86dd: "IPv6",
  0x88a8: "802.1Q-QinQ",
  0x88cc: "LLDP",
  0x8035: "RARP",
  0x8863: "PPPoE D",
  0x8864: "PPPoE S",
  0x8847: "MPLS unicast",
  0x8848: "MPLS multicast",
  0x88e5: "MACsec",
  0x9000: "Loopback",
};

/** `ethertype IPv4 (0x0800)`: tcpdump's way of naming an EtherType. */
export function etherTypeText(type: number): string {
  return `ethertype ${ETHER_TYPE_NAMES[type] ?? "Unknown"} (0x${
    type.toString(16).padStart(4, "0")
  })`;
}

const ETHER_TYPE_CODES = new Map<number, Uint8Array>();
// The last one asked for: most frames of a capture have the EtherType of the one before.
let lastType = -1;
let lastCodes: Uint8Array = new Uint8Array(0);

/** `ethertype IPv4 (0x0800), ` as ASCII codes, encoded once per EtherType seen. */
export function etherTypeCodes(type: number): Uint8Array {
  if (type === lastType) return lastCodes;
  let codes = ETHER_TYPE_CODES.get(type);
  if (codes === undefined) {
    codes = ascii(`${etherTypeText(type)}, `);
    if (ETHER_TYPE_CODES.size < 1024) ETHER_TYPE_CODES.set(type, codes);
  }
  lastType = type;
  lastCodes = codes;
  return codes;
}

const ARROW = ascii(" > ");
const COMMA = ascii(", ");

/** Ethernet II's printer. */
export const ethernet: LayerPrinter = {
  part: TextPart.Link,
  text(context) {
    const eth = context.decoder.ethernet;
    const out = context.out;
    let at = out.reserve(64);
    const buffer = out.buffer;
    at = putMac(buffer, at, eth.bytes, eth.offset + 6);
    at = putAscii(buffer, at, ARROW);
    at = putMac(buffer, at, eth.bytes, eth.offset);
    at = putAscii(buffer, at, COMMA);
    out.commit(at);
    const etherType = eth.etherType;
    context.etherType = etherType;
    if (etherType <= 1500) {
      out.text(`802.3, length ${context.length}`);
      context.linkEnded = true;
    }
    return true;
  },
  detail(context) {
    const eth = context.decoder.ethernet;
    context.add("Ethernet II", [
      ["Destination", eth.destination],
      ["Source", eth.source],
      ["EtherType", hex4(eth.etherType)],
    ]);
  },
  json(context) {
    const eth = context.decoder.ethernet;
    const out = context.out;
    out.start("eth");
    out.mac("dst", eth.bytes, eth.offset);
    out.mac("src", eth.bytes, eth.offset + 6);
    // Up to 1500 the field is an 802.3 length, which Wireshark names eth.len.
    out.field(eth.etherType <= 1500 ? "len" : "type", eth.etherType);
    out.end();
  },
};
