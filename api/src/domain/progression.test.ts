import { describe, expect, it } from "vitest";
import {
  makeAssessment,
  makeDecisionRight,
  makeInitiative,
  makeMetric,
  makeResponse,
  makeRisk,
  makeStatusUpdate,
  makeStrategy,
} from "./fixtures";
import {
  activeStages,
  KEY_DECISION_TYPES,
  METRIC_COVERAGE_DONE,
  MIN_ALIGNMENT_RESPONDENTS,
  missingPilotParts,
  progression,
  STATUS_COVERAGE_DONE,
} from "./progression";
import type { Initiative } from "./schemas";
import { emptyTenantData } from "./tenantData";
import type { TenantData } from "./tenantData";

const pilot = {
  hypothesis: "Triage cuts handling time by 20 %",
  exitCriteria: [{ description: "handling time −20 %" }],
  budgetCap: 50_000,
  decisionDate: "2026-09-30",
  decision: "pending" as const,
};

/** An organisation that has done all nine steps by May 2026. */
function complete(): TenantData {
  const initiatives: Initiative[] = [
    makeInitiative({ id: "a", stage: "pilot", pilot }),
    makeInitiative({ id: "b", stage: "production" }),
    makeInitiative({ id: "c", stage: "idea" }),
  ];
  return {
    ...emptyTenantData(),
    strategy: makeStrategy(),
    initiatives,
    metrics: [makeMetric({ id: "m-a", initiativeId: "a" }), makeMetric({ id: "m-b", initiativeId: "b" })],
    risks: [makeRisk({ id: "r1", initiativeId: "a" })],
    assessments: [makeAssessment("2026-03", [[2, 4]])],
    alignment: ["ceo", "cfo", "ciso"].map((executiveId) =>
      makeResponse({ cycle: "2026-Q2", executiveId, priorityId: "p-cost", importance: 4 }),
    ),
    decisionRights: KEY_DECISION_TYPES.map((decisionType) => makeDecisionRight({ decisionType })),
    statusUpdates: [
      makeStatusUpdate({ initiativeId: "a", period: "2026-05" }),
      makeStatusUpdate({ initiativeId: "b", period: "2026-05" }),
    ],
    publishedSnapshots: 1,
  };
}

const statuses = (data: TenantData, asOf = "2026-05") => progression(data, asOf).steps.map((s) => s.status);
const step = (data: TenantData, key: string, asOf = "2026-05") => {
  const found = progression(data, asOf).steps.find((s) => s.key === key);
  if (found === undefined) throw new Error(`no step ${key}`);
  return found;
};

describe("progression", () => {
  it("names its thresholds", () => {
    expect(MIN_ALIGNMENT_RESPONDENTS).toBe(3);
    expect(METRIC_COVERAGE_DONE).toBe(0.8);
    expect(STATUS_COVERAGE_DONE).toBe(0.8);
    expect(activeStages).toEqual(["approved-for-pilot", "pilot", "scaling", "production"]);
  });

  it("has nine steps in the article's order, none started for an empty tenant", () => {
    const p = progression(emptyTenantData(), "2026-05");
    expect(p.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(p.steps[0].title).toBe("Define the AI vision");
    expect(p.steps[8].title).toBe("Report continuously");
    expect(new Set(statuses(emptyTenantData()))).toEqual(new Set(["not-started"]));
    expect(p.done).toBe(0);
    expect(p.steps.every((s) => s.evidence.length > 0)).toBe(true);
  });

  it("is done throughout for an organisation that did every step", () => {
    const p = progression(complete(), "2026-05");
    expect(p.steps.filter((s) => s.status !== "done").map((s) => [s.key, s.evidence])).toEqual([]);
    expect(p.done).toBe(9);
  });

  it("step 3 needs both risks and an assessment", () => {
    expect(step({ ...complete(), risks: [] }, "risks-gaps").status).toBe("in-progress");
    expect(step({ ...complete(), assessments: [] }, "risks-gaps").status).toBe("in-progress");
    expect(step(complete(), "risks-gaps").evidence).toContain(
      "1 dimension below target; largest gap: Strategy (2 levels)",
    );
  });

  it("step 4 needs enough executives in the latest survey cycle started by then", () => {
    const two = { ...complete(), alignment: complete().alignment.slice(0, 2) };
    expect(step(two, "alignment").status).toBe("in-progress");
    // the Q2 survey has not started by March
    expect(step(complete(), "alignment", "2026-03").status).toBe("not-started");
  });

  it("step 6 is judged on the share of active initiatives with a metric", () => {
    // a and b are active and both measured: 2 of 2
    expect(step(complete(), "success-metrics").evidence[0]).toMatch(/^2 of 2 active initiatives \(100 %\)/);
    const half = { ...complete(), metrics: complete().metrics.slice(0, 1) };
    expect(step(half, "success-metrics").status).toBe("in-progress");
    expect(step({ ...complete(), metrics: [] }, "success-metrics").status).toBe("not-started");
  });

  it("step 7 needs every key decision right and separate owners", () => {
    const partial = { ...complete(), decisionRights: complete().decisionRights.slice(1) };
    expect(step(partial, "governance").status).toBe("in-progress");
    expect(step(partial, "governance").evidence[0]).toBe(
      "Decision rights for 3 of 4 key decisions (missing: approve-pilot)",
    );
    const shared = {
      ...complete(),
      initiatives: [makeInitiative({ id: "x", outcomeOwnerId: "cfo", riskOwnerId: "cfo" })],
    };
    expect(step(shared, "governance").status).toBe("in-progress");
  });

  it("step 8 needs every running pilot to be structured", () => {
    expect(missingPilotParts(pilot)).toEqual([]);
    expect(missingPilotParts({ ...pilot, exitCriteria: [], budgetCap: 0 })).toEqual([
      "exit criteria",
      "budget cap",
    ]);
    expect(missingPilotParts(null)).toHaveLength(4);
    const unstructured = {
      ...complete(),
      initiatives: [
        ...complete().initiatives,
        makeInitiative({ id: "d", title: "Loose pilot", stage: "pilot" }),
      ],
    };
    expect(step(unstructured, "pilots").status).toBe("in-progress");
    expect(step(unstructured, "pilots").evidence).toContain(
      "Loose pilot: missing hypothesis, exit criteria, budget cap, decision date",
    );
  });

  it("step 9 needs a published snapshot and this month's status updates", () => {
    expect(step({ ...complete(), publishedSnapshots: 0 }, "report").status).toBe("in-progress");
    expect(step(complete(), "report", "2026-06").status).toBe("in-progress");
    expect(step({ ...complete(), publishedSnapshots: 0, statusUpdates: [] }, "report").status).toBe(
      "not-started",
    );
  });
});
