10:16:32.339243 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
10:16:32.339272 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
10:16:32.339275 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [S], seq 2278704409, win 64240, options [mss 1460,sackOK,TS val 809731308 ecr 0,nop,wscale 10], length 0
10:16:32.339292 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 74: 10.77.0.2.7000 > 10.77.0.1.46834: Flags [S.], seq 263937222, ack 2278704410, win 65160, options [mss 1460,sackOK,TS val 2752704286 ecr 809731308,nop,wscale 10], length 0
10:16:32.339304 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [.], seq 2278704410, ack 263937223, win 63, options [nop,nop,TS val 809731308 ecr 2752704286], length 0
10:16:32.340435 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 71: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [P.], seq 2278704410:2278704415, ack 263937223, win 63, options [nop,nop,TS val 809731309 ecr 2752704286], length 5: "print"
10:16:32.340459 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.46834: Flags [.], seq 263937223, ack 2278704415, win 64, options [nop,nop,TS val 2752704287 ecr 809731309], length 0
10:16:32.340745 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 78: 10.77.0.2.7000 > 10.77.0.1.46834: Flags [P.], seq 263937223:263937235, ack 2278704415, win 64, options [nop,nop,TS val 2752704287 ecr 809731309], length 12: "got 5 bytes\n"
10:16:32.340759 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [.], seq 2278704415, ack 263937235, win 63, options [nop,nop,TS val 809731309 ecr 2752704287], length 0
10:16:32.341976 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [F.], seq 2278704415, ack 263937235, win 63, options [nop,nop,TS val 809731311 ecr 2752704287], length 0
10:16:32.346055 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.46834: Flags [F.], seq 263937235, ack 2278704416, win 64, options [nop,nop,TS val 2752704293 ecr 809731311], length 0
10:16:32.346080 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [.], seq 2278704416, ack 263937236, win 63, options [nop,nop,TS val 809731315 ecr 2752704293], length 0
10:16:32.432673 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 47: 10.77.0.1.36525 > 10.77.0.2.7001: UDP, length 5
10:16:32.433217 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 54: 10.77.0.2.7001 > 10.77.0.1.36525: UDP, length 12
10:16:32.529082 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
10:16:32.529124 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
10:16:32.529130 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 94: fd77::1.57736 > fd77::2.7000: Flags [S], seq 1925367014, win 64800, options [mss 1440,sackOK,TS val 1562260396 ecr 0,nop,wscale 10], length 0
10:16:32.529149 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 94: fd77::2.7000 > fd77::1.57736: Flags [S.], seq 1559686889, ack 1925367015, win 64260, options [mss 1440,sackOK,TS val 1321849625 ecr 1562260396,nop,wscale 10], length 0
10:16:32.529165 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.57736 > fd77::2.7000: Flags [.], seq 1925367015, ack 1559686890, win 64, options [nop,nop,TS val 1562260396 ecr 1321849625], length 0
10:16:32.529932 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 91: fd77::1.57736 > fd77::2.7000: Flags [P.], seq 1925367015:1925367020, ack 1559686890, win 64, options [nop,nop,TS val 1562260397 ecr 1321849625], length 5: "print"
10:16:32.529957 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.57736: Flags [.], seq 1559686890, ack 1925367020, win 63, options [nop,nop,TS val 1321849626 ecr 1562260397], length 0
10:16:32.530446 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 98: fd77::2.7000 > fd77::1.57736: Flags [P.], seq 1559686890:1559686902, ack 1925367020, win 63, options [nop,nop,TS val 1321849626 ecr 1562260397], length 12: "got 5 bytes\n"
10:16:32.530471 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.57736 > fd77::2.7000: Flags [.], seq 1925367020, ack 1559686902, win 64, options [nop,nop,TS val 1562260397 ecr 1321849626], length 0
10:16:32.530775 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.57736: Flags [F.], seq 1559686902, ack 1925367020, win 63, options [nop,nop,TS val 1321849626 ecr 1562260397], length 0
10:16:32.532559 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.57736 > fd77::2.7000: Flags [F.], seq 1925367020, ack 1559686903, win 64, options [nop,nop,TS val 1562260399 ecr 1321849626], length 0
10:16:32.532584 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.57736: Flags [.], seq 1559686903, ack 1925367021, win 63, options [nop,nop,TS val 1321849628 ecr 1562260399], length 0
10:16:32.619977 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 67: fd77::1.46901 > fd77::2.7001: UDP, length 5
10:16:32.620994 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 74: fd77::2.7001 > fd77::1.46901: UDP, length 12
--- stderr
reading from file offload-on.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
