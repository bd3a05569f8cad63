import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, problem, stubFetch } from "../../../test/fetchStub";
import { renderWithApi } from "../../../test/render";
import { StrategyView } from "./StrategyPage";

const slow = { timeout: 5000 };

const strategy = {
  id: "profile",
  vision: "AI where it pays",
  horizon: "2028",
  priorities: [
    { id: "p-growth", title: "Grow recurring revenue", rank: 2, sponsorId: "ceo" },
    { id: "p-cost", title: "Cut the cost to serve", rank: 1, sponsorId: "cfo" },
  ],
  executives: [
    { id: "ceo", displayName: "Avery Chen", jobTitle: "Chief Executive Officer" },
    { id: "cfo", displayName: "Casey Moreau", jobTitle: "Chief Financial Officer" },
  ],
  updatedAt: "2026-04-10T09:00:00.000Z",
  updatedBy: "cfo",
  etag: 'W/"s1"',
};

describe("StrategyView", { timeout: 15_000 }, () => {
  it("shows the vision and the priorities in rank order with their sponsors, and Edit for the portfolio office", async () => {
    const host = stubFetch({ "GET /api/strategy": () => json(strategy) });
    renderWithApi(<StrategyView manages />, host.fetch);
    expect(await screen.findByTestId("strategy-vision", {}, slow)).toHaveTextContent("AI where it pays");
    expect(screen.getByRole("region", { name: "Vision" })).toHaveTextContent("Horizon: 2028");
    const rows = within(screen.getByRole("table", { name: "Business priorities" })).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^1Cut the cost to serve.*Casey Moreau$/),
      expect.stringMatching(/^2Grow recurring revenue.*Avery Chen$/),
    ]);
    expect(screen.getByRole("button", { name: "Edit strategy" })).toBeInTheDocument();
  });

  it("shows no edit control to an executive", async () => {
    const host = stubFetch({ "GET /api/strategy": () => json(strategy) });
    renderWithApi(<StrategyView manages={false} />, host.fetch);
    await screen.findByTestId("strategy-vision", {}, slow);
    expect(screen.queryByRole("button", { name: "Edit strategy" })).toBeNull();
  });

  it("says so when there is no strategy profile yet, as step 1 of the nine, set up by the portfolio office", async () => {
    const host = stubFetch({ "GET /api/strategy": () => problem(404, "Not Found") });
    renderWithApi(<StrategyView manages={false} />, host.fetch);
    const empty = await screen.findByRole("region", { name: "No strategy profile yet" }, slow);
    expect(empty).toHaveTextContent(/step 1 of the nine steps/);
    expect(empty).toHaveTextContent("The portfolio office sets it up");
    expect(screen.queryByRole("button", { name: "Set up the strategy" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Edit strategy" })).toBeNull();
  });

  it("lets a Portfolio.Manager set up the strategy on 404, then shows it", async () => {
    const user = userEvent.setup();
    let created = false;
    const host = stubFetch({
      "GET /api/strategy": () => (created ? json(strategy) : problem(404, "Not Found")),
      "PUT /api/strategy": () => {
        created = true;
        return json(strategy, 201);
      },
    });
    renderWithApi(<StrategyView manages me={{ id: "cfo", name: "Casey Moreau" }} />, host.fetch);
    await user.click(await screen.findByRole("button", { name: "Set up the strategy" }, slow));
    const dialog = await screen.findByRole("dialog", { name: "Set up the strategy" }, slow);
    await user.type(within(dialog).getByRole("textbox", { name: /Vision/ }), "AI where it pays");
    await user.type(within(dialog).getByRole("textbox", { name: /^Horizon/ }), "2028");
    await user.type(within(dialog).getByRole("textbox", { name: /^Priority 1/ }), "Cut the cost to serve");
    await user.type(within(dialog).getByRole("combobox", { name: "Sponsor of priority 1" }), "casey");
    await user.click(await screen.findByRole("option", { name: /Casey Moreau/ }, slow));
    await user.click(within(dialog).getByRole("button", { name: "Create strategy" }));

    expect(await screen.findByTestId("strategy-vision", {}, slow)).toHaveTextContent("AI where it pays");
    const put = host.requests.find((r) => r.method === "PUT");
    expect(put?.headers.has("if-match")).toBe(false);
    expect(JSON.parse(put?.body ?? "{}")).toMatchObject({
      executives: [{ id: "cfo", displayName: "Casey Moreau", jobTitle: "" }],
      priorities: [{ title: "Cut the cost to serve", rank: 1, sponsorId: "cfo" }],
    });
  });
});
