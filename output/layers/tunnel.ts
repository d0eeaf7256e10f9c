/**
 * Tunnels (GRE and ERSPAN, VXLAN, Geneve): named in the line before the packet they carry
 * (`GREv0, proto 0x0800`, `VXLAN, vni 100`), every field in `-v`, their sections in JSON.
 *
 * @module
 */

import { hex4, type LayerPrinter, TextPart } from "./printer.ts";

/** GRE's printer. */
export const gre: LayerPrinter = {
  part: TextPart.Tunnel,
  text(context) {
    const gre = context.decoder.gre;
    const key = gre.key === undefined ? "" : `, key 0x${gre.key.toString(16)}`;
    const proto = gre.protocolType;
    const name = proto === 0x88be || proto === 0x22eb
      ? "ERSPAN"
      : `proto 0x${proto.toString(16).padStart(4, "0")}`;
    context.out.text(`GREv${gre.version}, ${name}${key}`);
    return true;
  },
  detail(context) {
    const gre = context.decoder.gre;
    const fields: [string, string | number][] = [
      ["Version", gre.version],
      ["Protocol Type", hex4(gre.protocolType)],
    ];
    if (gre.key !== undefined) fields.push(["Key", `0x${gre.key.toString(16)}`]);
    context.add("Generic Routing Encapsulation", fields);
  },
  json(context) {
    const gre = context.decoder.gre;
    context.out.start("gre");
    context.out.field("proto", gre.protocolType);
    const key = gre.key;
    if (key !== undefined) context.out.field("key", key);
    context.out.end();
  },
};

/** VXLAN's printer. */
export const vxlan: LayerPrinter = {
  part: TextPart.Tunnel,
  text(context) {
    context.out.text(`VXLAN, vni ${context.decoder.vxlan.vni}`);
    return true;
  },
  detail(context) {
    context.add("Virtual eXtensible LAN", [["VNI", context.decoder.vxlan.vni]]);
  },
  json(context) {
    context.out.start("vxlan");
    context.out.field("vni", context.decoder.vxlan.vni);
    context.out.end();
  },
};

/** Geneve's printer. */
export const geneve: LayerPrinter = {
  part: TextPart.Tunnel,
  text(context) {
    context.out.text(`Geneve, vni ${context.decoder.geneve.vni}`);
    return true;
  },
  detail(context) {
    const geneve = context.decoder.geneve;
    context.add("Generic Network Virtualization Encapsulation", [
      ["Protocol Type", hex4(geneve.protocolType)],
      ["VNI", geneve.vni],
    ]);
  },
  json(context) {
    const geneve = context.decoder.geneve;
    context.out.start("geneve");
    context.out.field("proto_type", geneve.protocolType);
    context.out.field("vni", geneve.vni);
    context.out.end();
  },
};
