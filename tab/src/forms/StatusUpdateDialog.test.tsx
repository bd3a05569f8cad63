import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../test/fetchStub";
import { renderWithApi } from "../../test/render";
import StatusUpdateDialog from "./StatusUpdateDialog";
import type { StatusUpdateItem } from "./types";

const slow = { timeout: 5000 };
const path = "PUT /api/initiatives/i-1/status-updates/2026-05";

const existing: StatusUpdateItem = {
  id: "i-1.2026-05",
  tenantId: "t",
  initiativeId: "i-1",
  period: "2026-05",
  rag: "amber",
  narrative: "Slipping a little",
  blockers: "",
  decisionsNeeded: "",
  createdAt: "2026-05-10T09:00:00.000Z",
  createdBy: "ceo",
  updatedAt: "2026-05-10T09:00:00.000Z",
  updatedBy: "ceo",
  etag: 'W/"v1"',
} as StatusUpdateItem;

function setup(routes: Record<string, Handler>, previous?: StatusUpdateItem) {
  const host = stubFetch(routes);
  const onSaved = vi.fn<() => void>();
  const onOpenChange = vi.fn<(open: boolean) => void>();
  renderWithApi(
    <StatusUpdateDialog
      initiativeId="i-1"
      title="Invoice matching"
      period="2026-05"
      existing={previous}
      open
      onOpenChange={onOpenChange}
      onChanged={onSaved}
    />,
    host.fetch,
  );
  return { host, onSaved, onOpenChange, dialog: screen.getByRole("dialog", { name: "Status update" }) };
}

describe("StatusUpdateDialog", { timeout: 15_000 }, () => {
  it("shows the schema's messages at the fields and sends nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({});
    await user.click(within(dialog).getByRole("button", { name: "Save status update" }));
    expect(await within(dialog).findByText("Choose green, amber or red.")).toBeInTheDocument();
    const narrative = within(dialog).getByRole("textbox", { name: /Narrative/ });
    expect(narrative).toHaveAccessibleDescription("Say in a few words how the month went.");
    expect(within(dialog).getByRole("status")).toHaveTextContent("2 fields need attention.");
    expect(within(dialog).getAllByRole("alert").map((a) => a.textContent)).toContain("Choose green, amber or red.");
    expect(host.requests.filter((r) => r.method === "PUT")).toHaveLength(0);
  });

  it("creates the month's update without If-Match", async () => {
    const user = userEvent.setup();
    const saved = { ...existing, rag: "green", narrative: "All good", blockers: "Data access" } as StatusUpdateItem;
    const { host, onSaved, onOpenChange, dialog } = setup({ [path]: () => json(saved) });
    await user.click(within(dialog).getByRole("radio", { name: "Green: on track" }));
    await user.type(within(dialog).getByRole("textbox", { name: /Narrative/ }), "All good");
    await user.type(within(dialog).getByRole("textbox", { name: "Blockers" }), "Data access{Enter}");
    await user.click(within(dialog).getByRole("button", { name: "Save status update" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled(), slow);
    const put = host.requests.find((r) => r.method === "PUT");
    expect(put?.headers.get("if-match")).toBeNull();
    expect(JSON.parse(put?.body ?? "{}")).toEqual({ rag: "green", narrative: "All good", blockers: "Data access", decisionsNeeded: "" });
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it("replaces an existing update with its ETag and shows the API's field errors at the field", async () => {
    const user = userEvent.setup();
    const { host, onSaved, dialog } = setup(
      { [path]: () => problem(400, "Invalid status update", { errors: [{ path: "narrative", message: "too long for the board" }] }) },
      existing,
    );
    expect(within(dialog).getByRole("radio", { name: "Amber: at risk" })).toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "Save status update" }));
    const narrative = within(dialog).getByRole("textbox", { name: /Narrative/ });
    await waitFor(() => expect(narrative).toHaveAccessibleDescription("too long for the board"), slow);
    expect(host.requests.find((r) => r.method === "PUT")?.headers.get("if-match")).toBe('W/"v1"');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("on 412 shows what changed meanwhile, field by field, and applies my edits on top of theirs with the new ETag", async () => {
    const user = userEvent.setup();
    const theirs = { ...existing, rag: "red", blockers: "Vendor contract", etag: 'W/"v2"' } as StatusUpdateItem;
    const mineSaved = { ...theirs, narrative: "Back on plan", etag: 'W/"v3"' } as StatusUpdateItem;
    const { host, onSaved, onOpenChange, dialog } = setup(
      {
        [path]: (r) =>
          r.headers.get("if-match") === 'W/"v2"' ? json(mineSaved) : problem(412, "Precondition failed", { detail: "changed meanwhile" }),
        "GET /api/status-updates": () => json({ items: [theirs] }),
      },
      existing,
    );
    const narrative = within(dialog).getByRole("textbox", { name: /Narrative/ });
    await user.clear(narrative);
    await user.type(narrative, "Back on plan");
    await user.click(within(dialog).getByRole("button", { name: "Save status update" }));

    const table = await within(dialog).findByRole("table", { name: "Changes made meanwhile" }, slow);
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getAllByRole("cell").map((c) => c.textContent));
    expect(rows).toEqual([
      ["Status (RAG)", "Amber: at risk", "Red: off track", "Amber: at risk"],
      ["Narrative", "Slipping a little", "Slipping a little", "Back on plan"],
      ["Blockers", "—", "Vendor contract", "—"],
    ]);
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole("button", { name: "Apply my change on top" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled(), slow);
    const puts = host.requests.filter((r) => r.method === "PUT");
    expect(puts.map((r) => r.headers.get("if-match"))).toEqual(['W/"v1"', 'W/"v2"']);
    expect(JSON.parse(puts[1]?.body ?? "{}")).toEqual({
      rag: "red",
      narrative: "Back on plan",
      blockers: "Vendor contract",
      decisionsNeeded: "",
    });
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it("discards mine after a conflict without sending anything more", async () => {
    const user = userEvent.setup();
    const theirs = { ...existing, etag: 'W/"v2"', narrative: "Theirs" } as StatusUpdateItem;
    const { host, onSaved, onOpenChange, dialog } = setup(
      {
        // Created meanwhile by someone else: the API wants If-Match now.
        [path]: () => problem(428, "Precondition required"),
        "GET /api/status-updates": () => json({ items: [theirs] }),
      },
    );
    await user.click(within(dialog).getByRole("radio", { name: "Green: on track" }));
    await user.type(within(dialog).getByRole("textbox", { name: /Narrative/ }), "Mine");
    await user.click(within(dialog).getByRole("button", { name: "Save status update" }));
    const table = await within(dialog).findByRole("table", { name: "Changes made meanwhile" }, slow);
    expect(within(table).getByRole("row", { name: /Narrative/ })).toHaveTextContent(/Narrative—TheirsMine/);
    await user.click(within(dialog).getByRole("button", { name: "Discard mine" }));
    expect(onSaved).toHaveBeenCalled();
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(host.requests.filter((r) => r.method === "PUT")).toHaveLength(1);
  });
});
