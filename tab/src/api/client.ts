import { SignInRequiredError } from "../auth/tokenService";

/** A field the API rejected, as in problem+json `errors`: `{ path: "riskOwnerId", message }`. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * The one error type of API calls. Problem+json answers (RFC 9457) keep their title, detail and
 * field errors; a call that never reached the API has status 0.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string;
  readonly errors: FieldError[];

  constructor(problem: {
    status: number;
    title: string;
    detail?: string;
    type?: string;
    errors?: FieldError[];
  }) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type ?? "about:blank";
    this.errors = problem.errors ?? [];
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

type QueryValue = string | number | boolean | null | undefined;

/** Appends a query string; undefined, null and empty values are left out. */
export function withQuery(path: string, query: Readonly<Record<string, QueryValue>> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value != null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}${path.includes("?") ? "&" : "?"}${search}` : path;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiClient {
  /** Calls `baseUrl + path` (path starts with "/") and returns the parsed JSON body. */
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
}

export interface ApiClientOptions {
  baseUrl: string;
  getToken: () => Promise<string>;
  /** Called when the API (or the token service) says the user must sign in again. */
  onUnauthorized: () => void;
  fetch?: typeof fetch;
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e: unknown) => {
    if (typeof e !== "object" || e === null) return [];
    const { path, message } = e as Record<string, unknown>;
    return typeof message === "string" ? [{ path: typeof path === "string" ? path : "", message }] : [];
  });
}

/** Reads a failed response: problem+json keeps its title, detail and field errors. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const fallback = { status: response.status, title: response.statusText || `HTTP ${response.status}` };
  if (!/[/+]json\b/.test(response.headers.get("content-type") ?? "")) return new ApiError(fallback);
  try {
    const body: unknown = await response.json();
    if (typeof body !== "object" || body === null) return new ApiError(fallback);
    const p = body as Record<string, unknown>;
    return new ApiError({
      status: response.status,
      title: str(p.title) ?? fallback.title,
      detail: str(p.detail),
      type: str(p.type),
      errors: fieldErrors(p.errors),
    });
  } catch {
    return new ApiError(fallback);
  }
}

export function createApiClient({
  baseUrl,
  getToken,
  onUnauthorized,
  fetch: fetchFn = fetch,
}: ApiClientOptions): ApiClient {
  async function request<T>(
    path: string,
    { method = "GET", body, headers = {}, signal }: RequestOptions = {},
  ) {
    let token: string;
    try {
      token = await getToken();
    } catch (error) {
      if (error instanceof SignInRequiredError) {
        onUnauthorized();
        throw new ApiError({ status: 401, title: "Sign in required", detail: error.message });
      }
      if (error instanceof ApiError) throw error;
      throw new ApiError({ status: 0, title: "Could not get a sign-in token", detail: String(error) });
    }

    let response: Response;
    try {
      response = await fetchFn(`${baseUrl}${path}`, {
        method,
        signal,
        headers: {
          accept: "application/json",
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new ApiError({
        status: 0,
        title: "Cannot reach the AI Strategy Board service",
        detail: "Check your connection, then try again.",
      });
    }

    if (!response.ok) {
      const error = await errorFromResponse(response);
      if (response.status === 401) onUnauthorized();
      throw error;
    }
    if (response.status === 204) return undefined as T;
    try {
      return (await response.json()) as T;
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new ApiError({
        status: response.status,
        title: "The service sent an answer that could not be read",
      });
    }
  }

  return { request, get: (path, signal) => request(path, { signal }) };
}
