10:16:33.512091 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
10:16:33.512117 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
10:16:33.512121 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.36172 > 10.77.0.2.7000: Flags [S], seq 2965416155, win 64240, options [mss 1460,sackOK,TS val 1548210717 ecr 0,nop,wscale 10], length 0
10:16:33.512137 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 74: 10.77.0.2.7000 > 10.77.0.1.36172: Flags [S.], seq 3875287527, ack 2965416156, win 65160, options [mss 1460,sackOK,TS val 4084340891 ecr 1548210717,nop,wscale 10], length 0
10:16:33.512151 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.36172 > 10.77.0.2.7000: Flags [.], seq 2965416156, ack 3875287528, win 63, options [nop,nop,TS val 1548210717 ecr 4084340891], length 0
10:16:33.512693 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 71: 10.77.0.1.36172 > 10.77.0.2.7000: Flags [P.], seq 2965416156:2965416161, ack 3875287528, win 63, options [nop,nop,TS val 1548210717 ecr 4084340891], length 5: "print"
10:16:33.512712 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.36172: Flags [.], seq 3875287528, ack 2965416161, win 64, options [nop,nop,TS val 4084340891 ecr 1548210717], length 0
10:16:33.513233 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 78: 10.77.0.2.7000 > 10.77.0.1.36172: Flags [P.], seq 3875287528:3875287540, ack 2965416161, win 64, options [nop,nop,TS val 4084340892 ecr 1548210717], length 12: "got 5 bytes\n"
10:16:33.513252 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.36172 > 10.77.0.2.7000: Flags [.], seq 2965416161, ack 3875287540, win 63, options [nop,nop,TS val 1548210718 ecr 4084340892], length 0
10:16:33.513562 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.36172: Flags [F.], seq 3875287540, ack 2965416161, win 64, options [nop,nop,TS val 4084340892 ecr 1548210718], length 0
10:16:33.514101 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.36172 > 10.77.0.2.7000: Flags [F.], seq 2965416161, ack 3875287541, win 63, options [nop,nop,TS val 1548210719 ecr 4084340892], length 0
10:16:33.514115 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.36172: Flags [.], seq 3875287541, ack 2965416162, win 64, options [nop,nop,TS val 4084340893 ecr 1548210719], length 0
10:16:33.596692 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 47: 10.77.0.1.57408 > 10.77.0.2.7001: UDP, length 5
10:16:33.597209 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 54: 10.77.0.2.7001 > 10.77.0.1.57408: UDP, length 12
10:16:33.689464 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
10:16:33.689502 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
10:16:33.689507 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 94: fd77::1.36002 > fd77::2.7000: Flags [S], seq 2771210631, win 64800, options [mss 1440,sackOK,TS val 3983992927 ecr 0,nop,wscale 10], length 0
10:16:33.689524 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 94: fd77::2.7000 > fd77::1.36002: Flags [S.], seq 4200739109, ack 2771210632, win 64260, options [mss 1440,sackOK,TS val 1201615803 ecr 3983992927,nop,wscale 10], length 0
10:16:33.689539 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.36002 > fd77::2.7000: Flags [.], seq 2771210632, ack 4200739110, win 64, options [nop,nop,TS val 3983992927 ecr 1201615803], length 0
10:16:33.690123 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 91: fd77::1.36002 > fd77::2.7000: Flags [P.], seq 2771210632:2771210637, ack 4200739110, win 64, options [nop,nop,TS val 3983992928 ecr 1201615803], length 5: "print"
10:16:33.690142 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.36002: Flags [.], seq 4200739110, ack 2771210637, win 63, options [nop,nop,TS val 1201615804 ecr 3983992928], length 0
10:16:33.690753 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 98: fd77::2.7000 > fd77::1.36002: Flags [P.], seq 4200739110:4200739122, ack 2771210637, win 63, options [nop,nop,TS val 1201615804 ecr 3983992928], length 12: "got 5 bytes\n"
10:16:33.690773 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.36002 > fd77::2.7000: Flags [.], seq 2771210637, ack 4200739122, win 64, options [nop,nop,TS val 3983992928 ecr 1201615804], length 0
10:16:33.691108 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.36002: Flags [F.], seq 4200739122, ack 2771210637, win 63, options [nop,nop,TS val 1201615805 ecr 3983992928], length 0
10:16:33.692896 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.36002 > fd77::2.7000: Flags [F.], seq 2771210637, ack 4200739123, win 64, options [nop,nop,TS val 3983992931 ecr 1201615805], length 0
10:16:33.692917 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.36002: Flags [.], seq 4200739123, ack 2771210638, win 63, options [nop,nop,TS val 1201615807 ecr 3983992931], length 0
10:16:33.774151 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 67: fd77::1.48278 > fd77::2.7001: UDP, length 5
10:16:33.775481 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 74: fd77::2.7001 > fd77::1.48278: UDP, length 12
--- stderr
reading from file offload-off.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
