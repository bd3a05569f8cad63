import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../../test/fetchStub";
import { renderWithApi } from "../../../test/render";
import { snapshotMeta } from "../../snapshots/fixtures.testdata";
import type { SnapshotMeta } from "../../snapshots/types";
import { NarrativeDialog } from "./NarrativeDialog";

/** Generous under a loaded test run (the view renders charts and tables). */
const slow = { timeout: 5000 };

const draft = snapshotMeta({
  period: "2026-10",
  status: "draft",
  publishedAt: null,
  publishedBy: null,
  narrative: { highlights: ["First highlight"], decisionsRequested: [], commentary: "" },
  etag: 'W/"v1"',
});

function setup(routes: Record<string, Handler>) {
  const host = stubFetch(routes);
  const onSaved = vi.fn<(s: SnapshotMeta) => void>();
  const onChanged = vi.fn<() => void>();
  renderWithApi(
    <NarrativeDialog
      snapshot={draft}
      open
      onOpenChange={() => undefined}
      onSaved={onSaved}
      onChanged={onChanged}
    />,
    host.fetch,
  );
  return {
    host,
    onSaved,
    onChanged,
    dialog: screen.getByRole("dialog", { name: "Narrative for the board" }),
  };
}

const patches = (host: ReturnType<typeof stubFetch>) => host.requests.filter((r) => r.method === "PATCH");

describe("NarrativeDialog", { timeout: 15_000 }, () => {
  it("saves highlights and decisions one per line, with the draft's ETag", async () => {
    const user = userEvent.setup();
    const saved = snapshotMeta({ ...draft, etag: 'W/"v2"' });
    const { host, onSaved, dialog } = setup({ "PATCH /api/snapshots/2026-10.v1": () => json(saved) });
    const highlights = within(dialog).getByRole("textbox", { name: /Highlights/ });
    expect(highlights).toHaveValue("First highlight");
    await user.type(highlights, "\n\n  Second highlight  ");
    await user.type(
      within(dialog).getByRole("textbox", { name: /Decisions requested/ }),
      "Approve the budget",
    );
    await user.type(within(dialog).getByRole("textbox", { name: /Commentary/ }), "On plan.");
    await user.click(within(dialog).getByRole("button", { name: "Save narrative" }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    const [patch] = patches(host);
    expect(patch?.headers.get("if-match")).toBe('W/"v1"');
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({
      narrative: {
        highlights: ["First highlight", "Second highlight"],
        decisionsRequested: ["Approve the budget"],
        commentary: "On plan.",
      },
    });
  });

  it("refuses lines that are too long or too many, before asking the API", async () => {
    const user = userEvent.setup();
    const { host, dialog } = setup({});
    const decisions = within(dialog).getByRole("textbox", { name: /Decisions requested/ });
    await user.click(decisions);
    await user.paste(`Fine\n${"x".repeat(501)}`);
    const highlights = within(dialog).getByRole("textbox", { name: /Highlights/ });
    await user.clear(highlights);
    await user.click(highlights);
    await user.paste(Array.from({ length: 21 }, (_, k) => `Highlight ${k + 1}`).join("\n"));
    await user.click(within(dialog).getByRole("button", { name: "Save narrative" }));

    expect(
      await within(dialog).findByText("Line 2 has 501 characters; each line may have at most 500.", {}, slow),
    ).toBeInTheDocument();
    expect(within(dialog).getByText("At most 20 highlights, one per line (21 now).")).toBeInTheDocument();
    expect(decisions).toHaveAttribute("aria-invalid", "true");
    expect(patches(host)).toHaveLength(0);
  });

  it("shows the API's field errors on their fields", async () => {
    const user = userEvent.setup();
    const { dialog } = setup({
      "PATCH /api/snapshots/2026-10.v1": () =>
        problem(400, "Invalid the update", {
          errors: [
            { path: "narrative.highlights.0", message: "Too small: expected string to have >=1 characters" },
          ],
        }),
    });
    await user.click(within(dialog).getByRole("button", { name: "Save narrative" }));
    expect(
      await within(dialog).findByText("Line 1: Too small: expected string to have >=1 characters", {}, slow),
    ).toBeInTheDocument();
  });

  it("on 412 loads the latest draft, shows that it changed and keeps the user's text", async () => {
    const user = userEvent.setup();
    const latest = snapshotMeta({
      ...draft,
      narrative: { highlights: ["Someone else's highlight"], decisionsRequested: [], commentary: "Theirs." },
      updatedAt: "2026-11-04T10:15:00.000Z",
      etag: 'W/"v3"',
    });
    let attempt = 0;
    const { host, onChanged, onSaved, dialog } = setup({
      "PATCH /api/snapshots/2026-10.v1": () =>
        attempt++ === 0 ? problem(412, "Precondition failed") : json(latest),
      "GET /api/snapshots/2026-10.v1": () => json({ snapshot: latest, integrity: "verified", document: {} }),
    });
    await user.type(within(dialog).getByRole("textbox", { name: /Commentary/ }), "Mine.");
    await user.click(within(dialog).getByRole("button", { name: "Save narrative" }));

    expect(
      await within(dialog).findByText("This draft changed while you were editing it.", {}, slow),
    ).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
    expect(within(dialog).getByRole("textbox", { name: /Highlights/ })).toHaveValue(
      "Someone else's highlight",
    );
    expect(within(dialog).getByRole("textbox", { name: /Commentary/ })).toHaveValue("Theirs.");
    expect(within(dialog).getByText(/First highlight\s+Mine\./)).toBeInTheDocument();

    // Saving again goes with the new ETag.
    await user.click(within(dialog).getByRole("button", { name: "Save narrative" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(latest));
    expect(patches(host).map((r) => r.headers.get("if-match"))).toEqual(['W/"v1"', 'W/"v3"']);
    expect(
      host
        .urls("/api/snapshots/2026-10.v1")
        .find((u) => u.searchParams.get("include"))
        ?.searchParams.get("include"),
    ).toBe("summary");
  });
});
