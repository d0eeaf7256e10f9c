/**
 * Live capture: a real TCP conversation over loopback through the library, the CLI stopped by
 * Ctrl-C, and the CLI between two network namespaces joined by a veth pair (real MACs). These
 * need root (or CAP_NET_RAW and CAP_NET_ADMIN); without it they are reported as skipped.
 */

import assert from "node:assert/strict";
import { Capture } from "../ffi/capture.ts";
import { Decoder } from "../decode/decoder.ts";
import { LayerType } from "../decode/layer.ts";
import { CLI, hasProgram, parseTcpLine, ROOT } from "./_cli.ts";

const IS_ROOT = Deno.uid() === 0;
const HAVE_IP = hasProgram("ip");
if (!IS_ROOT) console.warn("live capture tests skipped: they need root (or CAP_NET_RAW)");
if (IS_ROOT && !HAVE_IP) console.warn("veth test skipped: it needs iproute2's ip");

/** A running CLI whose stdout and stderr are read as they come. */
class CliProcess {
  readonly child: Deno.ChildProcess;
  readonly stdout: Promise<string>;
  #stdoutSoFar = "";
  #stderr = "";
  #reading: Promise<void>;

  constructor(command: string, args: string[]) {
    const child = new Deno.Command(command, {
      args,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      env: { TZ: "UTC", NO_COLOR: "1" },
    }).spawn();
    this.child = child;
    this.stdout = (async () => {
      for await (const chunk of child.stdout.pipeThrough(new TextDecoderStream())) {
        this.#stdoutSoFar += chunk;
      }
      return this.#stdoutSoFar;
    })();
    this.#reading = (async () => {
      for await (const chunk of child.stderr.pipeThrough(new TextDecoderStream())) {
        this.#stderr += chunk;
      }
    })();
  }

  get stderr(): string {
    return this.#stderr;
  }

  /** What the CLI has written to stdout so far. */
  get output(): string {
    return this.#stdoutSoFar;
  }

  /** Waits until stderr matches, or fails after `ms`. */
  waitFor(pattern: RegExp, ms = 10000): Promise<void> {
    return this.#until(() => pattern.test(this.#stderr), `no ${pattern} on stderr`, ms);
  }

  /** Waits until stdout matches, or fails after `ms`. */
  waitForOutput(pattern: RegExp, ms = 10000): Promise<void> {
    return this.#until(() => pattern.test(this.#stdoutSoFar), `no ${pattern} on stdout`, ms);
  }

  async #until(done: () => boolean, failure: string, ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (!done()) {
      if (Date.now() > deadline) {
        throw new Error(`${failure}; stdout: ${this.#stdoutSoFar}; stderr: ${this.#stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async finish(): Promise<{ code: number; stdout: string; stderr: string }> {
    const { code } = await this.child.status;
    const stdout = await this.stdout;
    await this.#reading;
    return { code, stdout, stderr: this.#stderr };
  }
}

/** A free TCP port on 127.0.0.1. */
function freePort(): number {
  using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  return (listener.addr as Deno.NetAddr).port;
}

/** Sends `message` over a fresh loopback connection; returns the client's port. */
async function converse(port: number, message: string): Promise<number> {
  using listener = Deno.listen({ hostname: "127.0.0.1", port });
  const client = await Deno.connect({ hostname: "127.0.0.1", port });
  const server = await listener.accept();
  await client.write(new TextEncoder().encode(message));
  const buffer = new Uint8Array(64);
  await server.read(buffer);
  client.close();
  server.close();
  return (client.localAddr as Deno.NetAddr).port;
}

Deno.test({
  name: "live: a loopback conversation sending 'print' is captured with filter tcp, timers firing",
  ignore: !IS_ROOT,
  async fn() {
    const port = freePort();
    using capture = Capture.openLive("lo", { filter: `tcp port ${port}`, immediate: true });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const decoder = new Decoder();
    const found: { sourcePort: number; message: string; mac: string; ip: string }[] = [];
    const watchdog = setTimeout(() => capture.stop(), 5000);
    const reading = (async () => {
      for await (const packet of capture) {
        decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
        if (!decoder.has(LayerType.TCP)) continue;
        const message = new TextDecoder().decode(
          packet.data.subarray(decoder.payloadOffset, decoder.payloadEnd),
        );
        found.push({
          sourcePort: decoder.tcp.sourcePort,
          message,
          mac: decoder.ethernet.source,
          ip: decoder.ipv4.source,
        });
        if (message === "print") capture.stop();
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200)); // idle capture: timers must run
    const ticksWhileIdle = ticks;
    const clientPort = await converse(port, "print");
    await reading;
    clearTimeout(watchdog);
    clearInterval(timer);
    assert.ok(ticksWhileIdle >= 5, `timers ran during the idle capture (${ticksWhileIdle} ticks)`);
    const print = found.find((packet) => packet.message === "print");
    assert.ok(print, `saw 'print' among ${JSON.stringify(found)}`);
    assert.equal(print.sourcePort, clientPort);
    assert.equal(print.mac, "00:00:00:00:00:00");
    assert.equal(print.ip, "127.0.0.1");
    assert.ok(found.length >= 4, "the handshake was captured too");
    assert.ok(capture.stats().received >= found.length);
  },
});

Deno.test({
  name: "live: Ctrl-C stops an idle capture within a second and prints the counts",
  ignore: !IS_ROOT,
  async fn() {
    const cli = new CliProcess(Deno.execPath(), [
      "run",
      "--allow-ffi",
      CLI,
      "-i",
      "lo",
      "tcp port 1",
    ]);
    await cli.waitFor(/listening on lo/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const start = performance.now();
    cli.child.kill("SIGINT");
    const result = await cli.finish();
    const elapsed = performance.now() - start;
    assert.equal(result.code, 0, result.stderr);
    assert.ok(elapsed < 1000, `stopped in ${elapsed.toFixed(0)} ms`);
    assert.match(
      result.stderr,
      /^0 packets captured, \d+ received by filter, \d+ dropped by kernel$/m,
    );
  },
});

Deno.test({
  name: "live: the CLI between two namespaces shows real MACs, IPs, ports and the message",
  ignore: !IS_ROOT || !HAVE_IP,
  async fn() {
    const tag = `${Deno.pid % 100000}`;
    const [a, b] = [`sniff-a-${tag}`, `sniff-b-${tag}`];
    const ip = (...args: string[]) => {
      const result = new Deno.Command("ip", { args, stderr: "piped" }).outputSync();
      if (!result.success) {
        throw new Error(`ip ${args.join(" ")}: ${new TextDecoder().decode(result.stderr)}`);
      }
    };
    const cleanup = () => {
      for (const ns of [a, b]) {
        new Deno.Command("ip", { args: ["netns", "del", ns], stderr: "null" }).outputSync();
      }
    };
    cleanup();
    const server: Deno.ChildProcess[] = [];
    try {
      ip("netns", "add", a);
      ip("netns", "add", b);
      ip("link", "add", "lva0", "netns", a, "type", "veth", "peer", "name", "lvb0", "netns", b);
      ip("-n", a, "link", "set", "lva0", "address", "02:00:00:00:01:0a");
      ip("-n", b, "link", "set", "lvb0", "address", "02:00:00:00:01:0b");
      ip("-n", a, "addr", "add", "10.78.0.1/24", "dev", "lva0");
      ip("-n", b, "addr", "add", "10.78.0.2/24", "dev", "lvb0");
      ip("-n", a, "link", "set", "lva0", "up");
      ip("-n", b, "link", "set", "lvb0", "up");

      const cli = new CliProcess("ip", [
        "netns",
        "exec",
        a,
        Deno.execPath(),
        "run",
        "--allow-ffi",
        CLI,
        "-i",
        "lva0",
        "-c",
        "8",
        "tcp port 7000",
      ]);
      await cli.waitFor(/listening on lva0/);
      const peer = (ns: string, ...args: string[]) =>
        new Deno.Command("ip", {
          args: [
            "netns",
            "exec",
            ns,
            Deno.execPath(),
            "run",
            "--allow-net",
            `${ROOT}tools/peer.ts`,
            ...args,
          ],
          stdout: "piped",
          stderr: "piped",
        });
      const listening = peer(b, "tcp-server", "10.78.0.2", "7000").spawn();
      server.push(listening);
      const reader = listening.stdout.pipeThrough(new TextDecoderStream()).getReader();
      const ready = await reader.read();
      assert.match(ready.value ?? "", /ready/);
      const sent = await peer(a, "tcp-send", "10.78.0.2", "7000", "print").output();
      assert.equal(new TextDecoder().decode(sent.stdout).trim(), "got 5 bytes");

      const result = await cli.finish();
      assert.equal(result.code, 0, result.stderr);
      const lines = result.stdout.split("\n").filter((line) => line !== "");
      assert.equal(lines.length, 8, "-c 8 stops after 8 packets");
      const print = lines.map(parseTcpLine).find((line) =>
        line?.message && new TextDecoder().decode(line.message) === "print"
      );
      assert.ok(print, result.stdout);
      assert.equal(print.sourceMac, "02:00:00:00:01:0a");
      assert.equal(print.destinationMac, "02:00:00:00:01:0b");
      assert.equal(print.sourceIp, "10.78.0.1");
      assert.equal(print.destinationIp, "10.78.0.2");
      assert.equal(print.destinationPort, 7000);
      assert.match(
        result.stderr,
        /^8 packets captured, \d+ received by filter, 0 dropped by kernel$/m,
      );
      reader.releaseLock();
    } finally {
      for (const child of server) {
        try {
          child.kill();
        } catch { /* already gone */ }
        await child.status;
        await child.stderr.cancel().catch(() => {});
        await child.stdout.cancel().catch(() => {});
      }
      cleanup();
    }
  },
});

/** Reads from `connection` until `bytes` bytes came (bounded: each read brings one or more). */
async function readExactly(connection: Deno.Conn, bytes: number): Promise<string> {
  const buffer = new Uint8Array(bytes);
  let got = 0;
  while (got < bytes) {
    const read = await connection.read(buffer.subarray(got));
    if (read === null) throw new Error(`connection closed after ${got} of ${bytes} bytes`);
    got += read;
  }
  return new TextDecoder().decode(buffer);
}

/** A `--messages` line's pattern for `text` sent from `fromPort` to `toPort` on loopback. */
function messageLine(fromPort: number, toPort: number, text: string): RegExp {
  return new RegExp(
    String.raw`^\d\d:\d\d:\d\d\.\d{6} stream \d+ 00:00:00:00:00:00 > 00:00:00:00:00:00, ` +
      String.raw`127\.0\.0\.1\.${fromPort} > 127\.0\.0\.1\.${toPort}: message, ` +
      `length ${text.length}: "${text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}"$`,
    "m",
  );
}

/** A connection on loopback, its two ends, and the CLI capturing it. */
interface LoopbackConversation {
  cli: CliProcess;
  client: Deno.Conn;
  server: Deno.Conn;
  port: number;
  clientPort: number;
}

/**
 * Starts the CLI on `lo` with `flags` for a free port, connects a client to a server there once
 * the CLI listens, runs `fn`, and kills the CLI if `fn` left it running.
 */
async function onLoopback(
  flags: string[],
  fn: (conversation: LoopbackConversation) => Promise<void>,
): Promise<void> {
  const port = freePort();
  const cli = new CliProcess(Deno.execPath(), [
    "run",
    "--allow-ffi",
    CLI,
    "-i",
    "lo",
    "--immediate-mode",
    ...flags,
    `tcp port ${port}`,
  ]);
  try {
    await cli.waitFor(/listening on lo/);
    using listener = Deno.listen({ hostname: "127.0.0.1", port });
    const client = await Deno.connect({ hostname: "127.0.0.1", port });
    const server = await listener.accept();
    const clientPort = (client.localAddr as Deno.NetAddr).port;
    await fn({ cli, client, server, port, clientPort });
  } finally {
    try {
      cli.child.kill("SIGKILL");
    } catch { /* already gone */ }
    await cli.finish();
  }
}

Deno.test({
  name: "live: --messages prints a request nobody answers once it has been idle a second",
  ignore: !IS_ROOT,
  fn: () =>
    onLoopback(["--messages"], async ({ cli, client, server, port, clientPort }) => {
      const request = "PING nobody answers";
      await client.write(new TextEncoder().encode(request));
      assert.equal(await readExactly(server, request.length), request);
      // No reply, no FIN, no more packets: only the idle timer can print it.
      await cli.waitForOutput(messageLine(clientPort, port, request));
      server.close();
      client.close();
      cli.child.kill("SIGINT");
      const result = await cli.finish();
      assert.equal(result.code, 0, result.stderr);
      const lines = result.stdout.split("\n").filter((line) => line !== "");
      assert.equal(lines.length, 1, result.stdout);
    }),
});

Deno.test({
  name:
    "live: --messages prints the request as soon as the reply starts, the reply at FIN; Ctrl-C exits 0",
  ignore: !IS_ROOT,
  fn: () =>
    onLoopback(["--messages"], async ({ cli, client, server, port, clientPort }) => {
      const request = "GET /live HTTP/1.0";
      const reply = "HTTP/1.0 200 OK live";
      await client.write(new TextEncoder().encode(request));
      assert.equal(await readExactly(server, request.length), request);
      await server.write(new TextEncoder().encode(reply));
      assert.equal(await readExactly(client, reply.length), reply);
      // The connection is still open: the reply started, so the request's turn is over and
      // its line is out, while the reply's turn is not (more could come).
      await cli.waitForOutput(messageLine(clientPort, port, request));
      assert.doesNotMatch(cli.output, messageLine(port, clientPort, reply));
      assert.equal(cli.output.split("\n").length, 2, `one line so far: ${cli.output}`);
      // The server closes (FIN): its reply is over.
      server.close();
      await cli.waitForOutput(messageLine(port, clientPort, reply));
      client.close();
      cli.child.kill("SIGINT");
      const result = await cli.finish();
      assert.equal(result.code, 0, result.stderr);
      assert.match(
        result.stderr,
        /^\d+ packets captured, \d+ received by filter, \d+ dropped by kernel$/m,
      );
      assert.doesNotMatch(result.stderr, /sniff:/);
      const lines = result.stdout.split("\n").filter((line) => line !== "");
      assert.equal(lines.length, 2, result.stdout);
      assert.match(lines[0]!, messageLine(clientPort, port, request));
      assert.match(lines[1]!, messageLine(port, clientPort, reply));
    }),
});

Deno.test({
  name: "live: --conversations stopped by Ctrl-C prints the table with the conversation",
  ignore: !IS_ROOT,
  fn: () =>
    onLoopback(
      ["--conversations", "--messages"],
      async ({ cli, client, server, port, clientPort }) => {
        await client.write(new TextEncoder().encode("hello"));
        assert.equal(await readExactly(server, 5), "hello");
        await server.write(new TextEncoder().encode("world"));
        assert.equal(await readExactly(client, 5), "world");
        client.close();
        server.close();
        // Both messages printed: the capture got as far as the FINs.
        await cli.waitForOutput(messageLine(port, clientPort, "world"));
        assert.doesNotMatch(cli.output, /TCP Conversations/, "the table comes at the end");
        cli.child.kill("SIGINT");
        const result = await cli.finish();
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stderr, /^\d+ packets captured, /m);
        assert.match(result.stdout, /^TCP Conversations$/m);
        const row = result.stdout.split("\n").find((line) => line.includes(" <-> "));
        assert.ok(row, result.stdout);
        assert.match(
          row,
          new RegExp(`^127\\.0\\.0\\.1:${clientPort} +<-> 127\\.0\\.0\\.1:${port} `),
        );
        assert.match(row, /Complete, WITH_DATA/);
      },
    ),
});
