00:00:00.000000 IPV6, length 61: fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 2, length 21
00:00:00.001017 IPV6, length 80: fd77::1.40000 > fd77::2.7000: Flags [S], seq 1000, win 64240, options [mss 1440,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
--- stderr
reading from file raw-ipv6.pcap, link-type IPV6, snapshot length 262144 bytes
--- exit 0
