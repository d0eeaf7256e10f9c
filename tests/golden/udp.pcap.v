10:16:26.632457 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
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
10:16:26.632493 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
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
10:16:26.632497 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 47: 10.77.0.1.52548 > 10.77.0.2.7001: UDP, length 5
  Frame 3: 47 bytes on the wire, 47 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 33
    Identification: 0xfbcb (64459)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x2a64 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 52548
    Destination Port: 7001
    Length: 13
    Checksum: 0x14bb [partial (offloaded)]
10:16:26.633113 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 54: 10.77.0.2.7001 > 10.77.0.1.52548: UDP, length 12
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
    Identification: 0x4600 (17920)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0xe028 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  User Datagram Protocol
    Source Port: 7001
    Destination Port: 52548
    Length: 20
    Checksum: 0x14c2 [partial (offloaded)]
10:16:26.726106 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
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
10:16:26.726147 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
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
10:16:26.726152 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 67: fd77::1.38968 > fd77::2.7001: UDP, length 5
  Frame 7: 67 bytes on the wire, 67 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x6e3f6
    Payload Length: 13
    Next Header: UDP (17)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 38968
    Destination Port: 7001
    Length: 13
    Checksum: 0xfb10 [partial (offloaded)]
10:16:26.726924 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 74: fd77::2.7001 > fd77::1.38968: UDP, length 12
  Frame 8: 74 bytes on the wire, 74 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xf006d
    Payload Length: 20
    Next Header: UDP (17)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 7001
    Destination Port: 38968
    Length: 20
    Checksum: 0xfb17 [partial (offloaded)]
10:16:26.760899 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 48: 10.77.0.1.36095 > 10.77.0.2.7009: UDP, length 6
  Frame 9: 48 bytes on the wire, 48 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 34
    Identification: 0xfbd0 (64464)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x2a5e [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  User Datagram Protocol
    Source Port: 36095
    Destination Port: 7009
    Length: 14
    Checksum: 0x14bc [partial (offloaded)]
10:16:26.760936 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 76: 10.77.0.2 > 10.77.0.1: ICMP 10.77.0.2 udp port 7009 unreachable, length 42
  Frame 10: 76 bytes on the wire, 76 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 48
    ECN: 0
    Total Length: 62
    Identification: 0x3821 (14369)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x2d42 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Internet Control Message Protocol
    Type: 3 (port unreachable)
    Code: 3
    Checksum: 0x078e [good]
  Quoted Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 0
    ECN: 0
    Total Length: 34
    Identification: 0xfbd0 (64464)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: UDP (17)
    Header Checksum: 0x2a5e [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Quoted User Datagram Protocol
    Source Port: 36095
    Destination Port: 7009
    Length: 14
    Checksum: 0x14bc [partial (offloaded)]
10:16:27.797485 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 68: fd77::1.57617 > fd77::2.7009: UDP, length 6
  Frame 11: 68 bytes on the wire, 68 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xff90c
    Payload Length: 14
    Next Header: UDP (17)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 57617
    Destination Port: 7009
    Length: 14
    Checksum: 0xfb11 [partial (offloaded)]
10:16:27.797525 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 116: fd77::2 > fd77::1: ICMP6, destination unreachable, unreachable port, fd77::2 udp port 7009, length 62
  Frame 12: 116 bytes on the wire, 116 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xb214f
    Payload Length: 62
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 1 (port unreachable)
    Code: 4
    Checksum: 0x6e5c [good]
  Quoted Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0xff90c
    Payload Length: 14
    Next Header: UDP (17)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: UDP (17)
  Quoted User Datagram Protocol
    Source Port: 57617
    Destination Port: 7009
    Length: 14
    Checksum: 0xfb11 [partial (offloaded)]
--- stderr
reading from file udp.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
