00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.1: igmp query v2
  Frame 1: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 24 bytes (6)
    DSCP: 48
    ECN: 0
    Total Length: 32
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 1
    Protocol: IGMP (2)
    Header Checksum: 0xe794 [good]
    Source Address: 10.77.0.1
    Destination Address: 224.0.0.1
    Options: 4 bytes: RA (len 4)
  Internet Group Management Protocol
    Version: 2
    Type: 0x11 (Membership Query)
    Max Resp Time: 10.0 sec (100)
    Checksum: 0xee9b [good]
    Multicast Address: 0.0.0.0
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251: igmp query v2 [max resp time 10] [gaddr 224.0.0.251]
  Frame 2: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 24 bytes (6)
    DSCP: 48
    ECN: 0
    Total Length: 32
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 1
    Protocol: IGMP (2)
    Header Checksum: 0xe69a [good]
    Source Address: 10.77.0.1
    Destination Address: 224.0.0.251
    Options: 4 bytes: RA (len 4)
  Internet Group Management Protocol
    Version: 2
    Type: 0x11 (Membership Query)
    Max Resp Time: 1.0 sec (10)
    Checksum: 0x0dfa [good]
    Multicast Address: 224.0.0.251
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.1: igmp query v1
  Frame 3: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 48
    ECN: 0
    Total Length: 28
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 1
    Protocol: IGMP (2)
    Header Checksum: 0x7c9d [good]
    Source Address: 10.77.0.1
    Destination Address: 224.0.0.1
    Options: none
  Internet Group Management Protocol
    Version: 1
    Type: 0x11 (Membership Query)
    Checksum: 0xeeff [good]
    Multicast Address: 0.0.0.0
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251: igmp v1 report 224.0.0.251
  Frame 4: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 48
    ECN: 0
    Total Length: 28
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 1
    Protocol: IGMP (2)
    Header Checksum: 0x7ba3 [good]
    Source Address: 10.77.0.1
    Destination Address: 224.0.0.251
    Options: none
  Internet Group Management Protocol
    Version: 1
    Type: 0x12 (Membership Report)
    Checksum: 0x0d04 [good]
    Multicast Address: 224.0.0.251
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251: igmp v2 report 224.0.0.251
  Frame 5: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 24 bytes (6)
    DSCP: 48
    ECN: 0
    Total Length: 32
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 1
    Protocol: IGMP (2)
    Header Checksum: 0xe69a [good]
    Source Address: 10.77.0.1
    Destination Address: 224.0.0.251
    Options: 4 bytes: RA (len 4)
  Internet Group Management Protocol
    Version: 2
    Type: 0x16 (Membership Report)
    Max Resp Time: 0.0 sec (0)
    Checksum: 0x0904 [good]
    Multicast Address: 224.0.0.251
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.2: igmp leave 224.0.0.251
  Frame 6: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 24 bytes (6)
    DSCP: 48
    ECN: 0
    Total Length: 32
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 1
    Protocol: IGMP (2)
    Header Checksum: 0xe793 [good]
    Source Address: 10.77.0.1
    Destination Address: 224.0.0.2
    Options: 4 bytes: RA (len 4)
  Internet Group Management Protocol
    Version: 2
    Type: 0x17 (Leave Group)
    Max Resp Time: 0.0 sec (0)
    Checksum: 0x0804 [good]
    Multicast Address: 224.0.0.251
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251: igmp query v3 [max resp time 51m12s] [gaddr 224.0.0.251, 2 source(s)]
  Frame 7: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 24 bytes (6)
    DSCP: 48
    ECN: 0
    Total Length: 44
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 1
    Protocol: IGMP (2)
    Header Checksum: 0xe68e [good]
    Source Address: 10.77.0.1
    Destination Address: 224.0.0.251
    Options: 4 bytes: RA (len 4)
  Internet Group Management Protocol
    Version: 3
    Type: 0x11 (Membership Query)
    Max Resp Time: 3072.0 sec (code 254)
    Checksum: 0xede1 [good]
    Multicast Address: 224.0.0.251
    S: set
    QRV: 2
    QQIC: 125
    Number of Sources: 2
    Source Address: 10.77.0.5
    Source Address: 10.77.0.6
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 70: 10.77.0.1 > 224.0.0.22: igmp v3 report, 2 group record(s)
  Frame 8: 70 bytes on the wire, 70 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 24 bytes (6)
    DSCP: 48
    ECN: 0
    Total Length: 56
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 1
    Protocol: IGMP (2)
    Header Checksum: 0xe767 [good]
    Source Address: 10.77.0.1
    Destination Address: 224.0.0.22
    Options: 4 bytes: RA (len 4)
  Internet Group Management Protocol
    Version: 3
    Type: 0x22 (Membership Report)
    Checksum: 0xea56 [good]
    Number of Group Records: 2
    Group Record: 239.255.255.250, Change To Exclude Mode (4), 0 source(s)
    Group Record: 232.1.2.3, Mode Is Include (1), 2 source(s) 10.77.0.5 10.77.0.6
00:00:00.008136 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251: igmp v2 report 224.0.0.251 [bad igmp cksum 0xbad0]
  Frame 9: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 24 bytes (6)
    DSCP: 48
    ECN: 0
    Total Length: 32
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 1
    Protocol: IGMP (2)
    Header Checksum: 0xe69a [good]
    Source Address: 10.77.0.1
    Destination Address: 224.0.0.251
    Options: 4 bytes: RA (len 4)
  Internet Group Management Protocol
    Version: 2
    Type: 0x16 (Membership Report)
    Max Resp Time: 0.0 sec (0)
    Checksum: 0xbad0 [bad]
    Multicast Address: 224.0.0.251
00:00:00.009153 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 10.77.0.2: mtrace 7: 10.77.0.5 to 10.77.0.2 reply-to 10.77.0.1
  Frame 10: 60 bytes on the wire, 60 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 20 bytes (5)
    DSCP: 48
    ECN: 0
    Total Length: 44
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 1
    Protocol: IGMP (2)
    Header Checksum: 0x5240 [good]
    Source Address: 10.77.0.1
    Destination Address: 10.77.0.2
    Options: none
  Internet Group Management Protocol
    Type: 0x1f (Traceroute Query or Request)
    Max Hops: 32
    Checksum: 0xa0ed [good]
    Multicast Address: 224.0.0.251
    Source Address: 10.77.0.5
    Receiver Address: 10.77.0.2
    Response Address: 10.77.0.1
    Response TTL: 64
    Query ID: 7
00:00:00.010170 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 60: 10.77.0.1 > 224.0.0.251:  [|igmp]
  Frame 11: 60 bytes on the wire, 44 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x0800
  Internet Protocol version 4
    Version: 4
    Header Length: 24 bytes (6)
    DSCP: 48
    ECN: 0
    Total Length: 32
    Identification: 0x1234 (4660)
    Reserved bit: not set
    Don't Fragment: set
    More Fragments: not set
    Fragment Offset: 0 (0 bytes)
    Time to Live: 1
    Protocol: IGMP (2)
    Header Checksum: 0xe69a [good]
    Source Address: 10.77.0.1
    Destination Address: 224.0.0.251
    Options: 4 bytes: RA (len 4)
  Internet Group Management Protocol
    Version: 2
    Type: 0x16 (Membership Report)
    Max Resp Time: 0.0 sec (0)
    Checksum: 0x0904 [unverified]
  [truncated igmp: needs 8 bytes at offset 38, has 6]
--- stderr
reading from file igmp.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
