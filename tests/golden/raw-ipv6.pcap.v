00:00:00.000000 fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 2, length 21
  Frame 1: 61 bytes on the wire, 61 captured
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0xb8
    Flow Label: 0x12345
    Payload Length: 21
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 128 (echo request)
    Code: 0
    Checksum: 0xb4f4 [good]
    Identifier: 16962
    Sequence Number: 2
00:00:00.001017 fd77::1.40000 > fd77::2.7000: Flags [S], seq 1000, win 64240, options [mss 1440,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
  Frame 2: 80 bytes on the wire, 80 captured
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 40
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 40000
    Destination Port: 7000
    Sequence Number: 1000
    Acknowledgment Number: 0
    Data Offset: 10 (40 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: not set
    PSH: not set
    RST: not set
    SYN: set
    FIN: not set
    Window: 64240
    Checksum: 0x92aa [good]
    Urgent Pointer: 0
    Options: mss 1440,sackOK,TS val 16909060 ecr 0,nop,wscale 7
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
--- stderr
reading from file raw-ipv6.pcap, link-type IPV6, snapshot length 262144 bytes
--- exit 0
