/**
 * MPLS label stacks: `MPLS (label 16, tc 0, [S], ttl 64)` in the line, as tcpdump words it (each
 * further entry ` (label …)`), between the link part and the packet under the stack, or before
 * the carried packet for MPLS in UDP; each entry in `-v`; `mpls.*` in JSON, lists when stacked.
 *
 * @module
 */

import { LayerType } from "../../decode/layer_type.ts";
import { type Mpls, mplsLabelName, type MplsLayerType } from "../../decode/mpls.ts";
import { type LayerPrinter, TextPart, yesNo } from "./printer.ts";

/** `MPLS (label 16, tc 0, ttl 255) (label 17, tc 0, [S], ttl 64)`: tcpdump's words. */
function mplsText(mpls: Mpls): string {
  let text = "MPLS";
  for (let i = 0; i < mpls.count; i++) {
    text += ` (label ${mpls.label(i)}, tc ${mpls.trafficClass(i)}${
      mpls.bottomOfStack(i) ? ", [S]" : ""
    }, ttl ${mpls.ttl(i)})`;
  }
  return text;
}

/** The printer of an MPLS layer of this type: a shim after Ethernet, a tunnel after UDP. */
function mplsPrinter(type: MplsLayerType): LayerPrinter {
  return {
    part: type === LayerType.MPLS ? TextPart.Shim : TextPart.Tunnel,
    // Only entries captured whole are shown, as tshark shows them.
    partialJson: true,
    text(context) {
      context.out.text(mplsText(context.decoder.layer(type)));
      return true;
    },
    detail(context) {
      const mpls = context.decoder.layer(type);
      for (let i = 0; i < mpls.count; i++) {
        const label = mpls.label(i);
        const name = mplsLabelName(label);
        context.add(`MPLS label stack entry ${i + 1}`, [
          ["Label", name === "" ? label : `${label} (${name})`],
          ["Traffic Class", mpls.trafficClass(i)],
          ["Bottom of Stack", yesNo(mpls.bottomOfStack(i))],
          ["Time to Live", mpls.ttl(i)],
        ]);
      }
    },
    json(context) {
      const mpls = context.decoder.layer(type);
      const count = mpls.count;
      if (count === 0) return;
      const out = context.out;
      const list = (read: (i: number) => number) => {
        if (count === 1) return String(read(0));
        const values: number[] = [];
        for (let i = 0; i < count; i++) values.push(read(i));
        return `[${values.join(",")}]`;
      };
      out.start("mpls");
      out.raw("label", list((i) => mpls.label(i)));
      // Wireshark 4.0 still calls the traffic class mpls.exp, and the S bit a number.
      out.raw("exp", list((i) => mpls.trafficClass(i)));
      out.raw("bottom", list((i) => mpls.bottomOfStack(i) ? 1 : 0));
      out.raw("ttl", list((i) => mpls.ttl(i)));
      out.end();
    },
  };
}

/** The printer of MPLS after Ethernet (a shim). */
export const mpls: LayerPrinter = mplsPrinter(LayerType.MPLS);

/** The printer of MPLS in UDP (a tunnel: the carried packet follows). */
export const mplsInUdp: LayerPrinter = mplsPrinter(LayerType.MPLSinUDP);
