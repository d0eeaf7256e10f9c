/**
 * BSD loopback (DLT_NULL, DLT_LOOP): the address family, in the line with `-e`, in `-v` and as
 * `null.family` in JSON.
 *
 * @module
 */

import { type LayerPrinter, TextPart } from "./printer.ts";

/** The loopback header's printer. */
export const loopback: LayerPrinter = {
  part: TextPart.Link,
  text(context) {
    context.out.text(`AF ${context.decoder.loopback.family}, `);
    return true;
  },
  detail(context) {
    context.add("Loopback", [["Family", context.decoder.loopback.family]]);
  },
  json(context) {
    context.out.start("null");
    context.out.field("family", context.decoder.loopback.family);
    context.out.end();
  },
};
