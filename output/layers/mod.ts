/**
 * Every layer type's printer, in one table the compiler checks is complete: a protocol added to
 * `LayerType` does not compile until it has a line here.
 *
 * @module
 */

import { LayerType } from "../../decode/layer_type.ts";
import { arp } from "./arp.ts";
import { ethernet } from "./ethernet.ts";
import { icmp } from "./icmp.ts";
import { icmpv6 } from "./icmpv6.ts";
import { igmp } from "./igmp.ts";
import { ipv4 } from "./ipv4.ts";
import { ipv6 } from "./ipv6.ts";
import { linuxSll, linuxSll2 } from "./linux_sll.ts";
import { loopback } from "./loopback.ts";
import { mpls, mplsInUdp } from "./mpls.ts";
import { pppoe } from "./pppoe.ts";
import { type LayerPrinter, NOTHING } from "./printer.ts";
import { tcp } from "./tcp.ts";
import { geneve, gre, vxlan } from "./tunnel.ts";
import { udp } from "./udp.ts";
import { vlan } from "./vlan.ts";

export * from "./printer.ts";

/** The printer of each layer type. */
/** The printer of each layer type. */
export const PRINTERS: Readonly<Record<LayerType, LayerPrinter>> = {
  [LayerType.None]: NOTHING,
  [LayerType.Ethernet]: ethernet,
  [LayerType.IPv4]: ipv4,
  [LayerType.IPv6]: ipv6,
  [LayerType.TCP]: tcp,
  [LayerType.UDP]: udp,
  [LayerType.ICMP]: icmp,
  [LayerType.ICMPv6]: icmpv6,
  [LayerType.ARP]: arp,
  [LayerType.VLAN]: vlan,
  [LayerType.LinuxSLL]: linuxSll,
  [LayerType.LinuxSLL2]: linuxSll2,
  [LayerType.Loopback]: loopback,
  [LayerType.Fragment]: NOTHING,
  [LayerType.Payload]: NOTHING,
  [LayerType.GRE]: gre,
  [LayerType.VXLAN]: vxlan,
  [LayerType.Geneve]: geneve,
  [LayerType.MPLS]: mpls,
  [LayerType.MPLSinUDP]: mplsInUdp,
  [LayerType.PPPoE]: pppoe,
  [LayerType.IGMP]: igmp,
};
