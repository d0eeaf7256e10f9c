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

  /**
   * Makes an error; capture code does this, callers only read `kind`, `code` and `message`.
   * @param kind what kind of failure this is
   * @param message libpcap's message, or ours, in one line
   * @param code libpcap's status code, 0 where there is none
   * @param options `cause`: the error underneath (dlopen's, for kind `library`)
   */
  constructor(kind: PcapErrorKind, message: string, code = 0, options?: ErrorOptions) {
    super(message, options);
    this.name = "PcapError";
    this.kind = kind;
    this.code = code;
  }
}

/**
 * libpcap status codes from pcap/pcap.h that callers may want to test for: the
 * {@linkcode PcapError.code} of a failure.
 *
 * @example Telling a missing interface from other failures
 * ```ts
 * import assert from "node:assert/strict";
 * import { PcapError, PcapStatus } from "./errors.ts";
 *
 * const error = new PcapError("device", "nosuchif0: no such interface", PcapStatus.NO_SUCH_DEVICE);
 * assert.equal(error.code, -5);
 * ```
 */
export const PcapStatus = {
  /** A generic error (`PCAP_ERROR`). */
  ERROR: -1,
  /** The loop was broken by `pcap_breakloop`, or a file ended (`PCAP_ERROR_BREAK`). */
  BREAK: -2,
  /** The handle was used before it was activated. */
  NOT_ACTIVATED: -3,
  /** The handle was already activated. */
  ACTIVATED: -4,
  /** No such capture device. */
  NO_SUCH_DEVICE: -5,
  /** The device does not support monitor mode. */
  RFMON_NOTSUP: -6,
  /** The operation needs monitor mode. */
  NOT_RFMON: -7,
  /** No permission to open the device (needs root or CAP_NET_RAW). */
  PERM_DENIED: -8,
  /** The interface is not up. */
  IFACE_NOT_UP: -9,
  /** The device cannot set the requested time stamp type. */
  CANTSET_TSTAMP_TYPE: -10,
  /** No permission to put the device in promiscuous mode. */
  PROMISC_PERM_DENIED: -11,
  /** The requested time stamp precision is not supported. */
  TSTAMP_PRECISION_NOTSUP: -12,
} as const;
