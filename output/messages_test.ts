import assert from "node:assert/strict";
import { type MessageOptions, MessagePrinter } from "./messages.ts";
import { LineWriter } from "./writer.ts";
import { collector, conversation } from "../tests/_follow.ts";

const text = (s: string) => new TextEncoder().encode(s);
const T = 1700000000; // 22:13:20 UTC

function setup(options: MessageOptions = {}) {
  const target = collector();
  const writer = new LineWriter(target);
  const printer = new MessagePrinter(writer, { utcOffsetMinutes: 0, ...options });
  const read = () => {
    writer.flush();
    const value = target.text;
    target.text = "";
    return value;
  };
  return { printer, read };
}

Deno.test("messages: a turn is written when the other side starts, not before", () => {
  const { printer, read } = setup();
  const c = conversation({ index: 4 });

  printer.data(c, 0, text("GET / HTTP/1.1\r\n"), 4, T + 0.000001);
  printer.data(c, 0, text("host: x\r\n\r\n"), 5, T + 0.5);
  assert.equal(read(), "");
  printer.data(c, 1, text("HTTP/1.1 200 OK\r\n"), 6, T + 1.25);
  assert.equal(
    read(),
    "22:13:20.000001 stream 4 02:00:00:00:00:01 > 02:00:00:00:00:02, 10.0.0.1.5555 > 10.0.0.2.80: " +
      'message, length 27: "GET / HTTP/1.1\\r\\nhost: x\\r\\n\\r\\n"\n',
  );
  printer.end(c, "closed");
  assert.equal(
    read(),
    "22:13:21.250000 stream 4 02:00:00:00:00:02 > 02:00:00:00:00:01, 10.0.0.2.80 > 10.0.0.1.5555: " +
      'message, length 17: "HTTP/1.1 200 OK\\r\\n"\n',
  );
  printer.finish();
  assert.equal(read(), "");
});

Deno.test("messages: cut at 256 bytes unless whole, hostile bytes escaped, no MACs left out", () => {
  const c = conversation({
    macA: "",
    macB: "",
    family: 6,
    addressA: "fd00::1",
    addressB: "fd00::2",
  });
  const long = new Uint8Array(300).fill(0x41);
  long[0] = 0x1b;
  long[1] = 0x9b;
  const { printer, read } = setup();
  printer.data(c, 0, long, 1, T);
  printer.end(c, "finish");
  const line = read();
  assert.equal(
    line,
    `22:13:20.000000 stream 0 fd00::1.5555 > fd00::2.80: message, length 300: "\\x1b\\x9b${
      "A".repeat(254)
    }"... (44 more bytes)\n`,
  );
  const whole = setup({ messageLimit: 0 });
  whole.printer.data(c, 0, long, 1, T);
  whole.printer.end(c, "finish");
  assert.ok(whole.read().endsWith(`"\\x1b\\x9b${"A".repeat(298)}"\n`));
});

Deno.test("messages: a long one-way transfer comes in parts of the part size", () => {
  const { printer, read } = setup({ partSize: 10, json: true });
  const c = conversation();
  printer.data(c, 1, text("0123456"), 1, T);
  printer.data(c, 1, text("789abcdefghijklmnopq"), 2, T + 1);
  const parts = read().trim().split("\n").map((l) => JSON.parse(l).message);
  assert.deepEqual(parts.map((p) => [p.length, p.continued, p.data]), [
    [10, true, "30313233343536373839"],
    [10, true, "6162636465666768696a"],
  ]);
  printer.end(c, "idle");
  const last = JSON.parse(read()).message;
  assert.equal(last.length, 7);
  assert.equal(last.continued, undefined);
});

Deno.test("messages: JSON keys, direction and gaps", () => {
  const { printer, read } = setup({ json: true });
  const c = conversation({ index: 2, macB: "" });
  printer.data(c, 1, text("ab"), 1, T + 0.25);
  printer.gap(c, 1, 1200, "missing");
  printer.data(c, 1, text("cd"), 2, T + 0.5);
  printer.fin(c, 1);
  const line = read();
  assert.equal(
    line,
    '{"message":{"stream":2,"time":1700000000.250000,"time_last":1700000000.500000,"node":1,' +
      '"eth_dst":"02:00:00:00:00:01","src":"10.0.0.2","dst":"10.0.0.1","srcport":80,' +
      '"dstport":5555,"length":4,"missing":1200,"data":"61626364"}}\n',
  );
  assert.equal(JSON.parse(line).message.missing, 1200);
});

Deno.test("messages: a gap in text, a message of only missing bytes, FIN and idle flushes", () => {
  const { printer, read } = setup();
  const c = conversation({ lastTime: T + 2 });
  printer.data(c, 0, text("req"), 1, T);
  printer.gap(c, 1, 50, "limit");
  assert.ok(read().endsWith(': message, length 3: "req"\n'));
  printer.data(c, 0, text("x"), 3, T + 3);
  assert.equal(
    read(),
    "22:13:22.000000 stream 0 02:00:00:00:00:02 > 02:00:00:00:00:01, 10.0.0.2.80 > 10.0.0.1.5555: " +
      "message, length 0, 50 bytes missing\n",
  );
  printer.fin(c, 1);
  assert.equal(read(), "");
  printer.flushIdle(T + 3);
  assert.equal(read(), "");
  printer.flushIdle(T + 4);
  assert.ok(read().endsWith('message, length 1: "x"\n'));
  printer.end(c, "closed");
  assert.equal(read(), "");
});

Deno.test("messages: streams interleave without mixing, and finish writes what is left", () => {
  const { printer, read } = setup({ json: true });
  const a = conversation({ index: 0 });
  const b = conversation({ index: 1 });
  printer.data(a, 0, text("a1"), 1, T);
  printer.data(b, 0, text("b1"), 2, T);
  printer.data(a, 0, text("a2"), 3, T);
  printer.data(b, 1, text("B"), 4, T);
  assert.deepEqual(JSON.parse(read()).message.data, "6231");
  printer.finish();
  const rest = read().trim().split("\n").map((l) => JSON.parse(l).message);
  assert.deepEqual(rest.map((m) => [m.stream, m.data]), [[0, "61316132"], [1, "42"]]);
});

Deno.test("messages: a time a hair below the next second rounds up to it", () => {
  const { printer, read } = setup({ json: true });
  const c = conversation();
  printer.data(c, 0, text("x"), 1, T + 0.9999996);
  printer.end(c);
  assert.ok(read().includes('"time":1700000001.000000,'));
  const lines = setup();
  lines.printer.data(c, 0, text("x"), 1, T + 0.9999996);
  lines.printer.end(c);
  assert.ok(lines.read().startsWith("22:13:21.000000 stream 0 "));
});
