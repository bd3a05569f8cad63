import { describe, expect, it } from "vitest";
import { makeGateDecision, makeInitiative, makeMetric, makeRisk } from "./fixtures";
import type { GateContext } from "./gates";
import {
  allowedMoves,
  decisionTypeFor,
  evaluateGate,
  gateChecklist,
  hasAcceptedTreatment,
  ruleApplies,
  stageBeforeHold,
} from "./gates";
import type { Initiative, Pilot, Stage } from "./schemas";
import { gateChecklistItems, stages } from "./schemas";

const ts = (day: string) => `${day}T09:00:00.000Z`;

/** A move decided by the portfolio manager "cio"; the initiative's risk owner is "ciso". */
function context(to: Stage, overrides: Partial<GateContext> = {}): GateContext {
  return { to, deciderId: "cio", asOf: "2026-05", initiatives: [], metrics: [], risks: [], gateDecisions: [], ...overrides };
}

const items = (list: { item: string; met: boolean }[]) => list.map((c) => [c.item, c.met]);

const pilot = (overrides: Partial<Pilot> = {}): Pilot => ({
  hypothesis: "Automatic matching halves the manual effort",
  exitCriteria: [{ metricId: "m1", description: "Match rate at least 60 %", threshold: 60 }],
  budgetCap: 50_000,
  decisionDate: "2026-04-30",
  decision: "scale",
  ...overrides,
});

/** An initiative that meets every rule of the gate into scaling when the request signs off. */
function ready(overrides: Partial<Initiative> = {}): Initiative {
  return makeInitiative({ id: "a", stage: "pilot", euAiActTier: "limited", pilot: pilot(), ...overrides });
}
const matchRate = makeMetric({
  id: "m1",
  initiativeId: "a",
  unit: "%",
  baseline: 10,
  target: 80,
  observations: [
    { period: "2026-03", value: 40, confidence: "measured" },
    { period: "2026-04", value: 61, confidence: "measured" },
  ],
});

describe("allowed moves", () => {
  it("goes one step forward, or on hold, rejected or retired, from any open stage", () => {
    expect(allowedMoves({ id: "a", stage: "idea" }, [])).toEqual(["assessed", "on-hold", "rejected", "retired"]);
    expect(allowedMoves({ id: "a", stage: "pilot" }, [])).toEqual(["scaling", "on-hold", "rejected", "retired"]);
    // from production the next step on the path is retired itself
    expect(allowedMoves({ id: "a", stage: "production" }, [])).toEqual(["retired", "on-hold", "rejected"]);
  });

  it("closes retired and rejected initiatives", () => {
    expect(allowedMoves({ id: "a", stage: "retired" }, [])).toEqual([]);
    expect(allowedMoves({ id: "a", stage: "rejected" }, [])).toEqual([]);
  });

  it("resumes from on hold only to the stage the latest hold interrupted", () => {
    const decisions = [
      makeGateDecision({ initiativeId: "a", from: "assessed", to: "on-hold", decidedAt: ts("2026-01-10") }),
      makeGateDecision({ initiativeId: "a", from: "on-hold", to: "assessed", decidedAt: ts("2026-02-10") }),
      makeGateDecision({ initiativeId: "a", from: "pilot", to: "on-hold", decidedAt: ts("2026-04-10") }),
      makeGateDecision({ initiativeId: "b", from: "scaling", to: "on-hold", decidedAt: ts("2026-04-20") }),
    ];
    expect(stageBeforeHold("a", decisions)).toBe("pilot");
    expect(allowedMoves({ id: "a", stage: "on-hold" }, decisions)).toEqual(["pilot", "rejected", "retired"]);
  });

  it("lets an initiative created on hold resume at any open stage, each behind its own checklist", () => {
    expect(stageBeforeHold("a", [])).toBeNull();
    expect(allowedMoves({ id: "a", stage: "on-hold" }, [])).toEqual([
      "idea",
      "assessed",
      "approved-for-pilot",
      "pilot",
      "scaling",
      "production",
      "rejected",
      "retired",
    ]);
  });
});

describe("which decision governs a move", () => {
  it("maps each move to its decision type, or to the portfolio office (null)", () => {
    expect(decisionTypeFor("assessed", "approved-for-pilot")).toBe("approve-pilot");
    expect(decisionTypeFor("approved-for-pilot", "pilot")).toBe("approve-pilot");
    expect(decisionTypeFor("pilot", "scaling")).toBe("scale");
    expect(decisionTypeFor("scaling", "production")).toBe("scale");
    expect(decisionTypeFor("production", "retired")).toBe("retire");
    expect(decisionTypeFor("on-hold", "retired")).toBe("retire");
    expect(decisionTypeFor("idea", "rejected")).toBe("reject");
    expect(decisionTypeFor("idea", "assessed")).toBeNull();
    expect(decisionTypeFor("pilot", "on-hold")).toBeNull();
    expect(decisionTypeFor("on-hold", "pilot")).toBeNull();
  });
});

describe("which rules a move checks", () => {
  it("checks more the further into delivery the move goes, and nothing but the move itself out of it", () => {
    const checked = (to: Stage) => gateChecklistItems.filter((item) => item === "transition" || ruleApplies(item, to));
    expect(checked("assessed")).toEqual(["transition"]);
    expect(checked("approved-for-pilot")).toEqual(["transition", "risk-owner-sign-off", "eu-ai-act-tier", "duplicate-check"]);
    expect(checked("pilot")).toEqual([
      "transition",
      "risk-owner-sign-off",
      "eu-ai-act-tier",
      "duplicate-check",
      "success-metrics",
    ]);
    expect(checked("scaling")).toEqual([...gateChecklistItems]);
    expect(checked("production")).toEqual([...gateChecklistItems]);
    for (const to of ["on-hold", "rejected", "retired", "idea"] as const) expect(checked(to)).toEqual(["transition"]);
  });

  it("evaluates exactly the rules that apply, in a fixed order", () => {
    for (const to of stages) {
      const list = gateChecklist(ready(), context(to, { riskOwnerSignOff: true, metrics: [matchRate] }));
      expect(list.map((c) => c.item)).toEqual(gateChecklistItems.filter((i) => i === "transition" || ruleApplies(i, to)));
    }
  });
});

describe("the transition rule", () => {
  it("accepts the next step and names the allowed moves when refusing another", () => {
    const idea = makeInitiative({ id: "a" });
    expect(gateChecklist(idea, context("assessed"))).toEqual([
      { item: "transition", met: true, detail: "idea → assessed: the next step on the path" },
    ]);
    const skip = gateChecklist(idea, context("scaling"));
    expect(skip[0]).toEqual({
      item: "transition",
      met: false,
      detail: "idea → scaling is not allowed; from idea it may move to assessed, on-hold, rejected, retired",
    });
    expect(gateChecklist(idea, context("idea"))[0]).toMatchObject({ met: false, detail: "the initiative is already idea" });
    const retired = makeInitiative({ id: "a", stage: "retired" });
    expect(gateChecklist(retired, context("production"))[0]).toMatchObject({ met: false, detail: expect.stringContaining("closed") });
  });

  it("refuses to resume an on-hold initiative anywhere but where it was", () => {
    const held = makeInitiative({ id: "a", stage: "on-hold", euAiActTier: "minimal" });
    const decisions = [makeGateDecision({ initiativeId: "a", from: "assessed", to: "on-hold", decidedAt: ts("2026-03-01") })];
    expect(gateChecklist(held, context("assessed", { gateDecisions: decisions }))).toEqual([
      { item: "transition", met: true, detail: "on-hold → assessed: back from on-hold to the stage it was in" },
    ]);
    expect(gateChecklist(held, context("approved-for-pilot", { gateDecisions: decisions }))[0].met).toBe(false);
  });
});

describe("the risk owner's sign-off", () => {
  const assessed = makeInitiative({ id: "a", stage: "assessed", euAiActTier: "minimal" });
  const signOff = (deciderId: string, riskOwnerSignOff?: boolean) =>
    evaluateGate(assessed, context("approved-for-pilot", { deciderId, riskOwnerSignOff }));

  it("counts when the risk owner decides", () => {
    const byOwner = signOff("ciso");
    expect(byOwner.checklist[1]).toMatchObject({ item: "risk-owner-sign-off", met: true });
    expect(byOwner.riskOwnerSignOff).toEqual({ riskOwnerId: "ciso", recordedBy: "ciso", onBehalf: false });
    expect(signOff("ciso", false).checklist[1].met).toBe(false);
  });

  it("is recorded with who confirmed it when someone else decides", () => {
    const onBehalf = signOff("cdao", true);
    expect(onBehalf.checklist[1].met).toBe(true);
    expect(onBehalf.riskOwnerSignOff).toEqual({ riskOwnerId: "ciso", recordedBy: "cdao", onBehalf: true });
    for (const given of [undefined, false]) {
      const missing = signOff("cdao", given);
      expect(missing.checklist[1]).toMatchObject({ met: false, detail: expect.stringContaining("has not signed off") });
      expect(missing.riskOwnerSignOff).toBeNull();
      expect(missing.ready).toBe(false);
    }
  });
});

describe("the EU AI Act tier", () => {
  const tierItem = (euAiActTier: Initiative["euAiActTier"]) =>
    gateChecklist(makeInitiative({ id: "a", stage: "assessed", euAiActTier }), context("approved-for-pilot", { riskOwnerSignOff: true }))[2];

  it("must be assessed, and not prohibited, before approval for a pilot", () => {
    expect(tierItem("unassessed")).toEqual({
      item: "eu-ai-act-tier",
      met: false,
      detail: "the EU AI Act risk tier has not been assessed",
    });
    expect(tierItem("prohibited")).toMatchObject({ met: false, detail: expect.stringContaining("Art. 5") });
    for (const tier of ["minimal", "limited", "high"] as const) expect(tierItem(tier)).toMatchObject({ met: true });
  });
});

describe("the duplicate check", () => {
  const text = { problemStatement: "Count pallets in the warehouse from drone footage with computer vision." };
  const mine = makeInitiative({ id: "a", stage: "assessed", euAiActTier: "minimal", title: "Drone stock count", department: "Logistics", ...text });
  const theirs = makeInitiative({ id: "b", title: "Drone stock count", department: "Retail", ...text });
  const sameDepartment = makeInitiative({ id: "c", title: "Drone stock count", department: "Logistics", ...text });
  const unrelated = makeInitiative({ id: "d", title: "Payroll chatbot", department: "HR", problemStatement: "Answer payroll questions." });
  const all = [mine, theirs, sameDepartment, unrelated];
  const check = (overrides: Partial<GateContext> = {}) =>
    evaluateGate(mine, context("approved-for-pilot", { riskOwnerSignOff: true, initiatives: all, ...overrides }));

  it("names every unresolved candidate in another department", () => {
    const result = check();
    expect(result.checklist[3]).toEqual({
      item: "duplicate-check",
      met: false,
      detail: 'possible duplicates not yet acknowledged: "Drone stock count" (Retail, b); acknowledge them with a note',
    });
    expect(result.ready).toBe(false);
  });

  it("is met when the request acknowledges the named duplicates, which the decision then records", () => {
    const result = check({ acknowledgedDuplicates: ["b", "d"] });
    expect(result.checklist[3]).toMatchObject({ met: true, detail: 'possible duplicates acknowledged: "Drone stock count" (Retail, b)' });
    // only real, unresolved candidates are recorded
    expect(result.acknowledgedDuplicates).toEqual(["b"]);
    expect(result.ready).toBe(true);
  });

  it("treats a pair acknowledged at an earlier gate of either initiative as resolved", () => {
    const earlier = (initiativeId: string, acknowledged: string) =>
      makeGateDecision({ initiativeId, from: "idea", to: "assessed", decidedAt: ts("2026-02-01"), acknowledgedDuplicates: [acknowledged] });
    for (const decision of [earlier("a", "b"), earlier("b", "a")]) {
      const result = check({ gateDecisions: [decision] });
      expect(result.checklist[3].met).toBe(true);
      expect(result.acknowledgedDuplicates).toEqual([]);
    }
  });

  it("finds the initiative's duplicates even when the tenant's list lacks it", () => {
    expect(check({ initiatives: [theirs, unrelated] }).checklist[3].met).toBe(false);
    expect(check({ initiatives: [unrelated] }).checklist[3]).toMatchObject({
      met: true,
      detail: "no possible duplicate found in other departments",
    });
  });
});

describe("success metrics before the pilot", () => {
  const approved = makeInitiative({ id: "a", stage: "approved-for-pilot", euAiActTier: "minimal" });
  const metricsItem = (metrics: GateContext["metrics"]) =>
    gateChecklist(approved, context("pilot", { riskOwnerSignOff: true, metrics }))[4];

  it("needs a metric of this initiative with baseline and target", () => {
    expect(metricsItem([])).toEqual({ item: "success-metrics", met: false, detail: "no success metric with a baseline and a target yet" });
    expect(metricsItem([makeMetric({ id: "other", initiativeId: "b" })]).met).toBe(false);
    expect(metricsItem([matchRate])).toEqual({ item: "success-metrics", met: true, detail: "1 success metric with baseline and target" });
  });
});

describe("the pilot's exit criteria and decision before scaling", () => {
  const scaling = (initiative: Initiative, metrics = [matchRate], asOf = "2026-05") =>
    evaluateGate(initiative, context("scaling", { riskOwnerSignOff: true, metrics, asOf }));
  const item = (result: ReturnType<typeof scaling>, key: string) => result.checklist.find((c) => c.item === key);

  it("passes a pilot whose every measurable criterion is met by the latest observation", () => {
    const result = scaling(ready());
    expect(items(result.checklist)).toEqual(gateChecklistItems.map((i) => [i, true]));
    expect(item(result, "pilot-exit-criteria")?.detail).toBe("all 1 measurable exit criteria met");
  });

  it("judges the latest observation up to the month, inclusive of the threshold, in the metric's direction", () => {
    const at = (value: number, direction: "up" | "down", threshold: number) => {
      const metric = makeMetric({
        id: "m1",
        initiativeId: "a",
        direction,
        baseline: direction === "up" ? 0 : 100,
        target: direction === "up" ? 100 : 0,
        observations: [{ period: "2026-04", value, confidence: "measured" }],
      });
      const criteria = [{ metricId: "m1", description: "threshold", threshold }];
      return item(scaling(ready({ pilot: pilot({ exitCriteria: criteria }) }), [metric]), "pilot-exit-criteria")?.met;
    };
    expect([at(60, "up", 60), at(59.9, "up", 60), at(20, "down", 20), at(20.1, "down", 20)]).toEqual([true, false, true, false]);
    // April's 61 counts in May; viewed as of March only 40 was known
    expect(item(scaling(ready(), [matchRate], "2026-03"), "pilot-exit-criteria")).toEqual({
      item: "pilot-exit-criteria",
      met: false,
      detail: '"Match rate at least 60 %": Metric m1 is 40 % (2026-03), threshold 60 % (at least)',
    });
  });

  it("refuses without a pilot, without a measurable criterion, or with a criterion nobody can measure", () => {
    expect(item(scaling(ready({ pilot: null })), "pilot-exit-criteria")).toMatchObject({ met: false, detail: "no pilot is defined" });
    expect(item(scaling(ready({ pilot: null })), "pilot-decision")).toMatchObject({ met: false, detail: "no pilot is defined" });
    const qualitative = pilot({ exitCriteria: [{ description: "Users like it" }] });
    expect(item(scaling(ready({ pilot: qualitative })), "pilot-exit-criteria")?.detail).toBe(
      "no exit criterion names a metric and a threshold",
    );
    const unknownMetric = pilot({ exitCriteria: [{ metricId: "gone", description: "Gone", threshold: 1 }] });
    expect(item(scaling(ready({ pilot: unknownMetric })), "pilot-exit-criteria")?.detail).toBe('"Gone": its metric gone does not exist');
    expect(item(scaling(ready(), [makeMetric({ id: "m1", initiativeId: "a" })]), "pilot-exit-criteria")?.detail).toBe(
      '"Match rate at least 60 %": no observation of Metric m1 yet',
    );
  });

  it("needs the pilot decision to be 'scale'", () => {
    for (const decision of ["pending", "iterate", "stop"] as const) {
      expect(item(scaling(ready({ pilot: pilot({ decision }) })), "pilot-decision")).toEqual({
        item: "pilot-decision",
        met: false,
        detail: `the pilot decision is '${decision}', not 'scale'`,
      });
    }
  });
});

describe("critical risks before scaling and production", () => {
  const critical = { initiativeId: "a", likelihood: 4, impact: 5 };
  const risksItem = (risks: GateContext["risks"], to: Stage = "scaling") =>
    gateChecklist(ready({ stage: to === "production" ? "scaling" : "pilot" }), context(to, { riskOwnerSignOff: true, metrics: [matchRate], risks })).find(
      (c) => c.item === "critical-risks",
    );

  it("refuses an open Critical risk, or one 'mitigating' without a plan, naming each", () => {
    const open = makeRisk({ id: "r1", title: "Model leaks supplier data", ...critical });
    const noPlan = makeRisk({ id: "r2", title: "Vendor lock-in", status: "mitigating", ...critical });
    expect(risksItem([open, noPlan], "production")).toEqual({
      item: "critical-risks",
      met: false,
      detail: 'open Critical risks without an accepted treatment: "Model leaks supplier data" (r1); "Vendor lock-in" (r2)',
    });
  });

  it("accepts Critical risks under a treatment, High risks, and other initiatives' risks", () => {
    const treated = [
      makeRisk({ id: "r1", status: "mitigating", plan: "Mask the data before the call", ...critical }),
      makeRisk({ id: "r2", status: "accepted", ...critical }),
      makeRisk({ id: "r3", status: "closed", ...critical }),
      makeRisk({ id: "r4", initiativeId: "a", likelihood: 4, impact: 4 }),
      makeRisk({ id: "r5", initiativeId: "b", likelihood: 5, impact: 5 }),
      makeRisk({ id: "r6", initiativeId: null, likelihood: 5, impact: 5 }),
    ];
    expect(risksItem(treated)).toMatchObject({ met: true });
    expect([hasAcceptedTreatment({ status: "open", plan: "A plan" }), hasAcceptedTreatment({ status: "mitigating", plan: " " })]).toEqual([
      false,
      false,
    ]);
  });
});

describe("a move to a closed stage", () => {
  it("checks only that the move is allowed, whatever else is missing", () => {
    const bare = makeInitiative({ id: "a", stage: "pilot" });
    const result = evaluateGate(bare, context("retired"));
    expect(result).toMatchObject({ from: "pilot", to: "retired", decisionType: "retire", ready: true, riskOwnerSignOff: null });
    expect(items(result.checklist)).toEqual([["transition", true]]);
  });
});

describe("details", () => {
  it("name five items and count the rest, and never exceed the stored length", () => {
    const many = Array.from({ length: 8 }, (_, k) =>
      makeRisk({ id: `r${k}`, initiativeId: "a", title: "x".repeat(190), likelihood: 5, impact: 5 }),
    );
    const detail = gateChecklist(ready(), context("scaling", { riskOwnerSignOff: true, metrics: [matchRate], risks: many })).find(
      (c) => c.item === "critical-risks",
    )?.detail as string;
    expect(detail.length).toBe(1000);
    expect(detail.endsWith("…")).toBe(true);
    const few = Array.from({ length: 7 }, (_, k) => makeRisk({ id: `r${k}`, initiativeId: "a", title: `R${k}`, likelihood: 5, impact: 5 }));
    const counted = gateChecklist(ready(), context("scaling", { riskOwnerSignOff: true, metrics: [matchRate], risks: few })).find(
      (c) => c.item === "critical-risks",
    )?.detail;
    expect(counted).toBe('open Critical risks without an accepted treatment: "R0" (r0); "R1" (r1); "R2" (r2); "R3" (r3); "R4" (r4); and 2 more');
  });
});
