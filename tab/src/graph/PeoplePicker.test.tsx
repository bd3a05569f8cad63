import { useState } from "react";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, stubFetch } from "../../test/fetchStub";
import { renderWithTheme } from "../../test/render";
import { createGraphAccess } from "./graphClient";
import { createPeopleDirectory, type PeopleDirectory } from "./peopleDirectory";
import { PeoplePicker, searchKnown } from "./PeoplePicker";
import { PeopleDirectoryContext, type KnownPerson } from "./usePeople";

const walsh = {
  id: "44444444-4444-4444-4444-444444444444",
  displayName: "Sean O'Brien-Walsh",
  jobTitle: "Head of Data",
  mail: null,
};

const executives: KnownPerson[] = [
  { id: "11111111-1111-1111-1111-111111111111", displayName: "Avery Chen", jobTitle: "Chief Executive Officer" },
  { id: "22222222-2222-2222-2222-222222222222", displayName: "Zoë Müller", jobTitle: "Chief Operating Officer" },
  { id: "33333333-3333-3333-3333-333333333333", displayName: "Sean O'Brien", jobTitle: "CISO" },
];

function Picker({ directory, max, onChange }: { directory: PeopleDirectory | null; max?: number; onChange: (ids: string[]) => void }) {
  const [ids, setIds] = useState<string[]>([]);
  return (
    <PeopleDirectoryContext.Provider value={directory}>
      <PeoplePicker
        label="Outcome owner"
        selectedIds={ids}
        known={executives}
        max={max}
        searchDelayMs={0}
        onChange={(next) => {
          setIds(next);
          onChange(next);
        }}
      />
    </PeopleDirectoryContext.Provider>
  );
}

describe("searchKnown", () => {
  it("matches names and titles regardless of case and accents", () => {
    expect(searchKnown(executives, "zoe").map((p) => p.displayName)).toEqual(["Zoë Müller"]);
    expect(searchKnown(executives, "CHIEF").map((p) => p.displayName)).toEqual(["Avery Chen", "Zoë Müller"]);
    expect(searchKnown(executives, "o'b").map((p) => p.displayName)).toEqual(["Sean O'Brien"]);
  });
});

describe("PeoplePicker", () => {
  it("searches the directory through Graph with the query escaped, and picks a person", async () => {
    const host = stubFetch({
      "GET /v1.0/users": () => json({ value: [walsh] }),
      // The chosen person's profile and photo, for the tag.
      "POST /v1.0/$batch": () =>
        json({
          responses: [
            { id: "user-0", status: 200, body: walsh },
            { id: "photo-0", status: 404, body: { error: { code: "ImageNotFound" } } },
          ],
        }),
    });
    vi.stubGlobal("fetch", host.fetch);
    const directory = createPeopleDirectory({ graph: createGraphAccess(async () => "graph-token") });
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderWithTheme(<Picker directory={directory} onChange={onChange} />);

    await user.type(screen.getByRole("combobox", { name: "Outcome owner" }), 'O\'Brien "&');
    const option = await screen.findByRole("option", { name: /Sean O'Brien-Walsh/ });

    const searches = host.urls("/v1.0/users");
    const last = searches.at(-1);
    expect(last?.searchParams.get("$search")).toBe('"displayName:O\'Brien \\"&" OR "mail:O\'Brien \\"&"');
    expect(last?.searchParams.get("$select")).toBe("id,displayName,jobTitle,mail");
    const request = host.requests.find((r) => r.url === last);
    expect(request?.headers.get("ConsistencyLevel")).toBe("eventual");
    expect(request?.headers.get("authorization")).toBe("Bearer graph-token");

    await user.click(option);
    expect(onChange).toHaveBeenLastCalledWith([walsh.id]);
    const chosen = screen.getByRole("listbox", { name: "Outcome owner: chosen" });
    expect(await within(chosen).findByRole("option", { name: walsh.displayName })).toBeInTheDocument();
  });

  it("offers the strategy's executives when there is no Graph", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    vi.stubGlobal("fetch", fetch);
    const directory = createPeopleDirectory({ graph: createGraphAccess(async () => null) });
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderWithTheme(<Picker directory={directory} max={1} onChange={onChange} />);

    await user.type(screen.getByRole("combobox", { name: "Outcome owner" }), "chief");
    await waitFor(() =>
      expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
        expect.stringContaining("Avery Chen"),
        expect.stringContaining("Zoë Müller"),
      ]),
    );
    await user.click(screen.getByRole("option", { name: /Zoë Müller/ }));
    expect(onChange).toHaveBeenLastCalledWith(["22222222-2222-2222-2222-222222222222"]);
    const chosen = screen.getByRole("listbox", { name: "Outcome owner: chosen" });
    expect(within(chosen).getByRole("option", { name: "Zoë Müller" })).toHaveAttribute("title", "Remove Zoë Müller");

    // With max 1, choosing someone else replaces the choice.
    await user.type(screen.getByRole("combobox", { name: "Outcome owner" }), "avery");
    await user.click(await screen.findByRole("option", { name: /Avery Chen/ }));
    expect(onChange).toHaveBeenLastCalledWith(["11111111-1111-1111-1111-111111111111"]);
    expect(within(chosen).getByRole("option", { name: "Avery Chen" })).toBeInTheDocument();
    expect(within(chosen).queryByRole("option", { name: "Zoë Müller" })).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});
