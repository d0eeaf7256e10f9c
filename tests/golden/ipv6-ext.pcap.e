00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 102: fd77::1.40000 > fd77::2.7000: Flags [S], seq 1000, win 64240, options [mss 1440,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 102: fd77::1.40001 > fd77::3.7001: UDP, length 16
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 100: fd77::1.40001 > fd77::2.7001: UDP, length 14
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 82: fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 3, length 20
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.40001 > fd77::2.7001: UDP, length 52
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 98: fd77::1 > fd77::2: UDP, length 36
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 111: fd77::1.40010 > fd77::2.7000: Flags [P.], seq 1001:1014, ack 2001, win 64240, length 13: "authenticated"
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 114: fd77::1.40011 > fd77::3.7000: Flags [.], seq 1001, ack 2001, win 64240, length 0
00:00:00.008136 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 74: fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 4, length 20 [bad icmp6 cksum 0xbad0]
00:00:00.009153 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 83: fd77::1.40001 > fd77::2.7001: UDP, length 21 [bad udp cksum 0x0000]
--- stderr
reading from file ipv6-ext.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
