10:16:20.992186 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
10:16:20.992211 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
10:16:20.992214 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 98: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26591, seq 1, length 64
10:16:20.992235 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 98: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26591, seq 1, length 64
10:16:21.193966 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 98: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26591, seq 2, length 64
10:16:21.194002 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 98: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26591, seq 2, length 64
10:16:21.283217 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [S], seq 579620008, win 64240, options [mss 1460,sackOK, [|tcp]
10:16:21.283260 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 74: 10.77.0.2.8080 > 10.77.0.1.46714: Flags [S.], seq 3700039110, ack 579620009, win 65160, options [mss 1460,sackOK, [|tcp]
10:16:21.283278 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [.], seq 579620009, ack 3700039111, win 63, options [nop,nop,TS [|tcp]>
10:16:21.283555 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 213: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [P.], seq 579620009:579620156, ack 3700039111, win 63, options [nop,nop,TS [|tcp]>
10:16:21.283583 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.8080 > 10.77.0.1.46714: Flags [.], seq 3700039111, ack 579620156, win 64, options [nop,nop,TS [|tcp]>
10:16:21.290792 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 205: 10.77.0.2.8080 > 10.77.0.1.46714: Flags [P.], seq 3700039111:3700039250, ack 579620156, win 64, options [nop,nop,TS [|tcp]>
10:16:21.290834 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [.], seq 579620156, ack 3700039250, win 63, options [nop,nop,TS [|tcp]>
10:16:21.290928 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [F.], seq 579620156, ack 3700039250, win 63, options [nop,nop,TS [|tcp]>
10:16:21.293917 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.8080 > 10.77.0.1.46714: Flags [F.], seq 3700039250, ack 579620157, win 64, options [nop,nop,TS [|tcp]>
10:16:21.293937 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [.], seq 579620157, ack 3700039251, win 63, options [nop,nop,TS [|tcp]>
10:16:21.435258 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.48594 > 10.77.0.2.7000: Flags [S], seq 3004038573, win 64240, options [mss 1460,sackOK, [|tcp]
10:16:21.435296 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 74: 10.77.0.2.7000 > 10.77.0.1.48594: Flags [S.], seq 2360717897, ack 3004038574, win 65160, options [mss 1460,sackOK, [|tcp]
10:16:21.435314 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.48594 > 10.77.0.2.7000: Flags [.], seq 3004038574, ack 2360717898, win 63, options [nop,nop,TS [|tcp]>
10:16:21.436702 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 71: 10.77.0.1.48594 > 10.77.0.2.7000: Flags [P.], seq 3004038574:3004038579, ack 2360717898, win 63, options [nop,nop,TS [|tcp]>
10:16:21.436727 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.48594: Flags [.], seq 2360717898, ack 3004038579, win 64, options [nop,nop,TS [|tcp]>
10:16:21.437039 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 78: 10.77.0.2.7000 > 10.77.0.1.48594: Flags [P.], seq 2360717898:2360717910, ack 3004038579, win 64, options [nop,nop,TS [|tcp]>
10:16:21.437052 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.48594 > 10.77.0.2.7000: Flags [.], seq 3004038579, ack 2360717910, win 63, options [nop,nop,TS [|tcp]>
10:16:21.437482 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.48594: Flags [F.], seq 2360717910, ack 3004038579, win 64, options [nop,nop,TS [|tcp]>
10:16:21.438852 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.48594 > 10.77.0.2.7000: Flags [F.], seq 3004038579, ack 2360717911, win 63, options [nop,nop,TS [|tcp]>
10:16:21.438880 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.48594: Flags [.], seq 2360717911, ack 3004038580, win 64, options [nop,nop,TS [|tcp]>
--- stderr
reading from file http-ipv4-snap60.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
