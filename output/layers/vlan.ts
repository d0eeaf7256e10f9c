/**
 * 802.1Q and 802.1ad (QinQ) tags: `ethertype 802.1Q (0x8100), vlan 10, p 0, ` per tag in the
 * line, each tag in `-v`, `vlan.*` and `ieee8021ad.*` in JSON.
 *
 * @module
 */

import type { Decoder } from "../../decode/decoder.ts";
import { LayerType } from "../../decode/layer_type.ts";
import { etherTypeText } from "./ethernet.ts";
import { hex4, type LayerPrinter, TextPart, yesNo } from "./printer.ts";

/** The EtherType that announced the first VLAN tag (from Ethernet or a cooked header). */
function outerTagType(decoder: Decoder): number {
  if (decoder.has(LayerType.Ethernet)) return decoder.ethernet.etherType;
  if (decoder.has(LayerType.LinuxSLL)) return decoder.sll.protocol;
  if (decoder.has(LayerType.LinuxSLL2)) return decoder.sll2.protocol;
  return 0x8100;
}

/** The VLAN tags' printer. */
export const vlan: LayerPrinter = {
  part: TextPart.Link,
  partialJson: true,
  jsonSections: ["vlan", "ieee8021ad"],
  text(context) {
    const vlan = context.decoder.vlan;
    let text = "";
    for (let i = 0; i < vlan.count; i++) {
      text += `${etherTypeText(context.etherType)}, vlan ${vlan.id(i)}, p ${vlan.priority(i)}, `;
      context.etherType = vlan.etherType(i);
    }
    context.out.text(text);
    return true;
  },
  detail(context) {
    const vlan = context.decoder.vlan;
    for (let i = 0; i < vlan.count; i++) {
      context.add(`802.1Q tag ${i + 1}`, [
        ["Priority", vlan.priority(i)],
        ["Drop Eligible", yesNo(vlan.dropEligible(i))],
        ["VLAN ID", vlan.id(i)],
        ["EtherType", hex4(vlan.etherType(i))],
      ]);
    }
  },
  json(context) {
    const decoder = context.decoder;
    const out = context.out;
    const vlan = decoder.vlan;
    const available = vlan.end - vlan.offset;
    // Tags announced by 0x88a8 are 802.1ad service tags: Wireshark names them
    // ieee8021ad.*; the others (0x8100, 0x9100) are vlan.*, a list when stacked.
    const service: number[] = [];
    const customer: number[] = [];
    // A tag cut after its first 2 bytes still has its priority, DEI and id.
    const cut = decoder.problemLayer === LayerType.VLAN && available - 4 * vlan.count >= 2 ? 1 : 0;
    for (let i = 0; i < vlan.count + cut; i++) {
      const tpid = i === 0 ? outerTagType(decoder) : vlan.etherType(i - 1);
      (tpid === 0x88a8 ? service : customer).push(i);
    }
    const list = (tags: number[], read: (i: number) => number | boolean) => {
      const values = tags.map(read);
      return tags.length > 1 ? `[${values.join(",")}]` : String(values[0]);
    };
    for (const [name, tags] of [["ieee8021ad", service], ["vlan", customer]] as const) {
      if (tags.length === 0) continue;
      out.start(name);
      out.raw("priority", list(tags, (i) => vlan.priority(i)));
      out.raw("dei", list(tags, (i) => vlan.dropEligible(i)));
      out.raw("id", list(tags, (i) => vlan.id(i)));
      // As with Ethernet, a value up to 1500 is an 802.3 length: vlan.len.
      const typed = tags.filter((i) => i < vlan.count && vlan.etherType(i) > 1500);
      const lengths = tags.filter((i) => i < vlan.count && vlan.etherType(i) <= 1500);
      if (name === "vlan" && typed.length > 0) {
        out.raw("etype", list(typed, (i) => vlan.etherType(i)));
      }
      if (name === "vlan" && lengths.length > 0) {
        out.raw("len", list(lengths, (i) => vlan.etherType(i)));
      }
      out.end();
    }
  },
};
