import { z } from "./zod";
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
  responsibleIds: z._default(z.array(personId).check(z.maxLength(20)), []),
  consultedIds: z._default(z.array(personId).check(z.maxLength(20)), []),
  informedIds: z._default(z.array(personId).check(z.maxLength(50)), []),
});
export type DecisionRightInput = z.input<typeof decisionRightInput>;
export const decisionRight = z.object({ ...decisionRightInput.shape, ...systemFields });
export type DecisionRight = z.infer<typeof decisionRight>;

/** One line of a gate's checklist as recorded: the rule (`item`), whether it was met and why. */
export const checklistItem = z.strictObject({
  item: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  met: z.boolean(),
  /** What the rule found, in words (computed, see domain/gates.ts). */
  detail: z.optional(text(1000)),
  /** The decider's own note on this item. */
  note: z.optional(text(500)),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

/** The risk owner's sign-off on a gate: given by the risk owner, or recorded on their behalf. */
export const riskOwnerSignOff = z.strictObject({
  riskOwnerId: personId,
  /** Who recorded it: the risk owner themselves, or the decider acting on their behalf. */
  recordedBy: personId,
  onBehalf: z.boolean(),
});
export type RiskOwnerSignOff = z.infer<typeof riskOwnerSignOff>;

export const gateDecision = z.object({
  initiativeId: id,
  from: stage,
  to: stage,
  /** The decision type whose Accountable decided; null for moves the portfolio office decides. */
  decisionType: z._default(z.nullable(decisionType), null),
  checklist: z.array(checklistItem).check(z.maxLength(30)),
  riskOwnerSignOff: z._default(z.nullable(riskOwnerSignOff), null),
  /** Possible duplicates the decider acknowledged at this gate; later gates treat them as resolved. */
  acknowledgedDuplicates: z._default(z.array(id).check(z.maxLength(100)), []),
  decidedBy: personId,
  decidedAt: timestamp,
  rationale: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
  ...systemFields,
});
export type GateDecision = z.infer<typeof gateDecision>;

/**
 * The rules a stage gate checks, by key (see domain/gates.ts for when each applies). A refused
 * move names the unmet ones as `checklist.<key>`.
 */
export const gateChecklistItems = [
  "transition",
  "risk-owner-sign-off",
  "eu-ai-act-tier",
  "duplicate-check",
  "success-metrics",
  "pilot-exit-criteria",
  "pilot-decision",
  "critical-risks",
] as const;
export const gateChecklistItem = z.enum(gateChecklistItems);
export type GateChecklistItem = z.infer<typeof gateChecklistItem>;

/** The decider's note on one checklist item; the duplicate check also takes the duplicates it acknowledges. */
const checklistNote = z.strictObject({
  note: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  /** Only on `duplicate-check`: ids of the possible duplicates acknowledged (the note says why they are not). */
  acknowledges: z.optional(z.array(id).check(z.maxLength(100))),
});

/** A request to move an initiative to another stage through its gate. */
export const gateRequest = z
  .strictObject({
    to: stage,
    rationale: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
    /** The risk owner's sign-off, confirmed by the caller; the risk owner deciding signs off by deciding. */
    riskOwnerSignOff: z.optional(z.boolean()),
    checklist: z._default(z.partialRecord(gateChecklistItem, checklistNote), {}),
  })
  .check(
    z.superRefine((request, ctx) => {
      for (const [item, entry] of Object.entries(request.checklist)) {
        if (item !== "duplicate-check" && entry?.acknowledges !== undefined)
          ctx.addIssue({
            code: "custom",
            path: ["checklist", item, "acknowledges"],
            message: "only the duplicate check takes acknowledgements",
          });
      }
    }),
  );
export type GateRequest = z.output<typeof gateRequest>;
