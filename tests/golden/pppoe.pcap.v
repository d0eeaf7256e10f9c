00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 82: PPPoE  [ses 0x17] IP (0x0021), length 62: 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
  Frame 1: 82 bytes on the wire, 82 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8864
  PPP-over-Ethernet Session
    Version: 1
    Type: 1
    Code: 0x00
    Session ID: 0x0017
    Payload Length: 62
  Point-to-Point Protocol
    Protocol: Internet Protocol version 4 (0x0021)
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
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 86: PPPoE  [ses 0x1234] IP6 (0x0057), length 66: fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 1, length 24
  Frame 2: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8864
  PPP-over-Ethernet Session
    Version: 1
    Type: 1
    Code: 0x00
    Session ID: 0x1234
    Payload Length: 66
  Point-to-Point Protocol
    Protocol: Internet Protocol version 6 (0x0057)
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 24
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 128 (echo request)
    Code: 0
    Checksum: 0x41fa [good]
    Identifier: 16962
    Sequence Number: 1
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 60: PPPoE  [ses 0x17] LCP (0xc021), length 10
  Frame 3: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8864
  PPP-over-Ethernet Session
    Version: 1
    Type: 1
    Code: 0x00
    Session ID: 0x0017
    Payload Length: 10
  Point-to-Point Protocol
    Protocol: Link Control Protocol (0xc021)
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 59: PPPoE  [ses 0x17] IP (0x0021), length 39: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 10
  Frame 4: 59 bytes on the wire, 59 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8864
  PPP-over-Ethernet Session
    Version: 1
    Type: 1
    Code: 0x00
    Session ID: 0x0017
    Payload Length: 39
  Point-to-Point Protocol
    Protocol: Internet Protocol version 4 (0x0021)
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 38
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x13f7 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 18
    Checksum: 0x1776 [good]
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q (0x8100), vlan 7, p 0, ethertype PPPoE S (0x8864), length 60: PPPoE  [ses 0x99] IP (0x0021), length 36: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 6
  Frame 5: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8100
  802.1Q tag 1
    Priority: 0
    Drop Eligible: not set
    VLAN ID: 7
    EtherType: 0x8864
  PPP-over-Ethernet Session
    Version: 1
    Type: 1
    Code: 0x00
    Session ID: 0x0099
    Payload Length: 36
  Point-to-Point Protocol
    Protocol: Internet Protocol version 4 (0x0021)
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 34
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x13fb [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 14
    Checksum: 0xf26d [good]
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 59: PPPoE  [ses 0x17] MPLS (0x0281), length 39: MPLS (label 16, tc 0, [S], ttl 64) 10.77.0.1 > 10.77.0.2: ICMP echo request, id 20560, seq 1, length 13
  Frame 6: 59 bytes on the wire, 59 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8864
  PPP-over-Ethernet Session
    Version: 1
    Type: 1
    Code: 0x00
    Session ID: 0x0017
    Payload Length: 39
  Point-to-Point Protocol
    Protocol: MPLS (0x0281)
  MPLS label stack entry 1
    Label: 16
    Traffic Class: 0
    Bottom of Stack: set
    Time to Live: 64
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 33
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x140c [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0xc1ee [good]
    Identifier: 20560
    Sequence Number: 1
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 55: PPPoE  [ses 0x17] [|pppoe]
  Frame 7: 55 bytes on the wire, 21 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8864
  PPP-over-Ethernet Session
    Version: 1
    Type: 1
    Code: 0x00
    Session ID: 0x0017
    Payload Length: 35
  [truncated pppoe: needs 8 bytes at offset 14, has 7]
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype PPPoE S (0x8864), length 55 [malformed pppoe: bad total length at offset 14]
  Frame 8: 55 bytes on the wire, 55 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8864
  [malformed pppoe: bad total length at offset 14]
--- stderr
reading from file pppoe.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
