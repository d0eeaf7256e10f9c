00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40100 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 78: 10.77.0.1.40101 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [nop,nop,TS val 16909061 ecr 168496141,nop,nop,sack 1 {3001:4001}], length 0
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40102 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [nop,nop,sack 2 {3001:4001}{5001:6001}], length 0
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 82: 10.77.0.1.40103 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [nop,nop,sack 3 {3001:4001}{5001:6001}{7001:8001}], length 0
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.40104 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,opt-99:4,eol], length 0
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 58: 10.77.0.1.40105 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [opt-253:4], length 0
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 58: 10.77.0.1.40106 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [nop,bad opt 79], length 0
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 72: 10.77.0.1.40107 > 10.77.0.2.7000: Flags [P.], seq 1001:1011, ack 2001, win 502, options [nop,nop,bad opt 5], length 10: "data after"
00:00:00.008136 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40108 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [opt-19:18,nop,nop], length 0
00:00:00.009153 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 80: 10.77.0.1.40109 > 10.77.0.2.7000: Flags [S], seq 1000:1010, win 64240, options [mss 1460,opt-34:10,nop,nop], length 10: "early data"
00:00:00.010170 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40110 > 10.77.0.2.7000: Flags [SEW], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
00:00:00.011187 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1.40111 > 10.77.0.2.7000: Flags [P.U], seq 1001:1007, ack 2001, win 502, urg 3, length 6: "URGent"
00:00:00.012204 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 54: 10.77.0.1.40112 > 10.77.0.2.7000: Flags [.E], seq 1001, ack 2001, win 502, length 0
00:00:00.013221 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 57: 10.77.0.1.40113 > 10.77.0.2.7000: Flags [.W], seq 1001:1004, ack 2001, win 502, length 3: "cwr"
00:00:00.014238 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 54: 10.77.0.1.40114 > 10.77.0.2.7000: Flags [.e], seq 1001, ack 2001, win 502, length 0
00:00:00.015255 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 55: 10.77.0.1.40115 > 10.77.0.2.7000: Flags [FSRP.UEWe], seq 1001:1002, ack 2001, win 502, urg 1, length 1: "x"
00:00:00.016272 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 94: 10.77.0.1.40116 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [nop,nop,TS val 16909062 ecr 168496142,nop,nop,sack 3 {3001:4001}{5001:6001}{7001:8001}], length 0
00:00:00.017289 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 94: fd77::1.40117 > fd77::2.7000: Flags [S], seq 1000, win 64240, options [mss 1440,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
00:00:00.018306 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 54: 10.77.0.1.40118 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, length 0 [malformed tcp: bad data offset at offset 34]
--- stderr
reading from file tcp-options.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
