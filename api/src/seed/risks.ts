import type { RiskInput, RiskStatus, Stage } from "../domain/schemas";
import { riskInput } from "../domain/schemas";
import type { Month } from "./calendar";
import { dateIn, timestampIn } from "./calendar";
import type { InitiativeTemplate } from "./catalogue";
import type { Cast, ExecutiveKey } from "./personas";
import type { Random } from "./random";
import { createRandom, deriveSeed } from "./random";
import type { RiskTemplate } from "./riskCatalogue";
import { orgRisks } from "./riskCatalogue";
import type { DemoTenant, RiskData } from "./types";
import { validated } from "./validate";

type RiskState = { status: RiskStatus; dueInMonths: number };

/** Where live initiatives' risks stand, in a fixed rotation so every state is represented. */
const liveRotation: readonly RiskState[] = [
  { status: "open", dueInMonths: 2 },
  { status: "mitigating", dueInMonths: 1 },
  { status: "closed", dueInMonths: -3 },
  { status: "mitigating", dueInMonths: 3 },
  { status: "open", dueInMonths: -1 },
  { status: "mitigating", dueInMonths: 2 },
  { status: "closed", dueInMonths: -2 },
  { status: "open", dueInMonths: 4 },
];

/** The state of the `index`-th risk of the `n`-th initiative, from its stage. */
export function riskState(stage: Stage, n: number, index: number): RiskState {
  switch (stage) {
    case "retired":
    case "rejected":
      return { status: "closed", dueInMonths: -3 - index };
    case "idea":
    case "assessed":
      return { status: "open", dueInMonths: 2 + index };
    case "approved-for-pilot":
      return index === 0 ? { status: "mitigating", dueInMonths: 1 } : { status: "open", dueInMonths: 3 };
    case "on-hold":
      return { status: "open", dueInMonths: -2 };
    default:
      return liveRotation[(n + index) % liveRotation.length];
  }
}

/** Residual likelihood and impact once treatment has started; null while nothing has been done. */
function residual(
  template: RiskTemplate,
  status: RiskStatus,
): { residualLikelihood: number | null; residualImpact: number | null } {
  const { likelihood, impact } = template;
  switch (status) {
    case "open":
      return { residualLikelihood: null, residualImpact: null };
    case "accepted":
      return { residualLikelihood: likelihood, residualImpact: impact };
    case "mitigating":
      return { residualLikelihood: Math.max(1, likelihood - 1), residualImpact: impact };
    case "closed":
      return template.treatment === "avoid"
        ? { residualLikelihood: 1, residualImpact: 1 }
        : { residualLikelihood: Math.max(1, likelihood - 2), residualImpact: Math.max(1, impact - 1) };
  }
}

export function buildRisk(
  template: RiskTemplate,
  state: RiskState,
  context: {
    id: string;
    initiativeId: string | null;
    ownerId: string;
    about?: string;
    asOf: Month;
    random: Random;
  },
): RiskData {
  // An accepted treatment means the risk is accepted, whatever the rotation says.
  const status: RiskStatus =
    template.treatment === "accept" && state.status !== "closed" ? "accepted" : state.status;
  const input: RiskInput = {
    initiativeId: context.initiativeId,
    title: template.title,
    description: context.about ? `${template.description} Concerns: ${context.about}.` : template.description,
    category: template.category,
    likelihood: template.likelihood,
    impact: template.impact,
    ownerId: context.ownerId,
    treatment: template.treatment,
    plan: template.plan,
    dueDate: dateIn(context.asOf + state.dueInMonths, context.random.int(1, 28)),
    status,
    ...residual(template, status),
    frameworks: template.frameworks,
  };
  const parsed = validated(riskInput, input, `risk ${context.id}`);
  return { ...parsed, ownerId: context.ownerId };
}

/** A risk's owner: who usually owns its kind, unless that person owns the initiative's outcome. */
export function riskOwnerKey(risk: RiskTemplate, initiative: InitiativeTemplate): ExecutiveKey {
  return risk.owner !== undefined && risk.owner !== initiative.outcomeOwner
    ? risk.owner
    : initiative.riskOwner;
}

/** Risks of the organisation as a whole (no initiative), raised over the past year. */
export function orgRiskRecords(
  cast: Cast,
  asOf: Month,
  seed: number,
  createdBy: string,
): DemoTenant["risks"] {
  const random = createRandom(deriveSeed(seed, "org-risks"));
  return orgRisks.map((risk, k) => {
    const id = `rsk-org-${String(k + 1).padStart(2, "0")}`;
    return {
      id,
      createdAt: timestampIn(asOf - risk.raisedMonthsAgo, 5, 11 * 60 + k),
      createdBy,
      input: buildRisk(risk, risk, { id, initiativeId: null, ownerId: cast[risk.owner].id, asOf, random }),
    };
  });
}
