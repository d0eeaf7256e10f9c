10:16:25.736473 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
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
10:16:25.736496 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
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
10:16:25.736500 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 1514: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26696, seq 1, length 1480
  Frame 3: 1514 bytes on the wire, 1514 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 1500
    Identification: 0xb3cd (46029)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x8cb7 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0x624e [unverified]
    Identifier: 26696
    Sequence Number: 1
10:16:25.736508 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 1514: 10.77.0.1 > 10.77.0.2: ICMP fragment offset 1480, length 1480
  Frame 4: 1514 bytes on the wire, 1514 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 1500
    Identification: 0xb3cd (46029)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: set
    Fragment Offset: 185 (1480 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x8bfe [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
10:16:25.736511 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 82: 10.77.0.1 > 10.77.0.2: ICMP fragment offset 2960, length 48
  Frame 5: 82 bytes on the wire, 82 captured
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
    Identification: 0xb3cd (46029)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 370 (2960 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0xb0dd [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
10:16:25.736524 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 1514: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26696, seq 1, length 1480
  Frame 6: 1514 bytes on the wire, 1514 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 1500
    Identification: 0x3733 (14131)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x0952 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Internet Control Message Protocol
    Type: 0 (echo reply)
    Code: 0
    Checksum: 0x6a4e [unverified]
    Identifier: 26696
    Sequence Number: 1
10:16:25.736525 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 1514: 10.77.0.2 > 10.77.0.1: ICMP fragment offset 1480, length 1480
  Frame 7: 1514 bytes on the wire, 1514 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 1500
    Identification: 0x3733 (14131)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: set
    Fragment Offset: 185 (1480 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x0899 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
10:16:25.736525 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 82: 10.77.0.2 > 10.77.0.1: ICMP fragment offset 2960, length 48
  Frame 8: 82 bytes on the wire, 82 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 68
    Identification: 0x3733 (14131)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 370 (2960 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x2d78 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
10:16:25.739850 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
  Frame 9: 86 bytes on the wire, 86 captured
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
10:16:25.739874 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
  Frame 10: 86 bytes on the wire, 86 captured
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
10:16:25.739879 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 1510: fd77::1 > fd77::2: ICMP6, echo request, id 26697, seq 1, length 1448
  Frame 11: 1510 bytes on the wire, 1510 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x536e0
    Payload Length: 1456
    Next Header: IPv6-Frag (44)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 1
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 128 (echo request)
    Code: 0
    Checksum: 0xb552 [unverified]
    Identifier: 26697
    Sequence Number: 1
10:16:25.739887 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 1510: fd77::1 > fd77::2: ICMPv6, length 1448
  Frame 12: 1510 bytes on the wire, 1510 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x536e0
    Payload Length: 1456
    Next Header: IPv6-Frag (44)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 1
    Upper-layer protocol: ICMPv6 (58)
10:16:25.739890 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 174: fd77::1 > fd77::2: ICMPv6, length 112
  Frame 13: 174 bytes on the wire, 174 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x536e0
    Payload Length: 120
    Next Header: IPv6-Frag (44)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 1
    Upper-layer protocol: ICMPv6 (58)
10:16:25.739903 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 1510: fd77::2 > fd77::1: ICMP6, echo reply, id 26697, seq 1, length 1448
  Frame 14: 1510 bytes on the wire, 1510 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x79dc9
    Payload Length: 1456
    Next Header: IPv6-Frag (44)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 1
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 129 (echo reply)
    Code: 0
    Checksum: 0xb452 [unverified]
    Identifier: 26697
    Sequence Number: 1
10:16:25.739904 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 1510: fd77::2 > fd77::1: ICMPv6, length 1448
  Frame 15: 1510 bytes on the wire, 1510 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x79dc9
    Payload Length: 1456
    Next Header: IPv6-Frag (44)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 1
    Upper-layer protocol: ICMPv6 (58)
10:16:25.739904 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 174: fd77::2 > fd77::1: ICMPv6, length 112
  Frame 16: 174 bytes on the wire, 174 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x79dc9
    Payload Length: 120
    Next Header: IPv6-Frag (44)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 1
    Upper-layer protocol: ICMPv6 (58)
--- stderr
reading from file ping-fragmented.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
