10:16:30.475438 out ifindex 2 02:00:00:00:00:0a, ethertype ARP (0x0806), length 48: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
10:16:30.475462 in ifindex 2 02:00:00:00:00:0b, ethertype ARP (0x0806), length 48: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
10:16:30.475465 out ifindex 2 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 104: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26789, seq 1, length 64
10:16:30.475475 in ifindex 2 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 104: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26789, seq 1, length 64
10:16:30.479042 in ifindex 1 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 104: 127.0.0.1 > 127.0.0.1: ICMP echo request, id 26790, seq 1, length 64
10:16:30.479054 in ifindex 1 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 104: 127.0.0.1 > 127.0.0.1: ICMP echo reply, id 26790, seq 1, length 64
10:16:30.558325 out ifindex 2 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 80: 10.77.0.1.46820 > 10.77.0.2.7000: Flags [S], seq 4106813868, win 64240, options [mss 1460,sackOK,TS val 2151558612 ecr 0,nop,wscale 10], length 0
10:16:30.558356 in ifindex 2 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 80: 10.77.0.2.7000 > 10.77.0.1.46820: Flags [S.], seq 1053407660, ack 4106813869, win 65160, options [mss 1460,sackOK,TS val 3336788330 ecr 2151558612,nop,wscale 10], length 0
10:16:30.558370 out ifindex 2 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 72: 10.77.0.1.46820 > 10.77.0.2.7000: Flags [.], seq 4106813869, ack 1053407661, win 63, options [nop,nop,TS val 2151558612 ecr 3336788330], length 0
10:16:30.558906 out ifindex 2 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 77: 10.77.0.1.46820 > 10.77.0.2.7000: Flags [P.], seq 4106813869:4106813874, ack 1053407661, win 63, options [nop,nop,TS val 2151558613 ecr 3336788330], length 5: "print"
10:16:30.558945 in ifindex 2 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 72: 10.77.0.2.7000 > 10.77.0.1.46820: Flags [.], seq 1053407661, ack 4106813874, win 64, options [nop,nop,TS val 3336788331 ecr 2151558613], length 0
10:16:30.559641 in ifindex 2 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 84: 10.77.0.2.7000 > 10.77.0.1.46820: Flags [P.], seq 1053407661:1053407673, ack 4106813874, win 64, options [nop,nop,TS val 3336788331 ecr 2151558613], length 12: "got 5 bytes\n"
10:16:30.559657 out ifindex 2 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 72: 10.77.0.1.46820 > 10.77.0.2.7000: Flags [.], seq 4106813874, ack 1053407673, win 63, options [nop,nop,TS val 2151558613 ecr 3336788331], length 0
10:16:30.559956 in ifindex 2 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 72: 10.77.0.2.7000 > 10.77.0.1.46820: Flags [F.], seq 1053407673, ack 4106813874, win 64, options [nop,nop,TS val 3336788332 ecr 2151558613], length 0
10:16:30.562351 out ifindex 2 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 72: 10.77.0.1.46820 > 10.77.0.2.7000: Flags [F.], seq 4106813874, ack 1053407674, win 63, options [nop,nop,TS val 2151558616 ecr 3336788332], length 0
10:16:30.562372 in ifindex 2 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 72: 10.77.0.2.7000 > 10.77.0.1.46820: Flags [.], seq 1053407674, ack 4106813875, win 64, options [nop,nop,TS val 3336788334 ecr 2151558616], length 0
--- stderr
reading from file any-cooked.pcap, link-type LINUX_SLL2, snapshot length 262144 bytes
--- exit 0
