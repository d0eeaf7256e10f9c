00:00:00.000000 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 102: fd77::1.40000 > fd77::2.7000: Flags [S], seq 1000, win 64240, options [mss 1440,sackOK,TS val 16909060 ecr 0,nop,wscale 7], length 0
  Frame 1: 102 bytes on the wire, 102 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 48
    Next Header: HOPOPT (0)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 1
    Upper-layer protocol: TCP (6)
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
    Checksum: 0x92aa [good]
    Urgent Pointer: 0
    Options: mss 1440,sackOK,TS val 16909060 ecr 0,nop,wscale 7
    [Stream index: 0]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 0]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 0]
    Message: 0 bytes
00:00:00.001017 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 102: fd77::1.40001 > fd77::3.7001: UDP, length 16
  Frame 2: 102 bytes on the wire, 102 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 48
    Next Header: IPv6-Route (43)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::3
    Extension headers: 1
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 24
    Checksum: 0x6157 [good]
00:00:00.002034 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 100: fd77::1.40001 > fd77::2.7001: UDP, length 14
  Frame 3: 100 bytes on the wire, 100 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 46
    Next Header: IPv6-Route (43)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 1
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 22
    Checksum: 0x4b8b [good]
00:00:00.003051 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 82: fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 3, length 20
  Frame 4: 82 bytes on the wire, 82 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 28
    Next Header: IPv6-Opts (60)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 1
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 128 (echo request)
    Code: 0
    Checksum: 0xdeea [good]
    Identifier: 16962
    Sequence Number: 3
00:00:00.004068 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 86: fd77::1.40001 > fd77::2.7001: UDP, length 52
  Frame 5: 86 bytes on the wire, 86 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 32
    Next Header: IPv6-Frag (44)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 1
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 60
    Checksum: 0x9e57 [unverified]
00:00:00.005085 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 98: fd77::1 > fd77::2: UDP, length 36
  Frame 6: 98 bytes on the wire, 98 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 44
    Next Header: IPv6-Frag (44)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 1
    Upper-layer protocol: UDP (17)
00:00:00.006102 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 111: fd77::1.40010 > fd77::2.7000: Flags [P.], seq 1001:1014, ack 2001, win 64240, length 13: "authenticated"
  Frame 7: 111 bytes on the wire, 111 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 57
    Next Header: AH (51)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 1
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 40010
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
    Checksum: 0x0b03 [good]
    Urgent Pointer: 0
    [Stream index: 1]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 14]
    [Relative acknowledgment number: 1]
    Message: 13 bytes
    Data: "authenticated"
00:00:00.007119 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 114: fd77::1.40011 > fd77::3.7000: Flags [.], seq 1001, ack 2001, win 64240, length 0
  Frame 8: 114 bytes on the wire, 114 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 60
    Next Header: HOPOPT (0)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::3
    Extension headers: 3
    Upper-layer protocol: TCP (6)
  Transmission Control Protocol
    Source Port: 40011
    Destination Port: 7000
    Sequence Number: 1001
    Acknowledgment Number: 2001
    Data Offset: 5 (20 bytes)
    AE: not set
    CWR: not set
    ECE: not set
    URG: not set
    ACK: set
    PSH: not set
    RST: not set
    SYN: not set
    FIN: not set
    Window: 64240
    Checksum: 0xf693 [good]
    Urgent Pointer: 0
    [Stream index: 2]
    [Conversation completeness: Incomplete (0)]
    [Relative sequence number: 1]
    [Next relative sequence number: 1]
    [Relative acknowledgment number: 1]
    Message: 0 bytes
00:00:00.008136 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 74: fd77::1 > fd77::2: ICMP6, echo request, id 16962, seq 4, length 20 [bad icmp6 cksum 0xbad0]
  Frame 9: 74 bytes on the wire, 74 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 20
    Next Header: ICMPv6 (58)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: ICMPv6 (58)
  Internet Control Message Protocol v6
    Type: 128 (echo request)
    Code: 0
    Checksum: 0xbad0 [bad]
    Identifier: 16962
    Sequence Number: 4
00:00:00.009153 02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv6 (0x86dd), length 83: fd77::1.40001 > fd77::2.7001: UDP, length 21 [bad udp cksum 0x0000]
  Frame 10: 83 bytes on the wire, 83 captured
  Ethernet II
    Destination: 02:00:00:00:00:0b
    Source: 02:00:00:00:00:0a
    EtherType: 0x86dd
  Internet Protocol version 6
    Version: 6
    Traffic Class: 0x00
    Flow Label: 0x00000
    Payload Length: 29
    Next Header: UDP (17)
    Hop Limit: 64
    Source Address: fd77::1
    Destination Address: fd77::2
    Extension headers: 0
    Upper-layer protocol: UDP (17)
  User Datagram Protocol
    Source Port: 40001
    Destination Port: 7001
    Length: 29
    Checksum: 0x0000 [bad]
--- stderr
reading from file ipv6-ext.pcap, link-type EN10MB, snapshot length 262144 bytes
--- exit 0
