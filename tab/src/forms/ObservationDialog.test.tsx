import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../test/fetchStub";
import { renderWithApi } from "../../test/render";
import type { MetricItem } from "../api/types";
import ObservationDialog from "./ObservationDialog";

const slow = { timeout: 5000 };
const path = "PUT /api/metrics/m-1/observations/2026-05";

const metric = {
  id: "m-1",
  tenantId: "t",
  initiativeId: "i-1",
  name: "Invoices matched automatically",
  category: "process-optimisation",
  unit: "%",
  direction: "up",
  baseline: 20,
  baselinePeriod: "2026-01",
  target: 80,
  targetDate: "2026-12-31",
  observations: [{ period: "2026-04", value: 35, confidence: "measured" }],
  createdAt: "2026-01-10T09:00:00.000Z",
  createdBy: "cio",
  updatedAt: "2026-04-10T09:00:00.000Z",
  updatedBy: "cio",
  etag: 'W/"m1"',
} as MetricItem;

function setup(routes: Record<string, Handler>) {
  const host = stubFetch(routes);
  const onChanged = vi.fn<() => void>();
  const onOpenChange = vi.fn<(open: boolean) => void>();
  renderWithApi(
    <ObservationDialog metric={metric} period="2026-05" open onOpenChange={onOpenChange} onChanged={onChanged} />,
    host.fetch,
  );
  return { host, onChanged, onOpenChange, dialog: screen.getByRole("dialog", { name: "Record observation" }) };
}

describe("ObservationDialog", { timeout: 15_000 }, () => {
  it("asks for a number at the field and sends nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({});
    await user.type(within(dialog).getByRole("textbox", { name: /Value/ }), "lots");
    await user.click(within(dialog).getByRole("button", { name: "Save observation" }));
    await waitFor(
      () => expect(within(dialog).getByRole("textbox", { name: /Value/ })).toHaveAccessibleDescription("Enter the month's value as a number."),
      slow,
    );
    expect(within(dialog).getByRole("status")).toHaveTextContent("One field needs attention.");
    expect(host.requests).toHaveLength(0);
  });

  it("saves the month's value and confidence with the metric's ETag", async () => {
    const user = userEvent.setup();
    const { host, onChanged, dialog } = setup({ [path]: () => json({ ...metric, etag: 'W/"m2"' }) });
    await user.type(within(dialog).getByRole("textbox", { name: /Value/ }), "41.5");
    await user.click(within(dialog).getByRole("radio", { name: "Finance-validated" }));
    await user.click(within(dialog).getByRole("button", { name: "Save observation" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    const put = host.requests.find((r) => r.method === "PUT");
    expect(put?.headers.get("if-match")).toBe('W/"m1"');
    expect(JSON.parse(put?.body ?? "{}")).toEqual({ value: 41.5, confidence: "finance-validated" });
  });

  it("on 412 shows the value recorded meanwhile next to mine, and applies mine on top", async () => {
    const user = userEvent.setup();
    const theirs = {
      ...metric,
      observations: [...metric.observations, { period: "2026-05", value: 38, confidence: "estimated" }],
      etag: 'W/"m2"',
    } as MetricItem;
    const { host, onChanged, dialog } = setup({
      [path]: (r) => (r.headers.get("if-match") === 'W/"m2"' ? json({ ...theirs, etag: 'W/"m3"' }) : problem(412, "Precondition failed")),
      "GET /api/metrics/m-1": () => json(theirs),
    });
    await user.type(within(dialog).getByRole("textbox", { name: /Value/ }), "40");
    await user.click(within(dialog).getByRole("button", { name: "Save observation" }));
    const table = await within(dialog).findByRole("table", { name: "Changes made meanwhile" }, slow);
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getAllByRole("cell").map((c) => c.textContent));
    expect(rows).toEqual([
      ["Value (%)", "—", "38", "40"],
      ["Confidence", "—", "Estimated", "Measured"],
    ]);
    expect(onChanged).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Apply my change on top" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    expect(host.requests.filter((r) => r.method === "PUT").map((r) => r.headers.get("if-match"))).toEqual(['W/"m1"', 'W/"m2"']);
  });
});
