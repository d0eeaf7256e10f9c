00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q (0x8100), vlan 100, p 3, ethertype IPv4 (0x0800), length 78: 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q-QinQ (0x88a8), vlan 200, p 0, ethertype 802.1Q (0x8100), vlan 300, p 0, ethertype IPv4 (0x0800), length 57: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 7
00:00:00.002034 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype 802.1Q-QinQ (0x88a8), vlan 10, p 0, ethertype 802.1Q (0x8100), vlan 20, p 1, ethertype 802.1Q (0x8100), vlan 30, p 7, ethertype ARP (0x0806), length 60: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q (0x8100), vlan 100, p 3, ethertype IPv6 (0x86dd), length 82: fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 1, length 24
00:00:00.004068 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype 802.1Q (0x8100), vlan 100, p 3, ethertype IPv6 (0x86dd), length 82: fd77::2 > fd77::1: ICMP6, echo reply, id 16962, seq 1, length 24
00:00:00.005085 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype 802.1Q (0x8100), vlan 0, p 5, ethertype ARP (0x0806), length 46: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
--- stderr
reading from file vlan.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
