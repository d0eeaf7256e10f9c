10:16:30.475438 ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
  Frame 1: 48 bytes on the wire, 48 captured
  Linux cooked capture v2
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0806
    Interface index: 2
  Address Resolution Protocol
    Hardware type: 1
    Protocol type: 0x0800
    Hardware size: 6
    Protocol size: 4
    Opcode: 1 (request)
    Sender hardware address: 02:00:00:00:00:0a
    Sender protocol address: 10.77.0.1
    Target hardware address: 00:00:00:00:00:00
    Target protocol address: 10.77.0.2
10:16:30.475462 ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
  Frame 2: 48 bytes on the wire, 48 captured
  Linux cooked capture v2
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0806
    Interface index: 2
  Address Resolution Protocol
    Hardware type: 1
    Protocol type: 0x0800
    Hardware size: 6
    Protocol size: 4
    Opcode: 2 (reply)
    Sender hardware address: 02:00:00:00:00:0b
    Sender protocol address: 10.77.0.2
    Target hardware address: 02:00:00:00:00:0a
    Target protocol address: 10.77.0.1
10:16:30.475465 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26789, seq 1, length 64
  Frame 3: 104 bytes on the wire, 104 captured
  Linux cooked capture v2
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0xb867 (47207)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x6da5 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0x29c8 [good]
    Identifier: 26789
    Sequence Number: 1
10:16:30.475475 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26789, seq 1, length 64
  Frame 4: 104 bytes on the wire, 104 captured
  Linux cooked capture v2
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0x3899 (14489)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x2d74 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Internet Control Message Protocol
    Type: 0 (echo reply)
    Code: 0
    Checksum: 0x31c8 [good]
    Identifier: 26789
    Sequence Number: 1
10:16:30.479042 127.0.0.1 > 127.0.0.1: ICMP echo request, id 26790, seq 1, length 64
  Frame 5: 104 bytes on the wire, 104 captured
  Linux cooked capture v2
    Packet type: 0 (in)
    Link-layer address type: 772
    Link-layer address length: 6
    Source: 00:00:00:00:00:00
    Protocol: 0x0800
    Interface index: 1
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0x0067 (103)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x3c40 [good]
    Source Address: 127.0.0.1
    Destination Address: 127.0.0.1
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0x2fb9 [good]
    Identifier: 26790
    Sequence Number: 1
10:16:30.479054 127.0.0.1 > 127.0.0.1: ICMP echo reply, id 26790, seq 1, length 64
  Frame 6: 104 bytes on the wire, 104 captured
  Linux cooked capture v2
    Packet type: 0 (in)
    Link-layer address type: 772
    Link-layer address length: 6
    Source: 00:00:00:00:00:00
    Protocol: 0x0800
    Interface index: 1
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0x0068 (104)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x7c3f [good]
    Source Address: 127.0.0.1
    Destination Address: 127.0.0.1
    Options: none
  Internet Control Message Protocol
    Type: 0 (echo reply)
    Code: 0
    Checksum: 0x37b9 [good]
    Identifier: 26790
    Sequence Number: 1
10:16:30.558325 10.77.0.1.46820 > 10.77.0.2.7000: Flags [S], seq 4106813868, win 64240, options [mss 1460,sackOK,TS val 2151558612 ecr 0,nop,wscale 10], length 0
  Frame 7: 80 bytes on the wire, 80 captured
  Linux cooked capture v2
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 60
    Identification: 0xf5d3 (62931)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x304c [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46820
    Destination Port: 7000
    Sequence Number: 4106813868
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
    Checksum: 0x14cb [partial (offloaded)]
    Urgent Pointer: 0
    Options: mss 1460,sackOK,TS val 2151558612 ecr 0,nop,wscale 10
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
10:16:30.558356 10.77.0.2.7000 > 10.77.0.1.46820: Flags [S.], seq 1053407660, ack 4106813869, win 65160, options [mss 1460,sackOK,TS val 3336788330 ecr 2151558612,nop,wscale 10], length 0
  Frame 8: 80 bytes on the wire, 80 captured
  Linux cooked capture v2
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 60
    Identification: 0x0000 (0)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x2620 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46820
    Sequence Number: 1053407660
    Acknowledgment Number: 4106813869
    Data Offset: 10 (40 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: set
    FIN: not set
    Window: 65160
    Checksum: 0x14cb [partial (offloaded)]
    Urgent Pointer: 0
    Options: mss 1460,sackOK,TS val 3336788330 ecr 2151558612,nop,wscale 10
    [Stream index: 0]
    [Conversation completeness: Incomplete, SYN_SENT (1)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:30.558370 10.77.0.1.46820 > 10.77.0.2.7000: Flags [.], seq 4106813869, ack 1053407661, win 63, options [nop,nop,TS val 2151558612 ecr 3336788330], length 0
  Frame 9: 72 bytes on the wire, 72 captured
  Linux cooked capture v2
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0xf5d4 (62932)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x3053 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46820
    Destination Port: 7000
    Sequence Number: 4106813869
    Acknowledgment Number: 1053407661
    Data Offset: 8 (32 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 63
    Checksum: 0x14c3 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 2151558612 ecr 3336788330
    [Stream index: 0]
    [Conversation completeness: Incomplete, CLIENT_ESTABLISHED (3)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:30.558906 10.77.0.1.46820 > 10.77.0.2.7000: Flags [P.], seq 4106813869:4106813874, ack 1053407661, win 63, options [nop,nop,TS val 2151558613 ecr 3336788330], length 5: "print"
  Frame 10: 77 bytes on the wire, 77 captured
  Linux cooked capture v2
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 57
    Identification: 0xf5d5 (62933)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x304d [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46820
    Destination Port: 7000
    Sequence Number: 4106813869
    Acknowledgment Number: 1053407661
    Data Offset: 8 (32 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 63
    Checksum: 0x14c8 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 2151558613 ecr 3336788330
    [Stream index: 0]
    [Conversation completeness: Incomplete, ESTABLISHED (7)]
    [Relative sequence number: 1]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 1]
    Message: 5 bytes
    Data: "print"
10:16:30.558945 10.77.0.2.7000 > 10.77.0.1.46820: Flags [.], seq 1053407661, ack 4106813874, win 64, options [nop,nop,TS val 3336788331 ecr 2151558613], length 0
  Frame 11: 72 bytes on the wire, 72 captured
  Linux cooked capture v2
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0xf224 (61988)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x3403 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46820
    Sequence Number: 1053407661
    Acknowledgment Number: 4106813874
    Data Offset: 8 (32 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 64
    Checksum: 0x14c3 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 3336788331 ecr 2151558613
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 6]
    Message: 0 bytes
10:16:30.559641 10.77.0.2.7000 > 10.77.0.1.46820: Flags [P.], seq 1053407661:1053407673, ack 4106813874, win 64, options [nop,nop,TS val 3336788331 ecr 2151558613], length 12: "got 5 bytes\n"
  Frame 12: 84 bytes on the wire, 84 captured
  Linux cooked capture v2
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 64
    Identification: 0xf225 (61989)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x33f6 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46820
    Sequence Number: 1053407661
    Acknowledgment Number: 4106813874
    Data Offset: 8 (32 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 64
    Checksum: 0x14cf [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 3336788331 ecr 2151558613
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 13]
    [Relative acknowledgment number: 6]
    Message: 12 bytes
    Data: "got 5 bytes\n"
10:16:30.559657 10.77.0.1.46820 > 10.77.0.2.7000: Flags [.], seq 4106813874, ack 1053407673, win 63, options [nop,nop,TS val 2151558613 ecr 3336788331], length 0
  Frame 13: 72 bytes on the wire, 72 captured
  Linux cooked capture v2
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0xf5d6 (62934)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x3051 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46820
    Destination Port: 7000
    Sequence Number: 4106813874
    Acknowledgment Number: 1053407673
    Data Offset: 8 (32 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 63
    Checksum: 0x14c3 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 2151558613 ecr 3336788331
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 6]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 13]
    Message: 0 bytes
10:16:30.559956 10.77.0.2.7000 > 10.77.0.1.46820: Flags [F.], seq 1053407673, ack 4106813874, win 64, options [nop,nop,TS val 3336788332 ecr 2151558613], length 0
  Frame 14: 72 bytes on the wire, 72 captured
  Linux cooked capture v2
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0xf226 (61990)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x3401 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46820
    Sequence Number: 1053407673
    Acknowledgment Number: 4106813874
    Data Offset: 8 (32 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: set
    Window: 64
    Checksum: 0x14c3 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 3336788332 ecr 2151558613
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 13]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 6]
    Message: 0 bytes
10:16:30.562351 10.77.0.1.46820 > 10.77.0.2.7000: Flags [F.], seq 4106813874, ack 1053407674, win 63, options [nop,nop,TS val 2151558616 ecr 3336788332], length 0
  Frame 15: 72 bytes on the wire, 72 captured
  Linux cooked capture v2
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0xf5d7 (62935)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x3050 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46820
    Destination Port: 7000
    Sequence Number: 4106813874
    Acknowledgment Number: 1053407674
    Data Offset: 8 (32 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: set
    Window: 63
    Checksum: 0x14c3 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 2151558616 ecr 3336788332
    [Stream index: 0]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 6]
    [Next relative sequence number: 7]
    [Relative acknowledgment number: 14]
    Message: 0 bytes
10:16:30.562372 10.77.0.2.7000 > 10.77.0.1.46820: Flags [.], seq 1053407674, ack 4106813875, win 64, options [nop,nop,TS val 3336788334 ecr 2151558616], length 0
  Frame 16: 72 bytes on the wire, 72 captured
  Linux cooked capture v2
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
    Interface index: 2
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0xf227 (61991)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x3400 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46820
    Sequence Number: 1053407674
    Acknowledgment Number: 4106813875
    Data Offset: 8 (32 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 64
    Checksum: 0x14c3 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 3336788334 ecr 2151558616
    [Stream index: 0]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 14]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 7]
    Message: 0 bytes
--- stderr
reading from file any-cooked.pcap, link-type LINUX_SLL2, snapshot length 262144 bytes
--- exit 0
