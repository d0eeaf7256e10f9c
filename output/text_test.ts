import assert from "node:assert/strict";
import { Decoder } from "../decode/decoder.ts";
import { TcpFlag } from "../decode/tcp.ts";
import { Packet } from "../decode/packet.ts";
import { tcpFlagLetters, TextFormatter } from "./text.ts";
import { craft, mulberry32, strict, type TcpFields } from "../tests/_frames.ts";
import { pcapBytes } from "../tests/_pcap.ts";

// 1700000000 is 2023-11-14 22:13:20 UTC.
const SECONDS = 1700000000;
const CLOCK = "22:13:20.000001";

// Frames: 02:00:00:00:00:01 → 02:00:00:00:00:02, 10.0.0.1 → 10.0.0.2, 2001:db8::1 → ::2, TCP
// 43210 → 80 (the builder's defaults).

const BROADCAST = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const bytesOf = (text: string) => [...new TextEncoder().encode(text)];
const ETHERNET_II = craft().ethernet();

interface Tcp extends TcpFields {
  flags: number;
  message?: number[];
}

/** Ethernet, IPv4, a TCP segment carrying `t.message`. */
function tcp4(t: Tcp): Uint8Array {
  return ETHERNET_II.ipv4().tcp(t).payload(t.message ?? []).build();
}

const PSH_ACK_PRINT = tcp4({ flags: TcpFlag.PSH | TcpFlag.ACK, message: bytesOf("print") });

/** Decodes `bytes` (all captured) and formats the line. */
function line(
  bytes: number[] | Uint8Array,
  fields: Parameters<typeof Packet.from>[1] = {},
  formatter = new TextFormatter({ utcOffsetMinutes: 0 }),
): string {
  const packet = Packet.from(new Uint8Array(bytes), {
    seconds: SECONDS,
    microseconds: 1,
    ...fields,
  });
  const decoder = new Decoder();
  decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
  return formatter.format(packet, decoder);
}

Deno.test("TextFormatter: TCP PSH-ACK with the message print", () => {
  assert.equal(
    line(PSH_ACK_PRINT),
    `${CLOCK} 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 59: ` +
      `10.0.0.1.43210 > 10.0.0.2.80: Flags [P.], seq 1:6, ack 1, win 502, length 5: "print"`,
  );
});

Deno.test("TextFormatter: Ethernet padding is not part of the message", () => {
  const padded = ETHERNET_II.ipv4()
    .tcp({ flags: TcpFlag.PSH | TcpFlag.ACK })
    .payload(bytesOf("print"))
    .pad(60)
    .trailer([0x41, 0x42, 0x43, 0x44]) // and a captured FCS
    .build();
  assert.equal(
    line(padded),
    `${CLOCK} 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 64: ` +
      `10.0.0.1.43210 > 10.0.0.2.80: Flags [P.], seq 1:6, ack 1, win 502, length 5: "print"`,
  );
});

Deno.test("TextFormatter: SYN without ack, with options, large sequence number", () => {
  const options = [2, 4, 0x05, 0xb4, 4, 2, 8, 10, 0, 0, 0, 1, 0, 0, 0, 0, 1, 3, 3, 7];
  const syn = tcp4({
    flags: TcpFlag.SYN,
    sequence: 0xdeadbeef,
    acknowledgment: 0,
    window: 64240,
    options,
  });
  assert.equal(
    line(syn),
    `${CLOCK} 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 74: ` +
      `10.0.0.1.43210 > 10.0.0.2.80: Flags [S], seq 3735928559, win 64240, ` +
      `options [mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7], length 0`,
  );
});

Deno.test("TextFormatter: SYN-ACK, FIN-ACK, RST and URG", () => {
  const tail = (t: Tcp) => {
    const text = line(tcp4(t));
    return text.slice(text.indexOf("Flags"));
  };
  assert.equal(
    tail({
      flags: TcpFlag.SYN | TcpFlag.ACK,
      sequence: 7,
      acknowledgment: 0xdeadbef0,
      window: 65160,
    }),
    "Flags [S.], seq 7, ack 3735928560, win 65160, length 0",
  );
  assert.equal(
    tail({ flags: TcpFlag.FIN | TcpFlag.ACK, sequence: 6 }),
    "Flags [F.], seq 6, ack 1, win 502, length 0",
  );
  assert.equal(
    tail({ flags: TcpFlag.RST, sequence: 9, window: 0 }),
    "Flags [R], seq 9, win 0, length 0",
  );
  assert.equal(
    tail({ flags: TcpFlag.URG | TcpFlag.ACK | TcpFlag.PSH, urgent: 3, message: bytesOf("abc") }),
    'Flags [P.U], seq 1:4, ack 1, win 502, urg 3, length 3: "abc"',
  );
});

Deno.test("TextFormatter: the sequence range wraps at 2^32", () => {
  const text = line(
    tcp4({ flags: TcpFlag.PSH | TcpFlag.ACK, sequence: 0xfffffffe, message: bytesOf("print") }),
  );
  assert.ok(text.includes("seq 4294967294:3, ack 1,"), text);
});

Deno.test("TextFormatter: IPv6 and TCP", () => {
  const frame = ETHERNET_II.ipv6()
    .tcp({ flags: TcpFlag.PSH | TcpFlag.ACK })
    .payload(bytesOf("print"))
    .build();
  assert.equal(
    line(frame),
    `${CLOCK} 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv6 (0x86dd), length 79: ` +
      `2001:db8::1.43210 > 2001:db8::2.80: Flags [P.], seq 1:6, ack 1, win 502, length 5: "print"`,
  );
});

Deno.test("TextFormatter: a truncated TCP header is marked [|tcp]", () => {
  const head =
    `${CLOCK} 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 59: `;
  // 6 bytes of TCP: the ports were captured.
  assert.equal(
    line(PSH_ACK_PRINT.slice(0, 40), { wireLength: 59 }),
    `${head}10.0.0.1.43210 > 10.0.0.2.80: [|tcp]`,
  );
  // 3 bytes: not even the ports.
  assert.equal(
    line(PSH_ACK_PRINT.slice(0, 37), { wireLength: 59 }),
    `${head}10.0.0.1 > 10.0.0.2: TCP, length 25 [|tcp]`,
  );
  // 16 bytes: up to the flags, not the window.
  assert.equal(
    line(PSH_ACK_PRINT.slice(0, 50), { wireLength: 59 }),
    `${head}10.0.0.1.43210 > 10.0.0.2.80: Flags [P.], seq 1, ack 1 [|tcp]`,
  );
});

Deno.test("TextFormatter: an option list cut by the capture ends as tcpdump's: [|tcp]", () => {
  // NOP, NOP, Timestamps: a 32-byte TCP header at 34 in the frame, options from 54.
  const frame = tcp4({
    flags: TcpFlag.ACK,
    options: [1, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2],
    message: bytesOf("print"),
  });
  const wireLength = frame.length;
  // Kind and length captured, the value cut: tcpdump names the option, then `[|tcp]>`.
  assert.match(line(frame.slice(0, 60), { wireLength }), /options \[nop,nop,TS \[\|tcp\]>$/);
  // Cut before the option's kind: the separator, then `[|tcp]`.
  assert.match(line(frame.slice(0, 56), { wireLength }), /options \[nop,nop, \[\|tcp\]$/);
  // The whole header: no mark.
  assert.match(line(frame), /TS val 1 ecr 2\], length 5: "print"/);
});

Deno.test("TextFormatter: truncated Ethernet and IP headers", () => {
  assert.equal(
    line(PSH_ACK_PRINT.slice(0, 10), { wireLength: 59 }),
    `${CLOCK} EN10MB, length 59 [|eth]`,
  );
  assert.equal(
    line(PSH_ACK_PRINT.slice(0, 30), { wireLength: 59 }),
    `${CLOCK} 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 59 [|ip]`,
  );
});

Deno.test("TextFormatter: a message longer than the limit is cut with a marker", () => {
  const message = bytesOf("GET /" + "a".repeat(295)); // 300 bytes
  const frame = tcp4({ flags: TcpFlag.PSH | TcpFlag.ACK, message });
  const text = line(frame);
  assert.ok(
    text.endsWith(`length 300: "GET /${"a".repeat(251)}"... (44 more bytes)`),
    text,
  );
  assert.ok(text.includes("seq 1:301,"));
  const short = line(
    PSH_ACK_PRINT,
    {},
    new TextFormatter({ utcOffsetMinutes: 0, messageLimit: 3 }),
  );
  assert.ok(short.endsWith(`length 5: "pri"... (2 more bytes)`), short);
});

Deno.test("TextFormatter: messageLimit 0 shows the message whole", () => {
  const message = bytesOf("x".repeat(1000));
  const frame = tcp4({ flags: TcpFlag.PSH | TcpFlag.ACK, message });
  const text = line(frame, {}, new TextFormatter({ utcOffsetMinutes: 0, messageLimit: 0 }));
  assert.ok(text.endsWith(`length 1000: "${"x".repeat(1000)}"`), text.slice(-40));
});

Deno.test("TextFormatter: a message cut by the snapshot length is marked", () => {
  // 56 of 59 bytes captured: "pr" of "print".
  const text = line(PSH_ACK_PRINT.slice(0, 56), { wireLength: 59 });
  assert.equal(
    text,
    `${CLOCK} 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 59: ` +
      `10.0.0.1.43210 > 10.0.0.2.80: Flags [P.], seq 1:6, ack 1, win 502, length 5: "pr" [|3 bytes not captured]`,
  );
  // Cut by the limit and by the snapshot length.
  const both = line(
    PSH_ACK_PRINT.slice(0, 57),
    { wireLength: 59 },
    new TextFormatter({ utcOffsetMinutes: 0, messageLimit: 1 }),
  );
  assert.ok(both.endsWith(`length 5: "p"... (2 more bytes) [|2 bytes not captured]`), both);
});

Deno.test("TextFormatter: control characters in a message are escaped", () => {
  const frame = tcp4({ flags: TcpFlag.PSH | TcpFlag.ACK, message: bytesOf('\x1b[2J"hi"\\\r\n') });
  const text = line(frame);
  assert.ok(text.endsWith(`length 11: "\\x1b[2J\\"hi\\"\\\\\\r\\n"`), text);
  assert.ok(!text.includes("\x1b"));
});

Deno.test("TextFormatter: IPv4 UDP (protocol 17)", () => {
  const dns = ETHERNET_II.ipv4().udp().payload([0x12, 0x34, 0x01, 0x00]).pad(60).build();
  assert.equal(
    line(dns),
    `${CLOCK} 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 60: ` +
      `10.0.0.1.54321 > 10.0.0.2.53: UDP, length 4`,
  );
});

Deno.test("TextFormatter: a non-first IPv4 fragment", () => {
  assert.equal(
    line(
      ETHERNET_II.ipv4({ flags: 0, fragmentOffset: 185, protocol: 6 })
        .payload(bytesOf("print"))
        .pad(60)
        .build(),
    ),
    `${CLOCK} 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 60: ` +
      `10.0.0.1 > 10.0.0.2: TCP fragment offset 1480, length 5`,
  );
});

Deno.test("TextFormatter: an ARP request", () => {
  assert.equal(
    line(craft().ethernet({ destination: BROADCAST }).arp().pad(60).build()),
    `${CLOCK} 02:00:00:00:00:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 60: ` +
      `ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28`,
  );
});

Deno.test("TextFormatter: 802.3 and unknown EtherTypes", () => {
  assert.equal(
    line(
      craft()
        .ethernet({ destination: [0x01, 0x80, 0xc2, 0, 0, 0], etherType: 38 })
        .payload([0x42, 0x42, 0x03, ...new Array(35).fill(0)])
        .build(),
    ),
    `${CLOCK} 02:00:00:00:00:01 > 01:80:c2:00:00:00, 802.3, length 52`,
  );
  assert.equal(
    line(craft().ethernet({ etherType: 0x88b5 }).pad(60).build()),
    `${CLOCK} 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype Unknown (0x88b5), length 60`,
  );
});

Deno.test("TextFormatter: a malformed header is described", () => {
  const frame = PSH_ACK_PRINT.slice();
  frame[14] = 0x55;
  assert.equal(
    line(frame),
    `${CLOCK} 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 59 ` +
      `[malformed ip: bad version at offset 14]`,
  );
});

Deno.test("TextFormatter: an unknown link type is not decoded", () => {
  assert.equal(line(PSH_ACK_PRINT, { linkType: 147 }), `${CLOCK} DLT-147 (undecoded), length 59`);
});

Deno.test("TextFormatter: time of day in the configured zone", () => {
  const at = (utcOffsetMinutes: number, seconds: number, microseconds: number) =>
    line(PSH_ACK_PRINT, { seconds, microseconds }, new TextFormatter({ utcOffsetMinutes })).slice(
      0,
      15,
    );
  assert.equal(at(0, SECONDS, 1), "22:13:20.000001");
  assert.equal(at(60, SECONDS, 999999), "23:13:20.999999");
  assert.equal(at(120, SECONDS, 0), "00:13:20.000000"); // past midnight
  assert.equal(at(-480, SECONDS, 123456), "14:13:20.123456");
  assert.equal(at(330, SECONDS, 10), "03:43:20.000010");
  assert.equal(at(0, 0, 0), "00:00:00.000000");
  assert.equal(at(0, 86399, 5), "23:59:59.000005");
  // One formatter for consecutive packets: the cached clock follows the seconds.
  const formatter = new TextFormatter({ utcOffsetMinutes: 0 });
  assert.equal(
    line(PSH_ACK_PRINT, { seconds: 3600, microseconds: 1 }, formatter).slice(0, 15),
    "01:00:00.000001",
  );
  assert.equal(
    line(PSH_ACK_PRINT, { seconds: 3600, microseconds: 2 }, formatter).slice(0, 15),
    "01:00:00.000002",
  );
  assert.equal(
    line(PSH_ACK_PRINT, { seconds: 3661, microseconds: 0 }, formatter).slice(0, 15),
    "01:01:01.000000",
  );
});

Deno.test("tcpFlagLetters: tcpdump's letters", () => {
  assert.equal(tcpFlagLetters(TcpFlag.SYN), "S");
  assert.equal(tcpFlagLetters(TcpFlag.SYN | TcpFlag.ACK), "S.");
  assert.equal(tcpFlagLetters(TcpFlag.PSH | TcpFlag.ACK), "P.");
  assert.equal(tcpFlagLetters(TcpFlag.FIN | TcpFlag.ACK), "F.");
  assert.equal(tcpFlagLetters(TcpFlag.FIN), "F");
  assert.equal(tcpFlagLetters(TcpFlag.RST), "R");
  assert.equal(tcpFlagLetters(TcpFlag.RST | TcpFlag.ACK), "R.");
  assert.equal(tcpFlagLetters(TcpFlag.ACK), ".");
  assert.equal(tcpFlagLetters(0), "none");
  assert.equal(tcpFlagLetters(TcpFlag.SYN | TcpFlag.ECE | TcpFlag.CWR), "SEW");
  assert.equal(tcpFlagLetters(TcpFlag.AE), "e");
  assert.equal(tcpFlagLetters(0x1ff), "FSRP.UEWe");
});

Deno.test("TextFormatter: mutated and cut frames give one clean line", () => {
  const frames = [
    PSH_ACK_PRINT,
    ETHERNET_II.ipv6().tcp({ flags: TcpFlag.SYN, options: [2, 4, 5, 0xb4] }).build(),
    ETHERNET_II.ipv4().udp().payload([1, 2, 3, 4]).pad(60).build(),
    ETHERNET_II.ipv4().icmp({ identifier: 1 }).pad(60).build(),
    ETHERNET_II.arp().pad(60).build(),
    ETHERNET_II.vlan({ id: 5 }).ipv4().tcp({ flags: TcpFlag.ACK }).build(),
  ];
  const random = mulberry32(0x7e57);
  const below = (n: number) => random() % n;
  const formatter = new TextFormatter({ utcOffsetMinutes: 0, messageLimit: 16 });
  const decoder = new Decoder();
  for (let i = 0; i < 20_000; i++) {
    const bytes = new Uint8Array(frames[below(frames.length)]!);
    for (let m = below(4); m > 0; m--) bytes[below(Math.min(bytes.length, 70))] = below(256);
    const length = below(3) === 0 ? below(bytes.length + 1) : bytes.length;
    const packet = Packet.from(strict(bytes.slice(0, length)), {
      wireLength: bytes.length,
      seconds: SECONDS + i,
    });
    let text = "";
    try {
      decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
      text = formatter.format(packet, decoder);
    } catch (error) {
      assert.fail(`frame ${i}, ${Array.from(bytes.slice(0, length))}: ${error}`);
    }
    // deno-lint-ignore no-control-regex
    if (/[\x00-\x1f\x7f-\x9f]|undefined|NaN/.test(text)) assert.fail(`frame ${i}: ${text}`);
  }
});

Deno.test("TextFormatter: wrong IPv4 and TCP checksums are flagged", () => {
  const frame = [...PSH_ACK_PRINT];
  frame[14 + 10]! ^= 0xff; // IPv4 header checksum
  frame[34 + 16]! ^= 0x01; // TCP checksum
  const text = line(frame);
  assert.match(text, /"print" \[bad ip cksum\] \[bad tcp cksum 0x[0-9a-f]{4}\]$/);
  assert.doesNotMatch(line(PSH_ACK_PRINT), /cksum/);
});

/** Whether tcpdump can be run here, to compare lines with. */
const haveTcpdump = await new Deno.Command("tcpdump", {
  args: ["--version"],
  stdout: "null",
  stderr: "null",
})
  .output().then((r) => r.success, () => false);

Deno.test({
  name: "TextFormatter: IP in IP and ICMPv6 errors read as tcpdump -e writes them",
  ignore: !haveTcpdump,
  async fn() {
    const v6 = (last: number) => [0xfd, 0x77, ...new Array(13).fill(0), last];
    const quoted = craft().ipv6({ source: v6(1), destination: v6(2) })
      .tcp({ sourcePort: 41002, destinationPort: 7002, flags: TcpFlag.SYN });
    const outer = { source: [192, 0, 2, 1], destination: [192, 0, 2, 2] };
    const frames = [
      ETHERNET_II.ipv4(outer).ipv4()
        .tcp({ destinationPort: 40001, flags: TcpFlag.PSH | TcpFlag.ACK }).payload(
          bytesOf("print"),
        ),
      ETHERNET_II.ipv4(outer).ipv6().udp({ destinationPort: 5000 }).payload(bytesOf("data")),
      ETHERNET_II.ipv6().ipv4().tcp({ flags: TcpFlag.SYN }),
      ETHERNET_II.ipv6().ipv6().tcp({ flags: TcpFlag.RST }),
      ETHERNET_II.ipv4({ ...outer, protocol: 4 }), // announced, but nothing carried
      ...[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [2, 0], [3, 0], [3, 1], [4, 0], [4, 1], [
        4,
        3,
      ]]
        .map(([type, code]) =>
          ETHERNET_II.ipv6({ source: v6(2), destination: v6(1) })
            .icmpv6({ type, code, rest: [0, 0, 0x05, 0x00] }).append(quoted)
        ),
      ETHERNET_II.ipv6({ source: v6(2), destination: v6(1) })
        .icmpv6({ type: 1, code: 4, rest: [0, 0, 0, 0] })
        .append(craft().ipv6({ source: v6(1), destination: v6(2) }).udp({ destinationPort: 5353 })),
    ].map((built) => built.build());
    const file = await Deno.makeTempFile({ suffix: ".pcap" });
    try {
      await Deno.writeFile(file, pcapBytes(frames.map((bytes) => ({ bytes }))));
      const tcpdump = await new Deno.Command("tcpdump", {
        args: ["-e", "-n", "-t", "-r", file],
        stdout: "piped",
        stderr: "null",
      }).output();
      const expected = new TextDecoder().decode(tcpdump.stdout).trimEnd().split("\n");
      const formatter = new TextFormatter({ utcOffsetMinutes: 0 });
      const decoder = new Decoder();
      const lines = frames.map((bytes) => {
        const packet = Packet.from(bytes);
        decoder.decodePacket(packet);
        // Without the time, as tcpdump -t; tcpdump does not quote the message.
        return formatter.format(packet, decoder).replace(/^\S+ /, "").replace(/: "print"$/, "");
      });
      assert.deepEqual(lines, expected);
    } finally {
      await Deno.remove(file);
    }
  },
});
