import assert from "node:assert/strict";
import { escapeBytes, escapeText } from "./escape.ts";

const encode = (text: string) => new TextEncoder().encode(text);

/** True when `text` has a C0 or C1 control character or DEL. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

Deno.test("escapeBytes: no byte 0..255 yields a control character", () => {
  for (let byte = 0; byte < 256; byte++) {
    const shown = escapeBytes(new Uint8Array([byte]), 0, 1);
    assert.ok(!hasControl(shown), `byte ${byte} shown as ${JSON.stringify(shown)}`);
    // Only printable ASCII comes out.
    assert.match(shown, /^[\x20-\x7e]+$/, `byte ${byte}`);
  }
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  const shown = escapeBytes(all, 0, all.length);
  assert.ok(!hasControl(shown));
  assert.match(shown, /^[\x20-\x7e]+$/);
});

Deno.test("escapeBytes: each byte as tcpdump-like text", () => {
  const cases: [number, string][] = [
    [0x00, "\\x00"],
    [0x07, "\\x07"],
    [0x08, "\\x08"],
    [0x09, "\\t"],
    [0x0a, "\\n"],
    [0x0b, "\\x0b"],
    [0x0d, "\\r"],
    [0x1b, "\\x1b"],
    [0x1f, "\\x1f"],
    [0x20, " "],
    [0x21, "!"],
    [0x22, '\\"'],
    [0x27, "'"],
    [0x41, "A"],
    [0x5c, "\\\\"],
    [0x7e, "~"],
    [0x7f, "\\x7f"],
    [0x80, "\\x80"],
    [0x9b, "\\x9b"], // CSI, the 8-bit escape sequence introducer
    [0xa0, "\\xa0"],
    [0xc3, "\\xc3"],
    [0xff, "\\xff"],
  ];
  for (const [byte, expected] of cases) {
    assert.equal(escapeBytes(new Uint8Array([byte]), 0, 1), expected, `byte ${byte}`);
  }
});

Deno.test("escapeBytes: printable ASCII passes unchanged", () => {
  const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i))
    .filter((c) => c !== '"' && c !== "\\")
    .join("");
  assert.equal(escapeBytes(encode(printable), 0, printable.length), printable);
  assert.equal(escapeBytes(encode("print"), 0, 5), "print");
});

Deno.test("escapeBytes: a screen-clearing escape sequence is shown, not sent", () => {
  const bytes = encode("\x1b[2J\x1b[H\x07owned");
  const shown = escapeBytes(bytes, 0, bytes.length);
  assert.equal(shown, "\\x1b[2J\\x1b[H\\x07owned");
  assert.ok(!shown.includes("\x1b"));
  // An OSC title change: ESC ] 0 ; title BEL.
  const osc = encode("\x1b]0;pwned\x07");
  assert.equal(escapeBytes(osc, 0, osc.length), "\\x1b]0;pwned\\x07");
});

Deno.test("escapeBytes: quotes and backslashes are escaped", () => {
  const bytes = encode('GET "/a\\b" HTTP/1.1\r\n');
  assert.equal(escapeBytes(bytes, 0, bytes.length), 'GET \\"/a\\\\b\\" HTTP/1.1\\r\\n');
});

Deno.test("escapeBytes: UTF-8 is shown byte by byte", () => {
  const bytes = encode("é€");
  assert.equal(escapeBytes(bytes, 0, bytes.length), "\\xc3\\xa9\\xe2\\x82\\xac");
});

Deno.test("escapeBytes: a range, held to the array", () => {
  const bytes = encode("GET /index.html");
  assert.equal(escapeBytes(bytes, 4, 10), "/index");
  assert.equal(escapeBytes(bytes, 4, 4), "");
  assert.equal(escapeBytes(bytes, 10, 4), "");
  assert.equal(escapeBytes(bytes, 11, 1000), "html");
  assert.equal(escapeBytes(bytes.subarray(0, 3), 0, 15), "GET");
});

Deno.test("escapeText: control characters become \\xNN", () => {
  assert.equal(escapeText("eth0"), "eth0");
  assert.equal(escapeText("a\x1b[31mred\x1b[0m"), "a\\x1b[31mred\\x1b[0m");
  assert.equal(escapeText("line\nbreak\ttab\r"), "line\\x0abreak\\x09tab\\x0d");
  assert.equal(escapeText("\x00\x1f\x7f"), "\\x00\\x1f\\x7f");
  assert.equal(escapeText("c1 \u0080 \u009b \u009f"), "c1 \\x80 \\x9b \\x9f");
  // Printable text beyond ASCII is kept: it is text, not bytes.
  assert.equal(escapeText("café \u00a0 ü €"), "café \u00a0 ü €");
  assert.equal(escapeText('quote " and \\'), 'quote " and \\');
});

Deno.test("escapeText: no control character survives", () => {
  let all = "";
  for (let code = 0; code < 0x180; code++) all += String.fromCharCode(code);
  const escaped = escapeText(all);
  assert.ok(!hasControl(escaped));
  // Every one of the 65 controls was replaced by a 4-character escape.
  assert.equal(escaped.length, all.length + 65 * 3);
});
