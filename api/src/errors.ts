import { z } from "zod";

export type FieldError = { path: string; message: string };

/**
 * The one error type of the API. Anything thrown that is not an AppError becomes a 500 (or a 503
 * when storage is unreachable) without details; the mapper in http/problem.ts renders problem+json.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }
}

export const badRequest = (detail: string, errors: FieldError[] = []) =>
  new AppError(400, "The request is not valid", detail, errors);
export const unauthorized = (detail: string) =>
  new AppError(401, "Sign-in required", detail, [], { "WWW-Authenticate": 'Bearer error="invalid_token"' });
export const forbidden = (detail: string) => new AppError(403, "Not allowed", detail);
export const notFound = (what: string) => new AppError(404, "Not found", `${what} does not exist`);
export const conflict = (detail: string, errors: FieldError[] = []) => new AppError(409, "Conflict", detail, errors);
export const preconditionFailed = (detail = "the resource changed since you read it; reload and apply your change again") =>
  new AppError(412, "Precondition failed", detail);
export const preconditionRequired = () =>
  new AppError(428, "Precondition required", "send If-Match with the ETag you read, so no change is lost");
export const payloadTooLarge = (limit: number) =>
  new AppError(413, "Payload too large", `the body may be at most ${limit} bytes`);
export const unsupportedMediaType = () =>
  new AppError(415, "Unsupported media type", "send the body as application/json");
export const serviceUnavailable = (retryAfterSeconds: number) =>
  new AppError(503, "Service unavailable", "storage is not reachable right now; try again shortly", [], {
    "Retry-After": String(retryAfterSeconds),
  });

export function fieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const base = issue.path.map(String).join(".");
    if (keys.length > 0)
      return { path: keys.map((k) => (base ? `${base}.${k}` : k)).join(", "), message: "unknown field" };
    return { path: base || "(body)", message: issue.message };
  });
}

/** Parses with a schema or throws a 400 that names every offending field. */
export function parseOrThrow<S extends z.core.$ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw badRequest(`${what} is not valid`, fieldErrors(result.error));
  return result.data;
}
