import type { FieldError } from "../api/client";
import type { SnapshotNarrative } from "./types";

/**
 * The narrative form: highlights and decisions requested are typed one per line. The limits are
 * the API's (schemas/snapshot.ts); checking them here only spares a round trip, the API decides.
 */

export const narrativeLimits = { lines: 20, lineLength: 500, commentary: 8000 } as const;

export interface NarrativeForm {
  highlights: string;
  decisionsRequested: string;
  commentary: string;
}

export type NarrativeField = keyof NarrativeForm;
export type NarrativeErrors = Partial<Record<NarrativeField, string>>;

export const formOf = (n: SnapshotNarrative): NarrativeForm => ({
  highlights: n.highlights.join("\n"),
  decisionsRequested: n.decisionsRequested.join("\n"),
  commentary: n.commentary,
});

/** One item per non-blank line, trimmed. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export const narrativeOf = (form: NarrativeForm): SnapshotNarrative => ({
  highlights: linesOf(form.highlights),
  decisionsRequested: linesOf(form.decisionsRequested),
  commentary: form.commentary.trim(),
});

function checkLines(text: string, what: string): string | undefined {
  const lines = linesOf(text);
  if (lines.length > narrativeLimits.lines)
    return `At most ${narrativeLimits.lines} ${what}, one per line (${lines.length} now).`;
  const long = lines.findIndex((line) => line.length > narrativeLimits.lineLength);
  if (long !== -1)
    return `Line ${long + 1} has ${lines[long]?.length} characters; each line may have at most ${narrativeLimits.lineLength}.`;
  return undefined;
}

export function validateNarrative(form: NarrativeForm): NarrativeErrors {
  const errors: NarrativeErrors = {
    highlights: checkLines(form.highlights, "highlights"),
    decisionsRequested: checkLines(form.decisionsRequested, "decisions"),
    commentary:
      form.commentary.trim().length > narrativeLimits.commentary
        ? `At most ${narrativeLimits.commentary} characters (${form.commentary.trim().length} now).`
        : undefined,
  };
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined));
}

const fields: readonly NarrativeField[] = ["highlights", "decisionsRequested", "commentary"];

/** The API's field errors ("narrative.highlights.3") on the form's fields; the rest stay general. */
export function narrativeErrorsFrom(errors: readonly FieldError[]): {
  fields: NarrativeErrors;
  other: string[];
} {
  const byField: NarrativeErrors = {};
  const other: string[] = [];
  for (const error of errors) {
    const [root, field, line] = error.path.split(".");
    const known = fields.find((f) => f === field);
    if (root === "narrative" && known) {
      const where = line !== undefined && /^\d+$/.test(line) ? `Line ${Number(line) + 1}: ` : "";
      byField[known] = byField[known]
        ? `${byField[known]} ${where}${error.message}`
        : `${where}${error.message}`;
    } else other.push(error.path ? `${error.path}: ${error.message}` : error.message);
  }
  return { fields: byField, other };
}

export const sameNarrative = (a: SnapshotNarrative, b: SnapshotNarrative): boolean =>
  a.commentary === b.commentary &&
  a.highlights.join("\n") === b.highlights.join("\n") &&
  a.decisionsRequested.join("\n") === b.decisionsRequested.join("\n");
