import type { ValueCategory } from "../domain/schemas";
import { alignmentResponseInput } from "../domain/schemas";
import type { Month } from "./calendar";
import { quarterOf, quarterStart, timestampIn } from "./calendar";
import type { Cast, ExecutiveKey } from "./personas";
import { executiveKeys } from "./personas";
import { priorityId, priorityTemplates } from "./strategy";
import type { DemoTenant } from "./types";
import { validated } from "./validate";

type Answer = { importance: number; outcome: ValueCategory; confidence: number };

const cost: ValueCategory = "cost-reduction";
const revenue: ValueCategory = "revenue-growth";
const process: ValueCategory = "process-optimisation";
const risk: ValueCategory = "risk-mitigation";

const a = (importance: number, outcome: ValueCategory, confidence: number): Answer => ({
  importance,
  outcome,
  confidence,
});

/**
 * Each executive's answers for the five priorities, in rank order. Mostly aligned, with the two
 * disagreements a board should see: the CFO (1) against the CCO (5) on AI-personalised offers,
 * and the CISO and CDAO (5) against the COO and CCO (2) on safe AI.
 */
const surveyAnswers: Record<ExecutiveKey, [Answer, Answer, Answer, Answer, Answer]> = {
  ceo: [a(5, cost, 4), a(4, cost, 4), a(4, revenue, 3), a(4, process, 4), a(3, risk, 3)],
  cfo: [a(4, cost, 4), a(5, cost, 5), a(1, cost, 2), a(3, cost, 3), a(3, risk, 4)],
  coo: [a(5, process, 5), a(4, cost, 4), a(3, revenue, 3), a(4, process, 4), a(2, risk, 3)],
  cio: [a(4, process, 4), a(4, cost, 4), a(3, revenue, 3), a(4, process, 4), a(4, risk, 4)],
  ciso: [a(3, process, 3), a(3, cost, 3), a(2, revenue, 2), a(3, risk, 3), a(5, risk, 5)],
  chro: [a(3, process, 2), a(4, cost, 3), a(3, revenue, 3), a(3, process, 3), a(4, risk, 4)],
  cco: [a(3, cost, 3), a(3, cost, 3), a(5, revenue, 5), a(5, revenue, 4), a(2, risk, 3)],
  cdao: [a(4, process, 4), a(3, process, 3), a(4, revenue, 4), a(4, process, 4), a(5, risk, 5)],
};

/** The survey of asOf's quarter: every executive rates every priority, early in the quarter. */
export function alignmentRecords(cast: Cast, asOf: Month): DemoTenant["alignment"] {
  const cycle = quarterOf(asOf);
  return executiveKeys.flatMap((key, e) =>
    priorityTemplates.map((_, p) => {
      const priority = priorityId(p + 1);
      const id = `aln-${cycle.toLowerCase()}-${key}-${priority}`;
      const answer = surveyAnswers[key][p];
      return {
        id,
        createdAt: timestampIn(quarterStart(asOf), 3 + e, 9 * 60 + p * 3),
        createdBy: cast[key].id,
        executiveId: cast[key].id,
        input: validated(
          alignmentResponseInput,
          {
            cycle,
            priorityId: priority,
            importance: answer.importance,
            expectedOutcome: answer.outcome,
            confidence: answer.confidence,
          },
          `alignment response ${id}`,
        ),
      };
    }),
  );
}
