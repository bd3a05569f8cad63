import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { boardView, initiativeRow } from "../../../test/boardView";
import { json, problem, stubFetch, type Handler } from "../../../test/fetchStub";
import { renderWithApi } from "../../../test/render";
import BoardPage from "./BoardPage";

function setup(board: Handler = () => json(boardView())) {
  const host = stubFetch({ "GET /api/board": board });
  renderWithApi(<BoardPage />, host.fetch);
  return host;
}

const lastBoardQuery = (host: ReturnType<typeof stubFetch>) =>
  Object.fromEntries(host.urls("/api/board").at(-1)?.searchParams ?? []);

const hashChange = () => new Promise((resolve) => window.addEventListener("hashchange", resolve, { once: true }));

beforeEach(() => window.history.replaceState(null, "", "/#/board"));

describe("BoardPage", () => {
  it("shows the KPI cards, the charts and the initiatives of the board view", async () => {
    setup();
    expect(screen.getByRole("heading", { level: 1, name: "Board" })).toBeInTheDocument();
    expect(await screen.findByRole("region", { name: "Portfolio ROI" })).toHaveTextContent("25%");
    expect(screen.getByRole("region", { name: "Overdue mitigations" })).toHaveTextContent("-2, an improvement");
    expect(screen.getByRole("img", { name: /^Stage funnel\./ })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: /^Risk exposure per owner\. 2 owners\. Highest exposure: Rui Tanaka/ })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Initiatives in scope" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(screen.getByRole("status")).toHaveTextContent("As of Nov 2026 · 2 initiatives in scope");
  });

  it("reads the slicers from a deep link and asks the API for them", async () => {
    window.history.replaceState(null, "", "/#/board?stage=pilot,scaling&owner=cfo&period=2026-09");
    const host = setup();
    await screen.findByRole("region", { name: "Portfolio ROI" });
    expect(lastBoardQuery(host)).toEqual({ owner: "cfo", stage: "pilot,scaling", period: "2026-09" });
    expect(screen.getByRole("combobox", { name: "Owner" })).toHaveTextContent("Casey Moreau");
    expect(screen.getByRole("combobox", { name: "Stage" })).toHaveTextContent("2 stages");
    expect(screen.getByRole("combobox", { name: "Period" })).toHaveTextContent("Sep 2026");
    // Drill-through keeps the slicers and where it came from.
    expect(screen.getByRole("link", { name: "Claims triage" })).toHaveAttribute(
      "href",
      "#/initiatives/b?owner=cfo&stage=pilot%2Cscaling&period=2026-09&from=%2Fboard",
    );
  });

  it("keeps a slicer choice in the URL; Back and Clear all undo it", async () => {
    const user = userEvent.setup();
    const host = setup();
    await screen.findByRole("region", { name: "Portfolio ROI" });

    await user.click(screen.getByRole("combobox", { name: "Department" }));
    // A multi-select dropdown lists its values as checkable menu items.
    await user.click(screen.getByRole("menuitemcheckbox", { name: "Operations" }));
    await waitFor(() => expect(window.location.hash).toBe("#/board?department=Operations"));
    await waitFor(() => expect(lastBoardQuery(host)).toEqual({ department: "Operations" }));
    await user.keyboard("{Escape}");

    await act(async () => {
      window.history.back();
      await hashChange();
    });
    await waitFor(() => expect(lastBoardQuery(host)).toEqual({}));
    expect(screen.getByRole("combobox", { name: "Department" })).toHaveTextContent("All departments");

    await act(async () => {
      window.history.forward();
      await hashChange();
    });
    await waitFor(() => expect(screen.getByRole("button", { name: "Clear all" })).toBeEnabled());
    await user.click(screen.getByRole("button", { name: "Clear all" }));
    await waitFor(() => expect(window.location.hash).toBe("#/board"));
  });

  it("offers every chart as a table", async () => {
    const user = userEvent.setup();
    setup();
    await screen.findByRole("region", { name: "Portfolio ROI" });
    await user.click(screen.getByRole("button", { name: "View as table: Stage funnel" }));
    const rows = within(screen.getByRole("table", { name: "Stage funnel" })).getAllByRole("row");
    expect(rows.map((r) => r.textContent)).toContain("Pilot12");
  });

  it("says what went wrong and retries", async () => {
    const user = userEvent.setup();
    let calls = 0;
    const host = setup(() => (++calls === 1 ? problem(503, "Service unavailable") : json(boardView())));
    expect(await screen.findByText(/Couldn't load the board/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("region", { name: "Portfolio ROI" })).toBeInTheDocument();
    expect(host.urls("/api/board")).toHaveLength(2);
  });

  it("walks a new tenant through the nine steps", async () => {
    setup(() =>
      json(
        boardView({
          initiatives: [],
          options: { departments: [], owners: [], stages: [], priorities: [] },
        }),
      ),
    );
    expect(await screen.findByRole("heading", { name: "Your AI programme starts here" })).toBeInTheDocument();
    const steps = within(screen.getByRole("list", { name: "The nine steps" })).getAllByRole("heading", { level: 3 });
    expect(steps.map((s) => s.textContent)).toEqual(["Step 1: Define the AI vision", "Step 2: Assess AI maturity"]);
    expect(screen.getByText(/Next: Assess the seven maturity dimensions/)).toBeInTheDocument();
  });

  it("shows placeholders while the board loads", () => {
    setup(() => new Promise<Response>(() => {}));
    expect(screen.getByLabelText("Loading the board")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Department" })).toBeDisabled();
  });

  it("renders a board of 1,000 initiatives a page of rows at a time", async () => {
    const initiatives = Array.from({ length: 1000 }, (_, k) => initiativeRow(`i${k}`, { title: `Initiative ${k + 1}` }));
    const valueFeasibility = initiatives.map((i) => ({
      id: i.id,
      title: i.title,
      value: 3,
      feasibility: 3,
      priorityScore: i.priorityScore,
      stage: i.stage,
      department: i.department,
    }));
    setup(() => json(boardView({ initiatives, valueFeasibility })));
    const table = await screen.findByRole("table", { name: "Initiatives in scope" });
    expect(within(table).getAllByRole("row")).toHaveLength(11);
    expect(screen.getByText("Rows 1–10 of 1,000")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("1,000 initiatives in scope");
  });
});
