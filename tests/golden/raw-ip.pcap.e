00:00:00.000000 RAW, length 60: 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
00:00:00.001017 RAW, length 64: fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 1, length 24
--- stderr
reading from file raw-ip.pcap, link-type RAW, snapshot length 262144 bytes
--- exit 0
