import { z } from "zod";

/** The last value of a query parameter that may have been repeated; blank counts as absent. */
export const single = <T extends z.core.$ZodType>(schema: T) =>
  z.preprocess((v) => {
    const last = Array.isArray(v) ? (v as unknown[])[v.length - 1] : v;
    return typeof last === "string" && last.trim() === "" ? undefined : last;
  }, schema);
