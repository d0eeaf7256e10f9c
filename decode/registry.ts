/**
 * The layer registry: one descriptor per {@linkcode LayerType}, in one table that the compiler
 * checks is complete (`satisfies Record<LayerType, …>`). A descriptor says what the layer is
 * called, which JSON section its fields go in, how many bytes of fixed fields it has, where it
 * is listed in `--summary`, and how to make its decoder. The numbers that announce a layer
 * (EtherType, IP protocol, UDP port) are in `layer_type.ts`.
 *
 * @module
 */

import { ARP } from "./arp.ts";
import { Ethernet } from "./ethernet.ts";
import { ICMP } from "./icmp.ts";
import { ICMPv6 } from "./icmpv6.ts";
import { Igmp } from "./igmp.ts";
import { IPv4 } from "./ipv4.ts";
import { IPv6 } from "./ipv6.ts";
import type { DecodingLayer } from "./layer.ts";
import { LayerType } from "./layer_type.ts";
import { LinuxSll } from "./linux_sll.ts";
import { Loopback } from "./loopback.ts";
import { Mpls } from "./mpls.ts";
import { PppoeSession } from "./pppoe.ts";
import { TCP } from "./tcp.ts";
import { Geneve, Gre, Vxlan } from "./tunnel.ts";
import { UDP } from "./udp.ts";
import { Vlan } from "./vlan.ts";

/** What the pipeline knows about one layer. */
export interface LayerDescriptor {
  /** Short lowercase name, as tcpdump's `[|tcp]` and `--summary` show it. */
  readonly name: string;
  /** The JSON section (Wireshark's protocol name) its fields go in, or `""` for none. */
  readonly section: string;
  /**
   * Bytes of fixed fields. A header cut short after them (IPv4 or TCP options, IPv6 extension
   * headers, ARP addresses) still counts as decoded, as tshark shows it. 0: all or nothing.
   */
  readonly fixed: number;
  /**
   * Where `--summary` lists it, outermost first; 0: not listed. In steps of 10, so that a new
   * layer finds a place between two others without renumbering them.
   */
  readonly rank: number;
  /** Makes the layer's decoder (one per `Decoder`, reused for every packet); null: none. */
  readonly create: (() => DecodingLayer) | null;
}

/** Every layer's descriptor, by type. */
export const LAYERS = {
  [LayerType.None]: { name: "none", section: "", fixed: 0, rank: 0, create: null },
  [LayerType.Ethernet]: {
    name: "eth",
    section: "eth",
    fixed: 0,
    rank: 10,
    create: (): Ethernet => new Ethernet(),
  },
  [LayerType.LinuxSLL]: {
    name: "sll",
    section: "sll",
    fixed: 0,
    rank: 20,
    create: (): LinuxSll => new LinuxSll(LayerType.LinuxSLL),
  },
  [LayerType.LinuxSLL2]: {
    name: "sll2",
    section: "sll",
    fixed: 0,
    rank: 30,
    create: (): LinuxSll => new LinuxSll(LayerType.LinuxSLL2),
  },
  [LayerType.Loopback]: {
    name: "null",
    section: "null",
    fixed: 0,
    rank: 40,
    create: (): Loopback => new Loopback(),
  },
  [LayerType.VLAN]: {
    name: "vlan",
    section: "vlan",
    fixed: 4,
    rank: 50,
    create: (): Vlan => new Vlan(),
  },
  [LayerType.PPPoE]: {
    name: "pppoe",
    section: "pppoe",
    fixed: 6,
    rank: 60,
    create: (): PppoeSession => new PppoeSession(),
  },
  [LayerType.MPLS]: {
    name: "mpls",
    section: "mpls",
    fixed: 4,
    rank: 70,
    create: (): Mpls => new Mpls(LayerType.MPLS),
  },
  [LayerType.ARP]: {
    name: "arp",
    section: "arp",
    fixed: 8,
    rank: 80,
    create: (): ARP => new ARP(),
  },
  [LayerType.IPv4]: {
    name: "ip",
    section: "ip",
    fixed: 20,
    rank: 90,
    create: (): IPv4 => new IPv4(),
  },
  [LayerType.IPv6]: {
    name: "ipv6",
    section: "ipv6",
    fixed: 40,
    rank: 100,
    create: (): IPv6 => new IPv6(),
  },
  [LayerType.Fragment]: { name: "fragment", section: "", fixed: 0, rank: 110, create: null },
  [LayerType.ICMP]: {
    name: "icmp",
    section: "icmp",
    fixed: 4,
    rank: 120,
    create: (): ICMP => new ICMP(),
  },
  [LayerType.ICMPv6]: {
    name: "icmpv6",
    section: "icmpv6",
    fixed: 4,
    rank: 130,
    create: (): ICMPv6 => new ICMPv6(),
  },
  [LayerType.IGMP]: {
    name: "igmp",
    section: "igmp",
    fixed: 4,
    rank: 140,
    create: (): Igmp => new Igmp(),
  },
  [LayerType.UDP]: {
    name: "udp",
    section: "udp",
    fixed: 0,
    rank: 150,
    create: (): UDP => new UDP(),
  },
  [LayerType.TCP]: {
    name: "tcp",
    section: "tcp",
    fixed: 20,
    rank: 160,
    create: (): TCP => new TCP(),
  },
  [LayerType.GRE]: {
    name: "gre",
    section: "gre",
    fixed: 0,
    rank: 170,
    create: (): Gre => new Gre(),
  },
  [LayerType.VXLAN]: {
    name: "vxlan",
    section: "vxlan",
    fixed: 0,
    rank: 180,
    create: (): Vxlan => new Vxlan(),
  },
  [LayerType.Geneve]: {
    name: "geneve",
    section: "geneve",
    fixed: 0,
    rank: 190,
    create: (): Geneve => new Geneve(),
  },
  [LayerType.MPLSinUDP]: {
    name: "mpls-in-udp",
    section: "mpls",
    fixed: 4,
    rank: 200,
    create: (): Mpls => new Mpls(LayerType.MPLSinUDP),
  },
  [LayerType.Payload]: { name: "payload", section: "", fixed: 0, rank: 0, create: null },
} as const satisfies Record<LayerType, LayerDescriptor>;

/** The decoder class of each layer type that has one. */
export type LayerOf<T extends LayerType> = (typeof LAYERS)[T]["create"] extends () => infer L ? L
  : never;

/** Every layer type, in numeric order. */
export const LAYER_TYPES: readonly LayerType[] = (Object.keys(LAYERS).map(Number) as LayerType[])
  .sort((a, b) => a - b);

/** The name of each layer type, for messages and output (index: the type). */
export const LAYER_NAMES: readonly string[] = Array.from(
  { length: LAYER_TYPES[LAYER_TYPES.length - 1]! + 1 },
  (_, type) => LAYERS[type as LayerType]?.name ?? "",
);

/** The layer types `--summary` lists, in its order. */
export const SUMMARY_ORDER: readonly LayerType[] = LAYER_TYPES
  .filter((type) => LAYERS[type].rank > 0)
  .sort((a, b) => LAYERS[a].rank - LAYERS[b].rank);

for (const type of LAYER_TYPES) {
  // Layers are kept as bits of a 32-bit mask (Decoder.presentMask).
  if (type >= 32) throw new Error(`layer type ${type} does not fit the decoder's layer mask`);
}
