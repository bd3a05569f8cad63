import { useMemo, useSyncExternalStore } from "react";

/**
 * A small hash router. Teams loads a tab as `index.html#/route`, and static hosting serves one
 * file, so the route lives in the hash: `#/portfolio?department=Finance&stage=pilot`.
 */

export type RouteQuery = Readonly<Record<string, string>>;

export interface Route {
  /** Always starts with "/", no trailing slash: "/", "/portfolio". */
  path: string;
  /** The hash query; empty values are dropped, and of a repeated key the last one wins. */
  query: RouteQuery;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Reads a location hash. Older and hand-written forms are accepted too: "#portfolio",
 * "#!/portfolio", "#/portfolio/", "#//portfolio" and an empty hash (the path "/").
 */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#!?/, "");
  const q = body.indexOf("?");
  const rawPath = q === -1 ? body : body.slice(0, q);
  const segments = rawPath.split("/").filter(Boolean).map(decodeSegment);
  const query: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(q === -1 ? "" : body.slice(q + 1))) {
    if (value.trim() === "") delete query[key];
    else query[key] = value;
  }
  return { path: `/${segments.join("/")}`, query };
}

/** Builds the hash for a path and query; undefined, null and empty values are left out. */
export function buildHash(
  path: string,
  query: Readonly<Record<string, string | null | undefined>> = {},
): string {
  const segments = path.split("/").filter(Boolean).map(encodeURIComponent);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value != null && value.trim() !== "") params.set(key, value);
  }
  const search = params.toString();
  return `#/${segments.join("/")}${search ? `?${search}` : ""}`;
}

/** Goes to a hash; `replace` swaps the current history entry (for filter and sort changes). */
export function navigate(hash: string, options: { replace?: boolean } = {}): void {
  if (hash === window.location.hash) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, "", hash);
    // replaceState does not fire hashchange; subscribers still need to hear about it.
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    window.location.hash = hash;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

const currentHash = () => window.location.hash;

/** The current route, re-rendering when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseHash(hash), [hash]);
}
