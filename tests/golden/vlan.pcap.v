00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q (0x8100), vlan 100, p 3, ethertype IPv4 (0x0800), length 78: 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
  Frame 1: 78 bytes on the wire, 78 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8100
  802.1Q tag 1
    Priority: 3
    Drop Eligible: not set
    VLAN ID: 100
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
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q-QinQ (0x88a8), vlan 200, p 0, ethertype 802.1Q (0x8100), vlan 300, p 0, ethertype IPv4 (0x0800), length 57: 10.77.0.1.40001 > 10.77.0.2.7001: UDP, length 7
  Frame 2: 57 bytes on the wire, 57 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x88a8
  802.1Q tag 1
    Priority: 0
    Drop Eligible: not set
    VLAN ID: 200
    EtherType: 0x8100
  802.1Q tag 2
    Priority: 0
    Drop Eligible: not set
    VLAN ID: 300
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 35
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x13fa [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 15
    Checksum: 0xef6a [good]
00:00:00.002034 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype 802.1Q-QinQ (0x88a8), vlan 10, p 0, ethertype 802.1Q (0x8100), vlan 20, p 1, ethertype 802.1Q (0x8100), vlan 30, p 7, ethertype ARP (0x0806), length 60: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
  Frame 3: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: ff:ff:ff:ff:ff:ff
    Source: 02:00:00:00:00:0a
    EtherType: 0x88a8
  802.1Q tag 1
    Priority: 0
    Drop Eligible: set
    VLAN ID: 10
    EtherType: 0x8100
  802.1Q tag 2
    Priority: 1
    Drop Eligible: not set
    VLAN ID: 20
    EtherType: 0x8100
  802.1Q tag 3
    Priority: 7
    Drop Eligible: not set
    VLAN ID: 30
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
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q (0x8100), vlan 100, p 3, ethertype IPv6 (0x86dd), length 82: fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 1, length 24
  Frame 4: 82 bytes on the wire, 82 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8100
  802.1Q tag 1
    Priority: 3
    Drop Eligible: not set
    VLAN ID: 100
    EtherType: 0x86dd
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
00:00:00.004068 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype 802.1Q (0x8100), vlan 100, p 3, ethertype IPv6 (0x86dd), length 82: fd77::2 > fd77::1: ICMP6, echo reply, id 16962, seq 1, length 24
  Frame 5: 82 bytes on the wire, 82 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x8100
  802.1Q tag 1
    Priority: 3
    Drop Eligible: not set
    VLAN ID: 100
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 24
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 129 (echo reply)
    Code: 0
    Checksum: 0x40fa [good]
    Identifier: 16962
    Sequence Number: 1
00:00:00.005085 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype 802.1Q (0x8100), vlan 0, p 5, ethertype ARP (0x0806), length 46: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
  Frame 6: 46 bytes on the wire, 46 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x8100
  802.1Q tag 1
    Priority: 5
    Drop Eligible: not set
    VLAN ID: 0
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
--- stderr
reading from file vlan.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
