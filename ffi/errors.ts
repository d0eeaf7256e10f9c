/**
 * The one error type that capture code throws.
 *
 * @module
 */

/**
 * What went wrong, coarse enough for a program to act on:
 * - `library`: libpcap could not be loaded;
 * - `permission`: the process may not capture (needs root or CAP_NET_RAW) or lacks `--allow-ffi`;
 * - `device`: the interface does not exist or cannot capture;
 * - `filter`: the BPF expression does not compile;
 * - `file`: the capture file cannot be opened or is not a capture;
 * - `capture`: anything else libpcap reports while capturing.
 */
export type PcapErrorKind = "library" | "permission" | "device" | "filter" | "file" | "capture";

/**
 * An error from libpcap (or from finding it), carrying libpcap's own message.
 *
 * @example Telling a bad filter from other failures
 * ```ts
 * import assert from "node:assert/strict";
 * import { PcapError } from "./errors.ts";
 *
 * const error = new PcapError("filter", "syntax error", -1);
 * assert.ok(error.kind === "filter" && error.code === -1);
 * assert.ok(error.message === "syntax error");
 * ```
 */
export class PcapError extends Error {
  /** What kind of failure this is. */
  readonly kind: PcapErrorKind;
  /** libpcap's status code (`PCAP_ERROR_*`), or 0 where libpcap gave none. */
  readonly code: number;

  constructor(kind: PcapErrorKind, message: string, code = 0) {
    super(message);
    this.name = "PcapError";
    this.kind = kind;
    this.code = code;
  }
}

/** libpcap status codes from pcap/pcap.h that callers may want to test for. */
export const PcapStatus = {
  ERROR: -1,
  BREAK: -2,
  NOT_ACTIVATED: -3,
  ACTIVATED: -4,
  NO_SUCH_DEVICE: -5,
  RFMON_NOTSUP: -6,
  NOT_RFMON: -7,
  PERM_DENIED: -8,
  IFACE_NOT_UP: -9,
  CANTSET_TSTAMP_TYPE: -10,
  PROMISC_PERM_DENIED: -11,
  TSTAMP_PRECISION_NOTSUP: -12,
} as const;
