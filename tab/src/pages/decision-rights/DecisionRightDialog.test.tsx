import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../../test/fetchStub";
import { renderWithApi } from "../../../test/render";
import DecisionRightDialog, { raciErrors, type StoredDecisionRight } from "./DecisionRightDialog";
import { DecisionRightsView } from "./DecisionRightsPage";

const slow = { timeout: 5000 };

const executives = [
  { id: "ceo", displayName: "Avery Chen", jobTitle: "Chief Executive Officer" },
  { id: "cfo", displayName: "Casey Moreau", jobTitle: "Chief Financial Officer" },
  { id: "cio", displayName: "Mateo Fernández", jobTitle: "Chief Information Officer" },
];

const right: StoredDecisionRight = {
  id: "scale",
  tenantId: "t",
  decisionType: "scale",
  accountableId: "ceo",
  responsibleIds: ["cio"],
  consultedIds: ["cfo"],
  informedIds: [],
  createdAt: "2026-01-10T09:00:00.000Z",
  createdBy: "cio",
  updatedAt: "2026-04-10T09:00:00.000Z",
  updatedBy: "cio",
  etag: 'W/"d1"',
};

function setup(routes: Record<string, Handler>, existing: StoredDecisionRight | undefined = right) {
  const host = stubFetch(routes);
  const onChanged = vi.fn<() => void>();
  renderWithApi(
    <DecisionRightDialog
      decisionType="scale"
      right={existing}
      known={executives}
      open
      onOpenChange={() => {}}
      onChanged={onChanged}
    />,
    host.fetch,
  );
  return { host, onChanged, dialog: screen.getByRole("dialog", { name: "Decision right: Scale an initiative" }) };
}

const puts = (host: ReturnType<typeof stubFetch>) => host.requests.filter((r) => r.method === "PUT");

describe("raciErrors", () => {
  it("wants exactly one Accountable", () => {
    const none = { accountable: [], responsible: [], consulted: [], informed: [] };
    expect(raciErrors(none)).toEqual({ accountable: "Choose exactly one accountable person." });
    expect(raciErrors({ ...none, accountable: ["ceo", "cfo"] })).toEqual({
      accountable: "Choose exactly one accountable person.",
    });
    expect(raciErrors({ ...none, accountable: ["ceo"] })).toEqual({});
  });
});

describe("DecisionRightDialog", { timeout: 15_000 }, () => {
  it("refuses to save without an Accountable, at the field, and sends nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({});
    const chosen = within(dialog).getByRole("listbox", { name: "Accountable: chosen" });
    await user.click(within(chosen).getByRole("option", { name: "Avery Chen" }));
    expect(within(chosen).queryByRole("option")).toBeNull();
    await user.click(within(dialog).getByRole("button", { name: "Save decision right" }));
    expect(await within(dialog).findByText("Choose exactly one accountable person.", {}, slow)).toBeInTheDocument();
    expect(within(dialog).getByRole("status")).toHaveTextContent("One field needs attention.");
    expect(puts(host)).toHaveLength(0);
  });

  it("keeps one Accountable: choosing another replaces them, and saves with If-Match", async () => {
    const user = userEvent.setup();
    const { host, dialog, onChanged } = setup({
      "PUT /api/decision-rights/scale": () => json({ ...right, accountableId: "cfo", etag: 'W/"d2"' }),
    });
    await user.type(within(dialog).getByRole("combobox", { name: "Accountable" }), "casey");
    await user.click(await screen.findByRole("option", { name: /Chief Financial Officer/ }, slow));
    const chosen = within(dialog).getByRole("listbox", { name: "Accountable: chosen" });
    expect(within(chosen).getAllByRole("option")).toHaveLength(1);
    expect(within(chosen).getByRole("option", { name: "Casey Moreau" })).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Save decision right" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    const [put] = puts(host);
    expect(put?.headers.get("if-match")).toBe('W/"d1"');
    expect(JSON.parse(put?.body ?? "{}")).toEqual({
      accountableId: "cfo",
      responsibleIds: ["cio"],
      consultedIds: ["cfo"],
      informedIds: [],
    });
  });

  it("shows the API's refusal of the Accountable at that field", async () => {
    const user = userEvent.setup();
    const { dialog, onChanged } = setup(
      {
        "PUT /api/decision-rights/scale": () =>
          problem(400, "Invalid the decision right", {
            errors: [{ path: "accountableId", message: "the accountable person must be an executive" }],
          }),
      },
      undefined,
    );
    await user.type(within(dialog).getByRole("combobox", { name: "Accountable" }), "mateo");
    await user.click(await screen.findByRole("option", { name: /Chief Information Officer/ }, slow));
    await user.click(within(dialog).getByRole("button", { name: "Save decision right" }));
    expect(
      await within(dialog).findByText("the accountable person must be an executive", {}, slow),
    ).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
  });
});

describe("DecisionRightsView", { timeout: 15_000 }, () => {
  const routes = {
    "GET /api/decision-rights": () => json({ items: [right] }),
    "GET /api/strategy": () => json({ executives, etag: 'W/"s"' }),
  };

  it("shows each decision type's RACI by name, with Edit for the portfolio office", async () => {
    const host = stubFetch(routes);
    renderWithApi(<DecisionRightsView manages />, host.fetch);
    const table = await screen.findByRole("table", { name: "Decision rights" }, slow);
    const row = within(table).getByRole("row", { name: /Scale an initiative/ });
    await waitFor(() => expect(row).toHaveTextContent("Mateo Fernández"), slow);
    expect(row).toHaveTextContent("Avery Chen");
    expect(row).toHaveTextContent("Casey Moreau");
    expect(within(table).getAllByRole("row")).toHaveLength(7);
    expect(within(row).getByRole("button", { name: "Edit decision right: Scale an initiative" })).toBeInTheDocument();
  });

  it("shows no edit control to anyone else", async () => {
    const host = stubFetch(routes);
    renderWithApi(<DecisionRightsView manages={false} />, host.fetch);
    const table = await screen.findByRole("table", { name: "Decision rights" }, slow);
    expect(within(table).getByRole("row", { name: /Scale an initiative/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Edit/ })).toBeNull();
  });
});
