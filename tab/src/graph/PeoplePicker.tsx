import { useEffect, useState } from "react";
import {
  Avatar,
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  type TagPickerProps,
} from "@fluentui/react-components";
import type { DirectoryPerson, PeopleDirectory } from "./peopleDirectory";
import { usePeople, usePeopleDirectory, type KnownPerson } from "./usePeople";

/**
 * Picks people (owners, sponsors): searches the organisation's directory through Microsoft Graph
 * when the session has it, otherwise the people our own data names (the strategy profile's
 * executives). The value is a list of Entra object ids.
 */

export interface PeoplePickerProps {
  label: string;
  selectedIds: readonly string[];
  onChange: (ids: string[]) => void;
  /** People our own data names: offered without Graph, and named while Graph has not answered. */
  known: readonly KnownPerson[];
  /** At most this many people; with 1, choosing someone replaces the choice. */
  max?: number;
  hint?: string;
  required?: boolean;
  /** What is wrong with the choice, shown at the field. */
  validationMessage?: string;
  /** How long typing pauses before Graph is asked. */
  searchDelayMs?: number;
}

interface Candidate {
  id: string;
  displayName: string;
  secondary: string | null;
  photoUrl: string | null;
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase();

/** The known people whose name or job title contains what was typed (ignoring case and accents). */
export function searchKnown(known: readonly KnownPerson[], query: string, limit = 10): KnownPerson[] {
  const q = fold(query.trim());
  return known.filter((p) => q === "" || fold(`${p.displayName} ${p.jobTitle ?? ""}`).includes(q)).slice(0, limit);
}

/** Graph's answer for the query, or null while there is none (no Graph, failed, or not yet). */
function useDirectorySearch(directory: PeopleDirectory | null, query: string, delayMs: number) {
  const [answer, setAnswer] = useState<{ query: string; people: DirectoryPerson[] | null }>();
  const active = directory !== null && query.trim() !== "";

  useEffect(() => {
    if (!directory || query.trim() === "") return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      directory.search(query, controller.signal).then(
        (people) => setAnswer({ query, people }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          console.info("People search through Microsoft Graph failed; offering known people:", error);
          setAnswer({ query, people: null });
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [directory, query, delayMs]);

  return active && answer?.query === query ? answer.people : null;
}

export function PeoplePicker({
  label,
  selectedIds,
  onChange,
  known,
  max,
  hint,
  required,
  validationMessage,
  searchDelayMs = 250,
}: PeoplePickerProps) {
  const directory = usePeopleDirectory();
  const [query, setQuery] = useState("");
  const found = useDirectorySearch(directory, query, searchDelayMs);
  const selected = usePeople(selectedIds, known);

  const candidates: Candidate[] = (
    found
      ? found.map((p) => ({
          id: p.id,
          displayName: p.displayName,
          secondary: p.jobTitle ?? p.mail,
          photoUrl: p.photoUrl,
        }))
      : searchKnown(known, query).map((p) => ({
          id: p.id,
          displayName: p.displayName,
          secondary: p.jobTitle || null,
          photoUrl: null,
        }))
  ).filter((c) => !selectedIds.includes(c.id));

  const onOptionSelect: TagPickerProps["onOptionSelect"] = (_, data) => {
    const ids = max !== undefined && data.selectedOptions.length > max ? data.selectedOptions.slice(-max) : data.selectedOptions;
    onChange(ids);
    setQuery("");
  };

  return (
    <Field label={label} hint={hint} required={required} validationMessage={validationMessage}>
      <TagPicker onOptionSelect={onOptionSelect} selectedOptions={[...selectedIds]}>
        <TagPickerControl>
          <TagPickerGroup aria-label={`${label}: chosen`}>
            {selectedIds.map((id) => {
              const person = selected.get(id);
              const name = person?.displayName ?? id;
              return (
                <Tag
                  key={id}
                  value={id}
                  shape="rounded"
                  media={
                    <Avatar
                      name={person?.displayName ?? undefined}
                      image={person?.photoUrl ? { src: person.photoUrl, alt: "" } : undefined}
                      color="colorful"
                      aria-hidden
                    />
                  }
                  dismissible
                  title={`Remove ${name}`}
                >
                  {name}
                </Tag>
              );
            })}
          </TagPickerGroup>
          <TagPickerInput
            aria-label={label}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </TagPickerControl>
        <TagPickerList>
          {candidates.length > 0
            ? candidates.map((c) => (
                <TagPickerOption
                  key={c.id}
                  value={c.id}
                  text={c.displayName}
                  secondaryContent={c.secondary ?? undefined}
                  media={
                    <Avatar
                      name={c.displayName}
                      image={c.photoUrl ? { src: c.photoUrl, alt: "" } : undefined}
                      color="colorful"
                      aria-hidden
                    />
                  }
                >
                  {c.displayName}
                </TagPickerOption>
              ))
            : query.trim() !== "" && `Nobody found for "${query.trim()}"`}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
