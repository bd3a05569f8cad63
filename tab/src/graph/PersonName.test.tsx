import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithTheme } from "../../test/render";
import type { GraphAccess } from "./graphClient";
import { createPeopleDirectory, type DirectoryPerson, type PeopleDirectory } from "./peopleDirectory";
import { PersonName } from "./PersonName";
import { PeopleDirectoryContext } from "./usePeople";

const ceo = "11111111-1111-1111-1111-111111111111";
const cfo = "22222222-2222-2222-2222-222222222222";
const executives = new Map([
  [ceo, { id: ceo, displayName: "Avery Chen", jobTitle: "Chief Executive Officer" }],
  [cfo, { id: cfo, displayName: "Bea Kowalski", jobTitle: "Chief Financial Officer" }],
]);

/** A directory whose Graph answers for the CEO only (the test does not exercise Graph's wire format). */
function directoryKnowing(people: Record<string, DirectoryPerson | null>): PeopleDirectory {
  const directory = createPeopleDirectory({ graph: { client: async () => null } satisfies GraphAccess });
  const answers = new Map(Object.entries(people));
  const listeners = new Set<() => void>();
  let version = 0;
  return {
    ...directory,
    peek: (id) => answers.get(id) ?? (version > 0 ? null : undefined),
    load: vi.fn(async () => {
      version++;
      listeners.forEach((l) => l());
    }),
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    get version() {
      return version;
    },
  };
}

function Owners({ ids }: { ids: string[] }) {
  return (
    <ul>
      {ids.map((id) => (
        <li key={id}>
          <PersonName id={id} people={executives} />
        </li>
      ))}
    </ul>
  );
}

describe("PersonName", () => {
  it("shows the profile's name and initials when there is no people directory", () => {
    renderWithTheme(<Owners ids={[ceo, "someone-else"]} />);
    expect(screen.getByText("Avery Chen")).toBeInTheDocument();
    expect(screen.getByText("AC")).toBeInTheDocument();
    expect(screen.getByText("someone-else")).toBeInTheDocument();
  });

  it("shows Graph's name and photo once the directory answers, and the profile's name for the rest", async () => {
    const directory = directoryKnowing({
      [ceo]: { id: ceo, displayName: "Avery Chen-Li", jobTitle: "CEO", mail: null, photoUrl: "blob:avery" },
    });
    const { container } = renderWithTheme(
      <PeopleDirectoryContext.Provider value={directory}>
        <Owners ids={[ceo, cfo]} />
      </PeopleDirectoryContext.Provider>,
    );

    expect(await screen.findByText("Avery Chen-Li")).toBeInTheDocument();
    expect(container.querySelector('img[src="blob:avery"]')).not.toBeNull();
    expect(screen.getByText("Bea Kowalski")).toBeInTheDocument();
    expect(screen.getByText("Bea Kowalski").closest("[title]")).toHaveAttribute("title", "Chief Financial Officer");
    // Both cells asked, each for its own person (the directory coalesces them into one batch).
    expect(vi.mocked(directory.load).mock.calls.map(([ids]) => ids)).toEqual([[ceo], [cfo]]);
  });
});
