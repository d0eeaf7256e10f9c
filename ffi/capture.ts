/**
 * A libpcap capture handle: live from an interface or from a pcap/pcapng file.
 *
 * @module
 */

import { setImmediate } from "node:timers";
import { PcapError, type PcapErrorKind, PcapStatus } from "./errors.ts";
import { Packet } from "../decode/packet.ts";
import { formatIPv4, formatIPv6 } from "../decode/address.ts";
import {
  cString,
  ERRBUF_SIZE,
  errbufText,
  type Libc,
  loadLibc,
  loadPcap,
  type Pcap,
  readCString,
} from "./_symbols.ts";

/** Options for {@linkcode Capture.openLive}. */
export interface LiveOptions {
  /** Bytes kept of each frame. Default 262144, as tcpdump. */
  snaplen?: number;
  /** Capture frames not addressed to this host. Default true. */
  promiscuous?: boolean;
  /**
   * Deliver each packet as it arrives instead of in blocks. Lowest latency, but more drops under
   * load (measured here: 58% at snaplen 262144). Default false.
   */
  immediate?: boolean;
  /** How long the kernel may hold packets to deliver them in a block, in ms. Default 100. */
  timeoutMs?: number;
  /** Kernel buffer size in bytes. Default 4 MiB. */
  bufferSize?: number;
  /** A BPF filter expression, as tcpdump takes it. */
  filter?: string;
}

/** Options for {@linkcode Capture.openOffline}. */
export interface OfflineOptions {
  /** A BPF filter expression, as tcpdump takes it. */
  filter?: string;
}

/** Counts from libpcap's `pcap_stats`. */
export interface CaptureStats {
  /** Packets that passed the filter (on `lo` every packet is seen twice). */
  received: number;
  /** Packets the kernel dropped for lack of buffer space. */
  dropped: number;
  /** Packets the interface or its driver dropped, where the system tells. */
  interfaceDropped: number;
}

/** A network interface, as `pcap_findalldevs` lists it. */
export interface Device {
  /** The name to pass to {@linkcode Capture.openLive}, e.g. `eth0`. */
  name: string;
  /** A human-readable description where the system has one (Windows, some drivers), else "". */
  description: string;
  /** A loopback interface (`lo`). */
  loopback: boolean;
  /** The interface is administratively up. */
  up: boolean;
  /** The interface is running (has carrier). */
  running: boolean;
  /** A wireless interface. */
  wireless: boolean;
  /** `connected`, `disconnected`, `not applicable` or `unknown`. */
  connection: "unknown" | "connected" | "disconnected" | "not applicable";
  /** IPv4 and IPv6 addresses, as text. */
  addresses: string[];
}

const PCAP_NETMASK_UNKNOWN = 0xffffffff;
const EMPTY = new Uint8Array(0);
const POLLIN = 0x1;
/** How many packets an offline async iteration reads before letting timers and I/O run. */
const OFFLINE_BATCH = 4096;
/** How often an offline async iteration waits for a timer, so that signal listeners run. */
const OFFLINE_SIGNAL_MS = 200;

/** Where `struct pcap_pkthdr` keeps its fields, in 32-bit words. */
interface HeaderLayout {
  /** Word holding the high half of a 64-bit tv_sec, or -1 where tv_sec is 32-bit. */
  secondsHigh: number;
  microseconds: number;
  captureLength: number;
  wireLength: number;
  bytes: number;
}

const HEADER_LAYOUT: HeaderLayout = Deno.build.os === "windows"
  // Two 32-bit timeval fields.
  ? { secondsHigh: -1, microseconds: 1, captureLength: 2, wireLength: 3, bytes: 16 }
  // Linux and macOS on 64-bit: 8-byte tv_sec; tv_usec at byte 8 (8 bytes on Linux, 4 on macOS).
  : { secondsHigh: 1, microseconds: 2, captureLength: 4, wireLength: 5, bytes: 24 };

/**
 * An open capture. Read packets with `for await`, or with {@linkcode Capture.next} where no
 * waiting is needed (files). Close it with `using` or {@linkcode Capture.close}.
 *
 * Each packet is a borrowed view into libpcap's memory, valid until the next read: see
 * {@linkcode Packet}.
 *
 * @example Counting the TCP packets of a capture file
 * ```ts
 * import assert from "node:assert/strict";
 * import { Capture } from "./capture.ts";
 *
 * using capture = Capture.openOffline("tests/fixtures/http-ipv4.pcap", { filter: "tcp" });
 * let packets = 0;
 * for await (const packet of capture) {
 *   if (packet.captureLength > 0) packets++;
 * }
 * assert.ok(packets > 0);
 * ```
 */
export class Capture implements Disposable, AsyncIterable<Packet> {
  /** The file or interface the packets come from. */
  readonly source: string;
  /** True for an interface, false for a file. */
  readonly live: boolean;
  /** Link-layer type of every packet (`DLT_*`), e.g. 1 for Ethernet. */
  readonly linkType: number;
  /** The snapshot length: the most bytes of a frame that are kept. */
  readonly snaplen: number;

  #pcap: Pcap;
  #handle: Deno.PointerObject | null;
  #packet = new Packet();
  #count = 0;
  #stopped = false;
  #waiting: Promise<unknown> | null = null;
  #closeWhenIdle = false;

  // pcap_next_ex's two out-parameters live in one ArrayBuffer (made by its constructor, so its
  // memory never moves: the pointers to it stay valid as long as the capture holds it), read as
  // 32-bit halves so that checking whether libpcap's buffers moved creates no BigInt.
  readonly #outMemory = new ArrayBuffer(16);
  readonly #out = new BigUint64Array(this.#outMemory);
  readonly #outWords = new Uint32Array(this.#outMemory);
  readonly #headerOut = Deno.UnsafePointer.of(new Uint8Array(this.#outMemory, 0, 8));
  readonly #dataOut = Deno.UnsafePointer.of(new Uint8Array(this.#outMemory, 8, 8));
  #header = new Uint32Array(0);
  #headerAddress = [0, 0];
  #data = new Uint8Array(0);
  #dataAddress = [0, 0];

  // Live capture on POSIX: a pipe whose read end is polled beside libpcap's descriptor, so that
  // stop() can wake a pending poll().
  #libc: Libc | undefined;
  #pollFds: Int32Array | undefined;
  #wakeFds: Int32Array | undefined;

  private constructor(pcap: Pcap, handle: Deno.PointerObject, source: string, live: boolean) {
    this.#pcap = pcap;
    this.#handle = handle;
    this.source = source;
    this.live = live;
    this.linkType = pcap.pcap_datalink(handle);
    this.snaplen = pcap.pcap_snapshot(handle);
    this.#packet.linkType = this.linkType;
  }

  /**
   * Opens a capture file (pcap or pcapng; `-` is standard input).
   * @throws {PcapError} of kind `file` when it cannot be read or is not a capture.
   */
  static openOffline(path: string, options: OfflineOptions = {}): Capture {
    const pcap = loadPcap();
    const errbuf = new Uint8Array(ERRBUF_SIZE);
    const handle = pcap.pcap_open_offline(cString(path), errbuf);
    if (handle === null) {
      const reason = errbufText(errbuf) || "cannot open";
      throw new PcapError("file", reason.startsWith(path) ? reason : `${path}: ${reason}`);
    }
    const capture = new Capture(pcap, handle, path, false);
    if (options.filter !== undefined) capture.#setFilterOrClose(options.filter);
    return capture;
  }

  /**
   * Opens an interface for live capture; with no name, the first device libpcap lists.
   * @throws {PcapError} of kind `device` (no such interface), `permission` (needs root or
   * CAP_NET_RAW), `filter`, `library` (libpcap, or the C library used to wait for packets,
   * cannot be loaded) or `capture`.
   */
  static openLive(device?: string, options: LiveOptions = {}): Capture {
    const pcap = loadPcap();
    // Loaded before any handle exists, so that failing to load it leaves nothing open.
    const libc = pcap.pcap_get_selectable_fd ? loadLibc() : undefined;
    const name = device ?? defaultDevice();
    const errbuf = new Uint8Array(ERRBUF_SIZE);
    const handle = pcap.pcap_create(cString(name), errbuf);
    if (handle === null) throw new PcapError("device", `${name}: ${errbufText(errbuf)}`);
    const settings: [string, number][] = [
      ["snaplen", pcap.pcap_set_snaplen(handle, (options.snaplen ?? 262144) | 0)],
      ["promiscuous", pcap.pcap_set_promisc(handle, options.promiscuous === false ? 0 : 1)],
      ["timeout", pcap.pcap_set_timeout(handle, (options.timeoutMs ?? 100) | 0)],
      ["immediate", pcap.pcap_set_immediate_mode(handle, options.immediate ? 1 : 0)],
      ["buffer size", pcap.pcap_set_buffer_size(handle, (options.bufferSize ?? 4 << 20) | 0)],
    ];
    for (const [what, status] of settings) {
      if (status !== 0) {
        pcap.pcap_close(handle);
        throw new PcapError("capture", `${name}: cannot set ${what}: ${statusText(pcap, status)}`);
      }
    }
    const status = pcap.pcap_activate(handle);
    if (status < 0) {
      const detail = readCString(pcap.pcap_geterr(handle));
      pcap.pcap_close(handle);
      throw activationError(pcap, name, status, detail);
    }
    const capture = new Capture(pcap, handle, name, true);
    if (options.filter !== undefined) capture.#setFilterOrClose(options.filter);
    capture.#prepareWaiting(libc);
    return capture;
  }

  /**
   * Applies a BPF filter expression (`tcp port 80`, …), compiled by libpcap as tcpdump does.
   * @throws {PcapError} of kind `filter` with libpcap's message.
   */
  setFilter(expression: string): void {
    const handle = this.#open();
    let netmask = PCAP_NETMASK_UNKNOWN;
    if (this.live) {
      const net = new Uint32Array(2);
      const errbuf = new Uint8Array(ERRBUF_SIZE);
      const lookup = this.#pcap.pcap_lookupnet(
        cString(this.source),
        net.subarray(0, 1),
        net.subarray(1, 2),
        errbuf,
      );
      if (lookup === 0) netmask = net[1]!;
    }
    const program = new BigUint64Array(2); // struct bpf_program { u_int len; insn *bf_insns; }
    const compiled = this.#pcap.pcap_compile(handle, program, cString(expression), 1, netmask);
    if (compiled !== 0) {
      const reason = readCString(this.#pcap.pcap_geterr(handle), "cannot compile");
      throw new PcapError("filter", `bad filter '${expression}': ${reason}`, -1);
    }
    const set = this.#pcap.pcap_setfilter(handle, program);
    this.#pcap.pcap_freecode(program);
    if (set !== 0) {
      throw new PcapError("filter", readCString(this.#pcap.pcap_geterr(handle), "bad filter"), -1);
    }
  }

  /**
   * The next packet that is ready now, or `null` when none is: the end of a file, nothing
   * waiting on a live interface (use `for await` to wait), or a capture that was stopped or
   * closed (a read after {@linkcode Capture.close} is not an error: it returns `null`, so that a
   * loop ends when a signal handler closes the capture). The packet is borrowed: it and its
   * bytes change on the next call.
   * @throws {PcapError} of kind `file` (or `capture`, live) when libpcap fails to read: a
   * truncated or corrupt file.
   *
   * @example Reading a file synchronously
   * ```ts
   * import assert from "node:assert/strict";
   * import { Capture } from "./capture.ts";
   *
   * const capture = Capture.openOffline("tests/fixtures/http-ipv4.pcap");
   * const first = capture.next();
   * assert.ok(first !== null && first.number === 1 && first.captureLength > 0);
   * capture.close();
   * assert.equal(capture.next(), null);
   * ```
   */
  next(): Packet | null {
    if (this.#stopped || this.#handle === null) return null;
    const status = this.#pcap.pcap_next_ex(this.#handle, this.#headerOut, this.#dataOut);
    if (status === 1) return this.#fill();
    if (status === 0 || status === PcapStatus.BREAK) return null;
    throw new PcapError(
      this.live ? "capture" : "file",
      readCString(this.#pcap.pcap_geterr(this.#handle), "read failed"),
      status,
    );
  }

  /** How many packets this capture has handed out. */
  get count(): number {
    return this.#count;
  }

  /**
   * Reads every packet until the file ends or {@linkcode Capture.stop} is called. A live capture
   * waits without blocking the event loop: timers and signal handlers keep running.
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<Packet, void, undefined> {
    if (!this.live) {
      let packet: Packet | null;
      let sinceYield = 0;
      let signalsDue = performance.now() + OFFLINE_SIGNAL_MS;
      while ((packet = this.next()) !== null) {
        yield packet;
        if (++sinceYield === OFFLINE_BATCH) {
          sinceYield = 0;
          // An immediate (~5 µs) lets timers and I/O run, but signal listeners were often run
          // only 10 to 60 immediates later; waiting for a timer (1-2 ms) runs them at once.
          if (performance.now() < signalsDue) {
            await new Promise((resolve) => setImmediate(resolve));
          } else {
            await new Promise((resolve) => setTimeout(resolve, 0));
            signalsDue = performance.now() + OFFLINE_SIGNAL_MS;
          }
        }
      }
      return;
    }
    while (!this.#stopped && this.#handle !== null) {
      let packet: Packet | null;
      while ((packet = this.next()) !== null) {
        yield packet;
        if (this.#stopped) return;
      }
      if (this.#stopped) return;
      if (await this.#waitForPackets()) yield this.#fill();
    }
  }

  /**
   * Ends the capture: a pending or later read returns no more packets. Safe to call from a
   * signal handler or timer while a `for await` is waiting.
   */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#handle !== null) this.#pcap.pcap_breakloop(this.#handle);
    if (this.#libc && this.#wakeFds) this.#libc.write(this.#wakeFds[1]!, new Uint8Array(1), 1n);
  }

  /** libpcap's counters; for files, all zero. */
  stats(): CaptureStats {
    if (!this.live || this.#handle === null) {
      return { received: 0, dropped: 0, interfaceDropped: 0 };
    }
    const counters = new Uint32Array(8); // Windows' struct pcap_stat has three more fields
    if (this.#pcap.pcap_stats(this.#handle, counters) !== 0) {
      throw new PcapError("capture", readCString(this.#pcap.pcap_geterr(this.#handle)));
    }
    return { received: counters[0]!, dropped: counters[1]!, interfaceDropped: counters[2]! };
  }

  /**
   * Closes the handle. The packet handed out last is emptied (length 0), so that it cannot read
   * libpcap's freed memory; bytes taken from it before (`packet.data`) become invalid. Safe to
   * call twice; after it, {@linkcode Capture.next} returns `null`.
   */
  close(): void {
    this.stop();
    if (this.#waiting !== null) {
      // A poll() is still running on another thread with libpcap's descriptor: close once it
      // returns (stop() has woken it).
      this.#closeWhenIdle = true;
      return;
    }
    this.#closeNow();
  }

  /** Closes the capture when a `using` binding goes out of scope: {@linkcode Capture.close}. */
  [Symbol.dispose](): void {
    this.close();
  }

  #open(): Deno.PointerObject {
    if (this.#handle === null) throw new PcapError("capture", "the capture is closed");
    return this.#handle;
  }

  #setFilterOrClose(expression: string): void {
    try {
      this.setFilter(expression);
    } catch (error) {
      this.close();
      throw error;
    }
  }

  #closeNow(): void {
    if (this.#handle !== null) {
      this.#pcap.pcap_close(this.#handle);
      this.#handle = null;
      // Nothing may keep reading libpcap's memory through this capture's views.
      this.#packet.reset(EMPTY, 0, 0);
      this.#data = EMPTY;
      this.#dataAddress = [0, 0];
      this.#header = new Uint32Array(0);
      this.#headerAddress = [0, 0];
    }
    if (this.#libc && this.#wakeFds) {
      this.#libc.close(this.#wakeFds[0]!);
      this.#libc.close(this.#wakeFds[1]!);
      this.#wakeFds = undefined;
    }
  }

  /** Fills the reused packet from pcap_next_ex's out-parameters, rebuilding views only when libpcap's buffers moved. */
  #fill(): Packet {
    const words = this.#outWords;
    if (words[0] !== this.#headerAddress[0] || words[1] !== this.#headerAddress[1]) {
      this.#headerAddress[0] = words[0]!;
      this.#headerAddress[1] = words[1]!;
      const pointer = Deno.UnsafePointer.create(this.#out[0]!)!;
      this.#header = new Uint32Array(
        Deno.UnsafePointerView.getArrayBuffer(pointer, HEADER_LAYOUT.bytes),
      );
    }
    const header = this.#header;
    const captureLength = header[HEADER_LAYOUT.captureLength]!;
    if (
      words[2] !== this.#dataAddress[0] || words[3] !== this.#dataAddress[1] ||
      captureLength > this.#data.length
    ) {
      this.#dataAddress[0] = words[2]!;
      this.#dataAddress[1] = words[3]!;
      const pointer = Deno.UnsafePointer.create(this.#out[1]!);
      // libpcap's buffer holds at least the largest packet it has put at this address, so a view
      // that long stays inside it; the packet still reads only captureLength bytes of it.
      this.#data = pointer === null || captureLength === 0
        ? new Uint8Array(0)
        : new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(pointer, captureLength));
    }
    const packet = this.#packet;
    packet.reset(this.#data, captureLength, header[HEADER_LAYOUT.wireLength]!);
    const high = HEADER_LAYOUT.secondsHigh < 0 ? 0 : header[HEADER_LAYOUT.secondsHigh]!;
    packet.seconds = header[0]! + high * 4294967296;
    packet.microseconds = header[HEADER_LAYOUT.microseconds]!;
    packet.number = ++this.#count;
    return packet;
  }

  /** Puts a live handle in non-blocking mode with a wake-up pipe, where the system can poll. */
  #prepareWaiting(libc: Libc | undefined): void {
    const handle = this.#open();
    const selectable = this.#pcap.pcap_get_selectable_fd;
    this.#libc = libc;
    if (!this.#libc || !selectable) return;
    const fd = selectable(handle);
    const errbuf = new Uint8Array(ERRBUF_SIZE);
    if (fd < 0 || this.#pcap.pcap_setnonblock(handle, 1, errbuf) !== 0) {
      this.#libc = undefined;
      return;
    }
    const pipe = new Int32Array(2);
    if (this.#libc.pipe(pipe) !== 0) {
      this.#libc = undefined;
      return;
    }
    this.#wakeFds = pipe;
    // struct pollfd { int fd; short events; short revents; } × 2
    this.#pollFds = new Int32Array([fd, POLLIN, pipe[0]!, POLLIN]);
  }

  /**
   * Waits off the JavaScript thread until packets may be ready or stop() is called. True when
   * the wait itself read a packet (the Windows path), which is then in the out-parameters.
   */
  async #waitForPackets(): Promise<boolean> {
    const handle = this.#open();
    if (this.#libc && this.#pollFds) {
      // revents are cleared by writing events again: the high half of each second word.
      this.#pollFds[1] = POLLIN;
      this.#pollFds[3] = POLLIN;
      this.#waiting = this.#libc.poll(this.#pollFds, 2, 1000);
    } else {
      // No pollable descriptor (Windows): a blocking read on another thread; its timeout returns.
      this.#waiting = this.#pcap.pcap_next_ex_async(handle, this.#headerOut, this.#dataOut);
    }
    const result = await this.#waiting;
    this.#waiting = null;
    if (this.#closeWhenIdle) {
      this.#closeNow();
      return false;
    }
    return !this.#libc && result === 1 && !this.#stopped;
  }
}

/**
 * Lists the interfaces libpcap can capture on, in its order (up and running first). Without
 * root some systems list fewer.
 * @throws {PcapError} of kind `library` or `permission` when libpcap cannot be loaded, `capture`
 * when libpcap cannot list the devices.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { listDevices } from "./capture.ts";
 *
 * for (const device of listDevices()) {
 *   assert.ok(device.name.length > 0);
 *   assert.ok(device.addresses.every((address) => address.includes(".") || address.includes(":")));
 * }
 * ```
 */
export function listDevices(): Device[] {
  const pcap = loadPcap();
  const head = new BigUint64Array(1);
  const errbuf = new Uint8Array(ERRBUF_SIZE);
  if (pcap.pcap_findalldevs(head, errbuf) !== 0) {
    throw new PcapError("capture", errbufText(errbuf) || "cannot list devices");
  }
  const devices: Device[] = [];
  const first = Deno.UnsafePointer.create(head[0]!);
  try {
    for (let node = first; node !== null;) {
      const view = new Deno.UnsafePointerView(node);
      const flags = view.getUint32(32);
      devices.push({
        name: readCString(view.getPointer(8)),
        description: readCString(view.getPointer(16)),
        loopback: (flags & 0x1) !== 0,
        up: (flags & 0x2) !== 0,
        running: (flags & 0x4) !== 0,
        wireless: (flags & 0x8) !== 0,
        connection: (["unknown", "connected", "disconnected", "not applicable"] as const)[
          (flags >> 4) & 0x3
        ]!,
        addresses: readAddresses(view.getPointer(24)),
      });
      node = view.getPointer(0);
    }
  } finally {
    if (first !== null) pcap.pcap_freealldevs(first);
  }
  return devices;
}

/**
 * libpcap's version string, e.g. `libpcap version 1.10.3 (with TPACKET_V3)`.
 * @throws {PcapError} of kind `library` or `permission` when libpcap cannot be loaded.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { libraryVersion } from "./capture.ts";
 *
 * assert.match(libraryVersion(), /libpcap version \d+\.\d+/i);
 * ```
 */
export function libraryVersion(): string {
  return readCString(loadPcap().pcap_lib_version());
}

/** The first device libpcap lists, as tcpdump picks it. */
function defaultDevice(): string {
  const device = listDevices()[0];
  if (!device) throw new PcapError("device", "no capture device found (are you root?)");
  return device.name;
}

/** Reads a `pcap_addr` list's IPv4 and IPv6 addresses (Linux and BSD sockaddr layouts). */
function readAddresses(first: Deno.PointerValue): string[] {
  const addresses: string[] = [];
  const bsd = Deno.build.os === "darwin" || Deno.build.os === "freebsd";
  const inet6 = Deno.build.os === "darwin" ? 30 : Deno.build.os === "windows" ? 23 : 10;
  for (let node = first; node !== null;) {
    const view = new Deno.UnsafePointerView(node);
    const sockaddr = view.getPointer(8);
    if (sockaddr !== null) {
      const address = new Deno.UnsafePointerView(sockaddr);
      const family = bsd ? address.getUint8(1) : address.getUint16(0);
      if (family === 2) {
        const bytes = new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(sockaddr, 8));
        addresses.push(formatIPv4(bytes, 4));
      } else if (family === inet6) {
        const bytes = new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(sockaddr, 24));
        addresses.push(formatIPv6(bytes, 8));
      }
    }
    node = view.getPointer(0);
  }
  return addresses;
}

function statusText(pcap: Pcap, status: number): string {
  return readCString(pcap.pcap_statustostr(status), `error ${status}`);
}

/**
 * Whether an interface of that name exists, from libpcap's list (which needs no privilege);
 * true when the list cannot be read, so that the caller keeps libpcap's own verdict.
 */
function deviceExists(name: string): boolean {
  try {
    return listDevices().some((device) => device.name === name);
  } catch {
    return true;
  }
}

/** Turns a failed pcap_activate into an error whose message says what to do. */
function activationError(pcap: Pcap, device: string, status: number, detail: string): PcapError {
  const because = detail ? ` (${detail})` : "";
  let kind: PcapErrorKind = "capture";
  let message = `${device}: ${statusText(pcap, status)}${because}`;
  if (status === PcapStatus.NO_SUCH_DEVICE) {
    kind = "device";
    message = `${device}: no such interface${because}; list interfaces with -D`;
  } else if (status === PcapStatus.IFACE_NOT_UP) {
    kind = "device";
    message = `${device}: interface is not up${because}`;
  } else if (
    (status === PcapStatus.PERM_DENIED || status === PcapStatus.PROMISC_PERM_DENIED) &&
    !deviceExists(device)
  ) {
    // libpcap opens its socket (which needs CAP_NET_RAW) before it looks the name up, so an
    // unprivileged process hears "permission denied" for an interface that does not exist.
    // The interface list needs no privilege: a name missing from it is a missing interface.
    return new PcapError(
      "device",
      `${device}: no such interface; list interfaces with -D`,
      PcapStatus.NO_SUCH_DEVICE,
    );
  } else if (status === PcapStatus.PERM_DENIED || status === PcapStatus.PROMISC_PERM_DENIED) {
    kind = "permission";
    message = `${device}: no permission to capture${because}; ` +
      "run as root or give the program CAP_NET_RAW";
  }
  return new PcapError(kind, message, status);
}
