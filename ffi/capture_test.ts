/**
 * Unit tests of {@linkcode Capture} and of how libpcap and libc are found: the kind of
 * {@linkcode PcapError} each failure gives, reading after close, closing twice, `using`.
 * Tests that need root (live interfaces) or setpriv say why they are skipped.
 */

import assert from "node:assert/strict";
import { setImmediate } from "node:timers";
import { Capture, libraryVersion } from "./capture.ts";
import { PcapError, type PcapErrorKind, PcapStatus } from "./errors.ts";
import { libcCandidates, loadLibc, openLibc, openPcap } from "./_symbols.ts";
import { pcapBytes, tcpFrame, writePcap } from "../tests/_pcap.ts";

const FIXTURES = new URL("../tests/fixtures/", import.meta.url).pathname;
const HTTP = `${FIXTURES}http-ipv4.pcap`;
const IS_ROOT = Deno.uid() === 0;
const IS_LINUX = Deno.build.os === "linux";

function hasProgram(name: string): boolean {
  try {
    new Deno.Command(name, { args: ["--version"], stdout: "null", stderr: "null" }).outputSync();
    return true;
  } catch {
    return false;
  }
}
const HAVE_SETPRIV = hasProgram("setpriv");

if (IS_ROOT && !HAVE_SETPRIV) {
  console.warn("capture_test: the unprivileged-interface test is skipped: it needs setpriv");
}
if (!IS_LINUX) console.warn("capture_test: the glibc/musl and /proc tests are skipped (not Linux)");

/** Asserts that `fn` throws a PcapError of `kind` and returns it. */
function pcapError(fn: () => unknown, kind: PcapErrorKind): PcapError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof PcapError, `a PcapError, not ${error}`);
    assert.equal(error.kind, kind, error.message);
    assert.doesNotMatch(error.message, /\n/, "one line");
    return error;
  }
  assert.fail(`no PcapError of kind ${kind} was thrown`);
}

/** A temporary file holding `bytes`, removed after `fn`. */
async function withFile(bytes: Uint8Array, fn: (path: string) => unknown): Promise<void> {
  const path = await Deno.makeTempFile({ prefix: "sniff-capture-test-", suffix: ".pcap" });
  try {
    await Deno.writeFile(path, bytes);
    await fn(path);
  } finally {
    await Deno.remove(path);
  }
}

interface Outcome {
  opened?: boolean;
  kind?: string;
  code?: number;
  message?: string;
  cause?: string;
}

/**
 * Opens a capture in a fresh process (so that this process's already-loaded libpcap, or its
 * privileges, do not count) and reports what happened.
 */
async function openInChild(
  open: string,
  options: { env?: Record<string, string>; wrapper?: string[]; permissions?: string[] } = {},
): Promise<Outcome> {
  const url = new URL("./capture.ts", import.meta.url).href;
  const script = `import { Capture } from ${JSON.stringify(url)};
try {
  ${open};
  console.log(JSON.stringify({ opened: true }));
} catch (error) {
  console.log(JSON.stringify({
    kind: error.kind, code: error.code, message: error.message, cause: error.cause?.message,
  }));
}`;
  const path = await Deno.makeTempFile({ prefix: "sniff-child-", suffix: ".ts" });
  try {
    await Deno.writeTextFile(path, script);
    const permissions = options.permissions ?? ["--allow-all"];
    const [command, ...args] = [
      ...(options.wrapper ?? []),
      Deno.execPath(),
      "run",
      ...permissions,
      path,
    ];
    const output = await new Deno.Command(command!, {
      args,
      env: options.env,
      stdin: "null",
    }).output();
    const stdout = new TextDecoder().decode(output.stdout);
    assert.ok(output.success, new TextDecoder().decode(output.stderr));
    return JSON.parse(stdout) as Outcome;
  } finally {
    await Deno.remove(path);
  }
}

// --- failures and their kinds ---

Deno.test("capture: a missing file is a PcapError of kind file naming the file", () => {
  const error = pcapError(() => Capture.openOffline("/nonexistent/capture.pcap"), "file");
  assert.match(error.message, /^\/nonexistent\/capture\.pcap: .*No such file or directory/);
});

Deno.test("capture: a file that is not a capture is kind file", async () => {
  await withFile(new TextEncoder().encode("this is not a capture file\n".repeat(4)), (path) => {
    const error = pcapError(() => Capture.openOffline(path), "file");
    assert.match(error.message, /unknown file format/);
  });
});

Deno.test("capture: a corrupt record (caplen beyond any snaplen) is kind file when read", async () => {
  const bytes = pcapBytes([{ bytes: tcpFrame(new TextEncoder().encode("one")) }, {
    bytes: tcpFrame(new TextEncoder().encode("two")),
  }]);
  // The second record's caplen: 24-byte file header + 16-byte record header + first frame.
  const second = 24 + 16 + tcpFrame(new TextEncoder().encode("one")).length;
  new DataView(bytes.buffer).setUint32(second + 8, 0x7fffffff, true);
  await withFile(bytes, (path) => {
    using capture = Capture.openOffline(path);
    assert.equal(capture.next()?.number, 1, "the good record is read");
    const error = pcapError(() => capture.next(), "file");
    assert.match(error.message, /invalid packet capture length/);
    assert.equal(error.code, PcapStatus.ERROR);
  });
});

Deno.test("capture: a file cut mid-packet is kind file when read, after the whole packets", async () => {
  const whole = pcapBytes([
    { bytes: tcpFrame(new TextEncoder().encode("one")) },
    { bytes: tcpFrame(new TextEncoder().encode("two")) },
  ]);
  await withFile(whole.subarray(0, whole.length - 10), (path) => {
    using capture = Capture.openOffline(path);
    assert.ok(capture.next() !== null);
    const error = pcapError(() => capture.next(), "file");
    assert.match(error.message, /truncated/);
  });
});

Deno.test("capture: a bad filter is kind filter, at open and from setFilter", () => {
  const error = pcapError(
    () => Capture.openOffline(HTTP, { filter: "tcp and and" }),
    "filter",
  );
  assert.match(error.message, /^bad filter 'tcp and and': .*syntax error/);
  assert.equal(error.code, -1);

  using capture = Capture.openOffline(HTTP);
  pcapError(() => capture.setFilter("port 99999999"), "filter");
  // The capture is still usable after a rejected filter, and a good one still applies.
  capture.setFilter("arp");
  const first = capture.next();
  assert.ok(first !== null);
  assert.equal(first.data[12]! * 256 + first.data[13]!, 0x0806, "ARP's EtherType");
});

Deno.test("capture: an unknown interface is kind device", () => {
  const error = pcapError(() => Capture.openLive("nosuchif0"), "device");
  assert.equal(error.code, PcapStatus.NO_SUCH_DEVICE);
  assert.match(error.message, /^nosuchif0: no such interface/);
});

Deno.test({
  // libpcap opens its socket before it looks the device up, so without the privilege to capture
  // it says "permission denied" for every name; the interface list (no privilege needed) tells
  // a missing interface from a missing permission.
  name: "capture: without CAP_NET_RAW an unknown interface is kind device, a real one permission",
  ignore: IS_ROOT && !HAVE_SETPRIV,
  async fn() {
    const wrapper = IS_ROOT ? ["setpriv", "--inh-caps=-all", "--bounding-set=-all", "--"] : [];
    const unknown = await openInChild(`Capture.openLive("nosuchif0")`, { wrapper });
    assert.equal(unknown.kind, "device", unknown.message);
    assert.equal(unknown.code, PcapStatus.NO_SUCH_DEVICE);
    assert.match(unknown.message ?? "", /^nosuchif0: no such interface; list interfaces with -D$/);
    const real = await openInChild(`Capture.openLive("lo")`, { wrapper });
    assert.equal(real.kind, "permission", real.message);
    assert.equal(real.code, PcapStatus.PERM_DENIED);
    assert.match(real.message ?? "", /^lo: no permission to capture.*CAP_NET_RAW/);
  },
});

Deno.test("capture: SNIFF_LIBPCAP naming no file is kind library, with dlopen's error as cause", async () => {
  const outcome = await openInChild(`Capture.openOffline(${JSON.stringify(HTTP)})`, {
    env: { SNIFF_LIBPCAP: "/nonexistent/libpcap.so" },
  });
  assert.equal(outcome.kind, "library");
  assert.match(
    outcome.message ?? "",
    /^libpcap not found at SNIFF_LIBPCAP=\/nonexistent\/libpcap\.so \(.*No such file.*\): /,
  );
  assert.match(outcome.cause ?? "", /\/nonexistent\/libpcap\.so/, "dlopen's own words");
});

Deno.test({
  name: "capture: SNIFF_LIBPCAP naming a library without libpcap's symbols says which is missing",
  ignore: !IS_LINUX,
  async fn() {
    const outcome = await openInChild(`Capture.openOffline(${JSON.stringify(HTTP)})`, {
      env: { SNIFF_LIBPCAP: "libc.so.6" },
    });
    assert.equal(outcome.kind, "library");
    assert.doesNotMatch(outcome.message ?? "", /not found/);
    assert.match(
      outcome.message ?? "",
      /^libc\.so\.6 loaded but has no pcap_\w+ \(.*undefined symbol/,
    );
    assert.match(outcome.cause ?? "", /pcap_\w+/);
  },
});

Deno.test("capture: openPcap reports each way a library can fail, with the cause", async () => {
  const absent = pcapError(() => openPcap(["/nonexistent/a.so", "/nonexistent/b.so"]), "library");
  assert.match(
    absent.message,
    /^libpcap not found \(tried \/nonexistent\/a\.so, \/nonexistent\/b\.so\)/,
  );
  assert.ok(absent.cause instanceof Error);
  assert.match(absent.cause.message, /\/nonexistent\/b\.so/);

  await withFile(new TextEncoder().encode("not an ELF file"), (path) => {
    const unusable = pcapError(() => openPcap(["/nonexistent/a.so", path]), "library");
    assert.equal(unusable.message.startsWith(`cannot load ${path}: `), true, unusable.message);
    assert.doesNotMatch(unusable.message, /not found/);
    assert.ok(unusable.cause instanceof Error);
  });

  if (IS_LINUX) {
    // A library that loads but lacks a symbol is reported over names that are simply absent.
    const symbol = pcapError(
      () => openPcap(["/nonexistent/a.so", "libc.so.6", "/nonexistent/b.so"]),
      "library",
    );
    assert.match(symbol.message, /^libc\.so\.6 loaded but has no pcap_\w+ .*libpcap 1\.5 or later/);
    assert.ok(symbol.cause instanceof Error);
    assert.match(symbol.cause.message, /undefined symbol/);
  }
});

Deno.test("capture: without --allow-ffi loading libpcap is kind permission", async () => {
  const outcome = await openInChild(`Capture.openOffline(${JSON.stringify(HTTP)})`, {
    permissions: ["--allow-read", "--allow-env"],
  });
  assert.equal(outcome.kind, "permission");
  assert.match(outcome.message ?? "", /--allow-ffi/);
});

/** The file this process loaded libpcap from, as /proc/self/maps shows it. */
function loadedLibpcap(): string | undefined {
  libraryVersion();
  return Deno.readTextFileSync("/proc/self/maps").split("\n")
    .map((line) => line.split(/\s+/)[5] ?? "")
    .find((file) => /\/libpcap\.so/.test(file));
}

Deno.test({
  name: "capture: --allow-ffi for libpcap alone: a live capture says the C library needs it too",
  ignore: !IS_LINUX,
  async fn() {
    const libpcap = loadedLibpcap();
    assert.ok(libpcap, "libpcap is mapped");
    const outcome = await openInChild(`Capture.openLive("lo")`, {
      permissions: [`--allow-ffi=${libpcap}`, "--allow-env", "--allow-read"],
      env: { SNIFF_LIBPCAP: libpcap },
    });
    // Before any handle is opened, so nothing is left open and root is not needed.
    assert.equal(outcome.kind, "permission", outcome.message);
    assert.match(outcome.message ?? "", /^loading the C library needs --allow-ffi$/);
  },
});

// --- libc ---

Deno.test("capture: the C library is looked for under glibc's and then musl's names", () => {
  assert.deepEqual(libcCandidates("linux", "x86_64"), [
    "libc.so.6",
    "libc.musl-x86_64.so.1",
    "libc.so",
  ]);
  assert.deepEqual(libcCandidates("linux", "aarch64"), [
    "libc.so.6",
    "libc.musl-aarch64.so.1",
    "libc.so",
  ]);
  assert.deepEqual(libcCandidates("windows", "x86_64"), []);
  assert.equal(libcCandidates("darwin", "aarch64")[0], "libSystem.B.dylib");
});

Deno.test({
  name: "capture: openLibc goes on to the next name, and says what each one failed with",
  ignore: !IS_LINUX,
  fn() {
    // A musl system's name first (absent here), then glibc's: the second one is used.
    const libc = openLibc([`/nonexistent/libc.musl-${Deno.build.arch}.so.1`, "libc.so.6"]);
    const fds = new Int32Array(2);
    assert.equal(libc.pipe(fds), 0, "pipe() works");
    assert.equal(libc.close(fds[0]!), 0);
    assert.equal(libc.close(fds[1]!), 0);

    const none = pcapError(
      () => openLibc(["/nonexistent/libc.musl-x86_64.so.1", "/nonexistent/libc.so"]),
      "library",
    );
    assert.match(
      none.message,
      /^cannot load the C library for poll\(\) \(\/nonexistent\/libc\.musl-x86_64\.so\.1: .*; \/nonexistent\/libc\.so: .*\)$/,
    );
    assert.ok(none.cause instanceof Error);

    // The default search finds this system's C library.
    assert.equal(typeof loadLibc()?.poll, "function");
  },
});

Deno.test({
  name: "capture: glibc's libc.so (a linker script) is passed over for the next name",
  ignore: !IS_LINUX,
  async fn() {
    // What Debian's libc6-dev installs as libc.so: a text file, not an ELF library.
    const script = "/* GNU ld script\n   Use the shared library, but some functions are only in\n" +
      "   the static library, so try that secondarily.  */\nOUTPUT_FORMAT(elf64-x86-64)\n" +
      "GROUP ( /lib/x86_64-linux-gnu/libc.so.6 /usr/lib/x86_64-linux-gnu/libc_nonshared.a )\n";
    await withFile(new TextEncoder().encode(script), (path) => {
      const error = pcapError(() => openLibc([path]), "library");
      assert.match(error.message, /invalid ELF header/);
      assert.equal(typeof openLibc([path, "libc.so.6"]).poll, "function");
    });
  },
});

// --- reading after close, closing twice, using ---

Deno.test("capture: next() after close() returns null, and the last packet is emptied", () => {
  const capture = Capture.openOffline(HTTP);
  const packet = capture.next();
  assert.ok(packet !== null && packet.captureLength > 0);
  capture.close();
  assert.equal(capture.next(), null);
  assert.equal(capture.next(), null, "and again");
  // The borrowed packet no longer points into libpcap's freed memory.
  assert.equal(packet.captureLength, 0);
  assert.equal(packet.data.length, 0);
  assert.equal(capture.count, 1, "the count stays");
  const error = pcapError(() => capture.setFilter("tcp"), "capture");
  assert.match(error.message, /closed/);
  assert.deepEqual(capture.stats(), { received: 0, dropped: 0, interfaceDropped: 0 });
});

Deno.test("capture: closing twice, and stopping a closed capture, are harmless", async () => {
  const capture = Capture.openOffline(HTTP);
  capture.close();
  capture.close();
  capture.stop();
  capture[Symbol.dispose]();
  let packets = 0;
  for await (const _ of capture) packets++;
  assert.equal(packets, 0);
});

Deno.test("capture: stop() ends reading a file", () => {
  using capture = Capture.openOffline(HTTP);
  assert.ok(capture.next() !== null);
  capture.stop();
  assert.equal(capture.next(), null);
});

/** How many of this process's descriptors are open on `path` (Linux's /proc). */
function openDescriptors(path: string): number {
  let count = 0;
  for (const entry of Deno.readDirSync("/proc/self/fd")) {
    try {
      if (Deno.readLinkSync(`/proc/self/fd/${entry.name}`) === path) count++;
    } catch { /* closed while listing */ }
  }
  return count;
}

Deno.test({
  name: "capture: `using` closes the file when the block ends",
  ignore: !IS_LINUX,
  fn() {
    const path = Deno.realPathSync(HTTP);
    const before = openDescriptors(path);
    let kept: Capture;
    {
      using capture = Capture.openOffline(path);
      kept = capture;
      assert.ok(capture.next() !== null);
      assert.equal(openDescriptors(path), before + 1, "libpcap holds the file open");
    }
    assert.equal(openDescriptors(path), before, "closed at the end of the block");
    assert.equal(kept.next(), null);
  },
});

Deno.test("capture: for await over a file lets other callbacks run, which can stop it", async () => {
  const frames = Array.from({ length: 20000 }, () => ({ bytes: tcpFrame(new Uint8Array(4)) }));
  const path = await writePcap(frames);
  try {
    using capture = Capture.openOffline(path);
    setImmediate(() => capture.stop());
    let packets = 0;
    for await (const _ of capture) packets++;
    assert.ok(packets > 0 && packets < frames.length, `stopped after ${packets} packets`);

    using whole = Capture.openOffline(path);
    let all = 0;
    for await (const _ of whole) all++;
    assert.equal(all, frames.length);
  } finally {
    await Deno.remove(path);
  }
});
