import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../../test/fetchStub";
import { renderWithApi } from "../../../test/render";
import { hashOf, snapshotMeta, verified } from "../../snapshots/fixtures.testdata";
import type { SnapshotMeta } from "../../snapshots/types";
import { snapshotAccess } from "./access";
import { SnapshotListPage } from "./SnapshotListPage";

/** Generous under a loaded test run (the view renders charts and tables). */
const slow = { timeout: 5000 };

const now = new Date("2026-11-25T12:00:00Z");

/** October corrected (v2 supersedes v1), September published, November's draft. */
const items: SnapshotMeta[] = [
  snapshotMeta({
    period: "2026-11",
    status: "draft",
    publishedAt: null,
    publishedBy: null,
    chainIndex: null,
    previousHash: null,
  }),
  snapshotMeta({
    period: "2026-10",
    version: 2,
    supersedes: "2026-10.v1",
    correctionReason: "Benefits of October were booked twice",
    contentHash: hashOf("c"),
    chainIndex: 3,
  }),
  snapshotMeta({
    period: "2026-10",
    status: "superseded",
    supersededBy: "2026-10.v2",
    supersededAt: "2026-11-10T08:00:00.000Z",
    chainIndex: 2,
  }),
  snapshotMeta({ period: "2026-09", contentHash: hashOf("b"), publishedAt: "2026-10-02T09:00:00.000Z" }),
];

function setup(roles: string[], routes: Record<string, Handler> = {}) {
  const host = stubFetch({
    "GET /api/snapshots": () => json({ items }),
    "GET /api/snapshots/verify": () => json(verified(3)),
    ...routes,
  });
  renderWithApi(<SnapshotListPage access={snapshotAccess(roles)} now={now} />, host.fetch);
  return host;
}

const table = () => screen.findByRole("table", { name: "Board snapshots by month" }, slow);
const rowTexts = async () =>
  within(await table())
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.textContent ?? "");

describe("SnapshotListPage", { timeout: 15_000 }, () => {
  it("lists a board member's published and superseded months with their badges, never a draft", async () => {
    setup(["Board.Member"]);
    const rows = await rowTexts();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^Oct 2026 · v2Published/);
    expect(rows[0]).toContain("Corrects v1: Benefits of October were booked twice");
    expect(rows[0]).toContain(hashOf("c").slice(0, 12));
    expect(rows[1]).toMatch(/^Oct 2026 · v1Superseded/);
    expect(rows[1]).toContain("Corrected by v2");
    expect(rows[2]).toMatch(/^Sep 2026 · v1Published/);
    expect(screen.queryByText(/Draft/)).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Prepare a board snapshot" })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Oct 2026 · v2" })).toHaveAttribute(
      "href",
      "#/snapshots/2026-10.v2",
    );
    // Compare the latest published month with the one before it.
    expect(screen.getByRole("link", { name: "Compare months" })).toHaveAttribute(
      "href",
      "#/snapshots/compare?from=2026-09.v1&to=2026-10.v2",
    );
  });

  it("says the chain verified, with how many snapshots", async () => {
    setup(["Board.Member"]);
    expect(await screen.findByRole("status", { name: "Snapshot chain" }, slow)).toHaveTextContent(
      "Chain verified · 3 snapshots",
    );
  });

  it("names the snapshot that fails verification and what that means", async () => {
    setup(["Board.Member"], {
      "GET /api/snapshots/verify": () =>
        json({
          intact: false,
          checked: 3,
          problems: [
            {
              snapshotId: "2026-09.v1",
              period: "2026-09",
              version: 1,
              blobName: "t1/2026-09/v1.json",
              reason: "tampered",
              detail: `the stored document hashes to ${hashOf("d")}, published as ${hashOf("b")}`,
            },
          ],
        }),
    });
    const alert = await screen.findByText(/Chain broken · 1 of 3 snapshots fail verification/, {}, slow);
    const bar = alert.closest("[aria-label='Snapshot chain']") as HTMLElement;
    expect(within(bar).getByRole("link", { name: "Sep 2026 v1" })).toHaveAttribute(
      "href",
      "#/snapshots/2026-09.v1",
    );
    expect(bar).toHaveTextContent(
      /Tampered: its stored document no longer matches the SHA-256 hash recorded when it was published/,
    );
  });

  it("shows executives the drafts, clearly badged, but no way to prepare one", async () => {
    setup(["Executive"]);
    const rows = await rowTexts();
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain("Draft · not visible to the board");
    expect(rows[0]).toContain("Hashed when published");
    expect(screen.getByRole("link", { name: "Nov 2026 · v1" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Create draft|Refresh draft/ })).not.toBeInTheDocument();
  });

  it("lets the portfolio office draft the month just ended, and refresh an open draft with its ETag", async () => {
    const user = userEvent.setup();
    const host = setup(["Executive", "Portfolio.Manager"], {
      "POST /api/snapshots": (r) => {
        const { period } = JSON.parse(r.body ?? "{}") as { period: string };
        return period === "2026-08"
          ? problem(409, "Conflict", { detail: "2026-08 already has a published snapshot" })
          : json(snapshotMeta({ period, status: "draft" }), 201);
      },
    });
    await table();
    const month = screen.getByRole("combobox", { name: "Month" });
    expect(month).toHaveValue("2026-10");
    // October is published: it is corrected from its own page.
    expect(screen.getByText(/Oct 2026 is published \(v2\)/)).toBeInTheDocument();

    await user.selectOptions(month, "2026-11");
    await user.click(screen.getByRole("button", { name: "Refresh draft" }));
    await waitFor(() => expect(window.location.hash).toBe("#/snapshots/2026-11.v1"));
    const refresh = host.requests.find((r) => r.method === "POST");
    expect(JSON.parse(refresh?.body ?? "{}")).toEqual({ period: "2026-11" });
    expect(refresh?.headers.get("if-match")).toBe('W/"etag-2026-11-1"');

    await user.selectOptions(month, "2026-08");
    await user.click(screen.getByRole("button", { name: "Create draft" }));
    expect(await screen.findByText("The draft was not created.", {}, slow)).toBeInTheDocument();
    expect(screen.getByText(/2026-08 already has a published snapshot/)).toBeInTheDocument();
  });

  it("tells a board member when nothing has been published yet", async () => {
    setup(["Board.Member"], {
      "GET /api/snapshots": () => json({ items: [items[0]] }),
      "GET /api/snapshots/verify": () => json(verified(0)),
    });
    expect(
      await screen.findByRole("heading", { level: 2, name: "No snapshot has been published yet" }, slow),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Board snapshots by month" })).not.toBeInTheDocument();
  });
});
