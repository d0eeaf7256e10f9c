00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.1: igmp query v2
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251: igmp query v2 [max resp time 10] [gaddr 224.0.0.251]
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.1: igmp query v1
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251: igmp v1 report 224.0.0.251
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251: igmp v2 report 224.0.0.251
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.2: igmp leave 224.0.0.251
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251: igmp query v3 [max resp time 51m12s] [gaddr 224.0.0.251, 2 source(s)]
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 70: 10.77.0.1 > 224.0.0.22: igmp v3 report, 2 group record(s)
00:00:00.008136 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251: igmp v2 report 224.0.0.251 [bad igmp cksum 0xbad0]
00:00:00.009153 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 10.77.0.2: mtrace 7: 10.77.0.5 to 10.77.0.2 reply-to 10.77.0.1
00:00:00.010170 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251:  [|igmp]
--- stderr
reading from file igmp.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
