10:16:24.522150 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
10:16:24.522178 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
10:16:24.522182 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 98: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26683, seq 1, length 64
10:16:24.522197 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 98: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26683, seq 1, length 64
10:16:24.725945 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 98: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26683, seq 2, length 64
10:16:24.725978 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 98: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26683, seq 2, length 64
10:16:24.729760 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
10:16:24.729785 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
10:16:24.729790 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 118: fd77::1 > fd77::2: ICMP6, echo request, id 26684, seq 1, length 64
10:16:24.729798 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 118: fd77::2 > fd77::1: ICMP6, echo reply, id 26684, seq 1, length 64
10:16:24.930046 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 118: fd77::1 > fd77::2: ICMP6, echo request, id 26684, seq 2, length 64
10:16:24.930185 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 118: fd77::2 > fd77::1: ICMP6, echo reply, id 26684, seq 2, length 64
--- stderr
reading from file arp-ping.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
