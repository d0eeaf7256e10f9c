/**
 * Byte builders shared by the scripts that craft capture files (`craft-fixtures.ts`,
 * `craft-stream-captures.ts`): big-endian numbers, addresses, the Internet checksum.
 *
 * @module
 */

/** Bytes of a frame or header under construction. */
export type Bytes = Uint8Array;

/** The parts laid end to end. */
export function concat(...parts: Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The bytes given. */
export function u8(...values: number[]): Bytes {
  return Uint8Array.from(values);
}

/** A 16-bit number, big-endian. */
export function u16(value: number): Bytes {
  return u8((value >> 8) & 0xff, value & 0xff);
}

/** A 32-bit number, big-endian. */
export function u32(value: number): Bytes {
  return u8((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}

/** UTF-8 text. */
export function text(value: string): Bytes {
  return new TextEncoder().encode(value);
}

/** `length` zero bytes. */
export function zeros(length: number): Bytes {
  return new Uint8Array(length);
}

/** A MAC address written `02:00:00:00:00:0a`. */
export function mac(value: string): Bytes {
  return Uint8Array.from(value.split(":").map((part) => parseInt(part, 16)));
}

/** A dotted IPv4 address. */
export function ipv4Address(value: string): Bytes {
  return Uint8Array.from(value.split(".").map(Number));
}

/** An IPv6 address in any RFC 4291 text form (`::` and a dotted IPv4 tail included). */
export function ipv6Address(value: string): Bytes {
  const [head, tail] = value.split("::") as [string, string | undefined];
  const groups = (part: string | undefined): number[] =>
    part
      ? part.split(":").flatMap((group) => {
        if (!group.includes(".")) return [parseInt(group, 16)];
        const [a, b, c, d] = ipv4Address(group);
        return [(a! << 8) | b!, (c! << 8) | d!];
      })
      : [];
  const left = groups(head);
  const right = groups(tail);
  const all = tail === undefined
    ? left
    : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  if (all.length !== 8) throw new Error(`bad IPv6 address ${value}`);
  return concat(...all.map(u16));
}

/** The Internet checksum (RFC 1071) of the parts laid end to end. */
export function checksum(...parts: Bytes[]): number {
  const data = concat(...parts);
  let sum = 0;
  for (let i = 0; i < data.length; i += 2) sum += (data[i]! << 8) | (data[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}
