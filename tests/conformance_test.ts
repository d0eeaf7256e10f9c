/**
 * Conformance with Wireshark: `--json` and `tshark -T fields` on every capture the project
 * ships (real traffic from network namespaces and crafted frames), compared field by field with
 * checksum verification on and reassembly off. Every compared field must agree.
 */

import assert from "node:assert/strict";
import { FIXTURES, hasProgram } from "./_cli.ts";
import { compareWithTshark } from "./_conformance.ts";

const HAVE_TSHARK = hasProgram("tshark");
if (!HAVE_TSHARK) console.warn("tshark not installed: the conformance tests are skipped");

const captures = [...Deno.readDirSync(FIXTURES)]
  .filter((entry) => entry.name.endsWith(".pcap"))
  .map((entry) => entry.name)
  .sort();

for (const capture of captures) {
  Deno.test({
    name: `conformance: ${capture} agrees with tshark on every field`,
    ignore: !HAVE_TSHARK,
    async fn() {
      const result = await compareWithTshark(FIXTURES + capture);
      assert.equal(result.error, undefined);
      assert.ok(result.packets > 0, "the capture has packets");
      assert.ok(result.compared >= result.packets * 4, `fields compared: ${result.compared}`);
      const shown = result.differences.slice(0, 10).map((d) =>
        `#${d.frame} ${d.field}: tshark ${d.tshark}, ours ${d.ours}`
      );
      assert.deepEqual(shown, [], `${result.differences.length} differences`);
    },
  });
}

Deno.test({
  name:
    "conformance: the captures cover every protocol and link type of the protocol sheet, and tunnels",
  ignore: !HAVE_TSHARK,
  async fn() {
    const seen = new Set<string>();
    for (const capture of captures) {
      const output = await new Deno.Command("tshark", {
        args: ["-r", FIXTURES + capture, "-T", "fields", "-e", "frame.protocols"],
        stderr: "null",
      }).output();
      for (const line of new TextDecoder().decode(output.stdout).split("\n")) {
        for (const protocol of line.split(":")) seen.add(protocol);
      }
    }
    for (
      const protocol of [
        "eth",
        "vlan",
        "ieee8021ad",
        "sll",
        "null",
        "raw",
        "arp",
        "mpls",
        "pppoes",
        "ppp",
        "ip",
        "ipv6",
        "ipv6.hopopts",
        "ipv6.routing",
        "ipv6.fraghdr",
        "ipv6.dstopts",
        "ah",
        "icmp",
        "icmpv6",
        "igmp",
        "udp",
        "tcp",
        "gre",
        "erspan",
        "vxlan",
        "geneve",
      ]
    ) {
      assert.ok(seen.has(protocol), `some capture has ${protocol}`);
    }
  },
});
