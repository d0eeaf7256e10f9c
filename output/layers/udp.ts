/**
 * UDP: `10.0.0.1.53 > 10.0.0.2.4321: UDP, length 12` in the line, every field in `-v`, `udp.*`
 * in JSON.
 *
 * @module
 */

import { CHECKSUM_STATUS_NAMES, ChecksumStatus } from "../../decode/checksum.ts";
import { ascii, putAscii, putDecimal } from "../_ascii.ts";
import { checksumDetail, type LayerPrinter, TextPart, transportChecksumFlag } from "./printer.ts";
import { putEndpoints } from "./tcp.ts";

const UDP_LENGTH = ascii(": UDP, length ");

/** UDP's printer. */
export const udp: LayerPrinter = {
  part: TextPart.Transport,
  partialJson: true,
  text(context) {
    const udp = context.decoder.udp;
    const out = context.out;
    let at = out.reserve(160);
    const buffer = out.buffer;
    at = putEndpoints(context, buffer, at, udp.sourcePort, udp.destinationPort);
    at = putAscii(buffer, at, UDP_LENGTH);
    out.commit(putDecimal(buffer, at, Math.max(0, udp.length - 8)));
    return true;
  },
  flags(context) {
    transportChecksumFlag(context, "udp", context.decoder.udp);
  },
  detail(context) {
    const udp = context.decoder.udp;
    context.add("User Datagram Protocol", [
      ["Source Port", udp.sourcePort],
      ["Destination Port", udp.destinationPort],
      ["Length", udp.length],
      ["Checksum", checksumDetail(udp.checksum, context.decoder.transportChecksum())],
    ]);
  },
  json(context) {
    const udp = context.decoder.udp;
    const out = context.out;
    const available = udp.end - udp.offset;
    out.start("udp");
    if (available >= 2) out.field("srcport", udp.sourcePort);
    if (available >= 4) out.field("dstport", udp.destinationPort);
    if (available >= 6) out.field("length", udp.length);
    if (available >= 8) out.field("checksum", udp.checksum);
    if (available >= 8) {
      const status = context.decoder.transportChecksum();
      out.field("checksum_status", CHECKSUM_STATUS_NAMES[status]!);
      if (status === ChecksumStatus.Offloaded) out.field("checksum_offloaded", true);
    }
    out.end();
  },
};
