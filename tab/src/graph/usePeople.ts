import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from "react";
import type { PeopleDirectory } from "./peopleDirectory";

/** The signed-in session's people directory; null outside a session (tests, sign-in screens). */
export const PeopleDirectoryContext = createContext<PeopleDirectory | null>(null);

export function usePeopleDirectory(): PeopleDirectory | null {
  return useContext(PeopleDirectoryContext);
}

/** Someone our own data names: the strategy profile's executives. */
export interface KnownPerson {
  id: string;
  displayName: string;
  jobTitle?: string;
}

export interface PersonInfo {
  id: string;
  /** From Graph, else from our own data; null when neither knows the id. */
  displayName: string | null;
  jobTitle: string | null;
  mail: string | null;
  photoUrl: string | null;
  source: "graph" | "profile" | "unknown";
}

export type KnownPeople = ReadonlyMap<string, KnownPerson> | readonly KnownPerson[] | null | undefined;

const noSubscription = () => () => {};

function asMap(known: KnownPeople): ReadonlyMap<string, KnownPerson> {
  if (!known) return new Map();
  return Array.isArray(known) ? new Map(known.map((p) => [p.id, p])) : (known as ReadonlyMap<string, KnownPerson>);
}

/**
 * Names, titles and photos for these ids: from Microsoft Graph when the session has it, otherwise
 * (or until Graph answers) from `known`, our own data. Lookups of all components rendering at the
 * same time go to Graph together.
 */
export function usePeople(ids: readonly string[], known?: KnownPeople): ReadonlyMap<string, PersonInfo> {
  const directory = usePeopleDirectory();
  const version = useSyncExternalStore(
    directory?.subscribe ?? noSubscription,
    () => directory?.version ?? 0,
  );
  // Ids as one string, so a new array with the same ids does not ask again.
  const key = [...new Set(ids)].join("\n");

  useEffect(() => {
    if (directory && key !== "") void directory.load(key.split("\n"));
  }, [directory, key]);

  return useMemo(() => {
    // `version` changes when Graph answers; peek() then returns the new answers.
    void version;
    const fallback = asMap(known);
    const people = new Map<string, PersonInfo>();
    for (const id of key === "" ? [] : key.split("\n")) {
      const fromGraph = directory?.peek(id);
      const own = fallback.get(id);
      people.set(
        id,
        fromGraph
          ? {
              id,
              displayName: fromGraph.displayName,
              jobTitle: fromGraph.jobTitle ?? own?.jobTitle ?? null,
              mail: fromGraph.mail,
              photoUrl: fromGraph.photoUrl,
              source: "graph",
            }
          : {
              id,
              displayName: own?.displayName ?? null,
              jobTitle: own?.jobTitle || null,
              mail: null,
              photoUrl: null,
              source: own ? "profile" : "unknown",
            },
      );
    }
    return people;
  }, [directory, version, key, known]);
}

/** One person; see usePeople. */
export function usePerson(id: string, known?: KnownPeople): PersonInfo {
  const people = usePeople([id], known);
  return (
    people.get(id) ?? { id, displayName: null, jobTitle: null, mail: null, photoUrl: null, source: "unknown" }
  );
}
