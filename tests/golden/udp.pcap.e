10:16:26.632457 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
10:16:26.632493 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
10:16:26.632497 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 47: 10.77.0.1.52548 > 10.77.0.2.7001: UDP, length 5
10:16:26.633113 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 54: 10.77.0.2.7001 > 10.77.0.1.52548: UDP, length 12
10:16:26.726106 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
10:16:26.726147 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
10:16:26.726152 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 67: fd77::1.38968 > fd77::2.7001: UDP, length 5
10:16:26.726924 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 74: fd77::2.7001 > fd77::1.38968: UDP, length 12
10:16:26.760899 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 48: 10.77.0.1.36095 > 10.77.0.2.7009: UDP, length 6
10:16:26.760936 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 76: 10.77.0.2 > 10.77.0.1: ICMP 10.77.0.2 udp port 7009 unreachable, length 42
10:16:27.797485 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 68: fd77::1.57617 > fd77::2.7009: UDP, length 6
10:16:27.797525 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 116: fd77::2 > fd77::1: ICMP6, destination unreachable, unreachable port, fd77::2 udp port 7009, length 62
--- stderr
reading from file udp.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
