import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../test/fetchStub";
import { renderWithApi } from "../../test/render";
import type { InitiativeDetail } from "../api/types";
import EditInitiativeDialog, { ownersDifferMessage } from "./EditInitiativeDialog";

const slow = { timeout: 5000 };
const path = "PATCH /api/initiatives/i-1";

const initiative = {
  id: "i-1",
  tenantId: "t",
  title: "Invoice matching",
  problemStatement: "Matching by hand.",
  department: "Finance",
  tags: [],
  priorityIds: ["p-1"],
  valueCategory: "cost-reduction",
  aiType: "automation",
  health: "on-track",
  stage: "pilot",
  outcomeOwnerId: "cfo",
  riskOwnerId: "cio",
  prioritisation: { impact: 4, alignment: 4, feasibility: 3, resourceFit: 3, riskExposure: 2 },
  euAiActTier: "minimal",
  pilot: null,
  costLines: [],
  benefitLines: [],
  createdAt: "2026-01-10T09:00:00.000Z",
  createdBy: "cio",
  updatedAt: "2026-04-10T09:00:00.000Z",
  updatedBy: "cio",
  etag: 'W/"i1"',
} as InitiativeDetail;

const owners = [
  { id: "cfo", displayName: "Ana Silva" },
  { id: "cio", displayName: "Mateo Fernández" },
];

function setup(routes: Record<string, Handler>) {
  const host = stubFetch(routes);
  const onChanged = vi.fn<() => void>();
  renderWithApi(
    <EditInitiativeDialog
      initiative={initiative}
      owners={owners}
      open
      onOpenChange={() => {}}
      onChanged={onChanged}
    />,
    host.fetch,
  );
  return { host, onChanged, dialog: screen.getByRole("dialog", { name: "Edit details" }) };
}

describe("EditInitiativeDialog", { timeout: 15_000 }, () => {
  it("asks for a title and a different risk owner at the fields and sends nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({});
    await user.clear(within(dialog).getByRole("textbox", { name: /Title/ }));
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Risk owner/ }), "cfo");
    await user.click(within(dialog).getByRole("button", { name: "Save details" }));
    await waitFor(
      () =>
        expect(within(dialog).getByRole("combobox", { name: /Risk owner/ })).toHaveAccessibleDescription(
          ownersDifferMessage,
        ),
      slow,
    );
    expect(within(dialog).getByRole("textbox", { name: /Title/ })).toHaveAccessibleDescription(/.+/);
    expect(within(dialog).getByRole("status")).toHaveTextContent("2 fields need attention.");
    expect(host.requests).toHaveLength(0);
  });

  it("sends only the changed fields with the ETag, and shows the API's field errors at the field", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({
      [path]: () =>
        problem(400, "Invalid request", { errors: [{ path: "department", message: "unknown department" }] }),
    });
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Health/ }), "at-risk");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Feasibility/ }), "5");
    await user.click(within(dialog).getByRole("button", { name: "Save details" }));
    await waitFor(
      () =>
        expect(within(dialog).getByRole("textbox", { name: /Department/ })).toHaveAccessibleDescription(
          "unknown department",
        ),
      slow,
    );
    const patch = host.requests.find((r) => r.method === "PATCH");
    expect(patch?.headers.get("if-match")).toBe('W/"i1"');
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({
      health: "at-risk",
      prioritisation: { impact: 4, alignment: 4, feasibility: 5, resourceFit: 3, riskExposure: 2 },
    });
  });

  it("on 412 shows what changed meanwhile next to mine, and applies mine on top", async () => {
    const user = userEvent.setup();
    const theirs = { ...initiative, department: "Group Finance", etag: 'W/"i2"' } as InitiativeDetail;
    const { host, onChanged, dialog } = setup({
      [path]: (r) =>
        r.headers.get("if-match") === 'W/"i2"'
          ? json({ ...theirs, etag: 'W/"i3"' })
          : problem(412, "Precondition failed"),
      "GET /api/initiatives/i-1": () => json(theirs),
    });
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Health/ }), "off-track");
    await user.click(within(dialog).getByRole("button", { name: "Save details" }));
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
      ["Department", "Finance", "Group Finance", "Finance"],
      ["Health", "On track", "On track", "Off track"],
    ]);
    expect(onChanged).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Apply my change on top" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    const patches = host.requests.filter((r) => r.method === "PATCH");
    expect(patches.map((r) => r.headers.get("if-match"))).toEqual(['W/"i1"', 'W/"i2"']);
    expect(JSON.parse(patches[1]?.body ?? "{}")).toEqual({
      health: "off-track",
      department: "Group Finance",
    });
  });
});
