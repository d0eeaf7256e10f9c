10:16:29.631461 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
10:16:29.631492 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
10:16:29.631497 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.37412 > 10.77.0.2.7002: Flags [S], seq 729568748, win 64240, options [mss 1460,sackOK,TS val 96451583 ecr 0,nop,wscale 10], length 0
10:16:29.631528 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 54: 10.77.0.2.7002 > 10.77.0.1.37412: Flags [R.], seq 0, ack 729568749, win 0, length 0
10:16:29.663678 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
10:16:29.663716 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
10:16:29.663723 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 94: fd77::1.45744 > fd77::2.7002: Flags [S], seq 2212789474, win 64800, options [mss 1440,sackOK,TS val 1809357798 ecr 0,nop,wscale 10], length 0
10:16:29.663736 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 74: fd77::2.7002 > fd77::1.45744: Flags [R.], seq 0, ack 2212789475, win 0, length 0
--- stderr
reading from file tcp-refused.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
