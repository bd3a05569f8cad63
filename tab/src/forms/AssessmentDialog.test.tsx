import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../test/fetchStub";
import { renderWithApi } from "../../test/render";
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
