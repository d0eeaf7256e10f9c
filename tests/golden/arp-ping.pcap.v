10:16:24.522150 02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ARP, Request who-has 10.77.0.2 tell 10.77.0.1, length 28
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
10:16:24.522178 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: ARP, Reply 10.77.0.2 is-at 02:00:00:00:00:0b, length 28
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
10:16:24.522182 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 98: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26683, seq 1, length 64
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
    Identification: 0xb361 (45921)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x72ab [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0xb87b [good]
    Identifier: 26683
    Sequence Number: 1
10:16:24.522197 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 98: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26683, seq 1, length 64
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
    Identification: 0x366f (13935)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x2f9e [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Internet Control Message Protocol
    Type: 0 (echo reply)
    Code: 0
    Checksum: 0xc07b [good]
    Identifier: 26683
    Sequence Number: 1
10:16:24.725945 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 98: 10.77.0.1 > 10.77.0.2: ICMP echo request, id 26683, seq 2, length 64
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
    Identification: 0xb366 (45926)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x72a6 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Internet Control Message Protocol
    Type: 8 (echo request)
    Code: 0
    Checksum: 0xab5e [good]
    Identifier: 26683
    Sequence Number: 2
10:16:24.725978 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 98: 10.77.0.2 > 10.77.0.1: ICMP echo reply, id 26683, seq 2, length 64
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
    Identification: 0x3698 (13976)
    Reserved bit: not set
    Don't Fragment: not set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 64
    Protocol: ICMP (1)
    Header Checksum: 0x2f75 [good]
    Source Address: 10.77.0.2
    Destination Address: 10.77.0.1
    Options: none
  Internet Control Message Protocol
    Type: 0 (echo reply)
    Code: 0
    Checksum: 0xb35e [good]
    Identifier: 26683
    Sequence Number: 2
10:16:24.729760 02:00:00:00:00:0a > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd77::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd77::2, length 32
  Frame 7: 86 bytes on the wire, 86 captured
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
10:16:24.729785 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 86: fd77::2 > fd77::1: ICMP6, neighbor advertisement, tgt is fd77::2, length 32
  Frame 8: 86 bytes on the wire, 86 captured
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
10:16:24.729790 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 118: fd77::1 > fd77::2: ICMP6, echo request, id 26684, seq 1, length 64
  Frame 9: 118 bytes on the wire, 118 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x536e0
    Payload Length: 64
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 128 (echo request)
    Code: 0
    Checksum: 0x48e2 [good]
    Identifier: 26684
    Sequence Number: 1
10:16:24.729798 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 118: fd77::2 > fd77::1: ICMP6, echo reply, id 26684, seq 1, length 64
  Frame 10: 118 bytes on the wire, 118 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x79dc9
    Payload Length: 64
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 129 (echo reply)
    Code: 0
    Checksum: 0x47e2 [good]
    Identifier: 26684
    Sequence Number: 1
10:16:24.930046 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 118: fd77::1 > fd77::2: ICMP6, echo request, id 26684, seq 2, length 64
  Frame 11: 118 bytes on the wire, 118 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x536e0
    Payload Length: 64
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 128 (echo request)
    Code: 0
    Checksum: 0x01d3 [good]
    Identifier: 26684
    Sequence Number: 2
10:16:24.930185 02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv6 (0x86dd), length 118: fd77::2 > fd77::1: ICMP6, echo reply, id 26684, seq 2, length 64
  Frame 12: 118 bytes on the wire, 118 captured
  Ethernet II
    Destination: 02:00:00:00:00:0a
    Source: 02:00:00:00:00:0b
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x79dc9
    Payload Length: 64
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::2
    Destination Address: fd77::1
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 129 (echo reply)
    Code: 0
    Checksum: 0x00d3 [good]
    Identifier: 26684
    Sequence Number: 2
--- stderr
reading from file arp-ping.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
