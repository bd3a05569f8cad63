import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, stubFetch } from "../../../test/fetchStub";
import { renderWithApi } from "../../../test/render";
import { hashOf, snapshotDocument, snapshotMeta } from "../../snapshots/fixtures.testdata";
import { SidePanelView } from "./SidePanelView";
import { StageView } from "./StageView";

/** Generous under a loaded test run (the view renders charts and tables). */
const slow = { timeout: 5000 };

const october = snapshotMeta({ period: "2026-10" });
const september = snapshotMeta({ period: "2026-09", contentHash: hashOf("b") });

/** What `?include=summary,board` sends: the small fields, the summary and the board. */
const { initiatives: _i, risks: _r, people: _p, ...headline } = snapshotDocument();

function stubApi() {
  return stubFetch({
    "GET /api/snapshots": () => json({ items: [october, september] }),
    "GET /api/snapshots/2026-10.v1": () =>
      json({ snapshot: october, integrity: "verified", document: headline }),
  });
}

describe("StageView", { timeout: 15_000 }, () => {
  it("shows the key figures and the narrative in large type, changes in words", async () => {
    const host = stubApi();
    renderWithApi(<StageView id="2026-10.v1" exitHref="#/snapshots/2026-10.v1" />, host.fetch);
    const stage = screen.getByRole("region", { name: "Board snapshot on the meeting stage" });
    expect(
      await within(stage).findByRole("heading", { level: 1, name: "Board snapshot · Oct 2026" }, slow),
    ).toBeInTheDocument();
    expect(stage).toHaveTextContent(
      `As of Oct 31, 2026, published Nov 3, 2026 by Mateo Fernández · SHA-256 ${hashOf("a").slice(0, 12)}`,
    );

    const figures = within(stage).getByRole("region", { name: "Key figures" });
    const cards = within(figures)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(cards).toEqual([
      "Portfolio ROI25%+5 pts vs Oct 2026, an improvement",
      "Value realised vs plan75%-8.3 pts vs Oct 2026, a deterioration",
      expect.stringMatching(/^Investment to date€1\.2M\+€200K vs Oct 2026$/),
      "Open risks40 vs Oct 2026",
      "Maturity index52.5 / 100+5 vs assessment of Jun 2026, an improvement",
      "Alignment index70%Nothing to compare with yet",
    ]);

    const narrative = within(stage).getByRole("region", { name: "Narrative" });
    expect(within(narrative).getByRole("heading", { name: "Highlights" })).toBeInTheDocument();
    expect(narrative).toHaveTextContent("Invoice matching reached production");
    expect(narrative).toHaveTextContent("Approve the scaling budget for claims triage");
    expect(narrative).toHaveTextContent("A steady month.");
    expect(within(stage).getByRole("link", { name: "Leave presentation" })).toHaveAttribute(
      "href",
      "#/snapshots/2026-10.v1",
    );
    expect(host.urls("/api/snapshots/2026-10.v1")[0]?.searchParams.get("include")).toBe("summary,board");
  });

  it("shows the latest published snapshot when none is named (the meeting stage itself)", async () => {
    const host = stubApi();
    renderWithApi(<StageView />, host.fetch);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Board snapshot · Oct 2026" }, slow),
    ).toBeInTheDocument();
    expect(host.urls("/api/snapshots")[0]?.searchParams.get("status")).toBe("published");
    expect(screen.queryByRole("link", { name: "Leave presentation" })).not.toBeInTheDocument();
  });
});

describe("SidePanelView", { timeout: 15_000 }, () => {
  it("shows the latest published snapshot compactly and shares its stage view to the meeting", async () => {
    const user = userEvent.setup();
    const host = stubApi();
    const share = vi.fn(async () => undefined);
    window.history.replaceState(null, "", "/index.html?inTeams=1#/snapshots");
    renderWithApi(<SidePanelView shareToStage={share} />, host.fetch);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Board snapshot · Oct 2026" }, slow),
    ).toBeInTheDocument();
    expect(screen.getByText("Portfolio ROI").nextElementSibling).toHaveTextContent("25%");
    expect(screen.getByText("Open risks").nextElementSibling).toHaveTextContent("4");
    expect(screen.queryByText("Maturity index")).not.toBeInTheDocument();
    expect(screen.getByText("Invoice matching reached production")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Share to stage" }));
    await waitFor(() =>
      expect(share).toHaveBeenCalledWith(
        "http://localhost:3000/index.html?inTeams=1#/snapshots/2026-10.v1?view=stage",
      ),
    );
    expect(await screen.findByText("Shared to the meeting stage.", {}, slow)).toBeInTheDocument();
  });

  it("says why it cannot share outside a meeting", async () => {
    renderWithApi(<SidePanelView shareToStage={null} />, stubApi().fetch);
    expect(await screen.findByRole("button", { name: "Share to stage" }, slow)).toBeDisabled();
    expect(screen.getByText("Sharing to the stage works inside a Teams meeting.")).toBeInTheDocument();
  });
});
