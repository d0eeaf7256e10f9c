10:16:31.360134 out 02:00:00:00:00:0a, ethertype ARP (0x0806), length 44: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
10:16:31.360161 in 02:00:00:00:00:0b, ethertype ARP (0x0806), length 44: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
10:16:31.360165 out 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 100: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26818, seq 1, length 64
10:16:31.360179 in 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 100: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26818, seq 1, length 64
10:16:31.364325 in 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 100: 127.0.0.1 > 127.0.0.1: ICMP echo request, id 26819, seq 1, length 64
10:16:31.364336 in 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 100: 127.0.0.1 > 127.0.0.1: ICMP echo reply, id 26819, seq 1, length 64
10:16:31.444000 out 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 76: 10.77.0.1.46826 > 10.77.0.2.7000: Flags [S], seq 1937071446, win 64240, options [mss 1460,sackOK,TS val 214966410 ecr 0,nop,wscale 10], length 0
10:16:31.444032 in 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 76: 10.77.0.2.7000 > 10.77.0.1.46826: Flags [S.], seq 4127679848, ack 1937071447, win 65160, options [mss 1460,sackOK,TS val 2772344481 ecr 214966410,nop,wscale 10], length 0
10:16:31.444046 out 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 68: 10.77.0.1.46826 > 10.77.0.2.7000: Flags [.], seq 1937071447, ack 4127679849, win 63, options [nop,nop,TS val 214966410 ecr 2772344481], length 0
10:16:31.444533 out 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 73: 10.77.0.1.46826 > 10.77.0.2.7000: Flags [P.], seq 1937071447:1937071452, ack 4127679849, win 63, options [nop,nop,TS val 214966410 ecr 2772344481], length 5: "print"
10:16:31.444550 in 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 68: 10.77.0.2.7000 > 10.77.0.1.46826: Flags [.], seq 4127679849, ack 1937071452, win 64, options [nop,nop,TS val 2772344481 ecr 214966410], length 0
10:16:31.445181 in 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 80: 10.77.0.2.7000 > 10.77.0.1.46826: Flags [P.], seq 4127679849:4127679861, ack 1937071452, win 64, options [nop,nop,TS val 2772344482 ecr 214966410], length 12: "got 5 bytes\n"
10:16:31.445201 out 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 68: 10.77.0.1.46826 > 10.77.0.2.7000: Flags [.], seq 1937071452, ack 4127679861, win 63, options [nop,nop,TS val 214966411 ecr 2772344482], length 0
10:16:31.445578 in 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 68: 10.77.0.2.7000 > 10.77.0.1.46826: Flags [F.], seq 4127679861, ack 1937071452, win 64, options [nop,nop,TS val 2772344482 ecr 214966411], length 0
10:16:31.445991 out 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 68: 10.77.0.1.46826 > 10.77.0.2.7000: Flags [F.], seq 1937071452, ack 4127679862, win 63, options [nop,nop,TS val 214966412 ecr 2772344482], length 0
10:16:31.446012 in 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 68: 10.77.0.2.7000 > 10.77.0.1.46826: Flags [.], seq 4127679862, ack 1937071453, win 64, options [nop,nop,TS val 2772344483 ecr 214966412], length 0
--- stderr
reading from file any-cooked-v1.pcap, link-type LINUX_SLL, snapshot length 262144 bytes
--- exit 0
