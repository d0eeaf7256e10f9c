10:16:29.631461 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
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
10:16:29.631492 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
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
10:16:29.631497 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.37412 > 10.77.0.2.7002: Flags [S], seq 729568748, win 64240, options [mss 1460,sackOK,TS val 96451583 ecr 0,nop,wscale 10], length 0
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
    Identification: 0xc038 (49208)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x65e7 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Transmission Control Protocol
    Source Port: 37412
    Destination Port: 7002
    Sequence Number: 729568748
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
    Options: mss 1460,sackOK,TS val 96451583 ecr 0,nop,wscale 10
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
10:16:29.631528 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 54: 10.77.0.2.7002 > 10.77.0.1.37412: Flags [R.], seq 0, ack 729568749, win 0, length 0
  Frame 4: 54 bytes on the wire, 54 captured
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
    Identification: 0x0000 (0)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: TCP (6)
    Header Checksum: 0x2634 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Transmission Control Protocol
    Source Port: 7002
    Destination Port: 37412
    Sequence Number: 0
    Acknowledgment Number: 729568749
    Data Offset: 5 (20 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: set
    SYN: not set
    FIN: not set
    Window: 0
    Checksum: 0x6c4c [good]
    Urgent Pointer: 0
    [Stream index: 0]
    [Conversation completeness: Incomplete, SYN_SENT (1)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
10:16:29.663678 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
  Frame 5: 86 bytes on the wire, 86 captured
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
10:16:29.663716 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
  Frame 6: 86 bytes on the wire, 86 captured
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
10:16:29.663723 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 94: fd77::1.45744 > fd77::2.7002: Flags [S], seq 2212789474, win 64800, options [mss 1440,sackOK,TS val 1809357798 ecr 0,nop,wscale 10], length 0
  Frame 7: 94 bytes on the wire, 94 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x08694
    Payload Length: 40
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 45744
    Destination Port: 7002
    Sequence Number: 2212789474
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
    Options: mss 1440,sackOK,TS val 1809357798 ecr 0,nop,wscale 10
    [Stream index: 1]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
10:16:29.663736 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 74: fd77::2.7002 > fd77::1.45744: Flags [R.], seq 0, ack 2212789475, win 0, length 0
  Frame 8: 74 bytes on the wire, 74 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x7caf2
    Payload Length: 20
    Next Header: TCP (6)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 7002
    Destination Port: 45744
    Sequence Number: 0
    Acknowledgment Number: 2212789475
    Data Offset: 5 (20 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: set
    SYN: not set
    FIN: not set
    Window: 0
    Checksum: 0xfb0c [partial (offloaded)]
    Urgent Pointer: 0
    [Stream index: 1]
    [Conversation completeness: Incomplete, SYN_SENT (1)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
--- stderr
reading from file tcp-refused.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
