import { odata } from "@azure/data-tables";
import { z } from "zod";
import {
  alignmentResponse,
  decisionRight,
  initiative,
  maturityAssessment,
  risk,
  statusUpdate,
  strategyProfile,
  successMetric,
  type EntityType,
} from "../domain/schemas";
import type { DemoTenant } from "../seed/types";
import type { StorageClients } from "./clients";
import { commitChanges, maxChangesPerCommit, type Change } from "./commit";
import { rowKey } from "./rows";

type SeedDocument = { kind: EntityType; id: string; doc: Record<string, unknown> };

function stored<S extends z.core.$ZodType>(
  schema: S,
  kind: EntityType,
  tenantId: string,
  record: { id: string; createdAt: string; createdBy: string; input: object },
  extra: object = {},
): SeedDocument {
  const doc = z.parse(schema, {
    ...record.input,
    ...extra,
    id: record.id,
    tenantId,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    updatedAt: record.createdAt,
    updatedBy: record.createdBy,
  }) as Record<string, unknown>;
  return { kind, id: record.id, doc };
}

/** Every entity of a demo tenant as the documents the API would have stored. */
export function demoDocuments(demo: DemoTenant): SeedDocument[] {
  const t = demo.tenantId;
  return [
    stored(strategyProfile, "strategy", t, { ...demo.strategy, id: "profile" }),
    ...demo.initiatives.map((r) => stored(initiative, "initiative", t, r)),
    ...demo.metrics.map((r) => stored(successMetric, "metric", t, r)),
    ...demo.risks.map((r) => stored(risk, "risk", t, r)),
    ...demo.assessments.map((r) => stored(maturityAssessment, "maturity", t, r)),
    ...demo.alignment.map((r) => stored(alignmentResponse, "alignment", t, r, { executiveId: r.executiveId })),
    ...demo.decisionRights.map((r) => stored(decisionRight, "decision-right", t, r)),
    ...demo.statusUpdates.map((r) => stored(statusUpdate, "status-update", t, r)),
  ];
}

async function existingRowKeys(clients: StorageClients, tenantId: string): Promise<Set<string>> {
  const keys = new Set<string>();
  const rows = clients.table.listEntities({
    queryOptions: { filter: odata`PartitionKey eq ${tenantId}`, select: ["RowKey"] },
  });
  for await (const row of rows) keys.add(String(row.rowKey));
  return keys;
}

/**
 * Writes the demo tenant as audited creates, in transactions of up to 49 entities. Entities that
 * exist already are left alone, so running it twice changes nothing (idempotent).
 */
export async function importDemoTenant(
  clients: StorageClients,
  demo: DemoTenant,
  actorId = "seed",
): Promise<{ written: number; skipped: number }> {
  await clients.ready();
  const existing = await existingRowKeys(clients, demo.tenantId);
  const all = demoDocuments(demo);
  const todo = all.filter((r) => !existing.has(rowKey(r.kind, r.id)));
  for (let i = 0; i < todo.length; i += maxChangesPerCommit) {
    const batch: Change[] = todo.slice(i, i + maxChangesPerCommit).map((r) => ({
      kind: r.kind,
      id: r.id,
      action: "create",
      before: null,
      after: r.doc,
    }));
    await commitChanges(clients, demo.tenantId, actorId, async () => batch);
  }
  return { written: todo.length, skipped: all.length - todo.length };
}
