00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40100 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
  Frame 1: 74 bytes on the wire, 74 captured
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
    Source Port: 40100
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
    Checksum: 0x7888 [good]
    Urgent Pointer: 0
    Options: mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 78: 10.77.0.1.40101 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [nop,nop,TS val 16909061 ecr 168496141,nop,nop,sack 1 {3001:4001}], length 0
  Frame 2: 78 bytes on the wire, 78 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 64
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13e8 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40101
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 11 (44 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0x30e3 [good]
    Urgent Pointer: 0
    Options: nop,nop,TS val 16909061 ecr 168496141,nop,nop,sack 1 {3001:4001}
    [Stream index: 1]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40102 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [nop,nop,sack 2 {3001:4001}{5001:6001}], length 0
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
    Source Port: 40102
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 10 (40 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0x390e [good]
    Urgent Pointer: 0
    Options: nop,nop,sack 2 {3001:4001}{5001:6001}
    [Stream index: 2]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 82: 10.77.0.1.40103 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [nop,nop,sack 3 {3001:4001}{5001:6001}{7001:8001}], length 0
  Frame 4: 82 bytes on the wire, 82 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 68
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13e4 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40103
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 12 (48 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0xde62 [good]
    Urgent Pointer: 0
    Options: nop,nop,sack 3 {3001:4001}{5001:6001}{7001:8001}
    [Stream index: 3]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 66: 10.77.0.1.40104 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,opt-99:4,eol], length 0
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
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13f4 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40104
    Destination Port: 7000
    Sequence Number: 1000
    Acknowledgment Number: 0
    Data Offset: 8 (32 bytes)
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
    Checksum: 0x9dd6 [good]
    Urgent Pointer: 0
    Options: mss 1460,opt-99:4,eol
    [Stream index: 4]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 58: 10.77.0.1.40105 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [opt-253:4], length 0
  Frame 6: 58 bytes on the wire, 58 captured
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
    Protocol: TCP (6)
    Header Checksum: 0x13fc [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40105
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 6 (24 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0xb649 [good]
    Urgent Pointer: 0
    Options: opt-253:4
    [Stream index: 5]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 58: 10.77.0.1.40106 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [nop,bad opt 79], length 0
  Frame 7: 58 bytes on the wire, 58 captured
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
    Protocol: TCP (6)
    Header Checksum: 0x13fc [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40106
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 6 (24 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0xc432 [good]
    Urgent Pointer: 0
    Options: nop,bad opt 79
    [Stream index: 6]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 72: 10.77.0.1.40107 > 10.77.0.2.7000: Flags [P.], seq 1001:1011, ack 2001, win 502, options [nop,nop,bad opt 5], length 10: "data after"
  Frame 8: 72 bytes on the wire, 72 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 58
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13ee [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40107
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 7 (28 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0xde93 [good]
    Urgent Pointer: 0
    Options: nop,nop,bad opt 5
    [Stream index: 7]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 11]
    [Relative acknowledgment number: 1]
    Message: 10 bytes
    Data: "data after"
00:00:00.008136 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40108 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [opt-19:18,nop,nop], length 0
  Frame 9: 74 bytes on the wire, 74 captured
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
    Source Port: 40108
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 10 (40 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0x391c [good]
    Urgent Pointer: 0
    Options: opt-19:18,nop,nop
    [Stream index: 8]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
00:00:00.009153 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 80: 10.77.0.1.40109 > 10.77.0.2.7000: Flags [S], seq 1000:1010, win 64240, options [mss 1460,opt-34:10,nop,nop], length 10: "early data"
  Frame 10: 80 bytes on the wire, 80 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 66
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13e6 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40109
    Destination Port: 7000
    Sequence Number: 1000
    Acknowledgment Number: 0
    Data Offset: 9 (36 bytes)
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
    Checksum: 0x3e84 [good]
    Urgent Pointer: 0
    Options: mss 1460,opt-34:10,nop,nop
    [Stream index: 9]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 11]
    [Relative acknowledgment number: 0]
    Message: 10 bytes
    Data: "early data"
00:00:00.010170 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40110 > 10.77.0.2.7000: Flags [SEW], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
  Frame 11: 74 bytes on the wire, 74 captured
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
    Source Port: 40110
    Destination Port: 7000
    Sequence Number: 1000
    Acknowledgment Number: 0
    Data Offset: 10 (40 bytes)
    AE: not set
    CWR: set
    ECE: set
    URG: not set
    ACK: not set
    PSH: not set
    RST: not set
    SYN: set
    FIN: not set
    Window: 64240
    Checksum: 0x77be [good]
    Urgent Pointer: 0
    Options: mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7
    [Stream index: 10]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
00:00:00.011187 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1.40111 > 10.77.0.2.7000: Flags [P.U], seq 1001:1007, ack 2001, win 502, urg 3, length 6: "URGent"
  Frame 12: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 2
    Total Length: 46
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13f8 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40111
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 5 (20 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: set
    ACK: set
    PSH: set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0xca23 [good]
    Urgent Pointer: 3
    [Stream index: 11]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 7]
    [Relative acknowledgment number: 1]
    Message: 6 bytes
    Data: "URGent"
00:00:00.012204 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 54: 10.77.0.1.40112 > 10.77.0.2.7000: Flags [.E], seq 1001, ack 2001, win 502, length 0
  Frame 13: 54 bytes on the wire, 54 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 3
    Total Length: 40
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13fd [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40112
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 5 (20 bytes)
    AE: not set
    CWR: not set
    ECE: set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0xd53f [good]
    Urgent Pointer: 0
    [Stream index: 12]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
00:00:00.013221 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 57: 10.77.0.1.40113 > 10.77.0.2.7000: Flags [.W], seq 1001:1004, ack 2001, win 502, length 3: "cwr"
  Frame 14: 57 bytes on the wire, 57 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 2
    Total Length: 43
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13fb [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40113
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 5 (20 bytes)
    AE: not set
    CWR: set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0xff83 [good]
    Urgent Pointer: 0
    [Stream index: 13]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 4]
    [Relative acknowledgment number: 1]
    Message: 3 bytes
    Data: "cwr"
00:00:00.014238 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 54: 10.77.0.1.40114 > 10.77.0.2.7000: Flags [.e], seq 1001, ack 2001, win 502, length 0
  Frame 15: 54 bytes on the wire, 54 captured
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
    Source Port: 40114
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 5 (20 bytes)
    AE: set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0xd47d [good]
    Urgent Pointer: 0
    [Stream index: 14]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
00:00:00.015255 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 55: 10.77.0.1.40115 > 10.77.0.2.7000: Flags [FSRP.UEWe], seq 1001:1002, ack 2001, win 502, urg 1, length 1: "x"
  Frame 16: 55 bytes on the wire, 55 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 41
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13ff [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40115
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 5 (20 bytes)
    AE: set
    CWR: set
    ECE: set
    URG: set
    ACK: set
    PSH: set
    RST: set
    SYN: set
    FIN: set
    Window: 502
    Checksum: 0x4d8b [good]
    Urgent Pointer: 1
    [Stream index: 15]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 2]
    [Relative acknowledgment number: 1]
    Message: 1 bytes
    Data: "x"
00:00:00.016272 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 94: 10.77.0.1.40116 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, options [nop,nop,TS val 16909062 ecr 168496142,nop,nop,sack 3 {3001:4001}{5001:6001}{7001:8001}], length 0
  Frame 17: 94 bytes on the wire, 94 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 80
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x13d8 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 40116
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 15 (60 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 502
    Checksum: 0x8b1d [good]
    Urgent Pointer: 0
    Options: nop,nop,TS val 16909062 ecr 168496142,nop,nop,sack 3 {3001:4001}{5001:6001}{7001:8001}
    [Stream index: 16]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
00:00:00.017289 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 94: fd77::1.40117 > fd77::2.7000: Flags [S], seq 1000, win 64240, options [mss 1440,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
  Frame 18: 94 bytes on the wire, 94 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
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
    Source Port: 40117
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
    Checksum: 0x9235 [good]
    Urgent Pointer: 0
    Options: mss 1440,sackOK,TS val 16909060 ecr 0,nop,wscale 7
    [Stream index: 17]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
00:00:00.018306 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 54: 10.77.0.1.40118 > 10.77.0.2.7000: Flags [.], seq 1001, ack 2001, win 502, length 0 [malformed tcp: bad data offset at offset 34]
  Frame 19: 54 bytes on the wire, 54 captured
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
  [malformed tcp: bad data offset at offset 34]
--- stderr
reading from file tcp-options.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
