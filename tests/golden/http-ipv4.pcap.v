10:16:20.992186 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
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
10:16:20.992211 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
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
10:16:20.992214 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 98: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26591, seq 1, length 64
  Frame 3: 98 bytes on the wire, 98 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0xb0a3 (45219)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x7569 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0xc7ab [good]
    Identifier: 26591
    Sequence Number: 1
10:16:20.992235 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 98: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26591, seq 1, length 64
  Frame 4: 98 bytes on the wire, 98 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0x35f7 (13815)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x3016 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Internet Control Message Protocol
    Type: 0 (echo reply)
    Code: 0
    Checksum: 0xcfab [good]
    Identifier: 26591
    Sequence Number: 1
10:16:21.193966 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 98: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26591, seq 2, length 64
  Frame 5: 98 bytes on the wire, 98 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0xb0d6 (45270)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x7536 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0xc1d8 [good]
    Identifier: 26591
    Sequence Number: 2
10:16:21.194002 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 98: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26591, seq 2, length 64
  Frame 6: 98 bytes on the wire, 98 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 84
    Identification: 0x3604 (13828)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x3009 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Internet Control Message Protocol
    Type: 0 (echo reply)
    Code: 0
    Checksum: 0xc9d8 [good]
    Identifier: 26591
    Sequence Number: 2
10:16:21.283217 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [S], seq 579620008, win 64240, options [mss 1460,sackOK,TS val 2729306993 ecr 0,nop,wscale 10], length 0
  Frame 7: 74 bytes on the wire, 74 captured
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
    Identification: 0x7ef4 (32500)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0xa72b [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46714
    Destination Port: 8080
    Sequence Number: 579620008
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
    Options: mss 1460,sackOK,TS val 2729306993 ecr 0,nop,wscale 10
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
10:16:21.283260 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 74: 10.77.0.2.8080 > 10.77.0.1.46714: Flags [S.], seq 3700039110, ack 579620009, win 65160, options [mss 1460,sackOK,TS val 3498568930 ecr 2729306993,nop,wscale 10], length 0
  Frame 8: 74 bytes on the wire, 74 captured
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
    Source Port: 8080
    Destination Port: 46714
    Sequence Number: 3700039110
    Acknowledgment Number: 579620009
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
    Options: mss 1460,sackOK,TS val 3498568930 ecr 2729306993,nop,wscale 10
    [Stream index: 0]
    [Conversation completeness: Incomplete, SYN_SENT (1)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:21.283278 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [.], seq 579620009, ack 3700039111, win 63, options [nop,nop,TS val 2729306993 ecr 3498568930], length 0
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
    Identification: 0x7ef5 (32501)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0xa732 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46714
    Destination Port: 8080
    Sequence Number: 579620009
    Acknowledgment Number: 3700039111
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
    Options: nop,nop,TS val 2729306993 ecr 3498568930
    [Stream index: 0]
    [Conversation completeness: Incomplete, CLIENT_ESTABLISHED (3)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:21.283555 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 213: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [P.], seq 579620009:579620156, ack 3700039111, win 63, options [nop,nop,TS val 2729306993 ecr 3498568930], length 147: "GET /hello HTTP/1.1\r\nconnection: close\r\naccept: */*\r\naccept-language: *\r\nuser-agent: Deno/2.9.6\r\naccept-encoding: gzip,br\r\nhost: 10.77.0.2:8080\r\n\r\n"
  Frame 10: 213 bytes on the wire, 213 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 199
    Identification: 0x7ef6 (32502)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0xa69e [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46714
    Destination Port: 8080
    Sequence Number: 579620009
    Acknowledgment Number: 3700039111
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
    Checksum: 0x1556 [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 2729306993 ecr 3498568930
    [Stream index: 0]
    [Conversation completeness: Incomplete, ESTABLISHED (7)]
    [Relative sequence number: 1]
    [Next relative sequence number: 148]
    [Relative acknowledgment number: 1]
    Message: 147 bytes
    Data: "GET /hello HTTP/1.1\r\nconnection: close\r\naccept: */*\r\naccept-language: *\r\nuser-agent: Deno/2.9.6\r\naccept-encoding: gzip,br\r\nhost: 10.77.0.2:8080\r\n\r\n"
10:16:21.283583 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.8080 > 10.77.0.1.46714: Flags [.], seq 3700039111, ack 579620156, win 64, options [nop,nop,TS val 3498568930 ecr 2729306993], length 0
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
    Identification: 0xc1af (49583)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x6478 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 8080
    Destination Port: 46714
    Sequence Number: 3700039111
    Acknowledgment Number: 579620156
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
    Options: nop,nop,TS val 3498568930 ecr 2729306993
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 148]
    Message: 0 bytes
10:16:21.290792 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 205: 10.77.0.2.8080 > 10.77.0.1.46714: Flags [P.], seq 3700039111:3700039250, ack 579620156, win 64, options [nop,nop,TS val 3498568937 ecr 2729306993], length 139: "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 18\r\ndate: Mon, 23 Nov 2026 10:16:21 GMT\r\nconnection: close\r\n\r\nhello from /hello\n"
  Frame 12: 205 bytes on the wire, 205 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 191
    Identification: 0xc1b0 (49584)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x63ec [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 8080
    Destination Port: 46714
    Sequence Number: 3700039111
    Acknowledgment Number: 579620156
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
    Checksum: 0x154e [partial (offloaded)]
    Urgent Pointer: 0
    Options: nop,nop,TS val 3498568937 ecr 2729306993
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 140]
    [Relative acknowledgment number: 148]
    Message: 139 bytes
    Data: "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 18\r\ndate: Mon, 23 Nov 2026 10:16:21 GMT\r\nconnection: close\r\n\r\nhello from /hello\n"
10:16:21.290834 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [.], seq 579620156, ack 3700039250, win 63, options [nop,nop,TS val 2729307000 ecr 3498568937], length 0
  Frame 13: 66 bytes on the wire, 66 captured
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
    Identification: 0x7ef7 (32503)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0xa730 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46714
    Destination Port: 8080
    Sequence Number: 579620156
    Acknowledgment Number: 3700039250
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
    Options: nop,nop,TS val 2729307000 ecr 3498568937
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 148]
    [Next relative sequence number: 148]
    [Relative acknowledgment number: 140]
    Message: 0 bytes
10:16:21.290928 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [F.], seq 579620156, ack 3700039250, win 63, options [nop,nop,TS val 2729307001 ecr 3498568937], length 0
  Frame 14: 66 bytes on the wire, 66 captured
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
    Identification: 0x7ef8 (32504)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0xa72f [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46714
    Destination Port: 8080
    Sequence Number: 579620156
    Acknowledgment Number: 3700039250
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
    Options: nop,nop,TS val 2729307001 ecr 3498568937
    [Stream index: 0]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 148]
    [Next relative sequence number: 149]
    [Relative acknowledgment number: 140]
    Message: 0 bytes
10:16:21.293917 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.8080 > 10.77.0.1.46714: Flags [F.], seq 3700039250, ack 579620157, win 64, options [nop,nop,TS val 3498568941 ecr 2729307001], length 0
  Frame 15: 66 bytes on the wire, 66 captured
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
    Identification: 0xc1b1 (49585)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x6476 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 8080
    Destination Port: 46714
    Sequence Number: 3700039250
    Acknowledgment Number: 579620157
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
    Options: nop,nop,TS val 3498568941 ecr 2729307001
    [Stream index: 0]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 140]
    [Next relative sequence number: 141]
    [Relative acknowledgment number: 149]
    Message: 0 bytes
10:16:21.293937 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.46714 > 10.77.0.2.8080: Flags [.], seq 579620157, ack 3700039251, win 63, options [nop,nop,TS val 2729307004 ecr 3498568941], length 0
  Frame 16: 66 bytes on the wire, 66 captured
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
    Identification: 0x7ef9 (32505)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0xa72e [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 46714
    Destination Port: 8080
    Sequence Number: 579620157
    Acknowledgment Number: 3700039251
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
    Options: nop,nop,TS val 2729307004 ecr 3498568941
    [Stream index: 0]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 149]
    [Next relative sequence number: 149]
    [Relative acknowledgment number: 141]
    Message: 0 bytes
10:16:21.435258 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.48594 > 10.77.0.2.7000: Flags [S], seq 3004038573, win 64240, options [mss 1460,sackOK,TS val 3773520264 ecr 0,nop,wscale 10], length 0
  Frame 17: 74 bytes on the wire, 74 captured
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
    Identification: 0x276b (10091)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0xfeb4 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 48594
    Destination Port: 7000
    Sequence Number: 3004038573
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
    Options: mss 1460,sackOK,TS val 3773520264 ecr 0,nop,wscale 10
    [Stream index: 1]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
10:16:21.435296 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 74: 10.77.0.2.7000 > 10.77.0.1.48594: Flags [S.], seq 2360717897, ack 3004038574, win 65160, options [mss 1460,sackOK,TS val 1792579989 ecr 3773520264,nop,wscale 10], length 0
  Frame 18: 74 bytes on the wire, 74 captured
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
    Destination Port: 48594
    Sequence Number: 2360717897
    Acknowledgment Number: 3004038574
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
    Options: mss 1460,sackOK,TS val 1792579989 ecr 3773520264,nop,wscale 10
    [Stream index: 1]
    [Conversation completeness: Incomplete, SYN_SENT (1)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:21.435314 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.48594 > 10.77.0.2.7000: Flags [.], seq 3004038574, ack 2360717898, win 63, options [nop,nop,TS val 3773520264 ecr 1792579989], length 0
  Frame 19: 66 bytes on the wire, 66 captured
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
    Identification: 0x276c (10092)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0xfebb [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 48594
    Destination Port: 7000
    Sequence Number: 3004038574
    Acknowledgment Number: 2360717898
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
    Options: nop,nop,TS val 3773520264 ecr 1792579989
    [Stream index: 1]
    [Conversation completeness: Incomplete, CLIENT_ESTABLISHED (3)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:21.436702 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 71: 10.77.0.1.48594 > 10.77.0.2.7000: Flags [P.], seq 3004038574:3004038579, ack 2360717898, win 63, options [nop,nop,TS val 3773520265 ecr 1792579989], length 5: "print"
  Frame 20: 71 bytes on the wire, 71 captured
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
    Identification: 0x276d (10093)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0xfeb5 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 48594
    Destination Port: 7000
    Sequence Number: 3004038574
    Acknowledgment Number: 2360717898
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
    Options: nop,nop,TS val 3773520265 ecr 1792579989
    [Stream index: 1]
    [Conversation completeness: Incomplete, ESTABLISHED (7)]
    [Relative sequence number: 1]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 1]
    Message: 5 bytes
    Data: "print"
10:16:21.436727 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.48594: Flags [.], seq 2360717898, ack 3004038579, win 64, options [nop,nop,TS val 1792579990 ecr 3773520265], length 0
  Frame 21: 66 bytes on the wire, 66 captured
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
    Identification: 0x9b08 (39688)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x8b1f [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 48594
    Sequence Number: 2360717898
    Acknowledgment Number: 3004038579
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
    Options: nop,nop,TS val 1792579990 ecr 3773520265
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 6]
    Message: 0 bytes
10:16:21.437039 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 78: 10.77.0.2.7000 > 10.77.0.1.48594: Flags [P.], seq 2360717898:2360717910, ack 3004038579, win 64, options [nop,nop,TS val 1792579991 ecr 3773520265], length 12: "got 5 bytes\n"
  Frame 22: 78 bytes on the wire, 78 captured
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
    Identification: 0x9b09 (39689)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x8b12 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 48594
    Sequence Number: 2360717898
    Acknowledgment Number: 3004038579
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
    Options: nop,nop,TS val 1792579991 ecr 3773520265
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 1]
    [Next relative sequence number: 13]
    [Relative acknowledgment number: 6]
    Message: 12 bytes
    Data: "got 5 bytes\n"
10:16:21.437052 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.48594 > 10.77.0.2.7000: Flags [.], seq 3004038579, ack 2360717910, win 63, options [nop,nop,TS val 3773520266 ecr 1792579991], length 0
  Frame 23: 66 bytes on the wire, 66 captured
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
    Identification: 0x276e (10094)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0xfeb9 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 48594
    Destination Port: 7000
    Sequence Number: 3004038579
    Acknowledgment Number: 2360717910
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
    Options: nop,nop,TS val 3773520266 ecr 1792579991
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 6]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 13]
    Message: 0 bytes
10:16:21.437482 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.48594: Flags [F.], seq 2360717910, ack 3004038579, win 64, options [nop,nop,TS val 1792579991 ecr 3773520266], length 0
  Frame 24: 66 bytes on the wire, 66 captured
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
    Identification: 0x9b0a (39690)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x8b1d [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 48594
    Sequence Number: 2360717910
    Acknowledgment Number: 3004038579
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
    Options: nop,nop,TS val 1792579991 ecr 3773520266
    [Stream index: 1]
    [Conversation completeness: Incomplete, DATA (15)]
    [Relative sequence number: 13]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 6]
    Message: 0 bytes
10:16:21.438852 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.48594 > 10.77.0.2.7000: Flags [F.], seq 3004038579, ack 2360717911, win 63, options [nop,nop,TS val 3773520268 ecr 1792579991], length 0
  Frame 25: 66 bytes on the wire, 66 captured
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
    Identification: 0x276f (10095)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0xfeb8 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 48594
    Destination Port: 7000
    Sequence Number: 3004038579
    Acknowledgment Number: 2360717911
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
    Options: nop,nop,TS val 3773520268 ecr 1792579991
    [Stream index: 1]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 6]
    [Next relative sequence number: 7]
    [Relative acknowledgment number: 14]
    Message: 0 bytes
10:16:21.438880 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 66: 10.77.0.2.7000 > 10.77.0.1.48594: Flags [.], seq 2360717911, ack 3004038580, win 64, options [nop,nop,TS val 1792579993 ecr 3773520268], length 0
  Frame 26: 66 bytes on the wire, 66 captured
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
    Identification: 0x9b0b (39691)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x8b1c [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7000
    Destination Port: 48594
    Sequence Number: 2360717911
    Acknowledgment Number: 3004038580
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
    Options: nop,nop,TS val 1792579993 ecr 3773520268
    [Stream index: 1]
    [Conversation completeness: Complete, WITH_DATA (31)]
    [Relative sequence number: 14]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 7]
    Message: 0 bytes
--- stderr
reading from file http-ipv4.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
