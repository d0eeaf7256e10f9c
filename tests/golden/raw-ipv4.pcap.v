00:00:00.000000 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
  Frame 1: 60 bytes on the wire, 60 captured
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 60
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13ec [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
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
    Checksum: 0x78ec [good]
    Urgent Pointer: 0
    Options: mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
00:00:00.001017 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 9
  Frame 2: 37 bytes on the wire, 37 captured
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 37
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x13f8 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 17
    Checksum: 0x0a3e [good]
--- stderr
reading from file raw-ipv4.pcap, link-type IPV4, snapshot length 262144 bytes
--- exit 0
