import type { HttpResponseInit } from "@azure/functions";
import { AppError, serviceUnavailable } from "../errors";
import { statusOf } from "../store/repository";

const problemType = (status: number) => `https://httpstatuses.io/${status}`;

/** Network-level failures of the storage SDK: storage is down or unreachable, not a bug here. */
function isStorageUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; name?: unknown; statusCode?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  return (
    ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "REQUEST_SEND_ERROR"].includes(code) ||
    (e.name === "RestError" && e.statusCode === undefined) ||
    e.name === "AbortError" ||
    [500, 502, 503, 504].includes(Number(statusOf(error)))
  );
}

/**
 * The one error mapper: every failure becomes RFC 9457 problem+json. Only AppErrors say what went
 * wrong; anything else is logged with its stack by the caller and answered without details.
 */
export function toProblem(error: unknown, instance: string, correlationId: string): HttpResponseInit {
  const known = error instanceof AppError ? error : isStorageUnavailable(error) ? serviceUnavailable(2) : undefined;
  const status = known?.status ?? 500;
  const body = {
    type: problemType(status),
    title: known?.title ?? "Internal error",
    status,
    detail: known?.detail ?? `something went wrong on our side; quote ${correlationId} when you report it`,
    instance,
    correlationId,
    ...(known && known.errors.length > 0 ? { errors: known.errors } : {}),
  };
  return {
    status,
    headers: { "Content-Type": "application/problem+json", ...(known?.headers ?? {}) },
    body: JSON.stringify(body),
  };
}

export const isUnexpected = (error: unknown) => !(error instanceof AppError) && !isStorageUnavailable(error);
