import assert from "node:assert/strict";
import { LineWriter, OutputClosed, type SyncWriter } from "./writer.ts";

/** A writer that keeps what it is given, as text per write call. */
class Recorder implements SyncWriter {
  writes: string[] = [];
  /** Most bytes to take per call, to exercise short writes. */
  constructor(readonly limit = Infinity) {}
  writeSync(bytes: Uint8Array): number {
    const taken = Math.min(bytes.length, this.limit);
    this.writes.push(new TextDecoder().decode(bytes.subarray(0, taken)));
    return taken;
  }
  get text(): string {
    return this.writes.join("");
  }
}

Deno.test("LineWriter: lines are buffered until flush", () => {
  const out = new Recorder();
  const writer = new LineWriter(out);
  writer.line("first");
  writer.line("second");
  writer.line("");
  assert.deepEqual(out.writes, []);
  writer.flush();
  assert.deepEqual(out.writes, ["first\nsecond\n\n"]);
  // A flush with nothing buffered writes nothing.
  writer.flush();
  assert.equal(out.writes.length, 1);
  writer.line("third");
  writer.flush();
  assert.deepEqual(out.writes, ["first\nsecond\n\n", "third\n"]);
});

Deno.test("LineWriter: UTF-8 is encoded", () => {
  const out = new Recorder();
  const writer = new LineWriter(out);
  writer.line("café → 🐟");
  writer.flush();
  assert.equal(out.text, "café → 🐟\n");
});

Deno.test("LineWriter: writes the buffer when the next line may not fit", () => {
  // 20 bytes; an ASCII line of n characters takes n + 1.
  const out = new Recorder();
  const writer = new LineWriter(out, 20);
  writer.line("0123456"); // 8 bytes used
  writer.line("abcdefg"); // 16 bytes used
  assert.deepEqual(out.writes, []);
  writer.line("ABCDEFG"); // 16 + 8 > 20: the two complete lines go first
  assert.deepEqual(out.writes, ["0123456\nabcdefg\n"]);
  writer.flush();
  assert.deepEqual(out.writes, ["0123456\nabcdefg\n", "ABCDEFG\n"]);
});

Deno.test("LineWriter: a line built in pieces is written whole", () => {
  const out = new Recorder();
  const writer = new LineWriter(out, 24);
  writer.line("first line");
  writer.text("second ");
  writer.escaped(new TextEncoder().encode("a\x1b"), 0, 2); // 5 bytes: a\x1b
  writer.hex(new Uint8Array([0xab, 0xcd]), 0, 2);
  writer.end();
  writer.flush();
  assert.deepEqual(out.writes, ["first line\n", "second a\\x1babcd\n"]);
});

Deno.test("LineWriter: many lines arrive whole and in order", () => {
  const out = new Recorder();
  const writer = new LineWriter(out, 100);
  const lines = Array.from({ length: 500 }, (_, i) => `line ${i} ${"x".repeat(i % 20)}`);
  for (const line of lines) writer.line(line);
  writer.flush();
  assert.ok(out.writes.length > 50);
  for (const chunk of out.writes) {
    assert.ok(chunk.length <= 100);
    assert.ok(chunk.endsWith("\n"), "every write ends at a line's end");
  }
  assert.equal(out.text, lines.map((line) => line + "\n").join(""));
});

Deno.test("LineWriter: a line longer than the buffer is written in pieces", () => {
  const out = new Recorder();
  const writer = new LineWriter(out, 16);
  writer.line("ab");
  const long = "x".repeat(40);
  writer.line(long);
  // What was buffered goes first, whole; then the long line, which cannot be whole.
  assert.equal(out.writes[0], "ab\n");
  writer.line("cd");
  writer.flush();
  assert.equal(out.text, "ab\n" + long + "\ncd\n");
  assert.ok(out.writes.at(-1)!.endsWith("cd\n"));
});

Deno.test("LineWriter: short writes are retried until all is written", () => {
  const out = new Recorder(3);
  const writer = new LineWriter(out);
  writer.line("hello");
  writer.line("world");
  writer.flush();
  assert.deepEqual(out.writes, ["hel", "lo\n", "wor", "ld\n"]);
  writer.line("y".repeat(30000));
  writer.flush();
  assert.equal(out.text, "hello\nworld\n" + "y".repeat(30000) + "\n");
});

Deno.test("LineWriter: a broken pipe becomes OutputClosed", () => {
  const writer = new LineWriter({
    writeSync(): number {
      throw new Deno.errors.BrokenPipe("Broken pipe (os error 32)");
    },
  });
  writer.line("to nobody");
  assert.throws(() => writer.flush(), OutputClosed);
  try {
    writer.flush(); // the buffer was emptied: nothing more to write
    writer.line("x".repeat(100000)); // too long to buffer: written at once
    assert.fail("expected OutputClosed");
  } catch (caught) {
    assert.ok(caught instanceof OutputClosed);
    assert.equal(caught.name, "OutputClosed");
    assert.equal(caught.message, "output closed");
  }
});

Deno.test("LineWriter: other write errors pass through", () => {
  const writer = new LineWriter({
    writeSync(): number {
      throw new Deno.errors.PermissionDenied("no");
    },
  });
  writer.line("x");
  assert.throws(() => writer.flush(), Deno.errors.PermissionDenied);
});

Deno.test("LineWriter: raw writes between reserve and commit; too much is refused", () => {
  const out = new Recorder();
  const writer = new LineWriter(out, 32);
  writer.line("0123456789abcdefghij"); // 21 bytes used
  const at = writer.reserve(16); // does not fit: the complete line goes first
  assert.deepEqual(out.writes, ["0123456789abcdefghij\n"]);
  writer.buffer.set([0x68, 0x69], at);
  writer.commit(at + 2);
  writer.end();
  writer.flush();
  assert.equal(out.text, "0123456789abcdefghij\nhi\n");
  assert.throws(() => writer.reserve(33), RangeError);
});

Deno.test("LineWriter: addresses in a buffer too small for them are still written whole", () => {
  const out = new Recorder();
  const writer = new LineWriter(out, 8);
  const bytes = new Uint8Array(16).fill(0xab);
  writer.mac(bytes, 0);
  writer.text(" ");
  writer.ipv6(bytes, 0);
  writer.text(" ");
  writer.ipv4(bytes, 0);
  writer.end();
  writer.flush();
  assert.equal(
    out.text,
    "ab:ab:ab:ab:ab:ab abab:abab:abab:abab:abab:abab:abab:abab 171.171.171.171\n",
  );
});
