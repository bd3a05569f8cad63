import { monthFromIndex } from "../domain/calendar";
import type { Health, Rag, Stage } from "../domain/schemas";
import { statusUpdateInput } from "../domain/schemas";
import type { Month } from "./calendar";
import { lastDateOf, timestampIn } from "./calendar";
import { formatMetricValue } from "./metrics";
import type { DemoTenant, InitiativeData, StatusUpdateData, SuccessMetricData } from "./types";
import { validated } from "./validate";


const ragOf: Record<Health, Rag> = { "on-track": "green", "at-risk": "amber", "off-track": "red" };

const progressByStage: Partial<Record<Stage, string>> = {
  "approved-for-pilot":
    "Pilot set-up: data access agreed, the team is onboarding and the baseline has been measured.",
  pilot: "Pilot running with the first user group; results reviewed with the outcome owner every two weeks.",
  scaling: "Roll-out to further sites and teams continues; adoption is tracked weekly.",
  production: "In production; value is tracked monthly against the business case.",
};

const verdictByRag: Record<Rag, string> = {
  green: "On track against plan and budget.",
  amber: "Slipping against plan; recovery actions agreed with the outcome owner.",
  red: "Off track: benefits are well below plan, and scope and approach are under review.",
};

const blockers = [
  "Waiting for the data owner to approve access to production data.",
  "Vendor data-processing agreement still in legal review.",
  "The lead data engineer has been moved to the ERP upgrade until next month.",
  "Works council consultation not yet scheduled.",
  "Model accuracy is below the exit threshold at two sites.",
] as const;

/** An active initiative that owes monthly check-ins. */
export type Reporter = {
  initiativeId: string;
  input: InitiativeData;
  /** The pilot's decision month. */
  pilotEnd: Month;
  /** Its first metric, quoted in the narrative when it has a value for the month. */
  leadMetric: SuccessMetricData | undefined;
};

function metricLine(metric: SuccessMetricData | undefined, period: string): string {
  const observed = metric?.observations.find((o) => o.period === period);
  if (!metric || !observed) return "";
  const value = (v: number) => formatMetricValue(v, metric.unit);
  return ` ${metric.name}: ${value(observed.value)} (baseline ${value(metric.baseline)}, target ${value(metric.target)}).`;
}

function buildStatusUpdate(
  reporter: Reporter,
  period: Month,
  earlier: boolean,
  variant: number,
): StatusUpdateData {
  const { input } = reporter;
  // A month earlier some of today's at-risk initiatives still looked fine.
  const rag = earlier && input.health === "at-risk" && variant % 2 === 0 ? "green" : ragOf[input.health];
  const pendingDecision = input.pilot?.decision === "pending" ? reporter.pilotEnd : null;
  const decisionsNeeded =
    pendingDecision !== null && pendingDecision <= period + 1
      ? `Scale, iterate or stop decision due by ${lastDateOf(pendingDecision)}.`
      : rag === "red"
        ? "Decide whether to narrow the scope or stop."
        : "";
  const month = monthFromIndex(period);
  const progress = progressByStage[input.stage] ?? "Work continues as planned.";
  return validated(
    statusUpdateInput,
    {
      initiativeId: reporter.initiativeId,
      period: month,
      rag,
      narrative: `${progress}${metricLine(reporter.leadMetric, month)} ${verdictByRag[rag]}`,
      blockers: rag === "green" ? "" : blockers[variant % blockers.length],
      decisionsNeeded,
    },
    `the status update of ${reporter.initiativeId} for ${month}`,
  );
}

/**
 * Check-ins by the outcome owners for the month before asOf and for asOf; every eighth
 * initiative has not checked in yet this month, so "missing check-ins" has something to show.
 */
export function statusUpdateRecords(
  reporters: readonly Reporter[],
  asOf: Month,
): DemoTenant["statusUpdates"] {
  return reporters.flatMap((reporter, index) =>
    [asOf - 1, asOf]
      .filter((period) => period < asOf || index % 8 !== 5)
      .map((period) => ({
        // `<initiative>.<month>`, as PUT /api/initiatives/{id}/status-updates/{period} writes it.
        id: `${reporter.initiativeId}.${monthFromIndex(period)}`,
        createdAt: timestampIn(period, 24 + (index % 4), 15 * 60 + (index % 120)),
        createdBy: reporter.input.outcomeOwnerId,
        input: buildStatusUpdate(reporter, period, period < asOf, index),
      })),
  );
}
