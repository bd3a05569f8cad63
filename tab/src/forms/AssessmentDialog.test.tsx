import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../test/fetchStub";
import { renderWithApi } from "../../test/render";
import type { AssessmentItem } from "../api/types";
import AssessmentDialog from "./AssessmentDialog";

const slow = { timeout: 5000 };
const dimensions = [
  "Strategy",
  "Value",
  "Organisation",
  "People & Culture",
  "Governance",
  "Engineering",
  "Data",
];

function setup(routes: Record<string, Handler>) {
  const host = stubFetch(routes);
  const onChanged = vi.fn<() => void>();
  const onOpenChange = vi.fn<(open: boolean) => void>();
  renderWithApi(
    <AssessmentDialog period="2026-11" open onOpenChange={onOpenChange} onChanged={onChanged} />,
    host.fetch,
  );
  const dialog = screen.getByRole("dialog", { name: "Record assessment" });
  const group = (name: string) => within(dialog).getByRole("group", { name });
  return { host, onChanged, dialog, group };
}

async function rateAll(user: ReturnType<typeof userEvent.setup>, group: (name: string) => HTMLElement) {
  for (const [k, name] of dimensions.entries()) {
    await user.selectOptions(
      within(group(name)).getByRole("combobox", { name: /Current level/ }),
      String((k % 4) + 1),
    );
    await user.selectOptions(within(group(name)).getByRole("combobox", { name: /Target level/ }), "5");
  }
}

describe("AssessmentDialog", { timeout: 20_000 }, () => {
  it("names each level and asks at the field for what is missing, sending nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog, group } = setup({});
    const current = within(group("Data")).getByRole("combobox", { name: /Current level/ });
    expect(
      within(current)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Not chosen", "1 Awareness", "2 Active", "3 Operational", "4 Systemic", "5 Transformational"]);
    await user.clear(within(dialog).getByRole("textbox", { name: /Month/ }));
    await user.type(within(dialog).getByRole("textbox", { name: /Month/ }), "Nov 2026");
    await user.click(within(dialog).getByRole("button", { name: "Save assessment" }));
    await waitFor(
      () =>
        expect(within(dialog).getByRole("textbox", { name: /Month/ })).toHaveAccessibleDescription(
          "Enter the month as YYYY-MM.",
        ),
      slow,
    );
    expect(current).toHaveAccessibleDescription("Choose the level reached now.");
    expect(within(group("Data")).getByRole("combobox", { name: /Target level/ })).toHaveAccessibleDescription(
      "Choose the level aimed for.",
    );
    expect(within(dialog).getByRole("status")).toHaveTextContent("15 fields need attention.");
    expect(host.requests).toHaveLength(0);
  });

  it("posts the month with all seven dimensions and their evidence", async () => {
    const user = userEvent.setup();
    const { host, onChanged, group, dialog } = setup({
      "POST /api/maturity-assessments": () => json({}, 201),
    });
    await rateAll(user, group);
    await user.type(within(group("Data")).getByRole("textbox", { name: "Evidence" }), "Data catalogue live");
    await user.click(within(dialog).getByRole("button", { name: "Save assessment" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    const post = host.requests.find((r) => r.method === "POST");
    expect(JSON.parse(post?.body ?? "{}")).toEqual({
      period: "2026-11",
      framework: "default-7x5",
      notes: "",
      dimensions: [
        "strategy",
        "value",
        "organisation",
        "people-culture",
        "governance",
        "engineering",
        "data",
      ].map((d, k) => ({
        dimension: d,
        current: (k % 4) + 1,
        target: 5,
        evidence: d === "data" ? "Data catalogue live" : "",
      })),
    });
  });

  it("says at the month when that month is assessed already (409)", async () => {
    const user = userEvent.setup();
    const { onChanged, group, dialog } = setup({
      "POST /api/maturity-assessments": () => problem(409, "Conflict"),
    });
    await rateAll(user, group);
    await user.click(within(dialog).getByRole("button", { name: "Save assessment" }));
    await waitFor(
      () =>
        expect(within(dialog).getByRole("textbox", { name: /Month/ })).toHaveAccessibleDescription(
          "This month is assessed already: choose another month.",
        ),
      slow,
    );
    expect(onChanged).not.toHaveBeenCalled();
  });
});

const dimensionIds = [
  "strategy",
  "value",
  "organisation",
  "people-culture",
  "governance",
  "engineering",
  "data",
] as const;
const recorded = {
  id: "2026-10",
  tenantId: "t",
  period: "2026-10",
  framework: "default-7x5",
  dimensions: dimensionIds.map((d, k) => ({
    dimension: d,
    current: (k % 3) + 1,
    target: 4,
    evidence: d === "data" ? "Catalogue planned" : "",
  })),
  notes: "First pass",
  createdAt: "2026-10-05T09:00:00.000Z",
  createdBy: "cio",
  updatedAt: "2026-10-05T09:00:00.000Z",
  updatedBy: "cio",
  etag: 'W/"a1"',
} satisfies AssessmentItem;
const patchPath = "PATCH /api/maturity-assessments/2026-10";

function edit(routes: Record<string, Handler>) {
  const host = stubFetch(routes);
  const onChanged = vi.fn<() => void>();
  renderWithApi(
    <AssessmentDialog assessment={recorded} open onOpenChange={() => {}} onChanged={onChanged} />,
    host.fetch,
  );
  const dialog = screen.getByRole("dialog", { name: "Edit assessment" });
  const group = (name: string) => within(dialog).getByRole("group", { name });
  return { host, onChanged, dialog, group };
}

describe("AssessmentDialog, editing", { timeout: 20_000 }, () => {
  it("opens with the assessment as recorded, its month fixed", () => {
    const { dialog, group } = edit({});
    expect(within(dialog).queryByRole("textbox", { name: /Month/ })).toBeNull();
    expect(within(dialog).getByText(/Assessment of/)).toHaveTextContent("Oct 2026");
    expect(within(group("Value")).getByRole("combobox", { name: /Current level/ })).toHaveValue("2");
    expect(within(group("Value")).getByRole("combobox", { name: /Target level/ })).toHaveValue("4");
    expect(within(group("Data")).getByRole("textbox", { name: "Evidence" })).toHaveValue("Catalogue planned");
    expect(within(dialog).getByRole("textbox", { name: "Notes" })).toHaveValue("First pass");
  });

  it("asks at the field for a level taken away, sending nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog, group } = edit({});
    const target = within(group("Governance")).getByRole("combobox", { name: /Target level/ });
    await user.selectOptions(target, "");
    await user.click(within(dialog).getByRole("button", { name: "Save assessment" }));
    await waitFor(() => expect(target).toHaveAccessibleDescription("Choose the level aimed for."), slow);
    expect(within(dialog).getByRole("status")).toHaveTextContent("One field needs attention.");
    expect(host.requests).toHaveLength(0);
  });

  it("patches all seven dimensions with the assessment's ETag when one level changed", async () => {
    const user = userEvent.setup();
    const { host, onChanged, dialog, group } = edit({
      [patchPath]: () => json({ ...recorded, etag: 'W/"a2"' }),
    });
    await user.selectOptions(within(group("Data")).getByRole("combobox", { name: /Current level/ }), "3");
    await user.click(within(dialog).getByRole("button", { name: "Save assessment" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    const patch = host.requests.find((r) => r.method === "PATCH");
    expect(patch?.headers.get("if-match")).toBe('W/"a1"');
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({
      dimensions: recorded.dimensions.map((d) => (d.dimension === "data" ? { ...d, current: 3 } : d)),
    });
  });

  it("on 412 shows what changed meanwhile next to mine, and applies mine on top", async () => {
    const user = userEvent.setup();
    const theirs = {
      ...recorded,
      notes: "Reviewed with the CDAO",
      dimensions: recorded.dimensions.map((d) => (d.dimension === "strategy" ? { ...d, target: 5 } : d)),
      etag: 'W/"a2"',
    };
    const { host, onChanged, dialog, group } = edit({
      [patchPath]: (r) =>
        r.headers.get("if-match") === 'W/"a2"'
          ? json({ ...theirs, etag: 'W/"a3"' })
          : problem(412, "Precondition failed"),
      "GET /api/maturity-assessments/2026-10": () => json(theirs),
    });
    const evidence = within(group("Data")).getByRole("textbox", { name: "Evidence" });
    await user.clear(evidence);
    await user.type(evidence, "Catalogue live");
    await user.click(within(dialog).getByRole("button", { name: "Save assessment" }));
    const table = await within(dialog).findByRole("table", { name: "Changes made meanwhile" }, slow);
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ["Strategy: target level", "4 Systemic", "5 Transformational", "4 Systemic"],
      ["Data: evidence", "Catalogue planned", "Catalogue planned", "Catalogue live"],
      ["Notes", "First pass", "Reviewed with the CDAO", "First pass"],
    ]);
    expect(onChanged).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Apply my change on top" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    const patches = host.requests.filter((r) => r.method === "PATCH");
    expect(patches.map((r) => r.headers.get("if-match"))).toEqual(['W/"a1"', 'W/"a2"']);
    expect(JSON.parse(patches[1]?.body ?? "{}")).toEqual({
      dimensions: theirs.dimensions.map((d) =>
        d.dimension === "data" ? { ...d, evidence: "Catalogue live" } : d,
      ),
      notes: "Reviewed with the CDAO",
    });
  });
});
