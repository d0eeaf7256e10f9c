00:00:00.000000 EN10MB, length 74 [|eth]
  Frame 1: 74 bytes on the wire, 10 captured
  [truncated eth: needs 14 bytes at offset 0, has 10]
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype 802.1Q (0x8100), length 78 [|vlan]
  Frame 2: 78 bytes on the wire, 16 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x8100
  [truncated vlan: needs 4 bytes at offset 14, has 2]
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74 [|ip]
  Frame 3: 74 bytes on the wire, 26 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  [truncated ip: needs 20 bytes at offset 14, has 12]
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 73: 10.77.0.1 > 10.77.0.2: ICMP, length 23 [|ip]
  Frame 4: 73 bytes on the wire, 40 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 36 bytes (9)
    DSCP: 0
    ECN: 0
    Total Length: 59
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0xb2db [unverified]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: 16 bytes: RR [bad length]
  [truncated ip: needs 36 bytes at offset 14, has 26]
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 71 [|ipv6]
  Frame 5: 71 bytes on the wire, 34 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  [truncated ipv6: needs 40 bytes at offset 14, has 20]
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 87: fd77::1 > fd77::2: HOPOPT, length 33 [|ipv6]
  Frame 6: 87 bytes on the wire, 58 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 33
    Next Header: HOPOPT (0)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: HOPOPT (0)
  [truncated ipv6: needs 48 bytes at offset 14, has 44]
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40000 > 10.77.0.2.7000: [|tcp]
  Frame 7: 74 bytes on the wire, 44 captured
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
  [truncated tcp: needs 20 bytes at offset 34, has 10]
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 74: 10.77.0.1.40000 > 10.77.0.2.7000: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK, [|tcp]
  Frame 8: 74 bytes on the wire, 61 captured
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
    Checksum: 0x78ec [unverified]
    Urgent Pointer: 0
    Options: mss 1460,sackOK,bad opt 8
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
  [truncated tcp: needs 40 bytes at offset 34, has 27]
00:00:00.008136 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 51: 10.77.0.1 > 10.77.0.2: UDP, length 17 [|udp]
  Frame 9: 51 bytes on the wire, 39 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
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
    Protocol: UDP (17)
    Header Checksum: 0x13f8 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  [truncated udp: needs 8 bytes at offset 34, has 5]
00:00:00.009153 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 45: 10.77.0.1 > 10.77.0.2: ICMP, length 11 [|icmp]
  Frame 10: 45 bytes on the wire, 37 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 31
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x140e [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  [truncated icmp: needs 4 bytes at offset 34, has 3]
00:00:00.010170 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, opcode 1 [|arp]
  Frame 11: 42 bytes on the wire, 24 captured
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
  [truncated arp: needs 28 bytes at offset 14, has 10]
--- stderr
reading from file truncated.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
