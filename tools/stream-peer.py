#!/usr/bin/env python3
"""Traffic for tools/make-stream-captures that needs what Deno's sockets lack: a bound client port
(SO_REUSEADDR + bind), a small receive buffer, TCP keep-alive timers, and raw Ethernet frames
(AF_PACKET) for the lossy relay. Runs inside the namespaces the script makes; nothing here
captures. Every wait is bounded (socket timeouts, a deadline on the relay).

usage: python3 tools/stream-peer.py MODE ARGUMENTS   (--help: the modes)
"""

import os
import select
import socket
import sys
import time

USAGE = """usage: python3 tools/stream-peer.py MODE ARGUMENTS
  http-server ADDRESS PORT CONNECTIONS   serves CONNECTIONS connections one after the other: each
                                         request "GET /SIZE ..." gets SIZE body bytes, written in
                                         pieces; keeps the connection until the client closes
  http-client ADDRESS PORT SIZE...       one connection, one request per SIZE (a SIZE starting
                                         with 's' sends its request in 3 pieces 30 ms apart)
  answer-server ADDRESS PORT CONNECTIONS reads a line, answers it and closes first, per connection
  bound-client ADDRESS PORT LOCALPORT MESSAGE
                                         binds LOCALPORT (SO_REUSEADDR), sends a line, reads
                                         to the end
  bulk-server ADDRESS PORT BYTES         sends BYTES to the one client, then closes
  bulk-client ADDRESS PORT               reads to the end, prints the count
  slow-server ADDRESS PORT SECONDS       4 KB receive buffer, reads nothing for SECONDS, then all
  send ADDRESS PORT BYTES                sends BYTES, closes, reads to the end
  keepalive-client ADDRESS PORT SECONDS  keep-alive after 1 s idle, every 1 s; idles SECONDS
  talk-server ADDRESS PORT               answers every line until the client closes
  talk-client ADDRESS PORT LINES GAP_MS  sends LINES lines GAP_MS apart, reading each answer
  connect ADDRESS PORT SECONDS           connects: prints connected, refused or timeout
  relay IFACE1 IFACE2 SECONDS DROP SWAP  forwards Ethernet frames between two interfaces for
                                         SECONDS; of the frames with TCP data, drops every DROP-th
                                         and swaps every SWAP-th with the frame after it
The servers print "ready" once they listen."""

TIMEOUT = 10.0


def family(address):
    return socket.AF_INET6 if ":" in address else socket.AF_INET


def listen(address, port, receive_buffer=None):
    server = socket.socket(family(address), socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if receive_buffer is not None:
        # Set before listen, so that the accepted socket inherits it and the window stays small.
        server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    server.bind((address, port))
    server.listen(4)
    server.settimeout(TIMEOUT)
    print("ready", flush=True)
    return server


def accept(server):
    connection, _ = server.accept()
    connection.settimeout(TIMEOUT)
    return connection


def connect(address, port, local_port=None):
    client = socket.socket(family(address), socket.SOCK_STREAM)
    client.settimeout(TIMEOUT)
    if local_port is not None:
        client.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        client.bind(("::" if ":" in address else "0.0.0.0", local_port))
    client.connect((address, port))
    return client


def read_until(connection, marker, limit=65536):
    data = b""
    while marker not in data and len(data) < limit:
        chunk = connection.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def read_all(connection, limit=16 << 20):
    total = 0
    while total < limit:
        chunk = connection.recv(65536)
        if not chunk:
            break
        total += len(chunk)
    return total


def body(size):
    line = b"the quick brown fox jumps over the lazy dog 0123456789\n"
    return (line * (size // len(line) + 1))[:size]


def http_server(address, port, connections):
    with listen(address, port) as server:
        for _ in range(connections):
            with accept(server) as connection:
                for _ in range(100):
                    request = read_until(connection, b"\r\n\r\n")
                    if not request:
                        break
                    size = int(request.split(b" ")[1].lstrip(b"/"))
                    head = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size
                    connection.sendall(head)
                    time.sleep(0.02)
                    content = body(size)
                    third = max(1, len(content) // 3)
                    for start in range(0, len(content), third):
                        connection.sendall(content[start:start + third])
                        time.sleep(0.02)


def http_client(address, port, sizes):
    with connect(address, port) as client:
        for size in sizes:
            split = size.startswith("s")
            request = b"GET /%s HTTP/1.1\r\nHost: peer\r\nUser-Agent: stream-peer\r\n\r\n" % (
                size.lstrip("s").encode())
            pieces = [request[:5], request[5:30], request[30:]] if split else [request]
            for piece in pieces:
                client.sendall(piece)
                time.sleep(0.03)
            response = read_until(client, b"\r\n\r\n")
            head, _, rest = response.partition(b"\r\n\r\n")
            length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
            while len(rest) < length:
                chunk = client.recv(65536)
                if not chunk:
                    break
                rest += chunk
            print(len(rest))
            time.sleep(0.05)


def answer_server(address, port, connections):
    with listen(address, port) as server:
        for _ in range(connections):
            with accept(server) as connection:
                line = read_until(connection, b"\n")
                connection.sendall(b"got " + line)
            # The server closes first: its side keeps TIME_WAIT, the client's port is free again.


def bound_client(address, port, local_port, message):
    with connect(address, port, local_port) as client:
        client.sendall(message.encode() + b"\n")
        print(read_all(client))


def bulk_server(address, port, size):
    with listen(address, port) as server, accept(server) as connection:
        connection.sendall(body(size))


def bulk_client(address, port):
    with connect(address, port) as client:
        print(read_all(client))


def slow_server(address, port, seconds):
    with listen(address, port, receive_buffer=4096) as server, accept(server) as connection:
        time.sleep(seconds)
        print(read_all(connection))


def send(address, port, size):
    with connect(address, port) as client:
        client.sendall(body(size))
        client.shutdown(socket.SHUT_WR)
        read_all(client)


def keepalive_client(address, port, seconds):
    with connect(address, port) as client:
        client.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 1)
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 1)
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 10)
        client.sendall(b"hello\n")
        read_until(client, b"\n")
        time.sleep(seconds)


def talk_server(address, port):
    with listen(address, port) as server, accept(server) as connection:
        for _ in range(100000):
            line = read_until(connection, b"\n")
            if not line:
                break
            connection.sendall(b"ok " + line)


def talk_client(address, port, lines, gap_ms):
    with connect(address, port) as client:
        for number in range(lines):
            client.sendall(b"line %d of the long conversation\n" % number)
            read_until(client, b"\n")
            time.sleep(gap_ms / 1000)


def try_connect(address, port, seconds):
    client = socket.socket(family(address), socket.SOCK_STREAM)
    client.settimeout(seconds)
    try:
        client.connect((address, port))
        print("connected")
    except ConnectionRefusedError:
        print("refused")
    except (socket.timeout, TimeoutError):
        print("timeout")
    finally:
        client.close()


ETH_P_ALL = 0x0003
PACKET_OUTGOING = 4


def carries_tcp_data(frame):
    """Whether an Ethernet frame is IPv4/IPv6 TCP with payload (bounded reads of the headers)."""
    if len(frame) < 14:
        return False
    ethertype = int.from_bytes(frame[12:14], "big")
    if ethertype == 0x0800 and len(frame) >= 34 and frame[23] == 6:
        header = (frame[14] & 0x0F) * 4
        total = int.from_bytes(frame[16:18], "big")
        tcp = 14 + header
        if len(frame) < tcp + 13:
            return False
        return total - header - (frame[tcp + 12] >> 4) * 4 > 0
    if ethertype == 0x86DD and len(frame) >= 54 and frame[20] == 6:
        payload = int.from_bytes(frame[18:20], "big")
        if len(frame) < 54 + 13:
            return False
        return payload - (frame[54 + 12] >> 4) * 4 > 0
    return False


def relay(first, second, seconds, drop_every, swap_every):
    sockets = {}
    for name in (first, second):
        raw = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
        raw.bind((name, 0))
        sockets[name] = raw
    other = {first: sockets[second], second: sockets[first]}
    by_fd = {raw.fileno(): name for name, raw in sockets.items()}
    held = {first: None, second: None}
    data_frames = dropped = swapped = 0
    print("ready", flush=True)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        readable, _, _ = select.select(list(sockets.values()), [], [], 0.05)
        if not readable:
            # Nothing behind it: a held frame goes out alone rather than waiting for a partner.
            for name, frame in held.items():
                if frame is not None:
                    other[name].send(frame)
                    held[name] = None
            continue
        for raw in readable:
            name = by_fd[raw.fileno()]
            frame, address = raw.recvfrom(65535)
            if address[2] == PACKET_OUTGOING:
                continue  # our own sends, seen again on the way out
            if carries_tcp_data(frame):
                data_frames += 1
                if data_frames % drop_every == 0:
                    dropped += 1
                    continue
                if data_frames % swap_every == 0 and held[name] is None:
                    held[name] = frame
                    swapped += 1
                    continue
            other[name].send(frame)
            if held[name] is not None:
                other[name].send(held[name])
                held[name] = None
    print(f"relayed {data_frames} data frames, dropped {dropped}, swapped {swapped}", flush=True)


MODES = {
    "http-server": (3, lambda a: http_server(a[0], int(a[1]), int(a[2]))),
    "http-client": (3, lambda a: http_client(a[0], int(a[1]), a[2:])),
    "answer-server": (3, lambda a: answer_server(a[0], int(a[1]), int(a[2]))),
    "bound-client": (4, lambda a: bound_client(a[0], int(a[1]), int(a[2]), a[3])),
    "bulk-server": (3, lambda a: bulk_server(a[0], int(a[1]), int(a[2]))),
    "bulk-client": (2, lambda a: bulk_client(a[0], int(a[1]))),
    "slow-server": (3, lambda a: slow_server(a[0], int(a[1]), float(a[2]))),
    "send": (3, lambda a: send(a[0], int(a[1]), int(a[2]))),
    "keepalive-client": (3, lambda a: keepalive_client(a[0], int(a[1]), float(a[2]))),
    "talk-server": (2, lambda a: talk_server(a[0], int(a[1]))),
    "talk-client": (4, lambda a: talk_client(a[0], int(a[1]), int(a[2]), int(a[3]))),
    "connect": (3, lambda a: try_connect(a[0], int(a[1]), float(a[2]))),
    "relay": (5, lambda a: relay(a[0], a[1], float(a[2]), int(a[3]), int(a[4]))),
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(USAGE)
        sys.exit(0 if len(sys.argv) >= 2 else 2)
    mode, args = sys.argv[1], sys.argv[2:]
    if mode not in MODES or len(args) < MODES[mode][0]:
        print(f"stream-peer: bad mode or arguments: {' '.join(sys.argv[1:])} (--help for usage)",
              file=sys.stderr)
        sys.exit(2)
    try:
        MODES[mode][1](args)
    except (OSError, ValueError, IndexError) as error:
        print(f"stream-peer: {mode}: {error}", file=sys.stderr)
        sys.exit(1)
    os._exit(0)
