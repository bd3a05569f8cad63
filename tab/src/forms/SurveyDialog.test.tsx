import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../test/fetchStub";
import { renderWithApi } from "../../test/render";
import type { AlignmentResponseItem } from "../api/types";
import SurveyDialog from "./SurveyDialog";

const slow = { timeout: 5000 };
const priorities = [
  { id: "p-cost", title: "Lower the cost to serve" },
  { id: "p-growth", title: "Grow recurring revenue" },
  { id: "p-risk", title: "Stay compliant" },
];

const answer = (over: Partial<AlignmentResponseItem> = {}) =>
  ({
    tenantId: "t",
    cycle: "2026-Q4",
    priorityId: "p-cost",
    executiveId: "cfo",
    importance: 3,
    expectedOutcome: "cost-reduction",
    confidence: 4,
    createdAt: "2026-10-02T09:00:00.000Z",
    createdBy: "cfo",
    updatedAt: "2026-10-02T09:00:00.000Z",
    updatedBy: "cfo",
    etag: 'W/"a1"',
    ...over,
  }) as AlignmentResponseItem;

const list =
  (...items: AlignmentResponseItem[]): Handler =>
  () =>
    json({ items });

async function setup(routes: Record<string, Handler>) {
  const host = stubFetch(routes);
  const onChanged = vi.fn<() => void>();
  const onOpenChange = vi.fn<(open: boolean) => void>();
  renderWithApi(
    <SurveyDialog
      cycle="2026-Q4"
      priorities={priorities}
      executiveId="cfo"
      open
      onOpenChange={onOpenChange}
      onChanged={onChanged}
    />,
    host.fetch,
  );
  const dialog = screen.getByRole("dialog", { name: "Alignment survey 2026-Q4" });
  await within(dialog).findByRole("group", { name: priorities[0]?.title }, slow);
  const row = (title: string) => within(dialog).getByRole("group", { name: title });
  return { host, onChanged, onOpenChange, dialog, row };
}

const puts = (host: ReturnType<typeof stubFetch>) => host.requests.filter((r) => r.method === "PUT");

describe("SurveyDialog", { timeout: 15_000 }, () => {
  it("pre-fills the executive's answers of the cycle", async () => {
    const { host, row } = await setup({ "GET /api/alignment-responses": list(answer()) });
    const cost = row("Lower the cost to serve");
    expect(within(cost).getByRole("combobox", { name: "Importance" })).toHaveValue("3");
    expect(within(cost).getByRole("combobox", { name: "Expected outcome" })).toHaveValue("cost-reduction");
    expect(within(cost).getByRole("combobox", { name: "Confidence" })).toHaveValue("4");
    expect(within(row("Grow recurring revenue")).getByRole("combobox", { name: "Importance" })).toHaveValue(
      "",
    );
    const get = host.requests.find((r) => r.method === "GET");
    expect(get?.url.searchParams.get("cycle")).toBe("2026-Q4");
    expect(get?.url.searchParams.get("executiveId")).toBe("cfo");
  });

  it("asks at the field for what a started answer lacks and sends nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog, row } = await setup({ "GET /api/alignment-responses": list(answer()) });
    const growth = row("Grow recurring revenue");
    await user.selectOptions(within(growth).getByRole("combobox", { name: "Importance" }), "4");
    await user.click(within(dialog).getByRole("button", { name: "Save answers" }));
    await waitFor(
      () =>
        expect(
          within(growth).getByRole("combobox", { name: "Expected outcome" }),
        ).toHaveAccessibleDescription("Choose the outcome you expect."),
      slow,
    );
    expect(within(growth).getByRole("combobox", { name: "Confidence" })).toHaveAccessibleDescription(
      "Rate your confidence from 1 to 5.",
    );
    expect(within(dialog).getByRole("status")).toHaveTextContent("2 fields need attention.");
    expect(puts(host)).toHaveLength(0);
  });

  it("sends one PUT per changed priority: If-Match for a changed answer, none for a first one", async () => {
    const user = userEvent.setup();
    const { host, dialog, row, onChanged, onOpenChange } = await setup({
      "GET /api/alignment-responses": list(answer()),
      "PUT /api/alignment-responses/2026-Q4/p-cost": () => json(answer({ importance: 5, etag: 'W/"a2"' })),
      "PUT /api/alignment-responses/2026-Q4/p-growth": () =>
        json(answer({ priorityId: "p-growth", etag: 'W/"b1"' })),
    });
    await user.selectOptions(
      within(row("Lower the cost to serve")).getByRole("combobox", { name: "Importance" }),
      "5",
    );
    const growth = row("Grow recurring revenue");
    await user.selectOptions(within(growth).getByRole("combobox", { name: "Importance" }), "4");
    await user.selectOptions(
      within(growth).getByRole("combobox", { name: "Expected outcome" }),
      "revenue-growth",
    );
    await user.selectOptions(within(growth).getByRole("combobox", { name: "Confidence" }), "2");
    await user.click(within(dialog).getByRole("button", { name: "Save answers" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    expect(onOpenChange).toHaveBeenCalledWith(false);
    const sent = puts(host);
    expect(sent.map((r) => [r.url.pathname, r.headers.get("if-match")])).toEqual([
      ["/api/alignment-responses/2026-Q4/p-cost", 'W/"a1"'],
      ["/api/alignment-responses/2026-Q4/p-growth", null],
    ]);
    expect(sent.map((r) => JSON.parse(r.body ?? "{}") as unknown)).toEqual([
      { importance: 5, expectedOutcome: "cost-reduction", confidence: 4 },
      { importance: 4, expectedOutcome: "revenue-growth", confidence: 2 },
    ]);
  });

  it("shows the API's field error at the field", async () => {
    const user = userEvent.setup();
    const { dialog, row, onChanged } = await setup({
      "GET /api/alignment-responses": list(answer()),
      "PUT /api/alignment-responses/2026-Q4/p-cost": () =>
        problem(400, "Invalid answer", {
          errors: [{ path: "confidence", message: "too sure for a first estimate" }],
        }),
    });
    const cost = row("Lower the cost to serve");
    await user.selectOptions(within(cost).getByRole("combobox", { name: "Confidence" }), "5");
    await user.click(within(dialog).getByRole("button", { name: "Save answers" }));
    await waitFor(
      () =>
        expect(within(cost).getByRole("combobox", { name: "Confidence" })).toHaveAccessibleDescription(
          "too sure for a first estimate",
        ),
      slow,
    );
    expect(onChanged).not.toHaveBeenCalled();
  });

  it("on 412 shows the answer changed meanwhile next to mine, and applies mine on top", async () => {
    const user = userEvent.setup();
    const theirs = answer({ expectedOutcome: "risk-mitigation", etag: 'W/"a2"' });
    let reads = 0;
    const { host, dialog, row, onChanged } = await setup({
      "GET /api/alignment-responses": () =>
        reads++ === 0 ? json({ items: [answer()] }) : json({ items: [theirs] }),
      "PUT /api/alignment-responses/2026-Q4/p-cost": (r) =>
        r.headers.get("if-match") === 'W/"a2"'
          ? json({ ...theirs, importance: 1, etag: 'W/"a3"' })
          : problem(412, "Precondition failed"),
    });
    await user.selectOptions(
      within(row("Lower the cost to serve")).getByRole("combobox", { name: "Importance" }),
      "1",
    );
    await user.click(within(dialog).getByRole("button", { name: "Save answers" }));
    const table = await within(dialog).findByRole("table", { name: "Changes made meanwhile" }, slow);
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ["Lower the cost to serve: Importance", "3", "3", "1"],
      ["Lower the cost to serve: Expected outcome", "Cost reduction", "Risk mitigation", "Cost reduction"],
    ]);
    expect(onChanged).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Apply my change on top" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    const sent = puts(host);
    expect(sent.map((r) => r.headers.get("if-match"))).toEqual(['W/"a1"', 'W/"a2"']);
    expect(JSON.parse(sent[1]?.body ?? "{}")).toEqual({
      importance: 1,
      expectedOutcome: "risk-mitigation",
      confidence: 4,
    });
  });
});
