import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../test/fetchStub";
import { renderWithApi } from "../../test/render";
import type { InitiativeDetail } from "../api/types";
import CreateInitiativeDialog from "./CreateInitiativeDialog";
import { ownersDifferMessage } from "./initiativeFields";

const slow = { timeout: 5000 };

const priorities = [
  { id: "p-growth", title: "Grow recurring revenue", rank: 2, sponsorId: "cco" },
  { id: "p-cost", title: "Lower the cost to serve", rank: 1, sponsorId: "cfo" },
];
const people = [
  { id: "cfo", displayName: "Ana Silva", jobTitle: "Chief Financial Officer" },
  { id: "cio", displayName: "Mateo Fernández", jobTitle: "Chief Information Officer" },
];

function setup(routes: Record<string, Handler>, options: { priorities?: typeof priorities } = {}) {
  const host = stubFetch(routes);
  const onCreated = vi.fn<(initiative: InitiativeDetail) => void>();
  const onOpenChange = vi.fn<(open: boolean) => void>();
  renderWithApi(
    <CreateInitiativeDialog
      priorities={options.priorities ?? priorities}
      people={people}
      open
      onOpenChange={onOpenChange}
      onCreated={onCreated}
    />,
    host.fetch,
  );
  const dialog = screen.getByRole("dialog", { name: "New initiative" });
  return { host, onCreated, onOpenChange, dialog };
}

type User = ReturnType<typeof userEvent.setup>;

async function pickPerson(user: User, dialog: HTMLElement, field: string, name: string) {
  await user.type(within(dialog).getByRole("combobox", { name: field }), name.slice(0, 4));
  // The people already chosen are options too (the tags); the one to pick is in the list of candidates.
  const candidates = (await screen.findAllByRole("option", { name: new RegExp(name) }, slow)).filter(
    (o) => !o.getAttribute("title")?.startsWith("Remove"),
  );
  expect(candidates).toHaveLength(1);
  await user.click(candidates[0] as HTMLElement);
}

async function fill(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function fillRequired(user: User, dialog: HTMLElement) {
  await fill(user, within(dialog).getByRole("textbox", { name: /Title/ }), "Claims triage assistant");
  await fill(
    user,
    within(dialog).getByRole("textbox", { name: /Problem statement/ }),
    "Claims wait days for a first look.",
  );
  await fill(user, within(dialog).getByRole("textbox", { name: /Department/ }), "Operations");
  await user.click(within(dialog).getByRole("combobox", { name: /Business priorities/ }));
  await user.click(await screen.findByRole("menuitemcheckbox", { name: "Lower the cost to serve" }, slow));
  // Closes the list (Escape would reach the dialog too).
  await user.click(within(dialog).getByRole("textbox", { name: /Department/ }));
  await user.selectOptions(
    within(dialog).getByRole("combobox", { name: /Value category/ }),
    "process-optimisation",
  );
  await pickPerson(user, dialog, "Outcome owner", "Ana Silva");
  await pickPerson(user, dialog, "Risk owner", "Mateo Fernández");
}

describe("CreateInitiativeDialog", { timeout: 30_000 }, () => {
  it("asks at each field for what is missing and sends nothing", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({});
    await user.click(within(dialog).getByRole("button", { name: "Create initiative" }));
    await waitFor(
      () =>
        expect(within(dialog).getByRole("textbox", { name: /Title/ })).toHaveAccessibleDescription(
          "Enter a title.",
        ),
      slow,
    );
    expect(within(dialog).getByRole("textbox", { name: /Department/ })).toHaveAccessibleDescription(
      "Enter the department.",
    );
    expect(within(dialog).getByRole("combobox", { name: /Business priorities/ })).toHaveAccessibleDescription(
      "Link at least one business priority.",
    );
    expect(within(dialog).getByRole("combobox", { name: /Value category/ })).toHaveAccessibleDescription(
      "Choose the value category.",
    );
    expect(within(dialog).getByRole("combobox", { name: "Outcome owner" })).toHaveAccessibleDescription(
      "Choose the outcome owner.",
    );
    expect(within(dialog).getByRole("combobox", { name: "Risk owner" })).toHaveAccessibleDescription(
      /Choose the risk owner\./,
    );
    expect(within(dialog).getByRole("status")).toHaveTextContent("6 fields need attention.");
    expect(host.requests).toHaveLength(0);
  });

  it("asks for a risk owner other than the outcome owner, at the field", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({});
    await fillRequired(user, dialog);
    await pickPerson(user, dialog, "Risk owner", "Ana Silva");
    await user.click(within(dialog).getByRole("button", { name: "Create initiative" }));
    await waitFor(
      () =>
        expect(within(dialog).getByRole("combobox", { name: "Risk owner" })).toHaveAccessibleDescription(
          new RegExp(ownersDifferMessage.replace(/\./g, "\\.")),
        ),
      slow,
    );
    expect(within(dialog).getByRole("status")).toHaveTextContent("One field needs attention.");
    expect(host.requests).toHaveLength(0);
  });

  it("offers the priorities by rank and posts the initiative as an idea, then hands on what the API stored", async () => {
    const user = userEvent.setup();
    const stored = { id: "new-1", title: "Claims triage assistant", etag: 'W/"n1"' } as InitiativeDetail;
    const { host, dialog, onCreated, onOpenChange } = setup({
      "POST /api/initiatives": () => json(stored, 201),
    });
    await user.click(within(dialog).getByRole("combobox", { name: /Business priorities/ }));
    expect((await screen.findAllByRole("menuitemcheckbox", {}, slow)).map((o) => o.textContent)).toEqual([
      "Lower the cost to serve",
      "Grow recurring revenue",
    ]);
    await user.click(within(dialog).getByRole("combobox", { name: /Business priorities/ }));
    await fillRequired(user, dialog);
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /AI type/ }), "conversational");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Impact/ }), "5");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /EU AI Act tier/ }), "limited");
    await user.click(within(dialog).getByRole("button", { name: "Create initiative" }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(stored), slow);
    expect(onOpenChange).toHaveBeenCalledWith(false);
    const post = host.requests.find((r) => r.method === "POST");
    expect(post?.url.pathname).toBe("/api/initiatives");
    expect(JSON.parse(post?.body ?? "{}")).toEqual({
      title: "Claims triage assistant",
      problemStatement: "Claims wait days for a first look.",
      department: "Operations",
      priorityIds: ["p-cost"],
      valueCategory: "process-optimisation",
      aiType: "conversational",
      outcomeOwnerId: "cfo",
      riskOwnerId: "cio",
      prioritisation: { impact: 5, alignment: 3, feasibility: 3, resourceFit: 3, riskExposure: 3 },
      euAiActTier: "limited",
      stage: "idea",
    });
  });

  it("shows the API's field errors at the field and stays open", async () => {
    const user = userEvent.setup();
    const { dialog, onCreated } = setup({
      "POST /api/initiatives": () =>
        problem(400, "Invalid request", {
          errors: [{ path: "priorityIds.0", message: "no business priority 'p-cost'" }],
        }),
    });
    await fillRequired(user, dialog);
    await user.click(within(dialog).getByRole("button", { name: "Create initiative" }));
    await waitFor(
      () =>
        expect(
          within(dialog).getByRole("combobox", { name: /Business priorities/ }),
        ).toHaveAccessibleDescription("no business priority 'p-cost'"),
      slow,
    );
    expect(within(dialog).getByRole("status")).toHaveTextContent("One field needs attention.");
    expect(onCreated).not.toHaveBeenCalled();
  });

  it("says the strategy profile comes first when it has no priorities, and offers no way to create", () => {
    const { dialog } = setup({}, { priorities: [] });
    expect(within(dialog).getByText(/has no business priorities yet/)).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Create initiative" })).toBeDisabled();
  });
});
