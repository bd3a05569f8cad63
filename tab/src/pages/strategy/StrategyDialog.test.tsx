import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../../test/fetchStub";
import { renderWithApi } from "../../../test/render";
import { strategyProfileInput } from "@domain/schemas/strategy";
import StrategyDialog from "./StrategyDialog";
import type { StoredStrategy } from "./strategyPeople";

const slow = { timeout: 5000 };

const executives = [
  { id: "ceo", displayName: "Avery Chen", jobTitle: "Chief Executive Officer" },
  { id: "cfo", displayName: "Casey Moreau", jobTitle: "Chief Financial Officer" },
];

const strategy: StoredStrategy = {
  id: "profile",
  tenantId: "t",
  vision: "AI where it pays",
  horizon: "2028",
  priorities: [
    { id: "p-cost", title: "Cut the cost to serve", rank: 1, sponsorId: "cfo" },
    { id: "p-growth", title: "Grow recurring revenue", rank: 2, sponsorId: "ceo" },
  ],
  executives,
  maturityFramework: "default-7x5",
  currency: "EUR",
  discountRate: 0.08,
  prioritisationWeights: { impact: 3, alignment: 2, feasibility: 2, resourceFit: 1, riskExposure: 2 },
  createdAt: "2026-01-10T09:00:00.000Z",
  createdBy: "cio",
  updatedAt: "2026-04-10T09:00:00.000Z",
  updatedBy: "cio",
  etag: 'W/"s1"',
};

const me = { id: "cio", name: "Robin Okafor" };

function setup(routes: Record<string, Handler>, mode: "edit" | "create" = "edit") {
  const host = stubFetch(routes);
  const onChanged = vi.fn<() => void>();
  const onOpenChange = vi.fn<(open: boolean) => void>();
  renderWithApi(
    <StrategyDialog
      strategy={mode === "edit" ? strategy : undefined}
      known={mode === "edit" ? executives : []}
      me={me}
      open
      onOpenChange={onOpenChange}
      onChanged={onChanged}
    />,
    host.fetch,
  );
  const name = mode === "edit" ? "Edit strategy" : "Set up the strategy";
  return { host, onChanged, onOpenChange, dialog: screen.getByRole("dialog", { name }) };
}

const puts = (host: ReturnType<typeof stubFetch>) => host.requests.filter((r) => r.method === "PUT");

describe("StrategyDialog", { timeout: 15_000 }, () => {
  it("asks for a vision and a priority's title at the fields and sends nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({});
    await user.clear(within(dialog).getByRole("textbox", { name: /Vision/ }));
    await user.click(within(dialog).getByRole("button", { name: "Add priority" }));
    await user.click(within(dialog).getByRole("button", { name: "Save strategy" }));
    await waitFor(
      () => expect(within(dialog).getByRole("textbox", { name: /Vision/ })).toHaveAccessibleDescription(/Enter the AI vision\./),
      slow,
    );
    expect(within(dialog).getByRole("textbox", { name: /^Priority 3/ })).toHaveAccessibleDescription(
      "Enter the priority's title.",
    );
    expect(within(dialog).getByText("Choose the priority's sponsor.")).toBeInTheDocument();
    expect(within(dialog).getByRole("status")).toHaveTextContent("3 fields need attention.");
    expect(puts(host)).toHaveLength(0);
  });

  it("keeps at least one priority", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({});
    await user.click(within(dialog).getByRole("button", { name: "Remove priority 2" }));
    await user.click(within(dialog).getByRole("button", { name: "Remove priority 1" }));
    await user.click(within(dialog).getByRole("button", { name: "Save strategy" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Keep at least one business priority.");
    expect(puts(host)).toHaveLength(0);
  });

  it("sends the whole profile with If-Match: the new vision, priorities reordered and ranked, the other settings kept", async () => {
    const user = userEvent.setup();
    const { host, dialog, onChanged, onOpenChange } = setup({
      "PUT /api/strategy": () => json({ ...strategy, etag: 'W/"s2"' }),
    });
    const vision = within(dialog).getByRole("textbox", { name: /Vision/ });
    await user.clear(vision);
    await user.type(vision, "AI in every core process");
    await user.click(within(dialog).getByRole("button", { name: "Move priority 2 up" }));
    expect(within(dialog).getByRole("textbox", { name: /^Priority 1/ })).toHaveValue("Grow recurring revenue");
    await user.click(within(dialog).getByRole("button", { name: "Add priority" }));
    await user.type(within(dialog).getByRole("textbox", { name: /^Priority 3/ }), "Safer operations");
    await user.type(within(dialog).getByRole("combobox", { name: "Sponsor of priority 3" }), "avery");
    await user.click(await screen.findByRole("option", { name: /Chief Executive Officer/ }, slow));
    await user.click(within(dialog).getByRole("button", { name: "Save strategy" }));

    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    expect(onOpenChange).toHaveBeenCalledWith(false);
    const [put] = puts(host);
    expect(put?.headers.get("if-match")).toBe('W/"s1"');
    const body = JSON.parse(put?.body ?? "{}") as Record<string, unknown>;
    expect(body).toEqual({
      vision: "AI in every core process",
      horizon: "2028",
      priorities: [
        { id: "p-growth", title: "Grow recurring revenue", rank: 1, sponsorId: "ceo" },
        { id: "p-cost", title: "Cut the cost to serve", rank: 2, sponsorId: "cfo" },
        { id: expect.stringMatching(/^p-[0-9a-f-]+$/) as unknown, title: "Safer operations", rank: 3, sponsorId: "ceo" },
      ],
      executives,
      maturityFramework: "default-7x5",
      currency: "EUR",
      discountRate: 0.08,
      prioritisationWeights: strategy.prioritisationWeights,
    });
  });

  it("shows the API's refusal at the field it names", async () => {
    const user = userEvent.setup();
    const { dialog, onChanged } = setup({
      "PUT /api/strategy": () =>
        problem(400, "Invalid the strategy profile", {
          errors: [{ path: "priorities.1.title", message: "a priority with this title exists already" }],
        }),
    });
    await user.click(within(dialog).getByRole("button", { name: "Save strategy" }));
    await waitFor(
      () =>
        expect(within(dialog).getByRole("textbox", { name: /^Priority 2/ })).toHaveAccessibleDescription(
          "a priority with this title exists already",
        ),
      slow,
    );
    expect(onChanged).not.toHaveBeenCalled();
  });

  it("on 412 shows what changed meanwhile and reapplies the change on top", async () => {
    const user = userEvent.setup();
    const theirs = { ...strategy, horizon: "2030", etag: 'W/"s9"' };
    let calls = 0;
    const { host, dialog, onChanged } = setup({
      "PUT /api/strategy": () => (++calls === 1 ? problem(412, "Precondition Failed") : json(theirs)),
      "GET /api/strategy": () => json(theirs),
    });
    const vision = within(dialog).getByRole("textbox", { name: /Vision/ });
    await user.clear(vision);
    await user.type(vision, "Mine");
    await user.click(within(dialog).getByRole("button", { name: "Save strategy" }));
    const changes = await within(dialog).findByRole("table", { name: "Changes made meanwhile" }, slow);
    expect(within(changes).getByRole("row", { name: /Horizon 2028 2030 2028/ })).toBeInTheDocument();
    expect(within(changes).getByRole("row", { name: /Vision AI where it pays AI where it pays Mine/ })).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Apply my change on top" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    const second = puts(host)[1];
    expect(second?.headers.get("if-match")).toBe('W/"s9"');
    expect(JSON.parse(second?.body ?? "{}")).toMatchObject({ vision: "Mine", horizon: "2030" });
  });

  it("changes the executives, currency, discount rate and weights with the rest", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({ "PUT /api/strategy": () => json({ ...strategy, etag: 'W/"s2"' }) });
    await user.click(within(dialog).getByRole("button", { name: "Add executive" }));
    await user.type(within(dialog).getByRole("textbox", { name: /^Name of executive 3/ }), "Sam Reyes");
    await user.type(within(dialog).getByRole("textbox", { name: /^Job title of executive 3/ }), "Chief Operating Officer");
    await user.type(within(dialog).getByRole("textbox", { name: /^Entra object id of executive 3/ }), "coo");
    const currency = within(dialog).getByRole("textbox", { name: /^Currency/ });
    await user.clear(currency);
    await user.type(currency, "chf");
    const rate = within(dialog).getByRole("textbox", { name: /^Discount rate/ });
    await user.clear(rate);
    await user.type(rate, "7,5");
    const impact = within(dialog).getByRole("textbox", { name: /^Impact weight/ });
    await user.clear(impact);
    await user.type(impact, "5");
    await user.click(within(dialog).getByRole("button", { name: "Save strategy" }));

    await waitFor(() => expect(puts(host)).toHaveLength(1), slow);
    expect(JSON.parse(puts(host)[0]?.body ?? "{}")).toMatchObject({
      executives: [...executives, { id: "coo", displayName: "Sam Reyes", jobTitle: "Chief Operating Officer" }],
      currency: "CHF",
      discountRate: 0.075,
      prioritisationWeights: { ...strategy.prioritisationWeights, impact: 5 },
    });
  });

  it("shows the API's 409 when initiatives still link to a removed priority, naming each", async () => {
    const user = userEvent.setup();
    const detail =
      "initiatives still link to 'Cut the cost to serve'; link those initiatives to other business priorities before removing it";
    const { host, dialog, onChanged } = setup({
      "PUT /api/strategy": () =>
        problem(409, "Conflict", {
          detail,
          errors: [{ path: "priorities", message: "'Cut the cost to serve' is linked by 2 initiatives: Chat triage, Invoice matching" }],
        }),
    });
    await user.click(within(dialog).getByRole("button", { name: "Remove priority 1" }));
    await user.click(within(dialog).getByRole("button", { name: "Save strategy" }));
    expect(await within(dialog).findByRole("alert", {}, slow)).toHaveTextContent(
      "'Cut the cost to serve' is linked by 2 initiatives: Chat triage, Invoice matching",
    );
    expect(within(dialog).getByRole("status")).toHaveTextContent(detail);
    expect(puts(host)).toHaveLength(1);
    expect(onChanged).not.toHaveBeenCalled();
  });
});

describe("StrategyDialog setting the strategy up", { timeout: 15_000 }, () => {
  it("starts from the defaults and sends the full valid profile without If-Match", async () => {
    const user = userEvent.setup();
    const created = { ...strategy, etag: 'W/"s1"' };
    const { host, dialog, onChanged, onOpenChange } = setup({ "PUT /api/strategy": () => json(created, 201) }, "create");
    expect(within(dialog).getByText(/^Step 1 of the nine steps/)).toBeInTheDocument();
    expect(within(dialog).getByRole("textbox", { name: /^Name of executive 1/ })).toHaveValue("Robin Okafor");
    expect(within(dialog).getByRole("textbox", { name: /^Currency/ })).toHaveValue("USD");
    expect(within(dialog).getByRole("textbox", { name: /^Discount rate/ })).toHaveValue("8");

    await user.type(within(dialog).getByRole("textbox", { name: /Vision/ }), "AI where it pays");
    await user.type(within(dialog).getByRole("textbox", { name: /^Horizon/ }), "2028");
    await user.type(within(dialog).getByRole("textbox", { name: /^Job title of executive 1/ }), "Chief Information Officer");
    await user.type(within(dialog).getByRole("textbox", { name: /^Priority 1/ }), "Cut the cost to serve");
    await user.type(within(dialog).getByRole("combobox", { name: "Sponsor of priority 1" }), "robin");
    await user.click(await screen.findByRole("option", { name: /Robin Okafor/ }, slow));
    await user.click(within(dialog).getByRole("button", { name: "Create strategy" }));

    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    expect(onOpenChange).toHaveBeenCalledWith(false);
    const [put] = puts(host);
    expect(put?.headers.has("if-match")).toBe(false);
    const body = JSON.parse(put?.body ?? "{}") as unknown;
    expect(body).toEqual({
      vision: "AI where it pays",
      horizon: "2028",
      priorities: [{ id: expect.stringMatching(/^p-[0-9a-f-]+$/) as unknown, title: "Cut the cost to serve", rank: 1, sponsorId: "cio" }],
      executives: [{ id: "cio", displayName: "Robin Okafor", jobTitle: "Chief Information Officer" }],
      maturityFramework: "default-7x5",
      currency: "USD",
      discountRate: 0.08,
      prioritisationWeights: { impact: 3, alignment: 2, feasibility: 2, resourceFit: 1, riskExposure: 2 },
    });
    expect(strategyProfileInput.safeParse(body).success).toBe(true);
  });

  it("refuses an invalid currency, discount rate, weight and executive at the fields and sends nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({}, "create");
    await user.type(within(dialog).getByRole("textbox", { name: /Vision/ }), "AI where it pays");
    await user.type(within(dialog).getByRole("textbox", { name: /^Horizon/ }), "2028");
    const currency = within(dialog).getByRole("textbox", { name: /^Currency/ });
    await user.clear(currency);
    await user.type(currency, "E");
    const rate = within(dialog).getByRole("textbox", { name: /^Discount rate/ });
    await user.clear(rate);
    await user.type(rate, "150");
    await user.clear(within(dialog).getByRole("textbox", { name: /^Risk exposure weight/ }));
    await user.clear(within(dialog).getByRole("textbox", { name: /^Name of executive 1/ }));
    await user.click(within(dialog).getByRole("button", { name: "Create strategy" }));

    await waitFor(
      () => expect(within(dialog).getByRole("textbox", { name: /^Currency/ })).toHaveAccessibleDescription(/Enter an ISO 4217 code such as EUR\./),
      slow,
    );
    expect(within(dialog).getByRole("textbox", { name: /^Discount rate/ })).toHaveAccessibleDescription(/Enter a yearly rate from 0 to 100 %\./);
    expect(within(dialog).getByRole("textbox", { name: /^Risk exposure weight/ })).toHaveAccessibleDescription("Enter a weight from 0 to 10.");
    expect(within(dialog).getByRole("textbox", { name: /^Name of executive 1/ })).toHaveAccessibleDescription("Enter the executive's name.");
    expect(within(dialog).getByRole("textbox", { name: /^Priority 1/ })).toHaveAccessibleDescription("Enter the priority's title.");
    expect(within(dialog).getByRole("status")).toHaveTextContent("6 fields need attention.");
    expect(puts(host)).toHaveLength(0);
  });
});
