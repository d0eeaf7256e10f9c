/**
 * Test helpers: write classic pcap files from frames built in test code, and build frames.
 *
 * @module
 */

import { craft } from "./_frames.ts";

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

/**
 * An Ethernet + IPv4 + TCP (PSH, ACK) frame carrying `message`, 192.0.2.1:50000 →
 * 192.0.2.2:8080, checksums left 0.
 */
export function tcpFrame(message: Uint8Array, options: { padTo?: number } = {}): Uint8Array {
  return craft()
    .ethernet()
    .ipv4({ id: 1, checksum: 0, source: [192, 0, 2, 1], destination: [192, 0, 2, 2] })
    .tcp({
      sourcePort: 50000,
      destinationPort: 8080,
      sequence: 100,
      acknowledgment: 200,
      flags: 0x018,
      checksum: 0,
    })
    .payload(message)
    .pad(options.padTo ?? 0)
    .build();
}
