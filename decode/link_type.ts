/**
 * Link-layer types (libpcap's `DLT_*` values, as `pcap_datalink` returns them) and the layer
 * each one starts with.
 *
 * @module
 */

import { LayerType } from "./layer_type.ts";

/** The link types the pipeline knows by name. */
export const LinkType = {
  NULL: 0,
  EN10MB: 1,
  RAW: 12,
  /** OpenBSD's DLT_RAW. */
  RAW_OPENBSD: 14,
  /** LINKTYPE_RAW as stored in files; libpcap maps it to DLT_RAW. */
  LINKTYPE_RAW: 101,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

/** The layer each link type's frames start with. */
const FIRST_LAYERS: Readonly<Record<number, LayerType>> = {
  [LinkType.EN10MB]: LayerType.Ethernet,
  [LinkType.LINUX_SLL]: LayerType.LinuxSLL,
  [LinkType.LINUX_SLL2]: LayerType.LinuxSLL2,
  [LinkType.NULL]: LayerType.Loopback,
  [LinkType.LOOP]: LayerType.Loopback,
  [LinkType.IPV4]: LayerType.IPv4,
  [LinkType.IPV6]: LayerType.IPv6,
};

/**
 * The layer a frame of this link type starts with, or `None` when it has no decoder. Raw IP
 * link types ({@linkcode isRawIp}) are `None` here too: their first layer depends on each
 * packet's version nibble, which {@linkcode Decoder.decode} reads.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { firstLayerFor, LinkType } from "./link_type.ts";
 * import { LayerType } from "./layer_type.ts";
 *
 * assert.equal(firstLayerFor(LinkType.EN10MB), LayerType.Ethernet);
 * assert.equal(firstLayerFor(LinkType.LINUX_SLL2), LayerType.LinuxSLL2);
 * assert.equal(firstLayerFor(LinkType.RAW), LayerType.None);
 * ```
 */
export function firstLayerFor(linkType: number): LayerType {
  return FIRST_LAYERS[linkType] ?? LayerType.None;
}

/**
 * True for link types whose frames are bare IP packets of either version: DLT_RAW (12),
 * OpenBSD's (14) and LINKTYPE_RAW (101). DLT_IPV4 and DLT_IPV6 carry one version only.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isRawIp, LinkType } from "./link_type.ts";
 *
 * assert.equal(isRawIp(LinkType.RAW), true);
 * assert.equal(isRawIp(LinkType.LINKTYPE_RAW), true);
 * assert.equal(isRawIp(LinkType.IPV4), false);
 * assert.equal(isRawIp(LinkType.EN10MB), false);
 * ```
 */
export function isRawIp(linkType: number): boolean {
  return linkType === LinkType.RAW || linkType === LinkType.RAW_OPENBSD ||
    linkType === LinkType.LINKTYPE_RAW;
}

const NAMES: Record<number, string> = {
  0: "NULL",
  1: "EN10MB",
  12: "RAW",
  14: "RAW",
  101: "RAW",
  108: "LOOP",
  113: "LINUX_SLL",
  228: "IPV4",
  229: "IPV6",
  276: "LINUX_SLL2",
};

/**
 * The `DLT_` name of a link type without its prefix, as tcpdump shows it, or `DLT-N` for one
 * without a name here.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { linkTypeName } from "./link_type.ts";
 *
 * assert.equal(linkTypeName(1), "EN10MB");
 * assert.equal(linkTypeName(276), "LINUX_SLL2");
 * assert.equal(linkTypeName(147), "DLT-147");
 * ```
 */
export function linkTypeName(linkType: number): string {
  return NAMES[linkType] ?? `DLT-${linkType}`;
}
