import { defaultWeights, strategyProfileInput } from "../domain/schemas";
import type { Cast, ExecutiveKey } from "./personas";
import { executiveKeys } from "./personas";
import type { StrategyData } from "./types";
import { validated } from "./validate";

const vision =
  "By 2028 Northwind Industries runs AI as part of how it makes, sells and serves: our plants predict " +
  "failures before they stop a line, finance and shared services run at half today's cost-to-serve, " +
  "customers get offers that fit their installed base and answers that are right the first time — and " +
  "every AI system we run has a named outcome owner, a named risk owner, measured value and EU AI Act compliance.";

type PriorityTemplate = { title: string; sponsor: ExecutiveKey };

/** The five business priorities, in rank order; `pri-<rank>` is each one's id. */
export const priorityTemplates: readonly PriorityTemplate[] = [
  { title: "Raise plant uptime and output with predictive operations", sponsor: "coo" },
  { title: "Halve cost-to-serve in finance and shared services", sponsor: "cfo" },
  { title: "Grow revenue with AI-personalised offers", sponsor: "cco" },
  { title: "Resolve customer requests faster and right first time", sponsor: "ceo" },
  { title: "Use AI safely: trusted data, secure by design, EU AI Act ready", sponsor: "cdao" },
];

export const priorityId = (rank: number) => `pri-${rank}`;

export function buildStrategy(cast: Cast): StrategyData {
  return validated(
    strategyProfileInput,
    {
      vision,
      horizon: "2028",
      priorities: priorityTemplates.map((p, i) => ({
        id: priorityId(i + 1),
        title: p.title,
        rank: i + 1,
        sponsorId: cast[p.sponsor].id,
      })),
      executives: executiveKeys.map((key) => ({
        id: cast[key].id,
        displayName: cast[key].displayName,
        jobTitle: cast[key].jobTitle,
      })),
      maturityFramework: "default-7x5",
      currency: "EUR",
      discountRate: 0.08,
      prioritisationWeights: defaultWeights,
    },
    "the strategy profile",
  );
}
