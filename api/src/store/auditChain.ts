import { createHash } from "node:crypto";
import type { AuditEvent } from "../domain/schemas";

export const genesisHash = "0".repeat(64);

/** JSON with keys sorted at every level, so a hash does not depend on property order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function auditHash(event: Omit<AuditEvent, "hash">): string {
  return createHash("sha256").update(canonicalJson(event)).digest("hex");
}

export type ChainBreak = { seq: number; reason: "hash" | "link" | "gap" };

/** Checks a tenant's events in sequence order; returns the first break, or undefined when intact. */
export function verifyChain(events: readonly AuditEvent[]): ChainBreak | undefined {
  let prev = genesisHash;
  let expectedSeq = 1;
  for (const event of events) {
    if (event.seq !== expectedSeq) return { seq: expectedSeq, reason: "gap" };
    if (event.prevHash !== prev) return { seq: event.seq, reason: "link" };
    const { hash, ...rest } = event;
    if (auditHash(rest) !== hash) return { seq: event.seq, reason: "hash" };
    prev = hash;
    expectedSeq++;
  }
  return undefined;
}
