/**
 * Traffic for the project's captures and live tests: a TCP message sender and receiver, and a
 * tiny HTTP server and client. Runs inside network namespaces made by tools/make-fixtures and
 * tests/live_test.ts; nothing here captures.
 *
 * deno run --allow-net tools/peer.ts tcp-server ADDRESS PORT          (prints what it received)
 * deno run --allow-net tools/peer.ts tcp-send ADDRESS PORT MESSAGE    (sends, reads the reply)
 * deno run --allow-net tools/peer.ts http-server ADDRESS PORT         (serves one request)
 * deno run --allow-net tools/peer.ts http-get URL
 *
 * @module
 */

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

switch (mode) {
  case "tcp-server":
    await tcpServer(rest[0]!, Number(rest[1]));
    break;
  case "tcp-send":
    await tcpSend(rest[0]!, Number(rest[1]), rest[2] ?? "print");
    break;
  case "http-server":
    await httpServer(rest[0]!, Number(rest[1]));
    break;
  case "http-get":
    await httpGet(rest[0]!);
    break;
  default:
    console.error("usage: peer.ts tcp-server|tcp-send|http-server|http-get …");
    Deno.exit(2);
}
