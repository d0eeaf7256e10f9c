/**
 * IP protocol numbers (IPv4 protocol, IPv6 next header) and the layer each one leads to.
 *
 * @module
 */

import { layerForProtocol } from "./layer_type.ts";

export { layerForProtocol };

/** IP protocol numbers the pipeline knows. */
export const IpProtocol = {
  HopByHop: 0,
  ICMP: 1,
  IPv4: 4,
  TCP: 6,
  UDP: 17,
  IPv6: 41,
  GRE: 47,
  Routing: 43,
  Fragment: 44,
  ESP: 50,
  AH: 51,
  ICMPv6: 58,
  NoNext: 59,
  DestinationOptions: 60,
} as const;

const NAMES: Record<number, string> = {
  0: "HOPOPT",
  1: "ICMP",
  2: "IGMP",
  4: "IPIP",
  6: "TCP",
  17: "UDP",
  41: "IPv6",
  43: "IPv6-Route",
  44: "IPv6-Frag",
  47: "GRE",
  50: "ESP",
  51: "AH",
  58: "ICMPv6",
  59: "IPv6-NoNxt",
  60: "IPv6-Opts",
  89: "OSPF",
  103: "PIM",
  112: "VRRP",
  132: "SCTP",
};

/**
 * The IANA keyword of an IP protocol number (IPv4 protocol, IPv6 next header), or `proto-N`
 * for one without a name here.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { protocolName } from "./ip_protocol.ts";
 *
 * assert.equal(protocolName(6), "TCP");
 * assert.equal(protocolName(44), "IPv6-Frag");
 * assert.equal(protocolName(253), "proto-253");
 * ```
 */
export function protocolName(protocol: number): string {
  return NAMES[protocol] ?? `proto-${protocol}`;
}
