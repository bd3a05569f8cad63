import { describe, expect, it } from "vitest";
import {
  alignmentResponse,
  alignmentResponseInput,
  decisionRight,
  decisionRightInput,
  decisionTypes,
  id as idSchema,
  initiative,
  initiativeInput,
  maturityAssessment,
  maturityAssessmentInput,
  maturityDimensions,
  risk,
  riskInput,
  stages,
  statusUpdate,
  statusUpdateInput,
  strategyProfile,
  strategyProfileInput,
  successMetric,
  successMetricInput,
} from "../domain/schemas";
import { departments } from "./catalogue";
import { defaultSeed, generateDemoTenant } from "./demoTenant";
import type { DemoTenant, SeedRecord } from "./types";

const tenantId = "tenant-test";
const asOf = "2026-05";
const demo = generateDemoTenant({ tenantId, asOf });

const byKey = (t: DemoTenant, key: string) => {
  const persona = t.personas.find((p) => p.key === key);
  if (!persona) throw new Error(`no persona ${key}`);
  return persona;
};
const initiativeById = new Map(demo.initiatives.map((i) => [i.id, i.input]));
const band = (score: number) =>
  score <= 4 ? "Low" : score <= 9 ? "Medium" : score <= 16 ? "High" : "Critical";
const isOverdue = (r: SeedRecord<{ dueDate: string | null; status: string }>) =>
  r.input.dueDate !== null &&
  r.input.dueDate < `${asOf}-01` &&
  (r.input.status === "open" || r.input.status === "mitigating");
const systemFields = (r: { id: string; createdAt: string; createdBy: string }) => ({
  id: r.id,
  tenantId,
  createdAt: r.createdAt,
  createdBy: r.createdBy,
  updatedAt: r.createdAt,
  updatedBy: r.createdBy,
});
/** Words of a title and its tags, for a rough overlap measure independent of the domain's TF-IDF. */
const wordsOf = (title: string, tags: readonly string[]) =>
  new Set(
    `${title} ${tags.join(" ")}`
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !["the", "and", "for", "with", "ai"].includes(w)),
  );
const jaccard = (a: Set<string>, b: Set<string>) => {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / (a.size + b.size - shared);
};

describe("generateDemoTenant — determinism", () => {
  it("gives deep-equal output for the same options", () => {
    expect(generateDemoTenant({ tenantId, asOf })).toEqual(demo);
    expect(generateDemoTenant({ tenantId, asOf, seed: defaultSeed })).toEqual(demo);
  });

  it("gives other persona ids and other numbers for another seed, the same story", () => {
    const other = generateDemoTenant({ tenantId, asOf, seed: 7 });
    expect(other).not.toEqual(demo);
    expect(other.personas.map((p) => p.id)).not.toEqual(demo.personas.map((p) => p.id));
    expect(other.personas.map((p) => p.displayName)).toEqual(demo.personas.map((p) => p.displayName));
    expect(other.initiatives.map((i) => i.input.costLines)).not.toEqual(
      demo.initiatives.map((i) => i.input.costLines),
    );
    expect(other.initiatives.map((i) => i.input.title)).toEqual(demo.initiatives.map((i) => i.input.title));
  });

  it("refuses malformed options", () => {
    expect(() => generateDemoTenant({ tenantId, asOf: "2026-13" })).toThrow();
    expect(() => generateDemoTenant({ tenantId: "no spaces allowed", asOf })).toThrow();
    expect(() => generateDemoTenant({ tenantId, asOf, initiatives: 0 })).toThrow();
    expect(() => generateDemoTenant({ tenantId, asOf, seed: -1 })).toThrow();
    expect(() => generateDemoTenant({ tenantId, asOf, seed: 1.5 })).toThrow();
  });
});

describe("generateDemoTenant — every entity validates", () => {
  it("holds the parsed output of each input schema", () => {
    expect(strategyProfileInput.parse(demo.strategy.input)).toEqual(demo.strategy.input);
    for (const r of demo.initiatives) expect(initiativeInput.parse(r.input)).toEqual(r.input);
    for (const r of demo.metrics) expect(successMetricInput.parse(r.input)).toEqual(r.input);
    for (const r of demo.risks) expect(riskInput.parse(r.input)).toEqual(r.input);
    for (const r of demo.assessments) expect(maturityAssessmentInput.parse(r.input)).toEqual(r.input);
    for (const r of demo.alignment) expect(alignmentResponseInput.parse(r.input)).toEqual(r.input);
    for (const r of demo.decisionRights) expect(decisionRightInput.parse(r.input)).toEqual(r.input);
    for (const r of demo.statusUpdates) expect(statusUpdateInput.parse(r.input)).toEqual(r.input);
  });

  it("validates against the stored schemas once system fields are added", () => {
    strategyProfile.parse({ ...demo.strategy.input, ...systemFields({ ...demo.strategy, id: "profile" }) });
    for (const r of demo.initiatives) initiative.parse({ ...r.input, ...systemFields(r) });
    for (const r of demo.metrics) successMetric.parse({ ...r.input, ...systemFields(r) });
    for (const r of demo.risks) risk.parse({ ...r.input, ...systemFields(r) });
    for (const r of demo.assessments) maturityAssessment.parse({ ...r.input, ...systemFields(r) });
    for (const r of demo.alignment)
      alignmentResponse.parse({ ...r.input, executiveId: r.executiveId, ...systemFields(r) });
    for (const r of demo.decisionRights) decisionRight.parse({ ...r.input, ...systemFields(r) });
    for (const r of demo.statusUpdates) statusUpdate.parse({ ...r.input, ...systemFields(r) });
  });

  it("uses unique, URL-safe ids and references that resolve", () => {
    const collections = [
      demo.initiatives,
      demo.metrics,
      demo.risks,
      demo.assessments,
      demo.alignment,
      demo.decisionRights,
      demo.statusUpdates,
    ];
    for (const records of collections) {
      const ids = records.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) {
        expect(idSchema.safeParse(id).success).toBe(true);
        expect(encodeURIComponent(id)).toBe(id);
      }
    }
    expect(demo.initiatives[0]?.id).toBe("ini-0001");
    expect(demo.metrics[0]?.id).toBe("met-0001-1");
    expect(demo.risks[0]?.id).toBe("rsk-0001-1");
    for (const m of demo.metrics) expect(initiativeById.has(m.input.initiativeId)).toBe(true);
    for (const r of demo.risks)
      if (r.input.initiativeId !== null) expect(initiativeById.has(r.input.initiativeId)).toBe(true);
    for (const s of demo.statusUpdates) expect(initiativeById.has(s.input.initiativeId)).toBe(true);
    const metricIds = new Set(demo.metrics.map((m) => m.id));
    const metricOwner = new Map(demo.metrics.map((m) => [m.id, m.input.initiativeId]));
    for (const i of demo.initiatives)
      for (const c of i.input.pilot?.exitCriteria ?? []) {
        expect(c.metricId !== undefined && metricIds.has(c.metricId)).toBe(true);
        expect(metricOwner.get(c.metricId ?? "")).toBe(i.id);
      }
  });

  it("dates everything within the 12 months before asOf, children after their initiative", () => {
    const all = [
      demo.strategy,
      ...demo.initiatives,
      ...demo.metrics,
      ...demo.risks,
      ...demo.assessments,
      ...demo.alignment,
      ...demo.decisionRights,
      ...demo.statusUpdates,
    ];
    for (const r of all) {
      expect(r.createdAt >= "2025-05-01").toBe(true);
      expect(r.createdAt < "2026-06-01").toBe(true);
    }
    const created = new Map(demo.initiatives.map((i) => [i.id, i.createdAt]));
    for (const m of demo.metrics) expect(m.createdAt >= (created.get(m.input.initiativeId) ?? "")).toBe(true);
    for (const r of demo.risks)
      if (r.input.initiativeId !== null)
        expect(r.createdAt >= (created.get(r.input.initiativeId) ?? "")).toBe(true);
    const months = new Set(demo.initiatives.map((i) => i.createdAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(8);
    expect(demo.initiatives.some((i) => i.createdAt.startsWith(asOf))).toBe(true);
    expect(demo.risks.some((r) => r.createdAt.startsWith(asOf))).toBe(true);
  });
});

describe("generateDemoTenant — people and strategy", () => {
  it("has eight executives and one board member with the right roles", () => {
    expect(demo.personas).toHaveLength(9);
    const executives = demo.personas.filter((p) => p.roles.includes("Executive"));
    expect(executives.map((p) => p.key)).toEqual(["ceo", "cfo", "coo", "cio", "ciso", "chro", "cco", "cdao"]);
    expect(byKey(demo, "cio").roles).toEqual(["Executive", "Portfolio.Manager"]);
    expect(demo.personas.filter((p) => p.roles.includes("Portfolio.Manager")).map((p) => p.key)).toEqual([
      "cio",
    ]);
    expect(byKey(demo, "board").roles).toEqual(["Board.Member"]);
    expect(new Set(demo.personas.map((p) => p.id)).size).toBe(9);
    for (const p of demo.personas)
      expect(p.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(byKey(demo, "cdao").jobTitle).toBe("Chief Data & AI Officer");
  });

  it("ties a vision to five ranked priorities, each sponsored by an executive", () => {
    const s = demo.strategy.input;
    expect(s.currency).toBe("EUR");
    expect(s.discountRate).toBe(0.08);
    expect(s.horizon).toBe("2028");
    expect(s.vision).toContain("Northwind Industries");
    expect(s.priorities.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5]);
    const executiveIds = new Set(demo.personas.filter((p) => p.roles.includes("Executive")).map((p) => p.id));
    for (const p of s.priorities) expect(executiveIds.has(p.sponsorId)).toBe(true);
    expect(s.executives.map((e) => e.id)).toEqual([...executiveIds]);
    expect(s.executives.some((e) => e.id === byKey(demo, "board").id)).toBe(false);
  });
});

describe("generateDemoTenant — initiatives", () => {
  const inputs = demo.initiatives.map((i) => i.input);

  it("has about 40 initiatives over six departments and every stage", () => {
    expect(inputs).toHaveLength(40);
    expect(new Set(inputs.map((i) => i.department))).toEqual(new Set(departments));
    expect(new Set(inputs.map((i) => i.stage))).toEqual(new Set(stages));
    const priorityIds = new Set(demo.strategy.input.priorities.map((p) => p.id));
    for (const i of inputs) for (const p of i.priorityIds) expect(priorityIds.has(p)).toBe(true);
  });

  it("never makes the outcome owner the risk owner, nor the owner of its risks", () => {
    for (const i of inputs) expect(i.outcomeOwnerId).not.toBe(i.riskOwnerId);
    for (const r of demo.risks) {
      if (r.input.initiativeId === null) continue;
      expect(r.input.ownerId).not.toBe(initiativeById.get(r.input.initiativeId)?.outcomeOwnerId);
    }
    const riskOwners = new Set(inputs.map((i) => i.riskOwnerId));
    for (const key of ["ciso", "cio", "cdao"]) expect(riskOwners.has(byKey(demo, key).id)).toBe(true);
  });

  it("classifies CV screening as high risk and rejects a prohibited practice", () => {
    expect(inputs.find((i) => i.title === "CV screening assistant")?.euAiActTier).toBe("high");
    const prohibited = inputs.filter((i) => i.euAiActTier === "prohibited");
    expect(prohibited.length).toBeGreaterThan(0);
    for (const i of prohibited) expect(i.stage).toBe("rejected");
  });

  it("charters a pilot for every initiative from pilot on", () => {
    const piloted = inputs.filter((i) => ["pilot", "scaling", "production", "retired"].includes(i.stage));
    expect(piloted.length).toBeGreaterThan(10);
    for (const i of piloted) {
      expect(i.pilot).not.toBeNull();
      expect(i.pilot?.hypothesis.length).toBeGreaterThan(20);
      expect(i.pilot?.exitCriteria.length).toBeGreaterThan(0);
      expect(i.pilot?.budgetCap).toBeGreaterThan(0);
    }
    for (const i of inputs.filter((x) => x.stage === "idea")) expect(i.pilot).toBeNull();
    expect(inputs.filter((i) => i.stage === "pilot").every((i) => i.pilot?.decision === "pending")).toBe(
      true,
    );
    expect(inputs.some((i) => i.stage === "pilot" && (i.pilot?.decisionDate ?? "") < `${asOf}-01`)).toBe(
      true,
    );
  });

  it("books actuals up to asOf only, with over-, under- and non-delivery and one initiative without cost", () => {
    for (const i of inputs) {
      for (const line of [...i.costLines, ...i.benefitLines])
        expect(line.actual !== null).toBe(line.period <= asOf);
      const months = new Set([...i.costLines, ...i.benefitLines].map((l) => l.period));
      expect(months.size).toBeLessThanOrEqual(26);
    }
    expect(inputs.filter((i) => i.costLines.length === 0).length).toBeGreaterThanOrEqual(1);
    const realisation = inputs
      .map((i) => {
        const booked = i.benefitLines.filter((l) => l.actual !== null);
        const planned = booked.reduce((s, l) => s + l.planned, 0);
        return planned === 0 ? null : booked.reduce((s, l) => s + (l.actual ?? 0), 0) / planned;
      })
      .filter((r): r is number => r !== null);
    expect(realisation.some((r) => r > 1.15)).toBe(true);
    expect(realisation.some((r) => r > 0 && r < 0.75)).toBe(true);
    expect(realisation.some((r) => r === 0)).toBe(true);
    expect(inputs.some((i) => i.benefitLines.some((l) => l.kind === "hard"))).toBe(true);
    expect(inputs.some((i) => i.benefitLines.some((l) => l.kind === "soft"))).toBe(true);
    expect(inputs.some((i) => i.costLines.some((l) => l.category === "licence"))).toBe(true);
  });

  it("holds at least two duplicate pairs in different departments", () => {
    const bags = inputs.map((i) => ({ department: i.department, words: wordsOf(i.title, i.tags) }));
    const pairs: [number, number][] = [];
    bags.forEach((a, x) =>
      bags.forEach((b, y) => {
        if (x < y && a.department !== b.department && jaccard(a.words, b.words) >= 0.4) pairs.push([x, y]);
      }),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    expect(pairs.length).toBeLessThanOrEqual(4);
    const titles = pairs.map(([x, y]) => [inputs[x]?.title, inputs[y]?.title].sort().join(" / "));
    expect(titles).toContain("Customer email triage assistant / Inbound email classification and routing");
  });
});

describe("generateDemoTenant — success metrics", () => {
  const measured = new Set(["pilot", "scaling", "production", "retired", "on-hold"]);

  it("gives 1–3 metrics to every initiative past the idea stage", () => {
    for (const i of demo.initiatives) {
      const count = demo.metrics.filter((m) => m.input.initiativeId === i.id).length;
      if (i.input.stage === "idea") expect(count).toBe(0);
      else {
        expect(count).toBeGreaterThanOrEqual(1);
        expect(count).toBeLessThanOrEqual(3);
      }
    }
    const directions = new Set(demo.metrics.map((m) => m.input.direction));
    expect(directions).toEqual(new Set(["up", "down"]));
  });

  it("observes pilots and later monthly for 12 months, up to asOf for the live ones", () => {
    for (const m of demo.metrics) {
      const i = initiativeById.get(m.input.initiativeId);
      const obs = m.input.observations;
      if (i && measured.has(i.stage)) {
        expect(obs).toHaveLength(12);
        expect(obs[0]?.period).toBe(m.input.baselinePeriod);
        expect(obs[0]?.value).toBe(m.input.baseline);
        if (i.stage !== "retired" && i.stage !== "on-hold") expect(obs.at(-1)?.period).toBe(asOf);
      }
      for (const o of obs) expect(o.period <= asOf).toBe(true);
    }
  });

  it("has metrics behind their trajectory and metrics ahead of it", () => {
    const progress = demo.metrics
      .filter((m) => m.input.observations.length > 1)
      .map((m) => {
        const last = m.input.observations.at(-1);
        const months = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7));
        const span = months(m.input.targetDate.slice(0, 7)) - months(m.input.baselinePeriod);
        const elapsed = months(last?.period ?? m.input.baselinePeriod) - months(m.input.baselinePeriod);
        const planned = Math.min(1, elapsed / span);
        const actual =
          ((last?.value ?? m.input.baseline) - m.input.baseline) / (m.input.target - m.input.baseline);
        return actual - planned;
      });
    expect(progress.some((gap) => gap < -0.2)).toBe(true);
    expect(progress.some((gap) => gap > 0.02)).toBe(true);
  });
});

describe("generateDemoTenant — risks", () => {
  it("registers about 60 risks over owners, categories and every band", () => {
    expect(demo.risks.length).toBeGreaterThanOrEqual(55);
    expect(demo.risks.length).toBeLessThanOrEqual(70);
    expect(new Set(demo.risks.map((r) => band(r.input.likelihood * r.input.impact)))).toEqual(
      new Set(["Low", "Medium", "High", "Critical"]),
    );
    expect(new Set(demo.risks.map((r) => r.input.category)).size).toBe(8);
    expect(new Set(demo.risks.map((r) => r.input.ownerId)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(demo.risks.map((r) => r.input.status))).toEqual(
      new Set(["open", "mitigating", "accepted", "closed"]),
    );
  });

  it("has organisation-level, overdue and closed risks", () => {
    expect(demo.risks.filter((r) => r.input.initiativeId === null).length).toBeGreaterThanOrEqual(5);
    const overdue = demo.risks.filter(isOverdue);
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue.length).toBeLessThan(demo.risks.length / 4);
    expect(demo.risks.some((r) => r.input.status === "closed")).toBe(true);
  });

  it("records residual ratings for treated risks and none for open ones", () => {
    for (const r of demo.risks) {
      const treated = r.input.status !== "open";
      expect(r.input.residualLikelihood !== null).toBe(treated);
      expect(r.input.residualImpact !== null).toBe(treated);
      if (treated) {
        expect(r.input.residualLikelihood ?? 0).toBeLessThanOrEqual(r.input.likelihood);
        expect(r.input.residualImpact ?? 0).toBeLessThanOrEqual(r.input.impact);
      }
    }
  });

  it("references the frameworks", () => {
    expect(demo.risks.every((r) => r.input.frameworks.nistAiRmf !== undefined)).toBe(true);
    expect(demo.risks.every((r) => r.input.frameworks.iso42001 !== undefined)).toBe(true);
    expect(demo.risks.some((r) => r.input.frameworks.euAiActArticle === "Art. 10")).toBe(true);
  });
});

describe("generateDemoTenant — maturity, alignment, governance, status", () => {
  it("assesses maturity quarterly, four times, improving, the last in asOf's quarter", () => {
    expect(demo.assessments.map((a) => a.input.period)).toEqual(["2025-07", "2025-10", "2026-01", "2026-04"]);
    const totals = demo.assessments.map((a) => a.input.dimensions.reduce((s, d) => s + d.current, 0));
    for (let k = 1; k < totals.length; k++) expect(totals[k]).toBeGreaterThan(totals[k - 1] ?? Infinity);
    for (const a of demo.assessments) {
      expect(a.input.dimensions.map((d) => d.dimension).sort()).toEqual([...maturityDimensions].sort());
      for (const d of a.input.dimensions) {
        expect(d.evidence.length).toBeGreaterThan(20);
        expect(d.current).toBeLessThanOrEqual(d.target);
      }
    }
  });

  it("collects this quarter's survey from all 8 executives on all 5 priorities, with clear disagreements", () => {
    expect(demo.alignment).toHaveLength(40);
    expect(new Set(demo.alignment.map((r) => `${r.executiveId}/${r.input.priorityId}`)).size).toBe(40);
    expect(new Set(demo.alignment.map((r) => r.input.cycle))).toEqual(new Set(["2026-Q2"]));
    for (const r of demo.alignment) expect(r.createdBy).toBe(r.executiveId);
    const rating = (key: string, priority: string) =>
      demo.alignment.find((r) => r.executiveId === byKey(demo, key).id && r.input.priorityId === priority)
        ?.input.importance;
    expect(rating("cfo", "pri-3")).toBe(1);
    expect(rating("cco", "pri-3")).toBe(5);
  });

  it("assigns exactly one accountable executive to every decision type", () => {
    expect(demo.decisionRights.map((d) => d.input.decisionType).sort()).toEqual([...decisionTypes].sort());
    const personaIds = new Set(demo.personas.map((p) => p.id));
    for (const d of demo.decisionRights) {
      const { accountableId, responsibleIds, consultedIds, informedIds } = d.input;
      expect(personaIds.has(accountableId)).toBe(true);
      const everyone = [accountableId, ...responsibleIds, ...consultedIds, ...informedIds];
      expect(new Set(everyone).size).toBe(everyone.length);
      for (const id of everyone) expect(personaIds.has(id)).toBe(true);
    }
  });

  it("has check-ins from active initiatives for the last two months, a few missing this month", () => {
    const active = demo.initiatives.filter((i) =>
      ["approved-for-pilot", "pilot", "scaling", "production"].includes(i.input.stage),
    );
    const reported = (period: string) =>
      new Set(demo.statusUpdates.filter((s) => s.input.period === period).map((s) => s.input.initiativeId));
    expect(reported("2026-04").size).toBe(active.length);
    const missing = active.filter((i) => !reported(asOf).has(i.id));
    expect(missing.length).toBeGreaterThanOrEqual(1);
    expect(missing.length).toBeLessThanOrEqual(5);
    expect(new Set(demo.statusUpdates.map((s) => s.input.period))).toEqual(new Set(["2026-04", asOf]));
    expect(demo.statusUpdates.every((s) => active.some((i) => i.id === s.input.initiativeId))).toBe(true);
    const rags = new Set(demo.statusUpdates.map((s) => s.input.rag));
    expect(rags).toEqual(new Set(["green", "amber", "red"]));
  });
});

describe("generateDemoTenant — other months", () => {
  it("works across year ends and leap years", () => {
    for (const month of ["2027-01", "2028-02", "2025-12"]) {
      const t = generateDemoTenant({ tenantId, asOf: month });
      expect(t.initiatives).toHaveLength(40);
      expect(t.assessments.at(-1)?.input.period.slice(0, 4)).toBe(month.slice(0, 4));
      expect(t.statusUpdates.some((s) => s.input.period === month)).toBe(true);
      for (const r of t.initiatives) initiative.parse({ ...r.input, ...systemFields(r) });
    }
  });
});
