import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../../test/fetchStub";
import { renderWithApi } from "../../../test/render";
import { hashOf, snapshotDocument, snapshotMeta } from "../../snapshots/fixtures.testdata";
import type { SnapshotMeta } from "../../snapshots/types";
import { snapshotAccess } from "./access";
import { SnapshotViewPage } from "./SnapshotViewPage";

/** Generous under a loaded test run (the view renders charts and tables). */
const slow = { timeout: 5000 };

const september = snapshotMeta({ period: "2026-09", contentHash: hashOf("b") });

function setup(
  snapshot: SnapshotMeta,
  roles: string[],
  routes: Record<string, Handler> = {},
  items: SnapshotMeta[] = [snapshot, september],
) {
  const host = stubFetch({
    [`GET /api/snapshots/${snapshot.id}`]: () =>
      json({ snapshot, integrity: "verified", document: snapshotDocument() }),
    "GET /api/snapshots": () => json({ items }),
    ...routes,
  });
  renderWithApi(
    <SnapshotViewPage id={snapshot.id} access={snapshotAccess(roles)} userId="cio" />,
    host.fetch,
  );
  return host;
}

describe("SnapshotViewPage", { timeout: 20_000 }, () => {
  it("renders the frozen month read-only: banner, narrative first, then every section of the board", async () => {
    setup(snapshotMeta(), ["Board.Member"]);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Board snapshot · Oct 2026" }, slow),
    ).toBeInTheDocument();
    expect(screen.getByRole("note", { name: "About this snapshot" })).toHaveTextContent(
      `PublishedAs of Oct 31, 2026, published Nov 3, 2026 by Mateo Fernández · SHA-256 ${hashOf("a").slice(0, 12)}`,
    );
    const sheets = screen.getAllByRole("region", { name: /^Board pack page: / });
    expect(sheets.map((s) => s.getAttribute("aria-label"))).toEqual([
      "Board pack page: Narrative",
      "Board pack page: Key figures",
      "Board pack page: Owners",
      "Board pack page: Risks",
      "Board pack page: Maturity",
      "Board pack page: Leadership alignment",
      "Board pack page: Initiatives",
      "Board pack page: Check-ins",
    ]);
    // Every printed section carries the full content hash.
    for (const sheet of sheets) expect(sheet).toHaveTextContent(`SHA-256 ${hashOf("a")}`);

    const narrative = within(sheets[0] as HTMLElement).getByRole("region", { name: "Narrative" });
    expect(within(narrative).getByRole("list", { name: "Highlights" })).toHaveTextContent(
      "Invoice matching reached production",
    );
    expect(within(narrative).getByRole("list", { name: "Decisions requested" })).toHaveTextContent(
      "Approve the scaling budget",
    );
    expect(screen.getByRole("region", { name: "Portfolio ROI" })).toHaveTextContent(
      "+5 pts, an improvementvs Oct 2026",
    );
    expect(within(screen.getByRole("table", { name: "Owners" })).getAllByRole("row")).toHaveLength(3);
    expect(
      within(screen.getByRole("table", { name: "Risk register" })).getByRole("row", { name: /Model drift/ }),
    ).toHaveTextContent("High · 12");
    expect(screen.getByRole("table", { name: "Initiatives" })).toHaveTextContent("Casey Moreau");
    expect(screen.getByRole("list", { name: "Missing check-ins" })).toHaveTextContent(
      "Claims triage — Amara Okafor",
    );
    expect(screen.getByRole("link", { name: "Compare with Sep 2026" })).toHaveAttribute(
      "href",
      "#/snapshots/compare?from=2026-09.v1&to=2026-10.v1",
    );
    expect(screen.getByRole("button", { name: "Print board pack" })).toBeInTheDocument();
    expect(screen.queryByRole("toolbar", { name: "Prepare and publish" })).not.toBeInTheDocument();
    // Read-only: nothing links to the live initiative pages a board member cannot open.
    expect(screen.queryByRole("link", { name: "Invoice matching" })).not.toBeInTheDocument();
  });

  it("marks a superseded version with the correction's reason and links to the newer version", async () => {
    const old = snapshotMeta({
      status: "superseded",
      supersededBy: "2026-10.v2",
      supersededAt: "2026-11-10T08:00:00.000Z",
    });
    const correction = snapshotMeta({
      version: 2,
      supersedes: "2026-10.v1",
      correctionReason: "Benefits were booked twice",
      contentHash: hashOf("c"),
    });
    setup(old, ["Board.Member"], {}, [correction, old, september]);
    expect(await screen.findByText("Superseded on Nov 10, 2026.", {}, slow)).toBeInTheDocument();
    expect(screen.getByText(/Correction: “Benefits were booked twice”/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Read the corrected version (v2)" })).toHaveAttribute(
      "href",
      "#/snapshots/2026-10.v2",
    );
  });

  it("lets the portfolio office publish a draft, and says who may when the decision rights refuse", async () => {
    const user = userEvent.setup();
    const draft = snapshotMeta({
      status: "draft",
      publishedAt: null,
      publishedBy: null,
      chainIndex: null,
      previousHash: null,
    });
    const host = setup(draft, ["Executive", "Portfolio.Manager"], {
      "GET /api/decision-rights": () =>
        json({
          items: [
            {
              id: "publish-snapshot",
              decisionType: "publish-snapshot",
              accountableId: "cfo",
              responsibleIds: [],
              consultedIds: [],
              informedIds: [],
            },
          ],
        }),
      "POST /api/snapshots/2026-10.v1/publish": () =>
        problem(403, "Forbidden", {
          detail:
            "the decision rights name Casey Moreau (cfo) Accountable for publishing board snapshots; only they publish, as a Portfolio.Manager",
        }),
    });
    expect(await screen.findByRole("note", { name: "About this snapshot" }, slow)).toHaveTextContent(
      "not published yet, the board does not see it",
    );
    const toolbar = screen.getByRole("toolbar", { name: "Prepare and publish" });
    await user.click(within(toolbar).getByRole("button", { name: "Publish" }));
    const dialog = await screen.findByRole("dialog", { name: "Publish the snapshot of Oct 2026?" }, slow);
    expect(
      await within(dialog).findByText(
        /Per the decision rights, Casey Moreau is Accountable for publishing board snapshots/,
        {},
        slow,
      ),
    ).toHaveTextContent("That is not you, so the service will refuse.");
    await user.click(await within(dialog).findByRole("button", { name: "Publish" }, slow));
    expect(
      await within(dialog).findByText("You may not publish this snapshot.", {}, slow),
    ).toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      "the decision rights name Casey Moreau (cfo) Accountable for publishing board snapshots",
    );
    const publish = host.requests.find((r) => r.method === "POST");
    expect(publish?.headers.get("if-match")).toBe(draft.etag);
  });

  it("says when the stored document is missing or fails verification", async () => {
    const snapshot = snapshotMeta();
    setup(snapshot, ["Board.Member"], {
      "GET /api/snapshots/2026-10.v1": () => json({ snapshot, integrity: "missing", document: null }),
    });
    expect(
      await screen.findByRole("heading", { level: 2, name: "This snapshot's document is missing" }, slow),
    ).toBeInTheDocument();
    expect(screen.getByRole("note", { name: "About this snapshot" })).toHaveTextContent(
      "As of the end of Oct 2026, published",
    );
    expect(screen.queryByRole("button", { name: "Print board pack" })).not.toBeInTheDocument();
  });
});
