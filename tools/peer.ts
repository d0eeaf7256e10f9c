/**
 * Traffic for the project's captures and live tests: a TCP message sender and receiver, a tiny
 * HTTP server and client, and a UDP echo server and sender. Runs inside network namespaces made
 * by tools/make-fixtures and tests/live_test.ts; nothing here captures.
 *
 * deno run --allow-net tools/peer.ts tcp-server ADDRESS PORT          (prints what it received)
 * deno run --allow-net tools/peer.ts tcp-send ADDRESS PORT MESSAGE    (sends, reads the reply)
 * deno run --allow-net tools/peer.ts tcp-connect ADDRESS PORT         (connects, says refused)
 * deno run --allow-net tools/peer.ts http-server ADDRESS PORT         (serves one request)
 * deno run --allow-net tools/peer.ts http-get URL
 * deno run --unstable-net --allow-net tools/peer.ts udp-echo ADDRESS PORT       (echoes one)
 * deno run --unstable-net --allow-net tools/peer.ts udp-send ADDRESS PORT MESSAGE
 *   (sends one datagram, waits up to a second for the reply: "no reply" to a closed port)
 *
 * The UDP modes need --unstable-net (Deno.listenDatagram); the others do not.
 *
 * @module
 */

/// <reference lib="deno.unstable" />

import { fail, reason, usageError } from "./_script.ts";

const [mode, ...rest] = Deno.args;

async function tcpServer(hostname: string, port: number): Promise<void> {
  using listener = Deno.listen({ hostname, port, transport: "tcp" });
  console.log("ready");
  const connection = await listener.accept();
  const buffer = new Uint8Array(4096);
  const read = await connection.read(buffer);
  const received = buffer.subarray(0, read ?? 0);
  await connection.write(new TextEncoder().encode(`got ${received.length} bytes\n`));
  console.log(new TextDecoder().decode(received));
  connection.close();
}

async function tcpSend(hostname: string, port: number, message: string): Promise<void> {
  const connection = await Deno.connect({ hostname, port });
  await connection.write(new TextEncoder().encode(message));
  const buffer = new Uint8Array(4096);
  const read = await connection.read(buffer);
  console.log(new TextDecoder().decode(buffer.subarray(0, read ?? 0)).trim());
  connection.close();
}

async function tcpConnect(hostname: string, port: number): Promise<void> {
  try {
    const connection = await Deno.connect({ hostname, port });
    console.log("connected");
    connection.close();
  } catch (error) {
    if (!(error instanceof Deno.errors.ConnectionRefused)) throw error;
    console.log("refused");
  }
}

/** The wildcard address of `hostname`'s family, to bind a UDP socket that sends to it. */
function anyAddress(hostname: string): string {
  return hostname.includes(":") ? "::" : "0.0.0.0";
}

async function udpEcho(hostname: string, port: number): Promise<void> {
  const socket = Deno.listenDatagram({ hostname, port, transport: "udp" });
  try {
    console.log("ready");
    const [data, from] = await socket.receive();
    await socket.send(new TextEncoder().encode(`got ${data.length} bytes\n`), from);
    console.log(new TextDecoder().decode(data));
  } finally {
    socket.close();
  }
}

async function udpSend(hostname: string, port: number, message: string): Promise<void> {
  const socket = Deno.listenDatagram({ hostname: anyAddress(hostname), port: 0, transport: "udp" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await socket.send(new TextEncoder().encode(message), { transport: "udp", hostname, port });
    const timeout = new Promise<null>((resolve) => timer = setTimeout(() => resolve(null), 1000));
    const reply = await Promise.race([socket.receive(), timeout]);
    console.log(reply ? new TextDecoder().decode(reply[0]).trim() : "no reply");
  } finally {
    clearTimeout(timer);
    socket.close();
  }
}

async function httpServer(hostname: string, port: number): Promise<void> {
  const done = Promise.withResolvers<void>();
  const server = Deno.serve({ hostname, port, onListen: () => console.log("ready") }, (request) => {
    setTimeout(done.resolve, 50);
    return new Response(`hello from ${new URL(request.url).pathname}\n`, {
      headers: { "content-type": "text/plain" },
    });
  });
  await done.promise;
  await server.shutdown();
}

async function httpGet(url: string): Promise<void> {
  const response = await fetch(url, { headers: { connection: "close" } });
  console.log(response.status, (await response.text()).trim());
}

const USAGE = `usage: deno run --unstable-net --allow-net tools/peer.ts MODE ARGUMENTS
  tcp-server ADDRESS PORT           serves one TCP connection, prints what it received
  tcp-send ADDRESS PORT [MESSAGE]   sends MESSAGE (default "print"), prints the reply
  tcp-connect ADDRESS PORT          connects and closes: prints connected or refused
  http-server ADDRESS PORT          serves one HTTP request
  http-get URL                      prints the status and the body
  udp-echo ADDRESS PORT             answers one datagram
  udp-send ADDRESS PORT [MESSAGE]   sends one datagram, prints the reply or "no reply" (1 s)
The servers print "ready" once they listen. The UDP modes need --unstable-net.`;

/** Each mode: its arguments (the last of them optional when it is in brackets) and its work. */
const MODES: Record<string, [string[], (args: string[]) => Promise<void>]> = {
  "tcp-server": [["ADDRESS", "PORT"], ([a, p]) => tcpServer(a!, Number(p))],
  "tcp-send": [
    ["ADDRESS", "PORT", "[MESSAGE]"],
    ([a, p, m]) => tcpSend(a!, Number(p), m ?? "print"),
  ],
  "tcp-connect": [["ADDRESS", "PORT"], ([a, p]) => tcpConnect(a!, Number(p))],
  "udp-echo": [["ADDRESS", "PORT"], ([a, p]) => udpEcho(a!, Number(p))],
  "udp-send": [
    ["ADDRESS", "PORT", "[MESSAGE]"],
    ([a, p, m]) => udpSend(a!, Number(p), m ?? "print"),
  ],
  "http-server": [["ADDRESS", "PORT"], ([a, p]) => httpServer(a!, Number(p))],
  "http-get": [["URL"], ([url]) => httpGet(url!)],
};

if (import.meta.main) {
  if (mode === "--help" || mode === "-h") {
    console.log(USAGE);
    Deno.exit(0);
  }
  const entry = mode === undefined ? undefined : MODES[mode];
  if (!entry) {
    usageError("peer", mode === undefined ? "no mode given" : `unknown mode '${mode}'`);
  }
  const [names, run] = entry;
  const required = names.filter((name) => !name.startsWith("[")).length;
  if (rest.length < required || rest.length > names.length) {
    usageError("peer", `${mode} takes ${names.join(" ")}, got ${rest.length} arguments`);
  }
  const port = names.indexOf("PORT");
  if (port >= 0 && !/^\d+$/.test(rest[port]!) || Number(rest[port]) > 65535) {
    usageError("peer", `PORT must be a number from 0 to 65535, got '${rest[port]}'`);
  }
  try {
    await run(rest);
  } catch (error) {
    fail("peer", `${mode} ${rest.join(" ")}: ${reason(error)}`);
  }
}
