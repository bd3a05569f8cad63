import type { HttpMethod, Route } from "./route";

/** Compiles a Functions route template ("initiatives/{id}") to a matcher over one path segment per parameter. */
export function compileRoute(path: string): (pathname: string) => Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = path
    .split("/")
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (param) {
        names.push(param[1] as string);
        return "([^/]+)";
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  const regex = new RegExp(`^/api/${pattern}/?$`);
  return (pathname) => {
    const m = regex.exec(pathname);
    if (!m) return undefined;
    const params: Record<string, string> = {};
    for (let i = 0; i < names.length; i++) {
      try {
        params[names[i] as string] = decodeURIComponent(m[i + 1] as string);
      } catch {
        return undefined;
      }
    }
    return params;
  };
}

export type Match = { route: Route; params: Record<string, string> } | { allowed: HttpMethod[] } | undefined;

/** The route for a method and path; when only the method is wrong, the methods that would fit (for 405). */
export function matchRoute(table: readonly { route: Route; match: ReturnType<typeof compileRoute> }[], method: string, pathname: string): Match {
  const allowed: HttpMethod[] = [];
  for (const { route, match } of table) {
    const params = match(pathname);
    if (!params) continue;
    if (route.method === method) return { route, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { allowed } : undefined;
}
