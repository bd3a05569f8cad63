import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../test/fetchStub";
import { renderWithApi } from "../../test/render";
import type { MetricItem } from "../api/types";
import ObservationSeriesDialog from "./ObservationSeriesDialog";

const slow = { timeout: 5000 };
const path = "PATCH /api/metrics/m-1/observations";

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
  observations: [{ period: "2026-02", value: 25, confidence: "measured" }],
  createdAt: "2026-01-10T09:00:00.000Z",
  createdBy: "cio",
  updatedAt: "2026-04-10T09:00:00.000Z",
  updatedBy: "cio",
  etag: 'W/"m1"',
} as MetricItem;

function setup(routes: Record<string, Handler>) {
  const host = stubFetch(routes);
  const onChanged = vi.fn<() => void>();
  renderWithApi(
    <ObservationSeriesDialog metric={metric} open onOpenChange={vi.fn()} onChanged={onChanged} />,
    host.fetch,
  );
  const dialog = screen.getByRole("dialog", { name: `Paste a series: ${metric.name}` });
  return {
    host,
    onChanged,
    dialog,
    textarea: within(dialog).getByRole("textbox", { name: /Months and values/ }),
  };
}

/** Typing a tab in a textarea moves the focus; a paste keeps it, as from a spreadsheet. */
async function paste(user: ReturnType<typeof userEvent.setup>, target: HTMLElement, text: string) {
  await user.click(target);
  await user.paste(text);
}

describe("ObservationSeriesDialog", { timeout: 15_000 }, () => {
  it("previews the pasted months against what is recorded and saves them in one request with the ETag", async () => {
    const user = userEvent.setup();
    const { host, onChanged, dialog, textarea } = setup({
      [path]: () => json({ ...metric, etag: 'W/"m2"' }),
    });
    await paste(user, textarea, "Month\tMatched\n2026-03\t31.5\n2026-02\t26\n");
    const preview = within(dialog).getByRole("table", { name: "Months to save" });
    const rows = within(preview)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ["Feb 2026", "26", "25"],
      ["Mar 2026", "31.5", "—"],
    ]);
    await user.click(within(dialog).getByRole("radio", { name: "Estimated" }));
    await user.click(within(dialog).getByRole("button", { name: "Save 2 months" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    const sent = host.requests.find((r) => r.method === "PATCH");
    expect(sent?.headers.get("if-match")).toBe('W/"m1"');
    expect(JSON.parse(sent?.body ?? "{}")).toEqual({
      observations: [
        { period: "2026-02", value: 26, confidence: "estimated" },
        { period: "2026-03", value: 31.5, confidence: "estimated" },
      ],
    });
  });

  it("names the lines it cannot read at the field and sends nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog, textarea } = setup({});
    await paste(user, textarea, "2026-03\t31\n2026-13\t4");
    await user.click(within(dialog).getByRole("button", { name: "Save series" }));
    await waitFor(
      () =>
        expect(textarea).toHaveAccessibleDescription(
          expect.stringMatching(/line 2: "2026-13" is not a month/),
        ),
      slow,
    );
    expect(host.requests).toHaveLength(0);
  });

  it("on 412 shows the months recorded meanwhile and applies the series on top", async () => {
    const user = userEvent.setup();
    const theirs = {
      ...metric,
      observations: [{ period: "2026-02", value: 24, confidence: "measured" }],
      etag: 'W/"m2"',
    } as MetricItem;
    const { host, onChanged, dialog, textarea } = setup({
      [path]: (r) =>
        r.headers.get("if-match") === 'W/"m2"'
          ? json({ ...theirs, etag: 'W/"m3"' })
          : problem(412, "Precondition failed"),
      "GET /api/metrics/m-1": () => json(theirs),
    });
    await paste(user, textarea, "2026-02\t26");
    await user.click(within(dialog).getByRole("button", { name: "Save series" }));
    const table = await within(dialog).findByRole("table", { name: "Changes made meanwhile" }, slow);
    expect(within(table).getAllByRole("row")[1]?.textContent).toContain("24");
    await user.click(within(dialog).getByRole("button", { name: "Apply my change on top" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    expect(host.requests.filter((r) => r.method === "PATCH").map((r) => r.headers.get("if-match"))).toEqual([
      'W/"m1"',
      'W/"m2"',
    ]);
  });
});
