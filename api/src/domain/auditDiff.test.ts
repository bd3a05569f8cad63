import { describe, expect, it } from "vitest";
import { auditChanges } from "./auditDiff";
import { makeInitiative, makeMetric } from "./fixtures";

const stamp = { updatedAt: "2026-05-02T10:00:00.000Z", updatedBy: "cfo" };

describe("audit changes", () => {
  it("lists the changed fields of an update, without the stamps every write sets", () => {
    const before = makeInitiative({ id: "a" });
    const after = { ...before, ...stamp, health: "at-risk" as const, prioritisation: { ...before.prioritisation, impact: 5 } };
    expect(auditChanges({ before, after })).toEqual([
      { path: "health", before: "on-track", after: "at-risk" },
      { path: "prioritisation.impact", before: 3, after: 5 },
    ]);
    expect(auditChanges({ before, after: { ...before, ...stamp } })).toEqual([]);
  });

  it("names list elements by id or month, else by position, and lists of plain values as a whole", () => {
    const metric = makeMetric({
      id: "m",
      initiativeId: "a",
      observations: [
        { period: "2026-03", value: 10, confidence: "measured" },
        { period: "2026-04", value: 20, confidence: "estimated" },
      ],
    });
    const corrected = {
      ...metric,
      observations: [
        { period: "2026-03", value: 10, confidence: "measured" },
        { period: "2026-04", value: 25, confidence: "estimated" },
        { period: "2026-05", value: 30, confidence: "measured" },
      ],
    };
    expect(auditChanges({ before: metric, after: corrected })).toEqual([
      { path: "observations.2026-04.value", before: 20, after: 25 },
      { path: "observations.2026-05", before: null, after: { period: "2026-05", value: 30, confidence: "measured" } },
    ]);
    const checklist = { checklist: [{ item: "x", met: false }, { item: "y", met: false }] };
    expect(auditChanges({ before: checklist, after: { checklist: [{ item: "x", met: true }] } })).toEqual([
      { path: "checklist.0.met", before: false, after: true },
      { path: "checklist.1", before: { item: "y", met: false }, after: null },
    ]);
    expect(auditChanges({ before: { priorityIds: ["p1", "p2"] }, after: { priorityIds: ["p2"] } })).toEqual([
      { path: "priorityIds", before: ["p1", "p2"], after: ["p2"] },
    ]);
  });

  it("shows a value set or cleared as a whole, against null", () => {
    const pilot = { hypothesis: "h", exitCriteria: [], budgetCap: 1, decisionDate: "2026-06-30", decision: "pending" };
    expect(auditChanges({ before: { pilot: null, dueDate: "2026-05-01" }, after: { pilot, dueDate: null } })).toEqual([
      { path: "pilot", before: null, after: pilot },
      { path: "dueDate", before: "2026-05-01", after: null },
    ]);
  });

  it("lists the fields of a created or deleted entity against null", () => {
    const created = { id: "x", tenantId: "t", createdAt: "2026-05-01T00:00:00.000Z", createdBy: "cio", ...stamp, title: "New", tags: [] };
    expect(auditChanges({ before: null, after: created })).toEqual([
      { path: "title", before: null, after: "New" },
      { path: "tags", before: null, after: [] },
    ]);
    expect(auditChanges({ before: created, after: null })).toEqual([
      { path: "title", before: "New", after: null },
      { path: "tags", before: [], after: null },
    ]);
  });

  it("copes with whatever a tampered event holds", () => {
    expect(auditChanges({ before: null, after: null })).toEqual([]);
    expect(auditChanges({ before: "text", after: 3 })).toEqual([{ path: "(entity)", before: "text", after: 3 }]);
  });
});
