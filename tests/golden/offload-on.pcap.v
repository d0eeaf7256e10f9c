10:16:32.339243 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
  Frame 1: 42 bytes on the wire, 42 captured
  Ethernet II
    Destination: ff:ff:ff:ff:ff:ff
    Source: 02:00:00:00:00:0a
    EtherType: 0x0806
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
10:16:32.339272 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
  Frame 2: 42 bytes on the wire, 42 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0806
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
10:16:32.339275 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [S], seq 2278704409, win 64240, options [mss 1460,sackOK,TS val 809731308 ecr 0,nop,wscale 10], length 0
  Frame 3: 74 bytes on the wire, 74 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 60
    Identification: 0x8f08 (36616)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x9717 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46834
    Destination Port: 7000
    Sequence Number: 2278704409
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
    Options: mss 1460,sackOK,TS val 809731308 ecr 0,nop,wscale 10
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
10:16:32.339292 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 74: 10.77.0.2.7000 > 10.77.0.1.46834: Flags [S.], seq 263937222, ack 2278704410, win 65160, options [mss 1460,sackOK,TS val 2752704286 ecr 809731308,nop,wscale 10], length 0
  Frame 4: 74 bytes on the wire, 74 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
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
    Destination Port: 46834
    Sequence Number: 263937222
    Acknowledgment Number: 2278704410
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
    Options: mss 1460,sackOK,TS val 2752704286 ecr 809731308,nop,wscale 10
    [Stream index: 0]
    [Conversation completeness: Incomplete, SYN_SENT (1)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:32.339304 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [.], seq 2278704410, ack 263937223, win 63, options [nop,nop,TS val 809731308 ecr 2752704286], length 0
  Frame 5: 66 bytes on the wire, 66 captured
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
    Identification: 0x8f09 (36617)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x971e [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46834
    Destination Port: 7000
    Sequence Number: 2278704410
    Acknowledgment Number: 263937223
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
    Options: nop,nop,TS val 809731308 ecr 2752704286
    [Stream index: 0]
    [Conversation completeness: Incomplete, CLIENT_ESTABLISHED (3)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:32.340435 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 71: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [P.], seq 2278704410:2278704415, ack 263937223, win 63, options [nop,nop,TS val 809731309 ecr 2752704286], length 5: "print"
  Frame 6: 71 bytes on the wire, 71 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 57
    Identification: 0x8f0a (36618)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x9718 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46834
    Destination Port: 7000
    Sequence Number: 2278704410
    Acknowledgment Number: 263937223
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
    Options: nop,nop,TS val 809731309 ecr 2752704286
    [Stream index: 0]
    [Conversation completeness: Incomplete, ESTABLISHED (7)]
    [Relative sequence number: 1]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 1]
    Message: 5 bytes
    Data: "print"
10:16:32.340459 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.46834: Flags [.], seq 263937223, ack 2278704415, win 64, options [nop,nop,TS val 2752704287 ecr 809731309], length 0
  Frame 7: 66 bytes on the wire, 66 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0xedbb (60859)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x386c [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46834
    Sequence Number: 263937223
    Acknowledgment Number: 2278704415
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
    Options: nop,nop,TS val 2752704287 ecr 809731309
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 6]
    Message: 0 bytes
10:16:32.340745 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 78: 10.77.0.2.7000 > 10.77.0.1.46834: Flags [P.], seq 263937223:263937235, ack 2278704415, win 64, options [nop,nop,TS val 2752704287 ecr 809731309], length 12: "got 5 bytes\n"
  Frame 8: 78 bytes on the wire, 78 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 64
    Identification: 0xedbc (60860)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x385f [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46834
    Sequence Number: 263937223
    Acknowledgment Number: 2278704415
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
    Options: nop,nop,TS val 2752704287 ecr 809731309
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 13]
    [Relative acknowledgment number: 6]
    Message: 12 bytes
    Data: "got 5 bytes\n"
10:16:32.340759 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [.], seq 2278704415, ack 263937235, win 63, options [nop,nop,TS val 809731309 ecr 2752704287], length 0
  Frame 9: 66 bytes on the wire, 66 captured
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
    Identification: 0x8f0b (36619)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x971c [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46834
    Destination Port: 7000
    Sequence Number: 2278704415
    Acknowledgment Number: 263937235
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
    Options: nop,nop,TS val 809731309 ecr 2752704287
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 6]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 13]
    Message: 0 bytes
10:16:32.341976 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [F.], seq 2278704415, ack 263937235, win 63, options [nop,nop,TS val 809731311 ecr 2752704287], length 0
  Frame 10: 66 bytes on the wire, 66 captured
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
    Identification: 0x8f0c (36620)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x971b [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46834
    Destination Port: 7000
    Sequence Number: 2278704415
    Acknowledgment Number: 263937235
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
    Options: nop,nop,TS val 809731311 ecr 2752704287
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 6]
    [Next relative sequence number: 7]
    [Relative acknowledgment number: 13]
    Message: 0 bytes
10:16:32.346055 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.46834: Flags [F.], seq 263937235, ack 2278704416, win 64, options [nop,nop,TS val 2752704293 ecr 809731311], length 0
  Frame 11: 66 bytes on the wire, 66 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 52
    Identification: 0xedbd (60861)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x386a [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 46834
    Sequence Number: 263937235
    Acknowledgment Number: 2278704416
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
    Options: nop,nop,TS val 2752704293 ecr 809731311
    [Stream index: 0]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 13]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 7]
    Message: 0 bytes
10:16:32.346080 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46834 > 10.77.0.2.7000: Flags [.], seq 2278704416, ack 263937236, win 63, options [nop,nop,TS val 809731315 ecr 2752704293], length 0
  Frame 12: 66 bytes on the wire, 66 captured
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
    Identification: 0x8f0d (36621)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x971a [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46834
    Destination Port: 7000
    Sequence Number: 2278704416
    Acknowledgment Number: 263937236
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
    Options: nop,nop,TS val 809731315 ecr 2752704293
    [Stream index: 0]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 7]
    [Next relative sequence number: 7]
    [Relative acknowledgment number: 14]
    Message: 0 bytes
10:16:32.432673 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 47: 10.77.0.1.36525 > 10.77.0.2.7001: UDP, length 5
  Frame 13: 47 bytes on the wire, 47 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 33
    Identification: 0xff22 (65314)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x270d [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 36525
    Destination Port: 7001
    Length: 13
    Checksum: 0x14bb [partial (offloaded)]
10:16:32.433217 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 54: 10.77.0.2.7001 > 10.77.0.1.36525: UDP, length 12
  Frame 14: 54 bytes on the wire, 54 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 40
    Identification: 0x4a54 (19028)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0xdbd4 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  User Datagram Protocol
    Source Port: 7001
    Destination Port: 36525
    Length: 20
    Checksum: 0x14c2 [partial (offloaded)]
10:16:32.529082 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
  Frame 15: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 33:33:ff:00:00:02
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 32
    Next Header: ICMPv6 (58)
    Hop Limit: 255
    Source Address: fd77::1
    Destination Address: ff02::1:ff00:2
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 135 (neighbor solicitation)
    Code: 0
    Checksum: 0x7ca0 [good]
    Target Address: fd77::2
10:16:32.529124 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
  Frame 16: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 32
    Next Header: ICMPv6 (58)
    Hop Limit: 255
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 136 (neighbor advertisement)
    Code: 0
    Checksum: 0x1b2c [good]
    Target Address: fd77::2
10:16:32.529130 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 94: fd77::1.57736 > fd77::2.7000: Flags [S], seq 1925367014, win 64800, options [mss 1440,sackOK,TS val 1562260396 ecr 0,nop,wscale 10], length 0
  Frame 17: 94 bytes on the wire, 94 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xda6fb
    Payload Length: 40
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 57736
    Destination Port: 7000
    Sequence Number: 1925367014
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
    Window: 64800
    Checksum: 0xfb20 [partial (offloaded)]
    Urgent Pointer: 0
    Options: mss 1440,sackOK,TS val 1562260396 ecr 0,nop,wscale 10
    [Stream index: 1]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
10:16:32.529149 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 94: fd77::2.7000 > fd77::1.57736: Flags [S.], seq 1559686889, ack 1925367015, win 64260, options [mss 1440,sackOK,TS val 1321849625 ecr 1562260396,nop,wscale 10], length 0
  Frame 18: 94 bytes on the wire, 94 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x8af0d
    Payload Length: 40
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 57736
    Sequence Number: 1559686889
    Acknowledgment Number: 1925367015
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
    Window: 64260
    Checksum: 0xfb20 [partial (offloaded)]
    Urgent Pointer: 0
    Options: mss 1440,sackOK,TS val 1321849625 ecr 1562260396,nop,wscale 10
    [Stream index: 1]
    [Conversation completeness: Incomplete, SYN_SENT (1)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:32.529165 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.57736 > fd77::2.7000: Flags [.], seq 1925367015, ack 1559686890, win 64, options [nop,nop,TS val 1562260396 ecr 1321849625], length 0
  Frame 19: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xda6fb
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 57736
    Destination Port: 7000
    Sequence Number: 1925367015
    Acknowledgment Number: 1559686890
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
    Checksum: 0xfb18 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 1562260396 ecr 1321849625
    [Stream index: 1]
    [Conversation completeness: Incomplete, CLIENT_ESTABLISHED (3)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:32.529932 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 91: fd77::1.57736 > fd77::2.7000: Flags [P.], seq 1925367015:1925367020, ack 1559686890, win 64, options [nop,nop,TS val 1562260397 ecr 1321849625], length 5: "print"
  Frame 20: 91 bytes on the wire, 91 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xda6fb
    Payload Length: 37
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 57736
    Destination Port: 7000
    Sequence Number: 1925367015
    Acknowledgment Number: 1559686890
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
    Checksum: 0xfb1d [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 1562260397 ecr 1321849625
    [Stream index: 1]
    [Conversation completeness: Incomplete, ESTABLISHED (7)]
    [Relative sequence number: 1]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 1]
    Message: 5 bytes
    Data: "print"
10:16:32.529957 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.57736: Flags [.], seq 1559686890, ack 1925367020, win 63, options [nop,nop,TS val 1321849626 ecr 1562260397], length 0
  Frame 21: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x8af0d
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 57736
    Sequence Number: 1559686890
    Acknowledgment Number: 1925367020
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
    Checksum: 0xfb18 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 1321849626 ecr 1562260397
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 6]
    Message: 0 bytes
10:16:32.530446 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 98: fd77::2.7000 > fd77::1.57736: Flags [P.], seq 1559686890:1559686902, ack 1925367020, win 63, options [nop,nop,TS val 1321849626 ecr 1562260397], length 12: "got 5 bytes\n"
  Frame 22: 98 bytes on the wire, 98 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x8af0d
    Payload Length: 44
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 57736
    Sequence Number: 1559686890
    Acknowledgment Number: 1925367020
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
    Checksum: 0xfb24 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 1321849626 ecr 1562260397
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 13]
    [Relative acknowledgment number: 6]
    Message: 12 bytes
    Data: "got 5 bytes\n"
10:16:32.530471 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.57736 > fd77::2.7000: Flags [.], seq 1925367020, ack 1559686902, win 64, options [nop,nop,TS val 1562260397 ecr 1321849626], length 0
  Frame 23: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xda6fb
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 57736
    Destination Port: 7000
    Sequence Number: 1925367020
    Acknowledgment Number: 1559686902
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
    Checksum: 0xfb18 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 1562260397 ecr 1321849626
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 6]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 13]
    Message: 0 bytes
10:16:32.530775 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.57736: Flags [F.], seq 1559686902, ack 1925367020, win 63, options [nop,nop,TS val 1321849626 ecr 1562260397], length 0
  Frame 24: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x8af0d
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 57736
    Sequence Number: 1559686902
    Acknowledgment Number: 1925367020
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
    Checksum: 0xfb18 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 1321849626 ecr 1562260397
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 13]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 6]
    Message: 0 bytes
10:16:32.532559 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.57736 > fd77::2.7000: Flags [F.], seq 1925367020, ack 1559686903, win 64, options [nop,nop,TS val 1562260399 ecr 1321849626], length 0
  Frame 25: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xda6fb
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 57736
    Destination Port: 7000
    Sequence Number: 1925367020
    Acknowledgment Number: 1559686903
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
    Checksum: 0xfb18 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 1562260399 ecr 1321849626
    [Stream index: 1]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 6]
    [Next relative sequence number: 7]
    [Relative acknowledgment number: 14]
    Message: 0 bytes
10:16:32.532584 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.57736: Flags [.], seq 1559686903, ack 1925367021, win 63, options [nop,nop,TS val 1321849628 ecr 1562260399], length 0
  Frame 26: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x8af0d
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 57736
    Sequence Number: 1559686903
    Acknowledgment Number: 1925367021
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
    Checksum: 0xfb18 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 1321849628 ecr 1562260399
    [Stream index: 1]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 14]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 7]
    Message: 0 bytes
10:16:32.619977 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 67: fd77::1.46901 > fd77::2.7001: UDP, length 5
  Frame 27: 67 bytes on the wire, 67 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x6fbbc
    Payload Length: 13
    Next Header: UDP (17)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 46901
    Destination Port: 7001
    Length: 13
    Checksum: 0xfb10 [partial (offloaded)]
10:16:32.620994 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 74: fd77::2.7001 > fd77::1.46901: UDP, length 12
  Frame 28: 74 bytes on the wire, 74 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xf9230
    Payload Length: 20
    Next Header: UDP (17)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 7001
    Destination Port: 46901
    Length: 20
    Checksum: 0xfb17 [partial (offloaded)]
--- stderr
reading from file offload-on.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
