10:16:31.360134 ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
  Frame 1: 44 bytes on the wire, 44 captured
  Linux cooked capture v1
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0806
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
10:16:31.360161 ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
  Frame 2: 44 bytes on the wire, 44 captured
  Linux cooked capture v1
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0806
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
10:16:31.360165 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26818, seq 1, length 64
  Frame 3: 100 bytes on the wire, 100 captured
  Linux cooked capture v1
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0xb8eb (47339)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x6d21 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0x966d [good]
    Identifier: 26818
    Sequence Number: 1
10:16:31.360179 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26818, seq 1, length 64
  Frame 4: 100 bytes on the wire, 100 captured
  Linux cooked capture v1
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0x38fc (14588)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x2d11 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Internet Control Message Protocol
    Type: 0 (echo reply)
    Code: 0
    Checksum: 0x9e6d [good]
    Identifier: 26818
    Sequence Number: 1
10:16:31.364325 127.0.0.1 > 127.0.0.1: ICMP echo request, id 26819, seq 1, length 64
  Frame 5: 100 bytes on the wire, 100 captured
  Linux cooked capture v1
    Packet type: 0 (in)
    Link-layer address type: 772
    Link-layer address length: 6
    Source: 00:00:00:00:00:00
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0x0124 (292)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x3b83 [good]
    Source Address: 127.0.0.1
    Destination Address: 127.0.0.1
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0x375c [good]
    Identifier: 26819
    Sequence Number: 1
10:16:31.364336 127.0.0.1 > 127.0.0.1: ICMP echo reply, id 26819, seq 1, length 64
  Frame 6: 100 bytes on the wire, 100 captured
  Linux cooked capture v1
    Packet type: 0 (in)
    Link-layer address type: 772
    Link-layer address length: 6
    Source: 00:00:00:00:00:00
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0x0125 (293)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x7b82 [good]
    Source Address: 127.0.0.1
    Destination Address: 127.0.0.1
    Options: none
  Internet Control Message Protocol
    Type: 0 (echo reply)
    Code: 0
    Checksum: 0x3f5c [good]
    Identifier: 26819
    Sequence Number: 1
10:16:31.444000 10.77.0.1.46826 > 10.77.0.2.7000: Flags [S], seq 1937071446, win 64240, options [mss 1460,sackOK,TS val 214966410 ecr 0,nop,wscale 10], length 0
  Frame 7: 76 bytes on the wire, 76 captured
  Linux cooked capture v1
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 60
    Identification: 0x9425 (37925)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x91fa [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46826
    Destination Port: 7000
    Sequence Number: 1937071446
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
    Options: mss 1460,sackOK,TS val 214966410 ecr 0,nop,wscale 10
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
10:16:31.444032 10.77.0.2.7000 > 10.77.0.1.46826: Flags [S.], seq 4127679848, ack 1937071447, win 65160, options [mss 1460,sackOK,TS val 2772344481 ecr 214966410,nop,wscale 10], length 0
  Frame 8: 76 bytes on the wire, 76 captured
  Linux cooked capture v1
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
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
    Destination Port: 46826
    Sequence Number: 4127679848
    Acknowledgment Number: 1937071447
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
    Options: mss 1460,sackOK,TS val 2772344481 ecr 214966410,nop,wscale 10
    [Stream index: 0]
    [Conversation completeness: Incomplete, SYN_SENT (1)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:31.444046 10.77.0.1.46826 > 10.77.0.2.7000: Flags [.], seq 1937071447, ack 4127679849, win 63, options [nop,nop,TS val 214966410 ecr 2772344481], length 0
  Frame 9: 68 bytes on the wire, 68 captured
  Linux cooked capture v1
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0x9426 (37926)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x9201 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46826
    Destination Port: 7000
    Sequence Number: 1937071447
    Acknowledgment Number: 4127679849
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
    Options: nop,nop,TS val 214966410 ecr 2772344481
    [Stream index: 0]
    [Conversation completeness: Incomplete, CLIENT_ESTABLISHED (3)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:31.444533 10.77.0.1.46826 > 10.77.0.2.7000: Flags [P.], seq 1937071447:1937071452, ack 4127679849, win 63, options [nop,nop,TS val 214966410 ecr 2772344481], length 5: "print"
  Frame 10: 73 bytes on the wire, 73 captured
  Linux cooked capture v1
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 57
    Identification: 0x9427 (37927)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x91fb [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46826
    Destination Port: 7000
    Sequence Number: 1937071447
    Acknowledgment Number: 4127679849
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
    Options: nop,nop,TS val 214966410 ecr 2772344481
    [Stream index: 0]
    [Conversation completeness: Incomplete, ESTABLISHED (7)]
    [Relative sequence number: 1]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 1]
    Message: 5 bytes
    Data: "print"
10:16:31.444550 10.77.0.2.7000 > 10.77.0.1.46826: Flags [.], seq 4127679849, ack 1937071452, win 64, options [nop,nop,TS val 2772344481 ecr 214966410], length 0
  Frame 11: 68 bytes on the wire, 68 captured
  Linux cooked capture v1
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0xe362 (58210)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x42c5 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46826
    Sequence Number: 4127679849
    Acknowledgment Number: 1937071452
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
    Options: nop,nop,TS val 2772344481 ecr 214966410
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 6]
    Message: 0 bytes
10:16:31.445181 10.77.0.2.7000 > 10.77.0.1.46826: Flags [P.], seq 4127679849:4127679861, ack 1937071452, win 64, options [nop,nop,TS val 2772344482 ecr 214966410], length 12: "got 5 bytes\n"
  Frame 12: 80 bytes on the wire, 80 captured
  Linux cooked capture v1
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 64
    Identification: 0xe363 (58211)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x42b8 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46826
    Sequence Number: 4127679849
    Acknowledgment Number: 1937071452
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
    Options: nop,nop,TS val 2772344482 ecr 214966410
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 13]
    [Relative acknowledgment number: 6]
    Message: 12 bytes
    Data: "got 5 bytes\n"
10:16:31.445201 10.77.0.1.46826 > 10.77.0.2.7000: Flags [.], seq 1937071452, ack 4127679861, win 63, options [nop,nop,TS val 214966411 ecr 2772344482], length 0
  Frame 13: 68 bytes on the wire, 68 captured
  Linux cooked capture v1
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0x9428 (37928)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x91ff [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46826
    Destination Port: 7000
    Sequence Number: 1937071452
    Acknowledgment Number: 4127679861
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
    Options: nop,nop,TS val 214966411 ecr 2772344482
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 6]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 13]
    Message: 0 bytes
10:16:31.445578 10.77.0.2.7000 > 10.77.0.1.46826: Flags [F.], seq 4127679861, ack 1937071452, win 64, options [nop,nop,TS val 2772344482 ecr 214966411], length 0
  Frame 14: 68 bytes on the wire, 68 captured
  Linux cooked capture v1
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0xe364 (58212)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x42c3 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46826
    Sequence Number: 4127679861
    Acknowledgment Number: 1937071452
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
    Options: nop,nop,TS val 2772344482 ecr 214966411
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 13]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 6]
    Message: 0 bytes
10:16:31.445991 10.77.0.1.46826 > 10.77.0.2.7000: Flags [F.], seq 1937071452, ack 4127679862, win 63, options [nop,nop,TS val 214966412 ecr 2772344482], length 0
  Frame 15: 68 bytes on the wire, 68 captured
  Linux cooked capture v1
    Packet type: 4 (out)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0a
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0x9429 (37929)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x91fe [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46826
    Destination Port: 7000
    Sequence Number: 1937071452
    Acknowledgment Number: 4127679862
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
    Options: nop,nop,TS val 214966412 ecr 2772344482
    [Stream index: 0]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 6]
    [Next relative sequence number: 7]
    [Relative acknowledgment number: 14]
    Message: 0 bytes
10:16:31.446012 10.77.0.2.7000 > 10.77.0.1.46826: Flags [.], seq 4127679862, ack 1937071453, win 64, options [nop,nop,TS val 2772344483 ecr 214966412], length 0
  Frame 16: 68 bytes on the wire, 68 captured
  Linux cooked capture v1
    Packet type: 0 (in)
    Link-layer address type: 1
    Link-layer address length: 6
    Source: 02:00:00:00:00:0b
    Protocol: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0xe365 (58213)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x42c2 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46826
    Sequence Number: 4127679862
    Acknowledgment Number: 1937071453
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
    Options: nop,nop,TS val 2772344483 ecr 214966412
    [Stream index: 0]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 14]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 7]
    Message: 0 bytes
--- stderr
reading from file any-cooked-v1.pcap, link-type LINUX_SLL, snapshot length 262144 bytes
--- exit 0
