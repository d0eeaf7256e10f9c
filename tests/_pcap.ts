/**
 * Test helpers: write classic pcap files from frames built in test code, and build frames.
 *
 * @module
 */

/** One frame for {@linkcode writePcap}. */
export interface Frame {
  bytes: Uint8Array;
  /** Bytes on the wire; default: the frame's length. */
  wireLength?: number;
  seconds?: number;
  microseconds?: number;
}

/** A classic little-endian, microsecond pcap file holding `frames`. */
export function pcapBytes(frames: Frame[], linkType = 1, snaplen = 262144): Uint8Array {
  const size = 24 + frames.reduce((sum, frame) => sum + 16 + frame.bytes.length, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0xa1b2c3d4, true);
  view.setUint16(4, 2, true);
  view.setUint16(6, 4, true);
  view.setUint32(16, snaplen, true);
  view.setUint32(20, linkType, true);
  let offset = 24;
  frames.forEach((frame, index) => {
    view.setUint32(offset, frame.seconds ?? 1700000000 + index, true);
    view.setUint32(offset + 4, frame.microseconds ?? 0, true);
    view.setUint32(offset + 8, frame.bytes.length, true);
    view.setUint32(offset + 12, frame.wireLength ?? frame.bytes.length, true);
    bytes.set(frame.bytes, offset + 16);
    offset += 16 + frame.bytes.length;
  });
  return bytes;
}

/** Writes `frames` to a new temporary pcap file and returns its path. */
export async function writePcap(frames: Frame[], linkType = 1): Promise<string> {
  const path = await Deno.makeTempFile({ prefix: "sniff-test-", suffix: ".pcap" });
  await Deno.writeFile(path, pcapBytes(frames, linkType));
  return path;
}

/** An Ethernet + IPv4 + TCP (PSH, ACK) frame carrying `message`, checksums left 0. */
export function tcpFrame(message: Uint8Array, options: { padTo?: number } = {}): Uint8Array {
  const ipLength = 20 + 20 + message.length;
  const frame = new Uint8Array(Math.max(14 + ipLength, options.padTo ?? 0));
  frame.set([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00]);
  frame.set([0x45, 0, ipLength >> 8, ipLength & 0xff, 0, 1, 0x40, 0, 64, 6, 0, 0], 14);
  frame.set([192, 0, 2, 1, 192, 0, 2, 2], 26);
  frame.set([0xc3, 0x50, 0x1f, 0x90, 0, 0, 0, 100, 0, 0, 0, 200, 0x50, 0x18, 0x01, 0xf6], 34);
  frame.set(message, 54);
  return frame;
}
