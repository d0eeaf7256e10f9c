00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 73: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 8481, seq 1, length 23
  Frame 1: 73 bytes on the wire, 73 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 36 bytes (9)
    DSCP: 0
    ECN: 0
    Total Length: 59
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0xb2db [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: 16 bytes: RR (len 11),NOP,EOL
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0xa832 [good]
    Identifier: 8481
    Sequence Number: 1
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 58: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 12
  Frame 2: 58 bytes on the wire, 58 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 24 bytes (6)
    DSCP: 0
    ECN: 0
    Total Length: 44
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x7eec [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: 4 bytes: RA (len 4)
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 20
    Checksum: 0xe6fd [good]
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 58: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 52
  Frame 3: 58 bytes on the wire, 58 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 44
    Identification: 0x5151 (20817)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0xf4d3 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 60
    Checksum: 0x84af [unverified]
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 70: 10.77.0.1 > 10.77.0.2: UDP fragment offset 24, length 36
  Frame 4: 70 bytes on the wire, 70 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 56
    Identification: 0x5151 (20817)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 3 (24 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x14c5 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 80: 10.77.0.1.40020 > 10.77.0.2.7000: Flags [P.], seq 1001:1027, ack 2001, win 64240, length 26: "a segment the NIC will cut"
  Frame 5: 80 bytes on the wire, 80 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 0
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x1428 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40020
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 5 (20 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 64240
    Checksum: 0xe29c [good]
    Urgent Pointer: 0
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 27]
    [Relative acknowledgment number: 1]
    Message: 26 bytes
    Data: "a segment the NIC will cut"
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 24 [bad ip cksum]
  Frame 6: 66 bytes on the wire, 66 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0xbad0 [bad]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 32
    Checksum: 0xa774 [good]
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 70: 10.77.0.1.40021 > 10.77.0.2.7000: Flags [P.], seq 1001:1017, ack 2001, win 64240, length 16: "bad TCP checksum" [bad tcp cksum 0xbad0]
  Frame 7: 70 bytes on the wire, 70 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 56
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13f0 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40021
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 5 (20 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 64240
    Checksum: 0xbad0 [bad]
    Urgent Pointer: 0
    [Stream index: 1]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 17]
    [Relative acknowledgment number: 1]
    Message: 16 bytes
    Data: "bad TCP checksum"
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 58: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 16 [bad udp cksum 0xbad0]
  Frame 8: 58 bytes on the wire, 58 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 44
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x13f1 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 24
    Checksum: 0xbad0 [bad]
00:00:00.008136 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 57: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 15
  Frame 9: 57 bytes on the wire, 57 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 43
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x13f2 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 23
    Checksum: 0x0000 [not present]
00:00:00.009153 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 59: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 8481, seq 2, length 25 [bad icmp cksum 0xbad0]
  Frame 10: 59 bytes on the wire, 59 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 45
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x1400 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0xbad0 [bad]
    Identifier: 8481
    Sequence Number: 2
00:00:00.010170 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1.40022 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 64240, length 0
  Frame 11: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 40
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x1400 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40022
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 5 (20 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 64240
    Checksum: 0xdcde [good]
    Urgent Pointer: 0
    [Stream index: 2]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
--- stderr
reading from file ipv4-options.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
