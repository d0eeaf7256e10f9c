00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 73: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 8481, seq 1, length 23
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 58: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 12
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 58: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 52
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 70: 10.77.0.1 > 10.77.0.2: UDP fragment offset 24, length 36
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 80: 10.77.0.1.40020 > 10.77.0.2.7000: Flags [P.], seq 1001:1027, ack 2001, win 64240, length 26: "a segment the NIC will cut"
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 24 [bad ip cksum]
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 70: 10.77.0.1.40021 > 10.77.0.2.7000: Flags [P.], seq 1001:1017, ack 2001, win 64240, length 16: "bad TCP checksum" [bad tcp cksum 0xbad0]
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 58: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 16 [bad udp cksum 0xbad0]
00:00:00.008136 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 57: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 15
00:00:00.009153 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 59: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 8481, seq 2, length 25 [bad icmp cksum 0xbad0]
00:00:00.010170 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1.40022 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 64240, length 0
--- stderr
reading from file ipv4-options.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
