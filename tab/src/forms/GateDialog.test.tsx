import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../test/fetchStub";
import { renderWithApi } from "../../test/render";
import GateDialog, { type GateCheck } from "./GateDialog";

const slow = { timeout: 5000 };

const check = (over: Partial<GateCheck> = {}): GateCheck => ({
  etag: 'W/"i1"',
  from: "idea",
  to: "assessed",
  allowed: ["assessed", "rejected", "on-hold"],
  decisionType: null,
  accountableId: null,
  canDecide: true,
  ready: false,
  checklist: [
    { item: "transition", met: true, detail: "idea → assessed" },
    { item: "success-metrics", met: false, detail: "no success metric defined" },
  ],
  ...over,
});

function setup(routes: Record<string, Handler>) {
  const host = stubFetch(routes);
  const onChanged = vi.fn<() => void>();
  renderWithApi(
    <GateDialog
      initiativeId="i-1"
      title="Invoice matching"
      stage="idea"
      duplicates={[]}
      names={new Map([["cfo", "Priya Shah"]])}
      open
      onOpenChange={() => undefined}
      onChanged={onChanged}
    />,
    host.fetch,
  );
  return { host, onChanged, dialog: screen.getByRole("dialog", { name: "Move stage" }) };
}

async function chooseAssessed(dialog: HTMLElement) {
  const user = userEvent.setup();
  await user.click(await within(dialog).findByRole("combobox", { name: /Move to/ }, slow));
  await user.click(await screen.findByRole("option", { name: "Assessed" }));
  return user;
}

describe("GateDialog", { timeout: 15_000 }, () => {
  it("shows the checklist and, when the move is refused, the missing items from the 409", async () => {
    const { host, onChanged, dialog } = setup({
      "GET /api/initiatives/i-1/gate-check": () => json(check()),
      "POST /api/initiatives/i-1/gate": () =>
        problem(409, "Conflict", { errors: [{ path: "checklist.success-metrics", message: "no success metric defined" }] }),
    });
    const user = await chooseAssessed(dialog);
    const list = await within(dialog).findByRole("list", { name: "Gate checklist" }, slow);
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      expect.stringContaining("Allowed transition: met"),
      expect.stringContaining("Success metrics: missing (no success metric defined)"),
    ]);
    await user.click(within(dialog).getByRole("button", { name: "Move stage" }));
    expect(await within(dialog).findByText("Say why the initiative moves.")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: /Rationale/ }), "Ready for assessment");
    await user.click(within(dialog).getByRole("button", { name: "Move stage" }));
    await waitFor(() => expect(within(dialog).getByRole("status")).toHaveTextContent("The move was refused: the checklist has missing items. Missing: Success metrics."), slow);
    const post = host.requests.find((r) => r.method === "POST");
    expect(post?.headers.get("if-match")).toBe('W/"i1"');
    expect(JSON.parse(post?.body ?? "{}")).toMatchObject({ to: "assessed", rationale: "Ready for assessment" });
    expect(onChanged).not.toHaveBeenCalled();
  });

  it("says who decides when the user may not", async () => {
    const { dialog } = setup({
      "GET /api/initiatives/i-1/gate-check": () => json(check({ canDecide: false, accountableId: "cfo", decisionType: "scale-investment" })),
    });
    await chooseAssessed(dialog);
    expect(await within(dialog).findByText("Only Priya Shah decides this move.", {}, slow)).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Move stage" })).toBeDisabled();
  });
});
