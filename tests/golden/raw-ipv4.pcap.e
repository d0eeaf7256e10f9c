00:00:00.000000 IPV4, length 60: 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
00:00:00.001017 IPV4, length 37: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 9
--- stderr
reading from file raw-ipv4.pcap, link-type IPV4, snapshot length 262144 bytes
--- exit 0
