import { z } from "zod";
import { id, personId, systemFields, text, timestamp } from "./common";
import { stage } from "./initiative";

export const decisionTypes = [
  "approve-pilot",
  "scale",
  "accept-high-risk",
  "publish-snapshot",
  "retire",
  "reject",
] as const;
export const decisionType = z.enum(decisionTypes);
export type DecisionType = z.infer<typeof decisionType>;

/** RACI for one decision type. Exactly one Accountable, by construction. */
export const decisionRightInput = z.strictObject({
  decisionType,
  accountableId: personId,
  responsibleIds: z.array(personId).max(20).default([]),
  consultedIds: z.array(personId).max(20).default([]),
  informedIds: z.array(personId).max(50).default([]),
});
export type DecisionRightInput = z.input<typeof decisionRightInput>;
export const decisionRight = z.object({ ...decisionRightInput.shape, ...systemFields });
export type DecisionRight = z.infer<typeof decisionRight>;

export const checklistItem = z.strictObject({
  item: z.string().trim().min(1).max(200),
  met: z.boolean(),
  note: text(500).optional(),
});
export const gateDecision = z.object({
  initiativeId: id,
  from: stage,
  to: stage,
  checklist: z.array(checklistItem).max(30),
  decidedBy: personId,
  decidedAt: timestamp,
  rationale: z.string().trim().min(1).max(2000),
  ...systemFields,
});
export type GateDecision = z.infer<typeof gateDecision>;
