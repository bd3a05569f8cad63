import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../test/fetchStub";
import { renderWithApi } from "../../test/render";
import type { RiskItem } from "../api/types";
import RiskDialog from "./RiskDialog";

const slow = { timeout: 5000 };

const risk = {
  id: "r-1",
  tenantId: "t",
  initiativeId: "i-1",
  title: "Supplier data leaks",
  description: "",
  category: "privacy",
  likelihood: 2,
  impact: 4,
  ownerId: "cio",
  treatment: "mitigate",
  plan: "DPA with the vendor",
  dueDate: "2026-09-30",
  status: "open",
  residualLikelihood: null,
  residualImpact: null,
  frameworks: {},
  createdAt: "2026-01-10T09:00:00.000Z",
  createdBy: "cio",
  updatedAt: "2026-04-10T09:00:00.000Z",
  updatedBy: "cio",
  etag: 'W/"r1"',
} as RiskItem;

function setup(routes: Record<string, Handler>, existing?: RiskItem) {
  const host = stubFetch(routes);
  const onChanged = vi.fn<() => void>();
  renderWithApi(
    <RiskDialog initiativeId="i-1" risk={existing} open onOpenChange={() => {}} onChanged={onChanged} />,
    host.fetch,
  );
  return {
    host,
    onChanged,
    dialog: screen.getByRole("dialog", { name: existing ? "Edit risk" : "Add risk" }),
  };
}

describe("RiskDialog", { timeout: 15_000 }, () => {
  it("shows the score and band live while likelihood and impact change", async () => {
    const user = userEvent.setup();
    const { dialog } = setup({}, risk);
    expect(within(dialog).getByTestId("inherent-score")).toHaveTextContent("Score 8 · Medium");
    expect(
      within(within(dialog).getByRole("combobox", { name: /^Likelihood/ })).getByRole("option", {
        name: "5 Almost certain",
      }),
    ).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^Likelihood/ }), "5");
    expect(within(dialog).getByTestId("inherent-score")).toHaveTextContent("Score 20 · Critical");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^Impact/ }), "1");
    expect(within(dialog).getByTestId("inherent-score")).toHaveTextContent("Score 5 · Medium");
    expect(within(dialog).queryByTestId("residual-score")).toBeNull();
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Residual likelihood/ }), "1");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Residual impact/ }), "2");
    expect(within(dialog).getByTestId("residual-score")).toHaveTextContent("Residual: Score 2 · Low");
  });

  it("asks for a title and a category at the fields and sends nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({});
    await user.click(within(dialog).getByRole("button", { name: "Add risk" }));
    await waitFor(
      () =>
        expect(within(dialog).getByRole("combobox", { name: /Category/ })).toHaveAccessibleDescription(
          "Choose a category.",
        ),
      slow,
    );
    expect(within(dialog).getByRole("textbox", { name: /Title/ })).toHaveAccessibleDescription(/.+/);
    expect(within(dialog).getByRole("status")).toHaveTextContent("2 fields need attention.");
    expect(host.requests).toHaveLength(0);
  });

  it("adds a risk to the initiative and shows the API's field errors at the field", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({
      "POST /api/risks": () =>
        problem(400, "Invalid request", {
          errors: [{ path: "dueDate", message: "the due date is in the past" }],
        }),
    });
    await user.type(within(dialog).getByRole("textbox", { name: /Title/ }), "Model drift");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Category/ }), "reliability");
    await user.click(within(dialog).getByRole("button", { name: "Add risk" }));
    await waitFor(
      () =>
        expect(within(dialog).getByLabelText(/Due date/)).toHaveAccessibleDescription(
          "the due date is in the past",
        ),
      slow,
    );
    const post = host.requests.find((r) => r.method === "POST");
    expect(JSON.parse(post?.body ?? "{}")).toMatchObject({
      initiativeId: "i-1",
      title: "Model drift",
      category: "reliability",
      likelihood: 3,
      impact: 3,
    });
  });

  it("edits only the changed fields with the risk's ETag", async () => {
    const user = userEvent.setup();
    const { host, onChanged, dialog } = setup(
      { "PATCH /api/risks/r-1": () => json({ ...risk, status: "mitigating", etag: 'W/"r2"' }) },
      risk,
    );
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Status/ }), "mitigating");
    await user.click(within(dialog).getByRole("button", { name: "Save risk" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), slow);
    const patch = host.requests.find((r) => r.method === "PATCH");
    expect(patch?.headers.get("if-match")).toBe('W/"r1"');
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({ status: "mitigating" });
  });
});
