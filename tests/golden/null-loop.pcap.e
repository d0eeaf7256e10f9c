00:00:00.000000 AF 2, length 64: 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
00:00:00.001017 AF 24, length 63: fd77::1.40001 > fd77::2.7001: UDP, length 11
00:00:00.002034 AF 28, length 63: fd77::1.40001 > fd77::2.7001: UDP, length 11
00:00:00.003051 AF 30, length 63: fd77::1.40001 > fd77::2.7001: UDP, length 11
--- stderr
reading from file null-loop.pcap, link-type NULL, snapshot length 262144 bytes
--- exit 0
