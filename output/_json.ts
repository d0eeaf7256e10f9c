/**
 * The JSON object writer the formatter and the protocols' JSON printers share.
 *
 * @module
 */

import { putIPv4, putIPv6 } from "../decode/address.ts";
import { ascii, isUint32, putAscii, putDecimal, putMac } from "./_ascii.ts";
import { type OutputSink, StringSink } from "./writer.ts";

/**
 * `"key":` (and `"name":{` for sections) as ASCII codes, for each key written so far: keys are
 * the formatter's own literals, so the maps stay small.
 */
const KEY_CODES = new Map<string, Uint8Array>();
const SECTION_CODES = new Map<string, Uint8Array>();

function keyCodes(key: string, codesOf: Map<string, Uint8Array>, suffix: string): Uint8Array {
  let codes = codesOf.get(key);
  if (codes === undefined) {
    codes = ascii(`"${key}":${suffix}`);
    codesOf.set(key, codes);
  }
  return codes;
}

/**
 * `"key":` encoded once, for {@linkcode JsonObject.uint}: a printer keeps the keys of its hot
 * fields in constants, so writing them skips even the lookup of the key's codes.
 */
export function jsonKey(key: string): Uint8Array {
  return keyCodes(key, KEY_CODES, "");
}

/** `true`, as ASCII codes. */
const TRUE = ascii("true");

/** Room for a key with its comma, and a number or an address after it. */
const KEY_ROOM = 64;

/**
 * Builds one packet's JSON object, section by section: `"name":{"key":value,…}`, keys in the
 * order added. Keys go into the sink's buffer as codes encoded once per key; values are written
 * straight from the packet's bytes where they can be (addresses, hex), so that no string is built.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JsonObject } from "./_json.ts";
 * import { StringSink } from "./writer.ts";
 *
 * const sink = new StringSink();
 * const object = new JsonObject();
 * object.reset(sink);
 * object.start("udp");
 * object.field("srcport", 53);
 * object.field("checksum_status", "good");
 * object.end();
 * object.close();
 * assert.equal(sink.value, '{"udp":{"srcport":53,"checksum_status":"good"}}');
 * ```
 */
export class JsonObject {
  #out: OutputSink = new StringSink();
  #open = false;
  #started = false;
  /** The sections written so far for this object (reused: its length is reset). */
  readonly names: string[] = [];

  /** Starts a new object on `out`. */
  reset(out: OutputSink): void {
    this.#out = out;
    this.#open = false;
    this.#started = false;
    this.names.length = 0;
    out.text("{");
  }
  /** Closes the object. */
  close(): void {
    this.#out.text("}");
  }

  /** Opens the section `name`. */
  start(name: string): void {
    this.names.push(name);
    const codes = keyCodes(name, SECTION_CODES, "{");
    const out = this.#out;
    let at = out.reserve(codes.length + 1);
    const buffer = out.buffer;
    if (this.#started) buffer[at++] = 0x2c;
    out.commit(putAscii(buffer, at, codes));
    this.#started = true;
    this.#open = false;
  }
  /** Writes the key and returns where its value goes, with KEY_ROOM - key length reserved. */
  #key(key: string): number {
    const codes = keyCodes(key, KEY_CODES, "");
    const out = this.#out;
    let at = out.reserve(codes.length + KEY_ROOM);
    const buffer = out.buffer;
    if (this.#open) buffer[at++] = 0x2c;
    this.#open = true;
    return putAscii(buffer, at, codes);
  }
  /**
   * A whole number from 0 to 2³²−1 (what {@linkcode JsonObject.field} writes for one) under a key
   * from {@linkcode jsonKey}.
   */
  uint(key: Uint8Array, value: number): void {
    const out = this.#out;
    let at = out.reserve(key.length + KEY_ROOM);
    const buffer = out.buffer;
    if (this.#open) buffer[at++] = 0x2c;
    this.#open = true;
    out.commit(putDecimal(buffer, putAscii(buffer, at, key), value));
  }
  /**
   * `true` under a key from {@linkcode jsonKey}: a printer's flags that are written only when
   * set (TCP's analysis flags) skip the key's lookup and the value's type dispatch of `field`.
   */
  flag(key: Uint8Array): void {
    const out = this.#out;
    let at = out.reserve(key.length + KEY_ROOM);
    const buffer = out.buffer;
    if (this.#open) buffer[at++] = 0x2c;
    this.#open = true;
    out.commit(putAscii(buffer, putAscii(buffer, at, key), TRUE));
  }
  /** A number, boolean or string value (strings must need no escaping: addresses, names). */
  field(key: string, value: number | boolean | string): void {
    const at = this.#key(key);
    const out = this.#out;
    if (typeof value === "number" && isUint32(value)) {
      out.commit(putDecimal(out.buffer, at, value));
      return;
    }
    out.commit(at);
    if (typeof value === "number") out.decimal(value);
    else if (typeof value === "boolean") out.text(value ? "true" : "false");
    else {
      out.text('"');
      out.text(value);
      out.text('"');
    }
  }
  /** A quoted MAC address, straight from the packet. */
  mac(key: string, bytes: Uint8Array, offset: number): void {
    const out = this.#out;
    let at = this.#key(key);
    const buffer = out.buffer;
    buffer[at++] = 0x22;
    at = putMac(buffer, at, bytes, offset);
    buffer[at++] = 0x22;
    out.commit(at);
  }
  /** A quoted IPv4 (`version` 4) or IPv6 address, straight from the packet. */
  address(key: string, version: 4 | 6, bytes: Uint8Array, offset: number): void {
    const out = this.#out;
    let at = this.#key(key);
    const buffer = out.buffer;
    buffer[at++] = 0x22;
    at = version === 4 ? putIPv4(buffer, at, bytes, offset) : putIPv6(buffer, at, bytes, offset);
    buffer[at++] = 0x22;
    out.commit(at);
  }
  /** A value already in JSON form (an array, a quoted string). */
  raw(key: string, json: string): void {
    this.#out.commit(this.#key(key));
    this.#out.text(json);
  }
  /** Seconds and microseconds as one decimal number. */
  time(key: string, seconds: number, microseconds: number): void {
    this.#out.commit(this.#key(key));
    this.#out.decimal(seconds);
    this.#out.text(".");
    this.#out.decimal(microseconds, 6);
  }
  /** Bytes as a quoted lowercase hex string, straight from the packet. */
  hex(key: string, bytes: Uint8Array, start: number, end: number): void {
    const out = this.#out;
    const at = this.#key(key);
    out.buffer[at] = 0x22;
    out.commit(at + 1);
    out.hex(bytes, start, end);
    out.text('"');
  }
  /** Closes the section opened last. */
  end(): void {
    this.#out.text("}");
    this.#open = true;
  }
}
