00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 76: 10.77.0.1 > 10.77.0.2: GRE, length 42: GREv0, proto 0x0800: 192.168.7.1 > 192.168.7.2: ICMP echo request, id 12593, seq 1, length 18
  Frame 1: 76 bytes on the wire, 76 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 62
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: GRE (47)
    Header Checksum: 0x13c1 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Generic Routing Encapsulation
    Version: 0
    Protocol Type: 0x0800
  Carried packet:
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
    Protocol: ICMP (1)
    Header Checksum: 0x994f [good]
    Source Address: 192.168.7.1
    Destination Address: 192.168.7.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0x1304 [good]
    Identifier: 12593
    Sequence Number: 1
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 104: 10.77.0.1 > 10.77.0.2: GRE, length 70: GREv0, proto 0x6558, key 0x1234: 02:00:00:00:01:0a > 02:00:00:00:01:0b, ethertype IPv4 (0x0800), length 58: 192.168.7.1.40301 > 192.168.7.2.7000: Flags [S], seq 1000, win 64240, options [mss 1400], length 0
  Frame 2: 104 bytes on the wire, 104 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 90
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: GRE (47)
    Header Checksum: 0x13a5 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Generic Routing Encapsulation
    Version: 0
    Protocol Type: 0x6558
    Key: 0x1234
  Carried packet:
  Ethernet II
    Destination: 02:00:00:00:01:0b
    Source: 02:00:00:00:01:0a
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
    Header Checksum: 0x9944 [good]
    Source Address: 192.168.7.1
    Destination Address: 192.168.7.2
    Options: none
  Transmission Control Protocol
    Source Port: 40301
    Destination Port: 7000
    Sequence Number: 1000
    Acknowledgment Number: 0
    Data Offset: 6 (24 bytes)
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
    Checksum: 0x5170 [good]
    Urgent Pointer: 0
    Options: mss 1400
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 97: 10.77.0.1 > 10.77.0.2: GRE, length 63: GREv0, proto 0x86dd: fd78::1.40302 > fd78::2.7302: UDP, length 11
  Frame 3: 97 bytes on the wire, 97 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 83
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: GRE (47)
    Header Checksum: 0x13ac [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Generic Routing Encapsulation
    Version: 0
    Protocol Type: 0x86dd
  Carried packet:
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 19
    Next Header: UDP (17)
    Hop Limit: 64
    Source Address: fd78::1
    Destination Address: fd78::2
    Extension headers: 0
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 40302
    Destination Port: 7302
    Length: 19
    Checksum: 0x707c [good]
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 113: 10.77.0.1 > 10.77.0.2: GRE, length 79: GREv0, ERSPAN: 02:00:00:00:01:0a > 02:00:00:00:01:0b, ethertype IPv4 (0x0800), length 63: 192.168.7.1.40300 > 192.168.7.2.7300: UDP, length 21
  Frame 4: 113 bytes on the wire, 113 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 99
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: GRE (47)
    Header Checksum: 0x139c [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Generic Routing Encapsulation
    Version: 0
    Protocol Type: 0x88be
  Carried packet:
  Ethernet II
    Destination: 02:00:00:00:01:0b
    Source: 02:00:00:00:01:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 49
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x9934 [good]
    Source Address: 192.168.7.1
    Destination Address: 192.168.7.2
    Options: none
  User Datagram Protocol
    Source Port: 40300
    Destination Port: 7300
    Length: 29
    Checksum: 0x2500 [good]
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 98: 10.77.0.1 > 10.77.0.2: GRE, length 64: GREv0, ERSPAN: 02:00:00:00:01:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 60: ARP, Request who-has 192.168.7.2 tell 192.168.7.1, length 28
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
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: GRE (47)
    Header Checksum: 0x13ab [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Generic Routing Encapsulation
    Version: 0
    Protocol Type: 0x88be
  Carried packet:
  Ethernet II
    Destination: ff:ff:ff:ff:ff:ff
    Source: 02:00:00:00:01:0a
    EtherType: 0x0806
  Address Resolution Protocol
    Hardware type: 1
    Protocol type: 0x0800
    Hardware size: 6
    Protocol size: 4
    Opcode: 1 (request)
    Sender hardware address: 02:00:00:00:01:0a
    Sender protocol address: 192.168.7.1
    Target hardware address: 00:00:00:00:00:00
    Target protocol address: 192.168.7.2
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 118: 10.77.0.1 > 10.77.0.2: GRE, length 84: GREv0, ERSPAN: 02:00:00:00:01:0b > 02:00:00:00:01:0a, ethertype IPv4 (0x0800), length 64: 192.168.7.2 > 192.168.7.1: ICMP echo reply, id 12593, seq 1, length 30
  Frame 6: 118 bytes on the wire, 118 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 104
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: GRE (47)
    Header Checksum: 0x1397 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Generic Routing Encapsulation
    Version: 0
    Protocol Type: 0x22eb
  Carried packet:
  Ethernet II
    Destination: 02:00:00:00:01:0a
    Source: 02:00:00:00:01:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 50
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x9943 [good]
    Source Address: 192.168.7.2
    Destination Address: 192.168.7.1
    Options: none
  Internet Control Message Protocol
    Type: 0 (echo reply)
    Code: 0
    Checksum: 0x3d15 [good]
    Identifier: 12593
    Sequence Number: 1
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 109: 10.77.0.1.49152 > 10.77.0.2.4789: UDP, length 67: VXLAN, vni 100: 02:00:00:00:01:0a > 02:00:00:00:01:0b, ethertype IPv4 (0x0800), length 59: 192.168.7.1.40303 > 192.168.7.2.7000: Flags [P.], seq 1001:1006, ack 2001, win 64240, length 5: "print"
  Frame 7: 109 bytes on the wire, 109 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 95
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x13be [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 49152
    Destination Port: 4789
    Length: 75
    Checksum: 0x0000 [not present]
  Virtual eXtensible LAN
    VNI: 100
  Carried packet:
  Ethernet II
    Destination: 02:00:00:00:01:0b
    Source: 02:00:00:00:01:0a
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
    Protocol: TCP (6)
    Header Checksum: 0x9943 [good]
    Source Address: 192.168.7.1
    Destination Address: 192.168.7.2
    Options: none
  Transmission Control Protocol
    Source Port: 40303
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
    Checksum: 0x1320 [good]
    Urgent Pointer: 0
    [Stream index: 1]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 6]
    [Relative acknowledgment number: 1]
    Message: 5 bytes
    Data: "print"
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 153: fd77::1.49154 > fd77::2.6081: UDP, length 91: Geneve, vni 200: 02:00:00:00:01:0a > 02:00:00:00:01:0b, ethertype IPv6 (0x86dd), length 75: fd78::1 > fd78::2: ICMP6, echo request, id 17219, seq 1, length 21
  Frame 8: 153 bytes on the wire, 153 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 99
    Next Header: UDP (17)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 49154
    Destination Port: 6081
    Length: 99
    Checksum: 0x3680 [good]
  Generic Network Virtualization Encapsulation
    Protocol Type: 0x6558
    VNI: 200
  Carried packet:
  Ethernet II
    Destination: 02:00:00:00:01:0b
    Source: 02:00:00:00:01:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 21
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd78::1
    Destination Address: fd78::2
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 128 (echo request)
    Code: 0
    Checksum: 0xb00d [good]
    Identifier: 17219
    Sequence Number: 1
00:00:00.008136 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 108: 10.77.0.1.49153 > 10.77.0.2.4789: UDP, length 66: VXLAN, vni 100: 02:00:00:00:01:0a > 02:00:00:00:01:0b, ethertype IPv4 (0x0800), length 24 [|ip]
  Frame 9: 108 bytes on the wire, 74 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 94
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x13bf [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 49153
    Destination Port: 4789
    Length: 74
    Checksum: 0x2d6f [unverified]
  Virtual eXtensible LAN
    VNI: 100
  Carried packet:
  Ethernet II
    Destination: 02:00:00:00:01:0b
    Source: 02:00:00:00:01:0a
    EtherType: 0x0800
  [truncated ip: needs 20 bytes at offset 64, has 10]
--- stderr
reading from file tunnels.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
