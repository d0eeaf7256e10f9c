10:16:22.748682 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
  Frame 1: 86 bytes on the wire, 86 captured
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
10:16:22.748716 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
  Frame 2: 86 bytes on the wire, 86 captured
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
10:16:22.748721 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 118: fd77::1 > fd77::2: ICMP6, echo request, id 26636, seq 1, length 64
  Frame 3: 118 bytes on the wire, 118 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x536e0
    Payload Length: 64
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 128 (echo request)
    Code: 0
    Checksum: 0x68c8 [good]
    Identifier: 26636
    Sequence Number: 1
10:16:22.748731 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 118: fd77::2 > fd77::1: ICMP6, echo reply, id 26636, seq 1, length 64
  Frame 4: 118 bytes on the wire, 118 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x79dc9
    Payload Length: 64
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 129 (echo reply)
    Code: 0
    Checksum: 0x67c8 [good]
    Identifier: 26636
    Sequence Number: 1
10:16:22.950006 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 118: fd77::1 > fd77::2: ICMP6, echo request, id 26636, seq 2, length 64
  Frame 5: 118 bytes on the wire, 118 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x536e0
    Payload Length: 64
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 128 (echo request)
    Code: 0
    Checksum: 0x0ab5 [good]
    Identifier: 26636
    Sequence Number: 2
10:16:22.950058 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 118: fd77::2 > fd77::1: ICMP6, echo reply, id 26636, seq 2, length 64
  Frame 6: 118 bytes on the wire, 118 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x79dc9
    Payload Length: 64
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 129 (echo reply)
    Code: 0
    Checksum: 0x09b5 [good]
    Identifier: 26636
    Sequence Number: 2
10:16:23.053395 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 94: fd77::1.53152 > fd77::2.8080: Flags [S], seq 926723527, win 64800, options [mss 1440,sackOK,TS val 3504498524 ecr 0,nop,wscale 10], length 0
  Frame 7: 94 bytes on the wire, 94 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x853d7
    Payload Length: 40
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 53152
    Destination Port: 8080
    Sequence Number: 926723527
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
    Options: mss 1440,sackOK,TS val 3504498524 ecr 0,nop,wscale 10
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
10:16:23.053440 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 94: fd77::2.8080 > fd77::1.53152: Flags [S.], seq 2759178083, ack 926723528, win 64260, options [mss 1440,sackOK,TS val 1479214216 ecr 3504498524,nop,wscale 10], length 0
  Frame 8: 94 bytes on the wire, 94 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xf7111
    Payload Length: 40
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 8080
    Destination Port: 53152
    Sequence Number: 2759178083
    Acknowledgment Number: 926723528
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
    Options: mss 1440,sackOK,TS val 1479214216 ecr 3504498524,nop,wscale 10
    [Stream index: 0]
    [Conversation completeness: Incomplete, SYN_SENT (1)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:23.053461 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.53152 > fd77::2.8080: Flags [.], seq 926723528, ack 2759178084, win 64, options [nop,nop,TS val 3504498524 ecr 1479214216], length 0
  Frame 9: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x853d7
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 53152
    Destination Port: 8080
    Sequence Number: 926723528
    Acknowledgment Number: 2759178084
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
    Options: nop,nop,TS val 3504498524 ecr 1479214216
    [Stream index: 0]
    [Conversation completeness: Incomplete, CLIENT_ESTABLISHED (3)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:23.053805 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 233: fd77::1.53152 > fd77::2.8080: Flags [P.], seq 926723528:926723675, ack 2759178084, win 64, options [nop,nop,TS val 3504498524 ecr 1479214216], length 147: "GET /hello HTTP/1.1\r\nconnection: close\r\naccept: */*\r\naccept-language: *\r\nuser-agent: Deno/2.9.6\r\naccept-encoding: gzip,br\r\nhost: [fd77::2]:8080\r\n\r\n"
  Frame 10: 233 bytes on the wire, 233 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x853d7
    Payload Length: 179
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 53152
    Destination Port: 8080
    Sequence Number: 926723528
    Acknowledgment Number: 2759178084
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
    Checksum: 0xfbab [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 3504498524 ecr 1479214216
    [Stream index: 0]
    [Conversation completeness: Incomplete, ESTABLISHED (7)]
    [Relative sequence number: 1]
    [Next relative sequence number: 148]
    [Relative acknowledgment number: 1]
    Message: 147 bytes
    Data: "GET /hello HTTP/1.1\r\nconnection: close\r\naccept: */*\r\naccept-language: *\r\nuser-agent: Deno/2.9.6\r\naccept-encoding: gzip,br\r\nhost: [fd77::2]:8080\r\n\r\n"
10:16:23.053858 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.8080 > fd77::1.53152: Flags [.], seq 2759178084, ack 926723675, win 63, options [nop,nop,TS val 1479214216 ecr 3504498524], length 0
  Frame 11: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xf7111
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 8080
    Destination Port: 53152
    Sequence Number: 2759178084
    Acknowledgment Number: 926723675
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
    Options: nop,nop,TS val 1479214216 ecr 3504498524
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 148]
    Message: 0 bytes
10:16:23.065068 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 225: fd77::2.8080 > fd77::1.53152: Flags [P.], seq 2759178084:2759178223, ack 926723675, win 63, options [nop,nop,TS val 1479214228 ecr 3504498524], length 139: "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 18\r\ndate: Mon, 23 Nov 2026 10:16:23 GMT\r\nconnection: close\r\n\r\nhello from /hello\n"
  Frame 12: 225 bytes on the wire, 225 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xf7111
    Payload Length: 171
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 8080
    Destination Port: 53152
    Sequence Number: 2759178084
    Acknowledgment Number: 926723675
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
    Checksum: 0xfba3 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 1479214228 ecr 3504498524
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 140]
    [Relative acknowledgment number: 148]
    Message: 139 bytes
    Data: "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 18\r\ndate: Mon, 23 Nov 2026 10:16:23 GMT\r\nconnection: close\r\n\r\nhello from /hello\n"
10:16:23.065138 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.53152 > fd77::2.8080: Flags [.], seq 926723675, ack 2759178223, win 64, options [nop,nop,TS val 3504498536 ecr 1479214228], length 0
  Frame 13: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x853d7
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 53152
    Destination Port: 8080
    Sequence Number: 926723675
    Acknowledgment Number: 2759178223
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
    Options: nop,nop,TS val 3504498536 ecr 1479214228
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 148]
    [Next relative sequence number: 148]
    [Relative acknowledgment number: 140]
    Message: 0 bytes
10:16:23.065239 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.53152 > fd77::2.8080: Flags [F.], seq 926723675, ack 2759178223, win 64, options [nop,nop,TS val 3504498536 ecr 1479214228], length 0
  Frame 14: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x853d7
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 53152
    Destination Port: 8080
    Sequence Number: 926723675
    Acknowledgment Number: 2759178223
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
    Options: nop,nop,TS val 3504498536 ecr 1479214228
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 148]
    [Next relative sequence number: 149]
    [Relative acknowledgment number: 140]
    Message: 0 bytes
10:16:23.069477 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.8080 > fd77::1.53152: Flags [F.], seq 2759178223, ack 926723676, win 63, options [nop,nop,TS val 1479214232 ecr 3504498536], length 0
  Frame 15: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xf7111
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 8080
    Destination Port: 53152
    Sequence Number: 2759178223
    Acknowledgment Number: 926723676
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
    Options: nop,nop,TS val 1479214232 ecr 3504498536
    [Stream index: 0]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 140]
    [Next relative sequence number: 141]
    [Relative acknowledgment number: 149]
    Message: 0 bytes
10:16:23.069502 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.53152 > fd77::2.8080: Flags [.], seq 926723676, ack 2759178224, win 64, options [nop,nop,TS val 3504498540 ecr 1479214232], length 0
  Frame 16: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x853d7
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 53152
    Destination Port: 8080
    Sequence Number: 926723676
    Acknowledgment Number: 2759178224
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
    Options: nop,nop,TS val 3504498540 ecr 1479214232
    [Stream index: 0]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 149]
    [Next relative sequence number: 149]
    [Relative acknowledgment number: 141]
    Message: 0 bytes
10:16:23.198963 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 94: fd77::1.57720 > fd77::2.7000: Flags [S], seq 1713969235, win 64800, options [mss 1440,sackOK,TS val 3102870022 ecr 0,nop,wscale 10], length 0
  Frame 17: 94 bytes on the wire, 94 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x54b0d
    Payload Length: 40
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 57720
    Destination Port: 7000
    Sequence Number: 1713969235
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
    Options: mss 1440,sackOK,TS val 3102870022 ecr 0,nop,wscale 10
    [Stream index: 1]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
10:16:23.199005 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 94: fd77::2.7000 > fd77::1.57720: Flags [S.], seq 3017665542, ack 1713969236, win 64260, options [mss 1440,sackOK,TS val 1520021247 ecr 3102870022,nop,wscale 10], length 0
  Frame 18: 94 bytes on the wire, 94 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x4b05f
    Payload Length: 40
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 57720
    Sequence Number: 3017665542
    Acknowledgment Number: 1713969236
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
    Options: mss 1440,sackOK,TS val 1520021247 ecr 3102870022,nop,wscale 10
    [Stream index: 1]
    [Conversation completeness: Incomplete, SYN_SENT (1)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:23.199024 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.57720 > fd77::2.7000: Flags [.], seq 1713969236, ack 3017665543, win 64, options [nop,nop,TS val 3102870022 ecr 1520021247], length 0
  Frame 19: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x54b0d
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 57720
    Destination Port: 7000
    Sequence Number: 1713969236
    Acknowledgment Number: 3017665543
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
    Options: nop,nop,TS val 3102870022 ecr 1520021247
    [Stream index: 1]
    [Conversation completeness: Incomplete, CLIENT_ESTABLISHED (3)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:23.199745 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 91: fd77::1.57720 > fd77::2.7000: Flags [P.], seq 1713969236:1713969241, ack 3017665543, win 64, options [nop,nop,TS val 3102870022 ecr 1520021247], length 5: "print"
  Frame 20: 91 bytes on the wire, 91 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x54b0d
    Payload Length: 37
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 57720
    Destination Port: 7000
    Sequence Number: 1713969236
    Acknowledgment Number: 3017665543
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
    Options: nop,nop,TS val 3102870022 ecr 1520021247
    [Stream index: 1]
    [Conversation completeness: Incomplete, ESTABLISHED (7)]
    [Relative sequence number: 1]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 1]
    Message: 5 bytes
    Data: "print"
10:16:23.199766 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.57720: Flags [.], seq 3017665543, ack 1713969241, win 63, options [nop,nop,TS val 1520021247 ecr 3102870022], length 0
  Frame 21: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x4b05f
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 57720
    Sequence Number: 3017665543
    Acknowledgment Number: 1713969241
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
    Options: nop,nop,TS val 1520021247 ecr 3102870022
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 6]
    Message: 0 bytes
10:16:23.200370 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 98: fd77::2.7000 > fd77::1.57720: Flags [P.], seq 3017665543:3017665555, ack 1713969241, win 63, options [nop,nop,TS val 1520021248 ecr 3102870022], length 12: "got 5 bytes\n"
  Frame 22: 98 bytes on the wire, 98 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x4b05f
    Payload Length: 44
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 57720
    Sequence Number: 3017665543
    Acknowledgment Number: 1713969241
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
    Options: nop,nop,TS val 1520021248 ecr 3102870022
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 13]
    [Relative acknowledgment number: 6]
    Message: 12 bytes
    Data: "got 5 bytes\n"
10:16:23.200390 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.57720 > fd77::2.7000: Flags [.], seq 1713969241, ack 3017665555, win 64, options [nop,nop,TS val 3102870023 ecr 1520021248], length 0
  Frame 23: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x54b0d
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 57720
    Destination Port: 7000
    Sequence Number: 1713969241
    Acknowledgment Number: 3017665555
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
    Options: nop,nop,TS val 3102870023 ecr 1520021248
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 6]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 13]
    Message: 0 bytes
10:16:23.200785 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.57720: Flags [F.], seq 3017665555, ack 1713969241, win 63, options [nop,nop,TS val 1520021248 ecr 3102870023], length 0
  Frame 24: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x4b05f
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 57720
    Sequence Number: 3017665555
    Acknowledgment Number: 1713969241
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
    Options: nop,nop,TS val 1520021248 ecr 3102870023
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 13]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 6]
    Message: 0 bytes
10:16:23.201049 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.57720 > fd77::2.7000: Flags [F.], seq 1713969241, ack 3017665556, win 64, options [nop,nop,TS val 3102870024 ecr 1520021248], length 0
  Frame 25: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x54b0d
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 57720
    Destination Port: 7000
    Sequence Number: 1713969241
    Acknowledgment Number: 3017665556
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
    Options: nop,nop,TS val 3102870024 ecr 1520021248
    [Stream index: 1]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 6]
    [Next relative sequence number: 7]
    [Relative acknowledgment number: 14]
    Message: 0 bytes
10:16:23.201067 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2.7000 > fd77::1.57720: Flags [.], seq 3017665556, ack 1713969242, win 63, options [nop,nop,TS val 1520021249 ecr 3102870024], length 0
  Frame 26: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x4b05f
    Payload Length: 32
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 57720
    Sequence Number: 3017665556
    Acknowledgment Number: 1713969242
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
    Options: nop,nop,TS val 1520021249 ecr 3102870024
    [Stream index: 1]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 14]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 7]
    Message: 0 bytes
--- stderr
reading from file http-ipv6.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
