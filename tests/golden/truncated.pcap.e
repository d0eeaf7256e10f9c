00:00:00.000000 EN10MB, length 74 [|eth]
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q (0x8100), length 78 [|vlan]
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74 [|ip]
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 73: 10.77.0.1 > 10.77.0.2: ICMP, length 23 [|ip]
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 71 [|ipv6]
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 87: fd77::1 > fd77::2: HOPOPT, length 33 [|ipv6]
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40000 > 10.77.0.2.7000: [|tcp]
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK, [|tcp]
00:00:00.008136 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 51: 10.77.0.1 > 10.77.0.2: UDP, length 17 [|udp]
00:00:00.009153 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 45: 10.77.0.1 > 10.77.0.2: ICMP, length 11 [|icmp]
00:00:00.010170 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, opcode 1 [|arp]
--- stderr
reading from file truncated.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
