00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 82: PPPoE  [ses 0x17] IP (0x0021), length 62: 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 86: PPPoE  [ses 0x1234] IP6 (0x0057), length 66: fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 1, length 24
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 60: PPPoE  [ses 0x17] LCP (0xc021), length 10
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 59: PPPoE  [ses 0x17] IP (0x0021), length 39: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 10
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q (0x8100), vlan 7, p 0, ethertype PPPoE S (0x8864), length 60: PPPoE  [ses 0x99] IP (0x0021), length 36: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 6
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 59: PPPoE  [ses 0x17] MPLS (0x0281), length 39: MPLS (label 16, tc 0, [S], ttl 64) 10.77.0.1 > 10.77.0.2: ICMP echo request, id 20560, seq 1, length 13
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 55: PPPoE  [ses 0x17] [|pppoe]
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 55 [malformed pppoe: bad total length at offset 14]
--- stderr
reading from file pppoe.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
