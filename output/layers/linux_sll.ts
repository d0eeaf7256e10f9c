/**
 * Linux cooked captures (`-i any`), v1 and v2: direction, interface and source address in the
 * line with `-e` (or when VLAN tags follow), every field in `-v`, `sll.*` in JSON.
 *
 * @module
 */

import type { Decoder } from "../../decode/decoder.ts";
import { LayerType } from "../../decode/layer_type.ts";
import type { LinuxSll } from "../../decode/linux_sll.ts";
import { hex4, type LayerPrinter, TextPart } from "./printer.ts";

/** The printer of one version of the cooked header. */
function cookedPrinter(
  type: typeof LayerType.LinuxSLL | typeof LayerType.LinuxSLL2,
  title: string,
): LayerPrinter {
  const v2 = type === LayerType.LinuxSLL2;
  const header = (decoder: Decoder): LinuxSll => v2 ? decoder.sll2 : decoder.sll;
  return {
    part: TextPart.Link,
    text(context) {
      const sll = header(context.decoder);
      const interfaceIndex = v2 ? ` ifindex ${sll.interfaceIndex}` : "";
      context.out.text(`${sll.packetTypeName}${interfaceIndex} ${sll.source}, `);
      context.etherType = sll.protocol;
      return true;
    },
    detail(context) {
      const sll = header(context.decoder);
      context.add(title, [
        ["Packet type", `${sll.packetType} (${sll.packetTypeName})`],
        ["Link-layer address type", sll.hardwareType],
        ["Link-layer address length", sll.addressLength],
        ["Source", sll.source],
        ["Protocol", hex4(sll.protocol)],
        ...(v2 ? [["Interface index", sll.interfaceIndex] as [string, number]] : []),
      ]);
    },
    json(context) {
      const sll = header(context.decoder);
      const out = context.out;
      out.start("sll");
      out.field("pkttype", sll.packetType);
      out.field("hatype", sll.hardwareType);
      out.field("halen", sll.addressLength);
      if (sll.addressLength === 6) out.field("src_eth", sll.source);
      // On a GRE interface (ARPHRD_IPGRE) the protocol is a GRE protocol type.
      if (sll.hardwareType === 778) out.field("gretype", sll.protocol);
      else if (sll.protocol > 1500) out.field("etype", sll.protocol);
      else out.field("ltype", sll.protocol);
      if (v2) out.field("ifindex", sll.interfaceIndex);
      out.end();
    },
  };
}

/** Linux cooked v1's printer. */
export const linuxSll: LayerPrinter = cookedPrinter(LayerType.LinuxSLL, "Linux cooked capture v1");
/** Linux cooked v2's printer. */
export const linuxSll2: LayerPrinter = cookedPrinter(
  LayerType.LinuxSLL2,
  "Linux cooked capture v2",
);
