import { z } from "./zod";
import { id, personId, rating, systemFields, valueCategory } from "./common";

/** A survey cycle such as 2026-Q3. */
export const surveyCycle = z.string().check(z.regex(/^\d{4}-Q[1-4]$/, "a quarter as YYYY-Qn"));

const responseFields = {
  cycle: surveyCycle,
  priorityId: id,
  importance: rating,
  expectedOutcome: valueCategory,
  confidence: rating,
};

/** What an executive answers; the executive is always the signed-in caller. */
export const alignmentResponseInput = z.strictObject(responseFields);
export type AlignmentResponseInput = z.infer<typeof alignmentResponseInput>;
export const alignmentResponse = z.object({ ...responseFields, executiveId: personId, ...systemFields });
export type AlignmentResponse = z.infer<typeof alignmentResponse>;
