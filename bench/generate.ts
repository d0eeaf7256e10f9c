/**
 * Writes a deterministic, realistic capture for benchmarks: Ethernet frames among a few hundred
 * hosts in a couple of thousand flows, mostly TCP (handshakes with options, data segments of 0 to
 * 1448 bytes, many with timestamps), some UDP, ICMP echo and ARP, a share over IPv6; every
 * checksum valid. The same seed always gives the same bytes.
 *
 * deno run --allow-write bench/generate.ts OUT.pcap [PACKETS] [SEED]
 * deno run --allow-write bench/generate.ts --syn-flood OUT.pcap [CONNECTIONS] [SEED]
 *
 * `--syn-flood` writes instead a SYN flood: CONNECTIONS (default 1,000,000) distinct half-open
 * connections to one server, the stress case of a stream tracker's memory caps.
 *
 * @module
 */

import { foldChecksum, sumWords } from "../decode/checksum.ts";
import { fail, parseScriptArgs, reason, usageError, wholeNumber } from "../tools/_script.ts";

/** Deterministic 32-bit generator (mulberry32). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

interface Flow {
  client: number;
  server: number;
  clientPort: number;
  serverPort: number;
  v6: boolean;
  clientSeq: number;
  serverSeq: number;
  started: boolean;
}

const HOSTS = 300;
const FLOWS = 2000;
const SERVER_PORTS = [80, 443, 22, 8080, 5432, 6379, 25, 3306];

/**
 * A pcap file (microsecond timestamps, Ethernet) written through an 8 MiB buffer in which each
 * frame is built in place: `next` says where the next frame goes, `add` ends its record.
 */
class PcapWriter {
  readonly bytes: Uint8Array = new Uint8Array(8 << 20);
  readonly view: DataView = new DataView(this.bytes.buffer);
  readonly #file: Deno.FsFile;
  #used = 0;
  #written = 0;

  /** Creates `path` (truncating it) and puts the global header in the buffer. */
  constructor(path: string) {
    this.#file = Deno.openSync(path, { write: true, create: true, truncate: true });
    // Global header: little-endian, microseconds, snaplen 262144, Ethernet.
    this.view.setUint32(0, 0xa1b2c3d4, true);
    this.view.setUint16(4, 2, true);
    this.view.setUint16(6, 4, true);
    this.view.setUint32(16, 262144, true);
    this.view.setUint32(20, 1, true);
    this.#used = 24;
  }

  /** Where the next frame goes in `bytes`, with room for `most` bytes of it. */
  next(most: number): number {
    if (this.#used + 16 + most > this.bytes.length) this.#flush();
    return this.#used + 16;
  }

  /** Ends the record of the frame `next` placed: `length` bytes, captured whole, at this time. */
  add(seconds: number, micros: number, length: number): void {
    const record = this.#used;
    this.view.setUint32(record, seconds, true);
    this.view.setUint32(record + 4, micros, true);
    this.view.setUint32(record + 8, length, true);
    this.view.setUint32(record + 12, length, true);
    this.#used = record + 16 + length;
  }

  /** Writes what is buffered and closes the file; returns the bytes written in all. */
  close(): number {
    this.#flush();
    this.#file.close();
    return this.#written;
  }

  #flush(): void {
    let done = 0;
    while (done < this.#used) done += this.#file.writeSync(this.bytes.subarray(done, this.#used));
    this.#written += this.#used;
    this.#used = 0;
  }
}

/** Writes `packets` frames to `path`; returns the bytes written. */
export function generate(path: string, packets: number, seed = 1): number {
  const random = generator(seed);
  const below = (n: number) => random() % n;
  // Payload bytes: mostly printable text with some binary, drawn from one pool.
  const text = new TextEncoder().encode(
    "GET /index.html HTTP/1.1\r\nHost: example.test\r\nUser-Agent: bench\r\nAccept: */*\r\n\r\n" +
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1024\r\n\r\n<html><body>",
  );
  const pool = new Uint8Array(65536);
  for (let i = 0; i < pool.length; i++) {
    pool[i] = below(8) === 0 ? below(256) : text[i % text.length]!;
  }
  const mac = (host: number, out: Uint8Array, at: number) => {
    out.set([0x02, 0x00, 0x5e, (host >> 16) & 0xff, (host >> 8) & 0xff, host & 0xff], at);
  };
  const flows: Flow[] = [];
  for (let i = 0; i < FLOWS; i++) {
    const client = below(HOSTS);
    let server = below(HOSTS);
    if (server === client) server = (server + 1) % HOSTS;
    flows.push({
      client,
      server,
      clientPort: 32768 + below(28000),
      serverPort: SERVER_PORTS[below(SERVER_PORTS.length)]!,
      v6: below(10) === 0,
      clientSeq: random(),
      serverSeq: random(),
      started: false,
    });
  }

  const out = new PcapWriter(path);
  const chunk = out.bytes;
  let seconds = 1700000000;
  let micros = 0;
  for (let n = 0; n < packets; n++) {
    const frame = out.next(1600);
    micros += 1 + below(20);
    if (micros >= 1e6) {
      seconds++;
      micros -= 1e6;
    }
    let length: number;
    const kind = below(100);
    if (kind < 3) length = arp(chunk, frame, below(HOSTS), below(HOSTS), below(2) === 0, mac);
    else if (kind < 8) length = icmpEcho(chunk, frame, flows[below(FLOWS)]!, mac, n);
    else if (kind < 18) {
      length = udp(chunk, frame, flows[below(FLOWS)]!, mac, pool, below(20) + below(480));
    } else {
      const flow = flows[below(FLOWS)]!;
      length = tcp(chunk, frame, flow, mac, pool, below);
    }
    out.add(seconds, micros, length);
  }
  return out.close();
}

type MacWriter = (host: number, out: Uint8Array, at: number) => void;

function ethernet(
  out: Uint8Array,
  at: number,
  from: number,
  to: number,
  type: number,
  mac: MacWriter,
) {
  mac(to, out, at);
  mac(from, out, at + 6);
  out[at + 12] = type >> 8;
  out[at + 13] = type & 0xff;
}

function ipv4Header(
  out: Uint8Array,
  at: number,
  from: number,
  to: number,
  protocol: number,
  total: number,
  id: number,
) {
  out.set([
    0x45,
    0,
    total >> 8,
    total & 0xff,
    (id >> 8) & 0xff,
    id & 0xff,
    0x40,
    0,
    64,
    protocol,
    0,
    0,
  ], at);
  out.set([10, 1, from >> 8, from & 0xff, 10, 1, to >> 8, to & 0xff], at + 12);
  const sum = ~foldChecksum(sumWords(out, at, at + 20)) & 0xffff;
  out[at + 10] = sum >> 8;
  out[at + 11] = sum & 0xff;
}

function ipv6Header(
  out: Uint8Array,
  at: number,
  from: number,
  to: number,
  next: number,
  length: number,
) {
  out.set([0x60, 0, 0, 0, length >> 8, length & 0xff, next, 64], at);
  out.fill(0, at + 8, at + 40);
  out.set([0xfd, 0x00, 0x00, 0x01], at + 8);
  out.set([from >> 8, from & 0xff], at + 22);
  out.set([0xfd, 0x00, 0x00, 0x01], at + 24);
  out.set([to >> 8, to & 0xff], at + 38);
}

/** Fills the transport checksum at `checksumAt` over the pseudo-header and `[start, end)`. */
function transportChecksum(
  out: Uint8Array,
  ip: number,
  v6: boolean,
  protocol: number,
  start: number,
  end: number,
  checksumAt: number,
) {
  out[checksumAt] = out[checksumAt + 1] = 0;
  const pseudo = v6
    ? sumWords(out, ip + 8, ip + 40, protocol + (end - start))
    : sumWords(out, ip + 12, ip + 20, protocol + (end - start));
  let sum = ~foldChecksum(sumWords(out, start, end, pseudo)) & 0xffff;
  if (sum === 0 && protocol === 17) sum = 0xffff;
  out[checksumAt] = sum >> 8;
  out[checksumAt + 1] = sum & 0xff;
}

function arp(
  out: Uint8Array,
  at: number,
  from: number,
  to: number,
  reply: boolean,
  mac: MacWriter,
): number {
  ethernet(out, at, from, reply ? to : 0xffffff, 0x0806, mac);
  out.set([0, 1, 8, 0, 6, 4, 0, reply ? 2 : 1], at + 14);
  mac(from, out, at + 22);
  out.set([10, 1, from >> 8, from & 0xff], at + 28);
  if (reply) mac(to, out, at + 32);
  else out.fill(0, at + 32, at + 38);
  out.set([10, 1, to >> 8, to & 0xff], at + 38);
  out.fill(0, at + 42, at + 60); // padding to the 60-byte minimum
  return 60;
}

function icmpEcho(out: Uint8Array, at: number, flow: Flow, mac: MacWriter, n: number): number {
  ethernet(out, at, flow.client, flow.server, 0x0800, mac);
  const icmp = at + 34;
  out.set([
    8,
    0,
    0,
    0,
    (flow.clientPort >> 8) & 0xff,
    flow.clientPort & 0xff,
    (n >> 8) & 0xff,
    n & 0xff,
  ], icmp);
  for (let i = 0; i < 56; i++) out[icmp + 8 + i] = 0x10 + i;
  ipv4Header(out, at + 14, flow.client, flow.server, 1, 20 + 64, n);
  const sum = ~foldChecksum(sumWords(out, icmp, icmp + 64)) & 0xffff;
  out[icmp + 2] = sum >> 8;
  out[icmp + 3] = sum & 0xff;
  return 14 + 20 + 64;
}

function udp(
  out: Uint8Array,
  at: number,
  flow: Flow,
  mac: MacWriter,
  pool: Uint8Array,
  size: number,
): number {
  const v6 = flow.v6;
  ethernet(out, at, flow.client, flow.server, v6 ? 0x86dd : 0x0800, mac);
  const ip = at + 14;
  const transport = ip + (v6 ? 40 : 20);
  const length = 8 + size;
  out.set([
    (flow.clientPort >> 8) & 0xff,
    flow.clientPort & 0xff,
    0,
    53,
    length >> 8,
    length & 0xff,
    0,
    0,
  ], transport);
  out.set(
    pool.subarray((flow.clientPort * 7) % 60000, (flow.clientPort * 7) % 60000 + size),
    transport + 8,
  );
  if (v6) ipv6Header(out, ip, flow.client, flow.server, 17, length);
  else ipv4Header(out, ip, flow.client, flow.server, 17, 20 + length, flow.clientPort);
  transportChecksum(out, ip, v6, 17, transport, transport + length, transport + 6);
  return transport + length - at;
}

function tcp(
  out: Uint8Array,
  at: number,
  flow: Flow,
  mac: MacWriter,
  pool: Uint8Array,
  below: (n: number) => number,
): number {
  const v6 = flow.v6;
  const fromClient = below(2) === 0;
  ethernet(
    out,
    at,
    fromClient ? flow.client : flow.server,
    fromClient ? flow.server : flow.client,
    v6 ? 0x86dd : 0x0800,
    mac,
  );
  const ip = at + 14;
  const transport = ip + (v6 ? 40 : 20);
  let flags = 0x10;
  let options: number[] = [];
  let size = 0;
  if (!flow.started || below(200) === 0) {
    // A handshake segment with the options Linux sends.
    flow.started = true;
    flags = fromClient ? 0x02 : 0x12;
    options = [2, 4, 0x05, 0xb4, 4, 2, 8, 10, 0, 0, 0, 1, 0, 0, 0, 0, 1, 3, 3, 7];
  } else {
    const shape = below(10);
    if (shape < 3) size = 0; // a pure ACK
    else if (shape < 7) size = 1 + below(1448);
    else size = 1448;
    if (size > 0) flags = 0x18;
    if (below(10) < 6) options = [1, 1, 8, 10, 0, 1, 2, 3, 0, 0, 0, 9];
  }
  const seq = fromClient ? flow.clientSeq : flow.serverSeq;
  const ack = fromClient ? flow.serverSeq : flow.clientSeq;
  const headerLength = 20 + options.length;
  const sourcePort = fromClient ? flow.clientPort : flow.serverPort;
  const destinationPort = fromClient ? flow.serverPort : flow.clientPort;
  out.set(
    [sourcePort >> 8, sourcePort & 0xff, destinationPort >> 8, destinationPort & 0xff],
    transport,
  );
  out.set([seq >>> 24, (seq >>> 16) & 0xff, (seq >>> 8) & 0xff, seq & 0xff], transport + 4);
  out.set([ack >>> 24, (ack >>> 16) & 0xff, (ack >>> 8) & 0xff, ack & 0xff], transport + 8);
  out.set([(headerLength / 4) << 4, flags, 0x01, 0xf5, 0, 0, 0, 0], transport + 12);
  out.set(options, transport + 20);
  const start = (seq + destinationPort) % (pool.length - size);
  out.set(pool.subarray(start, start + size), transport + headerLength);
  if (fromClient) flow.clientSeq = (flow.clientSeq + size) >>> 0;
  else flow.serverSeq = (flow.serverSeq + size) >>> 0;
  const length = headerLength + size;
  if (v6) ipv6Header(out, ip, flow.client, flow.server, 6, length);
  else {ipv4Header(
      out,
      ip,
      fromClient ? flow.client : flow.server,
      fromClient ? flow.server : flow.client,
      6,
      20 + length,
      seq & 0xffff,
    );}
  if (v6 && !fromClient) {
    // Reply direction over IPv6: swap the addresses written above.
    const source = out.slice(ip + 8, ip + 24);
    out.copyWithin(ip + 8, ip + 24, ip + 40);
    out.set(source, ip + 24);
  }
  transportChecksum(out, ip, v6, 6, transport, transport + length, transport + 16);
  return transport + length - at;
}

/**
 * Writes a SYN flood to `path`: `connections` SYNs (MSS option) from distinct 4-tuples, source
 * 10.0.0.0/8 addresses (16 connections each, ports drawn at random but distinct per address) to
 * 10.255.0.1:80, 1 to 20 µs apart; about every 50th SYN is answered by a SYN-ACK and every 100th
 * by an RST/ACK right after it. Every checksum is valid; the same seed gives the same bytes.
 * Returns the bytes written.
 */
export function generateSynFlood(path: string, connections: number, seed = 1): number {
  const random = generator(seed);
  const out = new PcapWriter(path);
  const chunk = out.bytes;
  const view = out.view;
  const server = (10 << 24) | (255 << 16) | 1;
  let seconds = 1700000000;
  let micros = 0;
  // One frame: Ethernet, IPv4 (20), TCP (20 + 4 of MSS on SYNs), no payload.
  const frame = (
    client: number,
    port: number,
    fromClient: boolean,
    flags: number,
    seq: number,
    ack = 0,
  ) => {
    const at = out.next(64);
    micros += 1 + (random() % 20);
    if (micros >= 1e6) {
      seconds++;
      micros -= 1e6;
    }
    const optionsLength = flags & 0x02 ? 4 : 0;
    const length = 14 + 20 + 20 + optionsLength;
    const [source, destination] = fromClient ? [client, server] : [server, client];
    chunk.set([2, 0, 0x5e, 0, 0, fromClient ? 2 : 1, 2, 0, 0x5e, 0, 0, fromClient ? 1 : 2], at);
    chunk.set([0x08, 0x00], at + 12);
    const ip = at + 14;
    view.setUint32(ip, 0x45000000 | (20 + 20 + optionsLength));
    view.setUint32(ip + 4, (seq & 0xffff) << 16 | 0x4000);
    view.setUint32(ip + 8, 64 << 24 | 6 << 16);
    view.setUint32(ip + 12, source >>> 0);
    view.setUint32(ip + 16, destination >>> 0);
    view.setUint16(ip + 10, ~foldChecksum(sumWords(chunk, ip, ip + 20)) & 0xffff);
    const tcp = ip + 20;
    view.setUint16(tcp, fromClient ? port : 80);
    view.setUint16(tcp + 2, fromClient ? 80 : port);
    view.setUint32(tcp + 4, seq >>> 0);
    view.setUint32(tcp + 8, ack >>> 0);
    view.setUint32(tcp + 12, (((20 + optionsLength) / 4) << 28 | flags << 16 | 64240) >>> 0);
    view.setUint32(tcp + 16, 0);
    if (optionsLength) chunk.set([2, 4, 0x05, 0xb4], tcp + 20);
    transportChecksum(chunk, ip, false, 6, tcp, tcp + 20 + optionsLength, tcp + 16);
    out.add(seconds, micros, length);
  };
  for (let i = 0; i < connections; i++) {
    const client = (10 << 24) + 1 + Math.floor(i / 16);
    // 16 ports per address, one from each 4000-port band: distinct without bookkeeping.
    const port = 1024 + (i % 16) * 4000 + (random() % 4000);
    const seq = random();
    frame(client, port, true, 0x02, seq);
    const answer = random() % 100;
    if (answer < 2) frame(client, port, false, 0x12, random(), seq + 1);
    else if (answer < 3) frame(client, port, false, 0x14, 0, seq + 1);
  }
  return out.close();
}

if (import.meta.main) {
  const usage = `usage: deno run --allow-write bench/generate.ts OUT.pcap [PACKETS] [SEED]
       deno run --allow-write bench/generate.ts --syn-flood OUT.pcap [CONNECTIONS] [SEED]

Writes a deterministic capture of PACKETS Ethernet frames (default 1000000, about 690 MB) to
OUT.pcap; the same SEED (default 1) always gives the same bytes. With --syn-flood: SYNs of
CONNECTIONS distinct connections (default 1000000, about 78 MB), a few answered by SYN-ACK or RST.`;
  const { positionals, values } = parseScriptArgs("generate", usage, {
    allowPositionals: true,
    options: { "syn-flood": { type: "boolean" } },
  });
  const [path, count, seed] = positionals;
  if (!path) usageError("generate", "no output file given");
  if (positionals.length > 3) usageError("generate", `unexpected argument '${positionals[3]}'`);
  const packets = count === undefined ? 1_000_000 : wholeNumber("generate", "PACKETS", count);
  const seedValue = seed === undefined ? 1 : wholeNumber("generate", "SEED", seed, 0);
  const start = performance.now();
  let bytes: number;
  try {
    bytes = values["syn-flood"]
      ? generateSynFlood(path, packets, seedValue)
      : generate(path, packets, seedValue);
  } catch (error) {
    fail("generate", `cannot write ${path}: ${reason(error)}`);
  }
  const what = values["syn-flood"] ? "connections" : "packets";
  console.error(
    `wrote ${packets} ${what}, ${(bytes / 1e6).toFixed(1)} MB to ${path} in ${
      ((performance.now() - start) / 1000).toFixed(1)
    } s`,
  );
}
