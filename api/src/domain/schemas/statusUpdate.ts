import { z } from "./zod";
import { id, period, systemFields, text } from "./common";

export const rag = z.enum(["green", "amber", "red"]);
export type Rag = z.infer<typeof rag>;

const statusFields = {
  initiativeId: id,
  period,
  rag,
  narrative: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
  blockers: z._default(text(2000), ""),
  decisionsNeeded: z._default(text(2000), ""),
};
export const statusUpdateInput = z.strictObject(statusFields);
export type StatusUpdateInput = z.input<typeof statusUpdateInput>;
export const statusUpdate = z.object({ ...statusFields, ...systemFields });
export type StatusUpdate = z.infer<typeof statusUpdate>;
