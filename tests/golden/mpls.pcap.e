00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS unicast (0x8847), length 60: MPLS (label 16, tc 0, [S], ttl 64) 10.77.0.1 > 10.77.0.2: ICMP echo request, id 19792, seq 1, length 17
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS multicast (0x8848), length 79: MPLS (label 1000, tc 3, ttl 255) (label 17, tc 5, [S], ttl 63) fd77::1.40001 > fd77::2.7001: UDP, length 9
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q (0x8100), vlan 100, p 0, ethertype MPLS unicast (0x8847), length 82: MPLS (label 0, tc 0, [S], ttl 64) 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS unicast (0x8847), length 82: MPLS (label 2, tc 7, [S], ttl 64) fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 1, length 24
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS unicast (0x8847), length 73: MPLS (label 100, tc 0, [S], ttl 64)
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 87: 10.77.0.1.49200 > 10.77.0.2.6635: UDP, length 45: MPLS (label 21, tc 0, ttl 63) (label 22, tc 1, [S], ttl 62): EN10MB, length 37: 192.168.7.1 > 192.168.7.2: ICMP echo request, id 19792, seq 1, length 17
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS unicast (0x8847), length 63: MPLS (label 100, tc 0, ttl 64) [|mpls]
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS unicast (0x8847), length 63 [|mpls]
--- stderr
reading from file mpls.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
