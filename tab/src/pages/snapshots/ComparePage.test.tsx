import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../../test/fetchStub";
import { renderWithApi } from "../../../test/render";
import { snapshotDiff, snapshotDocument, snapshotMeta } from "../../snapshots/fixtures.testdata";
import type { SnapshotDiff } from "../../snapshots/types";
import { snapshotAccess } from "./access";
import { ComparePage } from "./ComparePage";

/** Generous under a loaded test run (the view renders charts and tables). */
const slow = { timeout: 5000 };

const september = snapshotMeta({ period: "2026-09" });
const october = snapshotMeta({ period: "2026-10" });

const changes: Partial<SnapshotDiff> = {
  portfolio: {
    ...snapshotDiff().portfolio,
    roi: { from: 0.2, to: 0.25, delta: 0.05 },
    benefitToDate: { from: 100_000, to: 150_000, delta: 50_000 },
  },
  stageMoves: [
    { initiativeId: "a", title: "Invoice matching", from: "pilot", to: "scaling" },
    { initiativeId: "b", title: "Claims triage", from: "idea", to: "retired" },
  ],
  initiativeValue: [
    {
      initiativeId: "a",
      title: "Invoice matching",
      roi: { from: 0.4, to: 0.5, delta: 0.1 },
      valueRealisation: { from: 0.7, to: 0.75, delta: 0.05 },
      costToDate: { from: 100_000, to: 100_000, delta: 0 },
      benefitToDate: { from: 100_000, to: 150_000, delta: 50_000 },
      plannedBenefitToDate: { from: 150_000, to: 200_000, delta: 50_000 },
      npv: { from: 250_000, to: 250_000, delta: 0 },
    },
  ],
  risks: {
    ...snapshotDiff().risks,
    opened: [
      {
        riskId: "r9",
        title: "Shadow AI use",
        initiativeId: null,
        initiativeTitle: null,
        ownerId: "ciso",
        ownerName: "Rui Tanaka",
        band: "high",
        score: 16,
        reopened: false,
      },
    ],
    bandChanges: [
      {
        riskId: "r1",
        title: "Model drift",
        initiativeTitle: "Invoice matching",
        ownerName: "Rui Tanaka",
        kind: "inherent",
        from: "high",
        to: "critical",
        worse: true,
      },
    ],
  },
  alignment: {
    ...snapshotDiff().alignment,
    index: { from: 0.8, to: 0.7, delta: -0.1 },
    priorities: [
      {
        priorityId: "p1",
        title: "Grow revenue",
        alignmentIndex: { from: 0.6, to: 0.2, delta: -0.4 },
        meanImportance: { from: 4, to: 3, delta: -1 },
        disagreementBefore: false,
        disagreementNow: true,
      },
    ],
    newDisagreements: [{ priorityId: "p1", title: "Grow revenue" }],
  },
  checkIns: {
    period: "2026-10",
    expected: { from: 2, to: 2, delta: 0 },
    submitted: { from: 2, to: 1, delta: -1 },
    missed: [
      {
        initiativeId: "b",
        title: "Claims triage",
        outcomeOwnerId: "coo",
        outcomeOwnerName: "Amara Okafor",
        missedBefore: false,
      },
    ],
  },
};

function setup(from: string | undefined, to: string | undefined, routes: Record<string, Handler> = {}) {
  const host = stubFetch({
    "GET /api/snapshots": () => json({ items: [october, september] }),
    "GET /api/snapshots/compare": () => json({ from: september, to: october, diff: snapshotDiff(changes) }),
    "GET /api/snapshots/2026-10.v1": () =>
      json({ snapshot: october, integrity: "verified", document: { currency: snapshotDocument().currency } }),
    ...routes,
  });
  renderWithApi(<ComparePage from={from} to={to} access={snapshotAccess(["Board.Member"])} />, host.fetch);
  return host;
}

const section = (name: string) => screen.getByRole("region", { name });

describe("ComparePage", { timeout: 15_000 }, () => {
  it("lists each kind of change as a section with its count", async () => {
    const host = setup("2026-09.v1", "2026-10.v1");
    expect(await screen.findByRole("status", {}, slow)).toHaveTextContent(
      "Sep 2026 (v1) compared with Oct 2026 (v1).",
    );
    expect(Object.fromEntries(host.urls("/api/snapshots/compare")[0]?.searchParams ?? [])).toEqual({
      from: "2026-09.v1",
      to: "2026-10.v1",
    });

    expect(section("Stage moves")).toHaveTextContent("2 changes");
    expect(within(section("Stage moves")).getByRole("list")).toHaveTextContent(
      "Invoice matching: Pilot → Scaling",
    );
    expect(section("Stage moves")).toHaveTextContent("Claims triage: Idea → Retired");

    expect(section("Portfolio ROI and value")).toHaveTextContent("2 changes");
    const portfolio = within(section("Portfolio ROI and value")).getByRole("table");
    expect(
      within(portfolio)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual([
      "MeasureSep 2026Oct 2026Change",
      "Portfolio ROI20%25%+5 pts",
      expect.stringMatching(/^Benefit to date€100K€150K\+€50K$/),
    ]);

    expect(section("New risks")).toHaveTextContent("1 change");
    expect(section("New risks")).toHaveTextContent(
      "High · 16 Shadow AI use — organisation-wide, owner Rui Tanaka",
    );
    expect(section("Risk band changes")).toHaveTextContent(
      "Model drift (inherent): High → Critical, worse — owner Rui Tanaka",
    );
    expect(section("ROI and value per initiative")).toHaveTextContent("Invoice matching");
    expect(section("ROI and value per initiative")).toHaveTextContent("40% → 50% (+10 pts)");

    const alignment = section("Leadership alignment");
    expect(alignment).toHaveTextContent("1 change");
    expect(alignment).toHaveTextContent("Alignment index 80% → 70% (-10 pts)");
    expect(within(alignment).getByRole("list", { name: "New disagreements" })).toHaveTextContent(
      "Grow revenue",
    );
    expect(alignment).toHaveTextContent("Resolved disagreements (0)None.");

    expect(section("Missed check-ins")).toHaveTextContent("Claims triage — Amara Okafor");
    expect(section("Missed check-ins")).toHaveTextContent("1 of 2 check-ins due were given");
  });

  it("says 'No changes' in every section where nothing moved", async () => {
    setup("2026-09.v1", "2026-10.v1", {
      "GET /api/snapshots/compare": () => json({ from: september, to: october, diff: snapshotDiff() }),
    });
    await screen.findByRole("status", {}, slow);
    for (const name of [
      "Portfolio ROI and value",
      "Stage moves",
      "Initiatives added or removed",
      "New risks",
      "Closed risks",
      "Risk band changes",
      "ROI and value per initiative",
      "Maturity",
      "Leadership alignment",
      "Missed check-ins",
    ]) {
      expect(within(section(name)).getByText("No changes.")).toBeInTheDocument();
      expect(section(name)).toHaveTextContent(/No changes/);
    }
  });

  it("compares the latest published month with the one before when no months are chosen", async () => {
    window.history.replaceState(null, "", "/#/snapshots/compare");
    setup(undefined, undefined);
    await waitFor(() =>
      expect(window.location.hash).toBe("#/snapshots/compare?from=2026-09.v1&to=2026-10.v1"),
    );
  });

  it("explains a comparison the API refuses", async () => {
    setup("2026-09.v1", "2026-10.v1", {
      "GET /api/snapshots/compare": () =>
        problem(409, "Conflict", {
          detail: "snapshot 2026-09.v1 fails verification (tampered); see GET /api/snapshots/verify",
        }),
    });
    expect(await screen.findByText(/Couldn't load the comparison/, {}, slow)).toBeInTheDocument();
    expect(screen.getByText(/2026-09.v1 fails verification/)).toBeInTheDocument();
  });
});
