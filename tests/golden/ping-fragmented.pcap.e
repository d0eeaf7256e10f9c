10:16:25.736473 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
10:16:25.736496 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
10:16:25.736500 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 1514: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26696, seq 1, length 1480
10:16:25.736508 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 1514: 10.77.0.1 > 10.77.0.2: ICMP fragment offset 1480, length 1480
10:16:25.736511 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 82: 10.77.0.1 > 10.77.0.2: ICMP fragment offset 2960, length 48
10:16:25.736524 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 1514: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26696, seq 1, length 1480
10:16:25.736525 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 1514: 10.77.0.2 > 10.77.0.1: ICMP fragment offset 1480, length 1480
10:16:25.736525 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 82: 10.77.0.2 > 10.77.0.1: ICMP fragment offset 2960, length 48
10:16:25.739850 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
10:16:25.739874 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
10:16:25.739879 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 1510: fd77::1 > fd77::2: ICMP6, echo request, id 26697, seq 1, length 1448
10:16:25.739887 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 1510: fd77::1 > fd77::2: ICMPv6, length 1448
10:16:25.739890 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 174: fd77::1 > fd77::2: ICMPv6, length 112
10:16:25.739903 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 1510: fd77::2 > fd77::1: ICMP6, echo reply, id 26697, seq 1, length 1448
10:16:25.739904 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 1510: fd77::2 > fd77::1: ICMPv6, length 1448
10:16:25.739904 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 174: fd77::2 > fd77::1: ICMPv6, length 112
--- stderr
reading from file ping-fragmented.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
