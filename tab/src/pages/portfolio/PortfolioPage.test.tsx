import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../../test/fetchStub";
import { renderWithApi } from "../../../test/render";
import type { InitiativeListItem } from "../../api/types";
import { PortfolioPage } from "./PortfolioPage";

function initiative(id: string, overrides: Partial<InitiativeListItem> = {}): InitiativeListItem {
  return {
    id,
    title: `Initiative ${id}`,
    department: "Finance",
    stage: "pilot",
    health: "at-risk",
    outcomeOwnerId: "cfo",
    riskOwnerId: "ciso",
    valueCategory: "cost-reduction",
    priorityIds: ["p1"],
    etag: `W/"${id}"`,
    derived: { roi: 0.25, valueRealisation: null, priorityScore: 82, openRisks: 2, highestOpenBand: "high" },
    ...overrides,
  };
}

const strategy = {
  vision: "AI where it pays",
  currency: "EUR",
  executives: [
    { id: "cfo", displayName: "Casey Moreau", jobTitle: "Chief Financial Officer" },
    { id: "coo", displayName: "Rui Tanaka", jobTitle: "Chief Operating Officer" },
  ],
};

function setup(initiatives: Handler, strategyAnswer: Handler = () => json(strategy)) {
  const host = stubFetch({ "GET /api/strategy": strategyAnswer, "GET /api/initiatives": initiatives });
  renderWithApi(<PortfolioPage />, host.fetch);
  return host;
}

const rows = () => screen.getAllByRole("row").slice(1);
const lastQuery = (host: ReturnType<typeof stubFetch>) => host.urls("/api/initiatives").at(-1)?.searchParams;

beforeEach(() => window.history.replaceState(null, "", "/#/portfolio"));

describe("PortfolioPage", () => {
  it("shows the initiatives the API returns", async () => {
    const host = setup(() =>
      json({
        items: [
          initiative("a"),
          initiative("b", {
            title: "Claims triage",
            department: "Operations",
            stage: "production",
            health: "on-track",
            outcomeOwnerId: "coo",
            derived: {
              roi: 1.4,
              valueRealisation: 0.93,
              priorityScore: 64.6,
              openRisks: 0,
              highestOpenBand: null,
            },
          }),
        ],
        continuationToken: null,
      }),
    );

    expect(screen.getByRole("heading", { level: 1, name: "Portfolio" })).toBeInTheDocument();
    await screen.findByRole("cell", { name: "Claims triage" });
    expect(rows()).toHaveLength(2);
    expect(screen.getByRole("status")).toHaveTextContent("2 initiatives");

    // What a screen reader announces per cell (decorative avatars and dashes are hidden from it).
    const cellsOf = (row: HTMLElement) => within(row).getAllByRole("cell");
    const [a, b] = rows();
    const expectCells = (row: HTMLElement | undefined, names: string[]) =>
      cellsOf(row!).forEach((cell, i) => expect(cell).toHaveAccessibleName(names[i]));
    expectCells(a, [
      "Initiative a",
      "Finance",
      "Pilot",
      "At risk",
      "Casey Moreau",
      "25%",
      "Not measured yet",
      "82",
      "2, highest band High",
    ]);
    expectCells(b, [
      "Claims triage",
      "Operations",
      "Production",
      "On track",
      "Rui Tanaka",
      "140%",
      "93%",
      "65",
      "None",
    ]);

    expect(lastQuery(host)?.toString()).toBe("pageSize=50&sort=priorityScore&order=desc");
    expect(host.requests.every((r) => r.headers.get("authorization") === "Bearer test-token")).toBe(true);
  });

  it("sorts on the server when a column header is clicked", async () => {
    const user = userEvent.setup();
    const host = setup(() => json({ items: [initiative("a")], continuationToken: null }));
    await screen.findByRole("cell", { name: "Initiative a" });
    expect(screen.getByRole("columnheader", { name: /Priority score/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );

    await user.click(screen.getByRole("button", { name: "ROI" }));
    await waitFor(() => expect(lastQuery(host)?.get("sort")).toBe("roi"));
    expect(lastQuery(host)?.get("order")).toBe("desc");
    expect(window.location.hash).toBe("#/portfolio?sort=roi&order=desc");
    expect(await screen.findByRole("columnheader", { name: /ROI/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );

    await user.click(screen.getByRole("button", { name: "ROI" }));
    await waitFor(() => expect(lastQuery(host)?.get("order")).toBe("asc"));

    await user.click(screen.getByRole("button", { name: "Initiative" }));
    await waitFor(() => expect(lastQuery(host)?.get("sort")).toBe("title"));
    expect(lastQuery(host)?.get("order")).toBe("asc");
    // The owner column cannot be sorted on the server (it knows ids, not names).
    expect(screen.getByRole("columnheader", { name: "Outcome owner" })).not.toHaveAttribute("aria-sort");
  });

  it("appends the next page with the continuation token", async () => {
    const user = userEvent.setup();
    const host = setup((r) =>
      r.url.searchParams.get("continuationToken") === "page-2"
        ? json({ items: [initiative("c")], continuationToken: null })
        : json({ items: [initiative("a"), initiative("b")], continuationToken: "page-2" }),
    );
    await screen.findByRole("cell", { name: "Initiative b" });
    expect(screen.getByRole("status")).toHaveTextContent("2 initiatives, more to load");

    await user.click(screen.getByRole("button", { name: "Load more" }));
    await screen.findByRole("cell", { name: "Initiative c" });
    expect(rows().map((r) => within(r).getAllByRole("cell")[0]?.textContent)).toEqual([
      "Initiative a",
      "Initiative b",
      "Initiative c",
    ]);
    expect(lastQuery(host)?.get("continuationToken")).toBe("page-2");
    expect(lastQuery(host)?.get("sort")).toBe("priorityScore");
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("3 initiatives");
  });

  it("counts against the total the API reports", async () => {
    window.history.replaceState(null, "", "/#/portfolio?stage=pilot");
    setup(() => json({ items: [initiative("a"), initiative("b")], continuationToken: "page-2", total: 7 }));
    await screen.findByRole("cell", { name: "Initiative b" });
    expect(screen.getByRole("status")).toHaveTextContent("Showing 2 of 7 initiatives matching the filters");
  });

  it("filters by stage through the URL and the request", async () => {
    const user = userEvent.setup();
    const host = setup((r) =>
      json({
        items: r.url.searchParams.get("stage") === "scaling" ? [] : [initiative("a")],
        continuationToken: null,
      }),
    );
    await screen.findByRole("cell", { name: "Initiative a" });

    await user.click(screen.getByRole("combobox", { name: "Stage" }));
    await user.click(screen.getByRole("option", { name: "Scaling" }));

    await waitFor(() => expect(lastQuery(host)?.get("stage")).toBe("scaling"));
    expect(window.location.hash).toBe("#/portfolio?stage=scaling");
    expect(
      await screen.findByRole("heading", { name: "No initiatives match these filters" }),
    ).toBeInTheDocument();

    await user.click(screen.getAllByRole("button", { name: "Clear filters" })[0]!);
    await screen.findByRole("cell", { name: "Initiative a" });
    expect(window.location.hash).toBe("#/portfolio");
  });

  it("reads filters and sort from a deep link", async () => {
    window.history.replaceState(
      null,
      "",
      "/#/portfolio?department=Finance&owner=cfo&sort=openRisks&order=asc",
    );
    const host = setup(() => json({ items: [initiative("a")], continuationToken: null }));
    await screen.findByRole("cell", { name: "Initiative a" });
    expect(Object.fromEntries(lastQuery(host) ?? [])).toEqual({
      pageSize: "50",
      sort: "openRisks",
      order: "asc",
      department: "Finance",
      owner: "cfo",
    });
    expect(screen.getByRole("combobox", { name: "Owner" })).toHaveTextContent("Casey Moreau");
    expect(screen.getByRole("combobox", { name: "Department" })).toHaveTextContent("Finance");
  });

  it("shows owners by id, with a hint, while the tenant has no strategy profile", async () => {
    setup(
      () => json({ items: [initiative("a")], continuationToken: null }),
      () => problem(404, "No strategy profile"),
    );
    expect(await screen.findByText("No strategy profile yet.")).toBeInTheDocument();
    const ownerCell = within(rows()[0]!).getAllByRole("cell")[4];
    expect(ownerCell).toHaveTextContent("cfo");
  });

  it("says what went wrong and retries", async () => {
    const user = userEvent.setup();
    let calls = 0;
    const host = setup(() =>
      ++calls === 1
        ? problem(500, "Internal error")
        : json({ items: [initiative("a")], continuationToken: null }),
    );
    expect(await screen.findByText(/Couldn't load the portfolio/)).toBeInTheDocument();
    expect(screen.getByText(/Try again in a moment/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByRole("cell", { name: "Initiative a" });
    expect(host.urls("/api/initiatives")).toHaveLength(2);
  });

  it("explains an empty portfolio", async () => {
    setup(() => json({ items: [], continuationToken: null }));
    expect(
      await screen.findByRole("heading", { level: 2, name: "No AI initiatives yet" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("0 initiatives");
  });

  it("shows placeholders while the first page loads", async () => {
    setup(() => new Promise<Response>(() => {}));
    expect(screen.getByRole("table", { name: "Initiatives" })).toHaveAttribute("aria-busy", "true");
    expect(screen.getByRole("status")).toHaveTextContent("Loading initiatives…");
  });
});

describe("PortfolioPage, adding an initiative", () => {
  const profile = {
    ...strategy,
    priorities: [{ id: "p1", title: "Lower the cost to serve", rank: 1, sponsorId: "cfo" }],
  };
  const render = (canCreate: boolean, routes: Record<string, Handler> = {}) => {
    const host = stubFetch({
      "GET /api/strategy": () => json(profile),
      "GET /api/initiatives": () => json({ items: [initiative("a")], continuationToken: null }),
      ...routes,
    });
    renderWithApi(<PortfolioPage canCreate={canCreate} />, host.fetch);
    return host;
  };

  it("offers no way to add one to who may not", async () => {
    render(false);
    await screen.findByRole("cell", { name: "Initiative a" });
    expect(screen.queryByRole("button", { name: "New initiative" })).toBeNull();
  });

  it(
    "adds one with the strategy's priorities and owners, then opens its page",
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      const host = render(true, {
        "POST /api/initiatives": () => json({ ...initiative("new-1"), stage: "idea" }, 201),
      });
      await screen.findByRole("cell", { name: "Initiative a" });
      await user.click(screen.getByRole("button", { name: "New initiative" }));
      const dialog = await screen.findByRole("dialog", { name: "New initiative" }, { timeout: 5000 });
      const paste = async (name: RegExp, text: string) => {
        await user.click(within(dialog).getByRole("textbox", { name }));
        await user.paste(text);
      };
      await paste(/Title/, "Claims triage assistant");
      await paste(/Department/, "Operations");
      await user.click(within(dialog).getByRole("combobox", { name: /Business priorities/ }));
      await user.click(await screen.findByRole("menuitemcheckbox", { name: "Lower the cost to serve" }));
      await user.click(within(dialog).getByRole("textbox", { name: /Department/ }));
      await user.selectOptions(
        within(dialog).getByRole("combobox", { name: /Value category/ }),
        "cost-reduction",
      );
      for (const [field, name] of [
        ["Outcome owner", "Casey Moreau"],
        ["Risk owner", "Rui Tanaka"],
      ] as const) {
        await user.type(within(dialog).getByRole("combobox", { name: field }), name.slice(0, 4));
        await user.click(await screen.findByRole("option", { name: new RegExp(name) }));
      }
      await user.click(within(dialog).getByRole("button", { name: "Create initiative" }));
      await waitFor(() => expect(window.location.hash).toBe("#/initiatives/new-1?from=%2Fportfolio"), {
        timeout: 5000,
      });
      const post = host.requests.find((r) => r.method === "POST");
      expect(JSON.parse(post?.body ?? "{}")).toMatchObject({
        title: "Claims triage assistant",
        priorityIds: ["p1"],
        outcomeOwnerId: "cfo",
        riskOwnerId: "coo",
        stage: "idea",
      });
    },
  );
});
