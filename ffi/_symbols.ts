/**
 * The libpcap and libc symbols this project calls, and the code that finds and opens them.
 *
 * Private: use {@linkcode Capture} from `ffi/capture.ts`. Nothing here runs until a capture is
 * opened, so importing the package needs no `--allow-ffi`.
 *
 * @module
 */

import { PcapError } from "./errors.ts";

/**
 * libpcap's C API as Deno sees it. Every pointer-sized C argument is `"pointer"` or `"buffer"`
 * and every integer is 32-bit where C allows it: a 64-bit argument would drop Deno's fast call
 * path (see `../shared/notes/libpcap-ffi.md`: ~3 ns vs ~60 ns a call).
 */
export const pcapSymbols = {
  /** const char *pcap_lib_version(void) */
  pcap_lib_version: { parameters: [], result: "pointer" },
  /** pcap_t *pcap_create(const char *source, char *errbuf) */
  pcap_create: { parameters: ["buffer", "buffer"], result: "pointer" },
  /** int pcap_set_snaplen(pcap_t *p, int snaplen) */
  pcap_set_snaplen: { parameters: ["pointer", "i32"], result: "i32" },
  /** int pcap_set_promisc(pcap_t *p, int promisc) */
  pcap_set_promisc: { parameters: ["pointer", "i32"], result: "i32" },
  /** int pcap_set_timeout(pcap_t *p, int to_ms) */
  pcap_set_timeout: { parameters: ["pointer", "i32"], result: "i32" },
  /** int pcap_set_immediate_mode(pcap_t *p, int immediate) */
  pcap_set_immediate_mode: { parameters: ["pointer", "i32"], result: "i32" },
  /** int pcap_set_buffer_size(pcap_t *p, int buffer_size) */
  pcap_set_buffer_size: { parameters: ["pointer", "i32"], result: "i32" },
  /** int pcap_activate(pcap_t *p) */
  pcap_activate: { parameters: ["pointer"], result: "i32" },
  /** pcap_t *pcap_open_live(const char *device, int snaplen, int promisc, int to_ms, char *errbuf) */
  pcap_open_live: { parameters: ["buffer", "i32", "i32", "i32", "buffer"], result: "pointer" },
  /** pcap_t *pcap_open_offline(const char *fname, char *errbuf) */
  pcap_open_offline: { parameters: ["buffer", "buffer"], result: "pointer" },
  /** int pcap_lookupnet(const char *device, bpf_u_int32 *netp, bpf_u_int32 *maskp, char *errbuf) */
  pcap_lookupnet: { parameters: ["buffer", "buffer", "buffer", "buffer"], result: "i32" },
  /** int pcap_compile(pcap_t *p, struct bpf_program *fp, const char *str, int optimize, bpf_u_int32 netmask) */
  pcap_compile: { parameters: ["pointer", "buffer", "buffer", "i32", "u32"], result: "i32" },
  /** int pcap_setfilter(pcap_t *p, struct bpf_program *fp) */
  pcap_setfilter: { parameters: ["pointer", "buffer"], result: "i32" },
  /** void pcap_freecode(struct bpf_program *fp) */
  pcap_freecode: { parameters: ["buffer"], result: "void" },
  /**
   * int pcap_next_ex(pcap_t *p, struct pcap_pkthdr **pkt_header, const u_char **pkt_data)
   * The out-parameters are pointers made once into memory the capture owns: a fast call with
   * three pointers is measurably quicker than with two buffers, and this call is made per packet.
   */
  pcap_next_ex: { parameters: ["pointer", "pointer", "pointer"], result: "i32" },
  /**
   * The same function, run off the JavaScript thread: only for systems without a pollable
   * descriptor (Windows), where the read timeout does return.
   */
  pcap_next_ex_async: {
    name: "pcap_next_ex",
    parameters: ["pointer", "pointer", "pointer"],
    result: "i32",
    nonblocking: true,
  },
  /** int pcap_datalink(pcap_t *p) */
  pcap_datalink: { parameters: ["pointer"], result: "i32" },
  /** const char *pcap_datalink_val_to_name(int dlt) */
  pcap_datalink_val_to_name: { parameters: ["i32"], result: "pointer" },
  /** int pcap_snapshot(pcap_t *p) */
  pcap_snapshot: { parameters: ["pointer"], result: "i32" },
  /** int pcap_stats(pcap_t *p, struct pcap_stat *ps) */
  pcap_stats: { parameters: ["pointer", "buffer"], result: "i32" },
  /** void pcap_breakloop(pcap_t *p) */
  pcap_breakloop: { parameters: ["pointer"], result: "void" },
  /** int pcap_setnonblock(pcap_t *p, int nonblock, char *errbuf) */
  pcap_setnonblock: { parameters: ["pointer", "i32", "buffer"], result: "i32" },
  /** int pcap_get_selectable_fd(pcap_t *p): absent from Npcap */
  pcap_get_selectable_fd: { parameters: ["pointer"], result: "i32", optional: true },
  /** char *pcap_geterr(pcap_t *p) */
  pcap_geterr: { parameters: ["pointer"], result: "pointer" },
  /** const char *pcap_statustostr(int error) */
  pcap_statustostr: { parameters: ["i32"], result: "pointer" },
  /** int pcap_findalldevs(pcap_if_t **alldevsp, char *errbuf) */
  pcap_findalldevs: { parameters: ["buffer", "buffer"], result: "i32" },
  /** void pcap_freealldevs(pcap_if_t *alldevs) */
  pcap_freealldevs: { parameters: ["pointer"], result: "void" },
  /** void pcap_close(pcap_t *p) */
  pcap_close: { parameters: ["pointer"], result: "void" },
} as const satisfies Deno.ForeignLibraryInterface;

/** The few libc calls live capture needs to wait for packets without blocking JavaScript. */
export const libcSymbols = {
  /** int poll(struct pollfd *fds, nfds_t nfds, int timeout): run off the JavaScript thread */
  poll: { parameters: ["buffer", "u32", "i32"], result: "i32", nonblocking: true },
  /** int pipe(int pipefd[2]) */
  pipe: { parameters: ["buffer"], result: "i32" },
  /** ssize_t write(int fd, const void *buf, size_t count) */
  write: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  /** int close(int fd) */
  close: { parameters: ["i32"], result: "i32" },
} as const satisfies Deno.ForeignLibraryInterface;

/** libpcap's functions, as {@linkcode loadPcap} returns them. */
export type Pcap = Deno.DynamicLibrary<typeof pcapSymbols>["symbols"];
/** The C library's functions, as {@linkcode loadLibc} returns them. */
export type Libc = Deno.DynamicLibrary<typeof libcSymbols>["symbols"];

/** Environment variable that names libpcap's exact path, overriding the search. */
export const LIBRARY_ENV = "SNIFF_LIBPCAP";

/** The names libpcap goes by on each system, most specific first. */
export function libraryCandidates(os: typeof Deno.build.os = Deno.build.os): string[] {
  switch (os) {
    case "darwin":
      return ["libpcap.A.dylib", "/usr/lib/libpcap.A.dylib", "libpcap.dylib"];
    case "windows": {
      const root = envOrUndefined("SystemRoot") ?? "C:\\Windows";
      return [`${root}\\System32\\Npcap\\wpcap.dll`, "wpcap.dll"];
    }
    default:
      return ["libpcap.so.1", "libpcap.so.0.8", "libpcap.so"];
  }
}

/**
 * The names the C library goes by, most likely first: glibc's `libc.so.6`, then musl's
 * `libc.musl-ARCH.so.1` (Alpine's name for it) and `libc.so` (musl's own; on glibc that file is
 * a linker script that dlopen refuses, so it comes last). A musl-linked process is given its own
 * libc for any `libc.*` name anyway. Empty on Windows, which has nothing to poll with.
 */
export function libcCandidates(
  os: typeof Deno.build.os = Deno.build.os,
  arch: typeof Deno.build.arch = Deno.build.arch,
): string[] {
  switch (os) {
    case "windows":
      return [];
    case "darwin":
      return ["libSystem.B.dylib", "/usr/lib/libSystem.B.dylib"];
    case "freebsd":
      return ["libc.so.7", "libc.so"];
    default:
      return ["libc.so.6", `libc.musl-${arch}.so.1`, "libc.so"];
  }
}

const INSTALL_HINT: Record<string, string> = {
  linux: "install it (Debian/Ubuntu: apt-get install libpcap0.8; Fedora: dnf install libpcap; " +
    "Alpine: apk add libpcap)",
  darwin: "it ships with macOS; check /usr/lib/libpcap.A.dylib",
  windows: "install Npcap from https://npcap.com",
};

/** Why one name did not give a usable library. */
interface LoadFailure {
  name: string;
  /** `absent`: no such file; `symbol`: it loaded but lacks `symbol`; `unusable`: anything else. */
  reason: "absent" | "symbol" | "unusable";
  symbol?: string;
  /** What dlopen (or the symbol lookup) said, without Deno's prefixes. */
  detail: string;
  error: Error;
}

/** What dlerror says when the file is not there, on each system. */
const ABSENT =
  /No such file or directory|image not found|no such file|could not be found|os error 126/i;

/** Sorts a dlopen failure into not there / missing a symbol / not loadable. */
function classify(name: string, error: Error): LoadFailure {
  const message = error.message;
  const symbol =
    /^Failed to register symbol ([^:\s]+): (?:Could not obtain symbol from the library: )?(.*)$/s
      .exec(message);
  if (symbol) {
    return { name, reason: "symbol", symbol: symbol[1]!, detail: symbol[2]!.trim(), error };
  }
  const detail = message.replace(/^(?:Could not open library: )+/, "").trim();
  return { name, reason: ABSENT.test(detail) ? "absent" : "unusable", detail, error };
}

/**
 * Opens the first of `names` that loads with every symbol of `symbols`.
 * Returns the library, or every failure (in order) when none did.
 * @throws {PcapError} of kind `permission` when `--allow-ffi` does not cover a name.
 */
function openFirst<S extends Deno.ForeignLibraryInterface>(
  names: readonly string[],
  symbols: S,
  what: string,
): Deno.DynamicLibrary<S>["symbols"] | LoadFailure[] {
  const failures: LoadFailure[] = [];
  for (const name of names) {
    try {
      return Deno.dlopen(name, symbols).symbols;
    } catch (error) {
      if (
        error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied
      ) {
        throw new PcapError("permission", `loading ${what} needs --allow-ffi`, 0, {
          cause: error,
        });
      }
      failures.push(classify(name, error instanceof Error ? error : new Error(String(error))));
    }
  }
  return failures;
}

/** dlerror's text without the library's name in front, where it starts with it. */
function withoutName(failure: LoadFailure): string {
  const prefix = `${failure.name}: `;
  return failure.detail.startsWith(prefix) ? failure.detail.slice(prefix.length) : failure.detail;
}

/** The failure that says most: a missing symbol, then a library that would not load. */
function mostTelling(failures: LoadFailure[]): LoadFailure | undefined {
  return failures.find((failure) => failure.reason === "symbol") ??
    failures.find((failure) => failure.reason === "unusable") ?? failures.at(-1);
}

/**
 * Opens libpcap from the first of `names` that loads, without caching it; {@linkcode loadPcap}
 * is what capture code calls. `fromEnv`: the one name came from `SNIFF_LIBPCAP` (the message
 * says so).
 * @throws {PcapError} of kind `library` saying which name failed and how (not there, missing a
 * symbol, or what dlopen said), with dlopen's error as `cause`; of kind `permission` without
 * `--allow-ffi`.
 */
export function openPcap(names: readonly string[], fromEnv = false): Pcap {
  const opened = openFirst(names, pcapSymbols, "libpcap");
  if (!Array.isArray(opened)) return opened;
  const failure = mostTelling(opened);
  const cause = failure?.error;
  if (failure?.reason === "symbol") {
    throw new PcapError(
      "library",
      `${failure.name} loaded but has no ${failure.symbol} (${failure.detail}): ` +
        "sniff needs libpcap 1.5 or later",
      0,
      { cause },
    );
  }
  if (failure?.reason === "unusable") {
    throw new PcapError("library", `cannot load ${failure.name}: ${withoutName(failure)}`, 0, {
      cause,
    });
  }
  const hint = INSTALL_HINT[Deno.build.os] ?? "install libpcap";
  if (fromEnv && failure) {
    throw new PcapError(
      "library",
      `libpcap not found at ${LIBRARY_ENV}=${failure.name} (${withoutName(failure)}): ` +
        `${hint}, or correct ${LIBRARY_ENV}`,
      0,
      { cause },
    );
  }
  throw new PcapError(
    "library",
    `libpcap not found (tried ${names.join(", ")}): ${hint}, or set ${LIBRARY_ENV} to its path`,
    0,
    { cause },
  );
}

let pcap: Pcap | undefined;
let libc: Libc | undefined;

/**
 * Opens libpcap once, on first use: the path in `SNIFF_LIBPCAP` if set (and `--allow-env`
 * given), else the usual names of {@linkcode libraryCandidates}.
 * @throws {PcapError} as {@linkcode openPcap} does.
 */
export function loadPcap(): Pcap {
  if (pcap) return pcap;
  const override = envOrUndefined(LIBRARY_ENV);
  try {
    pcap = override ? openPcap([override], true) : openPcap(libraryCandidates());
  } catch (error) {
    // Without --allow-env Deno does not let us see whether SNIFF_LIBPCAP is set, so it cannot
    // be read, nor its absence told from a missing grant: say so where it matters, when no
    // libpcap was found, rather than ignore the variable silently.
    if (error instanceof PcapError && error.kind === "library" && !envGranted(LIBRARY_ENV)) {
      throw new PcapError(
        "library",
        `${error.message} (${LIBRARY_ENV}, if set, is read only with --allow-env)`,
        error.code,
        { cause: error.cause },
      );
    }
    throw error;
  }
  return pcap;
}

/**
 * Opens the C library from the first of `names` that loads, without caching it.
 * @throws {PcapError} of kind `library` naming each name tried and what dlopen said, with the
 * first error as `cause`; of kind `permission` without `--allow-ffi`.
 */
export function openLibc(names: readonly string[]): Libc {
  const opened = openFirst(names, libcSymbols, "the C library");
  if (!Array.isArray(opened)) return opened;
  const tried = opened.map((failure) => `${failure.name}: ${withoutName(failure)}`).join("; ");
  throw new PcapError(
    "library",
    `cannot load the C library for poll() (${tried || "no name to try"})`,
    0,
    { cause: mostTelling(opened)?.error },
  );
}

/**
 * Opens the C library for poll/pipe once, on first use; undefined where there is none to poll
 * with (Windows).
 * @throws {PcapError} as {@linkcode openLibc} does.
 */
export function loadLibc(): Libc | undefined {
  if (libc || Deno.build.os === "windows") return libc;
  libc = openLibc(libcCandidates());
  return libc;
}

/** Reads an environment variable without failing when `--allow-env` was not given. */
function envGranted(name: string): boolean {
  try {
    return Deno.permissions.querySync({ name: "env", variable: name }).state === "granted";
  } catch {
    return false;
  }
}

function envOrUndefined(name: string): string | undefined {
  try {
    return Deno.permissions.querySync({ name: "env", variable: name }).state === "granted"
      ? Deno.env.get(name)
      : undefined;
  } catch {
    return undefined;
  }
}

const encoder = new TextEncoder();

/** A NUL-terminated copy of `text`, as C expects (libpcap reads until the NUL). */
export function cString(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length * 3 + 1);
  const { written } = encoder.encodeInto(text, bytes);
  return bytes.subarray(0, written + 1);
}

/** The string a C pointer points at, or `fallback` for a null pointer. */
export function readCString(pointer: Deno.PointerValue, fallback = ""): string {
  return pointer === null ? fallback : Deno.UnsafePointerView.getCString(pointer);
}

/** libpcap's error buffer size (PCAP_ERRBUF_SIZE). */
export const ERRBUF_SIZE = 256;

/** The text libpcap left in an error buffer. */
export function errbufText(errbuf: Uint8Array): string {
  const end = errbuf.indexOf(0);
  return new TextDecoder().decode(errbuf.subarray(0, end < 0 ? errbuf.length : end)).trim();
}
