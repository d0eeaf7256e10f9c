00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS unicast (0x8847), length 60: MPLS (label 16, tc 0, [S], ttl 64) 10.77.0.1 > 10.77.0.2: ICMP echo request, id 19792, seq 1, length 17
  Frame 1: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8847
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
    Total Length: 37
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x1408 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0x122c [good]
    Identifier: 19792
    Sequence Number: 1
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS multicast (0x8848), length 79: MPLS (label 1000, tc 3, ttl 255) (label 17, tc 5, [S], ttl 63) fd77::1.40001 > fd77::2.7001: UDP, length 9
  Frame 2: 79 bytes on the wire, 79 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8848
  MPLS label stack entry 1
    Label: 1000
    Traffic Class: 3
    Bottom of Stack: not set
    Time to Live: 255
  MPLS label stack entry 2
    Label: 17
    Traffic Class: 5
    Bottom of Stack: set
    Time to Live: 63
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 17
    Next Header: UDP (17)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 17
    Checksum: 0x23e8 [good]
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q (0x8100), vlan 100, p 0, ethertype MPLS unicast (0x8847), length 82: MPLS (label 0, tc 0, [S], ttl 64) 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
  Frame 3: 82 bytes on the wire, 82 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8100
  802.1Q tag 1
    Priority: 0
    Drop Eligible: not set
    VLAN ID: 100
    EtherType: 0x8847
  MPLS label stack entry 1
    Label: 0 (IPv4 Explicit-Null)
    Traffic Class: 0
    Bottom of Stack: set
    Time to Live: 64
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
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS unicast (0x8847), length 82: MPLS (label 2, tc 7, [S], ttl 64) fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 1, length 24
  Frame 4: 82 bytes on the wire, 82 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8847
  MPLS label stack entry 1
    Label: 2 (IPv6 Explicit-Null)
    Traffic Class: 7
    Bottom of Stack: set
    Time to Live: 64
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
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS unicast (0x8847), length 73: MPLS (label 100, tc 0, [S], ttl 64)
  Frame 5: 73 bytes on the wire, 73 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8847
  MPLS label stack entry 1
    Label: 100
    Traffic Class: 0
    Bottom of Stack: set
    Time to Live: 64
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 87: 10.77.0.1.49200 > 10.77.0.2.6635: UDP, length 45: MPLS (label 21, tc 0, ttl 63) (label 22, tc 1, [S], ttl 62): 192.168.7.1 > 192.168.7.2: ICMP echo request, id 19792, seq 1, length 17
  Frame 6: 87 bytes on the wire, 87 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 73
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x13d4 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 49200
    Destination Port: 6635
    Length: 53
    Checksum: 0x5d4c [good]
  MPLS label stack entry 1
    Label: 21
    Traffic Class: 0
    Bottom of Stack: not set
    Time to Live: 63
  MPLS label stack entry 2
    Label: 22
    Traffic Class: 1
    Bottom of Stack: set
    Time to Live: 62
  Carried packet:
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
    Protocol: ICMP (1)
    Header Checksum: 0x9950 [good]
    Source Address: 192.168.7.1
    Destination Address: 192.168.7.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0x122c [good]
    Identifier: 19792
    Sequence Number: 1
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS unicast (0x8847), length 63: MPLS (label 100, tc 0, ttl 64) [|mpls]
  Frame 7: 63 bytes on the wire, 20 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8847
  MPLS label stack entry 1
    Label: 100
    Traffic Class: 0
    Bottom of Stack: not set
    Time to Live: 64
  [truncated mpls: needs 8 bytes at offset 14, has 6]
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype MPLS unicast (0x8847), length 63 [|mpls]
  Frame 8: 63 bytes on the wire, 16 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8847
  [truncated mpls: needs 4 bytes at offset 14, has 2]
--- stderr
reading from file mpls.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
