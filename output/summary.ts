/**
 * `--summary`: counts instead of lines. Packets and bytes per protocol, truncated and malformed
 * packets, and (when asked) checksum verification results, printed once at the end, like
 * `tshark -z io,phs` but fast: counting allocates nothing per packet.
 *
 * @module
 */

import { ChecksumStatus } from "../decode/checksum.ts";
import type { Decoder } from "../decode/decoder.ts";
import { DecodeStatus, LayerType } from "../decode/layer.ts";
import { LAYER_NAMES, SUMMARY_ORDER } from "../decode/registry.ts";
import type { Packet } from "../decode/packet.ts";

const CHECKED = ["ip", "transport"] as const;

/**
 * Accumulates per-protocol counts. Call {@linkcode Summary.count} for each decoded packet and
 * {@linkcode Summary.table} at the end.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Decoder } from "../decode/decoder.ts";
 * import { Packet } from "../decode/packet.ts";
 * import { Summary } from "./summary.ts";
 *
 * const frame = new Uint8Array(60);
 * frame.set([0x08, 0x06], 12); // an ARP frame
 * frame.set([0, 1, 8, 0, 6, 4, 0, 1], 14);
 * const decoder = new Decoder();
 * const summary = new Summary();
 * const packet = Packet.from(frame);
 * decoder.decode(packet.buffer, packet.captureLength, packet.linkType);
 * summary.count(packet, decoder);
 * assert.equal(summary.packetsOf(5), 0);
 * assert.match(summary.table(), /arp\s+1\s+60/);
 * ```
 */
export class Summary {
  readonly #verify: boolean;
  readonly #packets = new Float64Array(32);
  readonly #bytes = new Float64Array(32);
  // [ip good, ip bad, ip unverified, transport good, transport bad, transport unverified]
  /** Good, bad, offloaded and unverified (not present included), for IP then transport. */
  readonly #checksums = new Float64Array(8);
  #checksummedBytes = 0;
  #total = 0;
  #totalBytes = 0;
  #truncated = 0;
  #malformed = 0;
  #undecoded = 0;
  #tunnelled = 0;

  /** With `verifyChecksums`, every IPv4 header and transport checksum is verified and counted. */
  constructor(options: { verifyChecksums?: boolean } = {}) {
    this.#verify = options.verifyChecksums ?? false;
  }

  /** Counts one packet the decoder has just decoded. */
  count(packet: Packet, decoder: Decoder): void {
    const bytes = packet.wireLength;
    this.#total++;
    this.#totalBytes += bytes;
    let mask = decoder.presentMask;
    if (decoder.status === DecodeStatus.Truncated) this.#truncated++;
    else if (decoder.status === DecodeStatus.Malformed) this.#malformed++;
    if (decoder.layerCount === 0) this.#undecoded++;
    if (decoder.has(LayerType.IPv4) && decoder.ipv4.fragmentOffset !== 0) {
      mask |= 1 << LayerType.Fragment;
    }
    for (let type = 0; mask !== 0; type++, mask >>>= 1) {
      if ((mask & 1) !== 0) {
        this.#packets[type]!++;
        this.#bytes[type]! += bytes;
      }
    }
    if (decoder.inner !== null) this.#tunnelled++;
    if (this.#verify) this.#countChecksums(decoder);
  }

  #countChecksums(decoder: Decoder): void {
    if (decoder.has(LayerType.IPv4)) {
      const status = decoder.ipv4Checksum();
      const index = statusIndex(status);
      this.#checksums[index]!++;
      if (index !== UNVERIFIED) this.#checksummedBytes += decoder.ipv4.headerLength;
    }
    if (decoder.transport !== LayerType.None) {
      const status = decoder.transportChecksum();
      const index = statusIndex(status);
      this.#checksums[4 + index]!++;
      if (index !== UNVERIFIED) {
        const network = decoder.network!;
        this.#checksummedBytes += network.end - network.offset - network.headerLength;
      }
    }
  }

  /** Packets counted that had a layer of this type. */
  packetsOf(type: LayerType): number {
    return this.#packets[type] ?? 0;
  }

  /** Bytes covered by the checksums verified so far (for throughput figures). */
  get checksummedBytes(): number {
    return this.#checksummedBytes;
  }

  /** The table printed at the end of `--summary`. */
  table(): string {
    const rows: string[][] = [["protocol", "packets", "bytes"]];
    rows.push(["all", count(this.#total), count(this.#totalBytes)]);
    for (const type of SUMMARY_ORDER) {
      if (this.#packets[type]! > 0) {
        rows.push([LAYER_NAMES[type]!, count(this.#packets[type]!), count(this.#bytes[type]!)]);
      }
    }
    const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
    const lines = rows.map((row) =>
      `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padStart(widths[1]!)}  ${
        row[2]!.padStart(widths[2]!)
      }`
    );
    lines.push(
      "",
      `truncated ${count(this.#truncated)}, malformed ${count(this.#malformed)}, ` +
        `undecoded link type ${count(this.#undecoded)}, in tunnels ${count(this.#tunnelled)}`,
    );
    if (this.#verify) {
      for (const [i, name] of CHECKED.entries()) {
        const [good, bad, offloaded, unverified] = [0, 1, 2, 3].map((k) =>
          this.#checksums[4 * i + k]!
        );
        // IPv4 header checksums are never offloaded: that line keeps its three counts.
        const partial = name === "transport" ? `${count(offloaded!)} offloaded, ` : "";
        lines.push(
          `${name} checksums: ${count(good!)} good, ${count(bad!)} bad, ${partial}${
            count(unverified!)
          } unverified`,
        );
      }
      lines.push(`checksummed ${count(this.#checksummedBytes)} bytes`);
    }
    return lines.join("\n");
  }
}

const UNVERIFIED = 3;

/**
 * Where a status is counted: good 0, bad 1, offloaded 2, and 3 for unverified and not present
 * (a UDP datagram sent without a checksum: nothing was verified).
 */
function statusIndex(status: ChecksumStatus): number {
  switch (status) {
    case ChecksumStatus.Good:
      return 0;
    case ChecksumStatus.Bad:
      return 1;
    case ChecksumStatus.Offloaded:
      return 2;
    default:
      return UNVERIFIED;
  }
}

/**
 * `1,234,567`. Not toLocaleString: loading the locale data costs 25 ms, a twentieth of a
 * million-packet `--summary`.
 */
function count(value: number): string {
  const digits = String(value);
  let grouped = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    grouped = grouped === "" ? group : `${group},${grouped}`;
  }
  return grouped;
}
