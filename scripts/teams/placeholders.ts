/**
 * `${{KEY}}` placeholders, resolved the way the Microsoft 365 Agents Toolkit resolves them: a key
 * with a non-empty value is substituted, any other key stays as it is and is reported, except
 * APP_NAME_SUFFIX, which may legitimately be empty (a production environment has no suffix).
 */
export const placeholderPattern = /\$\{\{ *([A-Za-z_][A-Za-z0-9_]*) *\}\}/g;

/** Keys whose empty value still counts as a value. */
export const mayBeEmpty: ReadonlySet<string> = new Set(["APP_NAME_SUFFIX"]);

export type Values = Readonly<Record<string, string | undefined>>;

export function hasValue(values: Values, key: string): boolean {
  const value = values[key];
  return value !== undefined && (value !== "" || mayBeEmpty.has(key));
}

/** The keys of every placeholder in a text, each once, in order of first use. */
export function placeholderKeys(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((m) => m[1] as string))];
}

export interface Resolved<T> {
  value: T;
  /** Keys that had no value, each once. */
  unresolved: string[];
}

export function resolveText(text: string, values: Values): Resolved<string> {
  const unresolved = new Set<string>();
  const value = text.replace(placeholderPattern, (whole, key: string) => {
    if (hasValue(values, key)) return values[key] as string;
    unresolved.add(key);
    return whole;
  });
  return { value, unresolved: [...unresolved] };
}

/**
 * Resolves the placeholders in every string of a JSON document (object keys included). Working
 * on the parsed document keeps the result valid JSON whatever characters the values contain.
 */
export function resolveJson(document: unknown, values: Values): Resolved<unknown> {
  const unresolved = new Set<string>();
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") {
      const resolved = resolveText(node, values);
      resolved.unresolved.forEach((key) => unresolved.add(key));
      return resolved.value;
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === "object") {
      return Object.fromEntries(
        Object.entries(node).map(([key, child]) => [walk(key) as string, walk(child)]),
      );
    }
    return node;
  };
  const value = walk(document);
  return { value, unresolved: [...unresolved] };
}

/** The keys of every placeholder in the strings of a JSON-like value, each once. */
export function placeholderKeysIn(document: unknown): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === "string") placeholderKeys(node).forEach((key) => keys.add(key));
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      Object.entries(node).forEach(([key, child]) => {
        walk(key);
        walk(child);
      });
    }
  };
  walk(document);
  return [...keys];
}
