/**
 * Packet capture through libpcap, by Deno FFI: open an interface (`Capture.openLive`) or a
 * pcap/pcapng file (`Capture.openOffline`), filter with BPF expressions as tcpdump takes them,
 * and read packets with `for await` (live capture waits without blocking the event loop) or
 * synchronously with `next()`.
 *
 * Packets are **borrowed**: a {@linkcode Packet} and its bytes are valid until the capture reads
 * the next one; keep one with {@linkcode Packet.copy}. Every failure is a {@linkcode PcapError}
 * whose `kind` says what went wrong.
 *
 * Needs `--allow-ffi`; a live capture needs root or CAP_NET_RAW. libpcap is looked up under its
 * usual names, or at the path in `SNIFF_LIBPCAP` (read with `--allow-env`).
 *
 * @example Reading the TCP packets of a file, and a bad filter
 * ```ts
 * import assert from "node:assert/strict";
 * import { Capture, PcapError } from "./mod.ts";
 *
 * using capture = Capture.openOffline("tests/fixtures/http-ipv4.pcap", { filter: "tcp" });
 * let bytes = 0;
 * for await (const packet of capture) bytes += packet.wireLength;
 * assert.ok(capture.count > 0 && bytes > 0);
 *
 * assert.throws(
 *   () => Capture.openOffline("tests/fixtures/http-ipv4.pcap", { filter: "tcp and and" }),
 *   (error) => error instanceof PcapError && error.kind === "filter",
 * );
 * ```
 *
 * @module
 */

export {
  Capture,
  type CaptureStats,
  type Device,
  libraryVersion,
  listDevices,
  type LiveOptions,
  type OfflineOptions,
} from "./capture.ts";
export { PcapError, type PcapErrorKind, PcapStatus } from "./errors.ts";
export { Packet } from "../decode/packet.ts";
