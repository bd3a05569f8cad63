import { asApiError } from "../api/hooks";

/**
 * The API's refusal as a form's errors: each problem+json field error at the form field its path
 * names (the first message per field), or the whole message at the form when no field matches.
 */
export function apiFieldErrors<K extends string>(
  error: unknown,
  fieldOf: (path: string) => K | undefined,
): Partial<Record<K | "form", string>> {
  const e = asApiError(error);
  const found: Partial<Record<K | "form", string>> = {};
  for (const f of e.errors) {
    const key = fieldOf(f.path);
    if (key) found[key] ??= f.message;
  }
  if (Object.keys(found).length === 0) found.form = e.message;
  return found;
}
