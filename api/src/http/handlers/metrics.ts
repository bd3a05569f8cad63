import { z } from "zod";
import { omit } from "zod/mini";
import { canEditInitiative } from "../../domain/permissions";
import {
  observation,
  observationSeries,
  period,
  successMetric,
  successMetricInput,
  successMetricPatch,
  type Observation,
} from "../../domain/schemas";
import { forbidden, notFound, parseOrThrow } from "../../errors";
import { readJson, readQuery, requireIfMatch } from "../request";
import type { Reply, RequestContext } from "../route";
import { createEntity, deleteEntity, entityReply, findEntities, findEntity, readOr404, updateEntity } from "./crud";
import { single } from "./query";
import { asOfMonth } from "./clock";
import { metricSummary } from "../../domain/metrics";

const listMetricsQuery = z.object({
  initiativeId: single(z.string().max(64)).optional(),
  /** The as-of month for each metric's progress and trajectory status; this month by default. */
  period: single(period).optional(),
});

export async function listMetrics(ctx: RequestContext): Promise<Reply> {
  const { initiativeId, period: asOf = asOfMonth(ctx) } = readQuery(ctx.req, listMetricsQuery);
  const items = await findEntities(ctx, "metric", { initiativeId });
  return { status: 200, body: { items: items.map((m) => ({ ...m, derived: metricSummary(m, asOf) })) } };
}

export async function getMetric(ctx: RequestContext): Promise<Reply> {
  return entityReply(await readOr404(ctx, "metric", ctx.params.id ?? ""));
}

/** Metrics belong to an initiative; whoever may edit the initiative may edit its metrics. */
async function requireEditableInitiative(ctx: RequestContext, initiativeId: string) {
  const owner = await findEntity(ctx, "initiative", initiativeId);
  if (!owner) throw notFound(`initiative '${initiativeId}'`);
  if (!canEditInitiative(ctx.principal, owner))
    throw forbidden("only a Portfolio.Manager or the initiative's outcome owner may change its metrics");
}

export async function createMetric(ctx: RequestContext): Promise<Reply> {
  const input = await readJson(ctx.req, successMetricInput, "the metric");
  await requireEditableInitiative(ctx, input.initiativeId);
  return createEntity(ctx, "metric", successMetric, input, { location: (id) => `/api/metrics/${id}` });
}

export async function updateMetric(ctx: RequestContext): Promise<Reply> {
  const ifMatch = requireIfMatch(ctx.req);
  const patch = await readJson(ctx.req, successMetricPatch, "the update");
  return updateEntity(ctx, "metric", ctx.params.id ?? "", successMetric, ifMatch, async (current) => {
    await requireEditableInitiative(ctx, current.initiativeId);
    return patch;
  });
}

export async function deleteMetric(ctx: RequestContext): Promise<Reply> {
  const ifMatch = requireIfMatch(ctx.req);
  return deleteEntity(ctx, "metric", ctx.params.id ?? "", successMetric, ifMatch, (current) =>
    requireEditableInitiative(ctx, current.initiativeId),
  );
}

const observationBody = omit(observation, { period: true });

/** Records (or corrects) the observation of one month: the metric changes as a whole, under If-Match. */
export async function putObservation(ctx: RequestContext): Promise<Reply> {
  const month = parseOrThrow(period, ctx.params.period, "the month in the path");
  const ifMatch = requireIfMatch(ctx.req);
  const body = await readJson(ctx.req, observationBody, "the observation");
  return updateEntity(ctx, "metric", ctx.params.id ?? "", successMetric, ifMatch, async (current) => {
    await requireEditableInitiative(ctx, current.initiativeId);
    return { observations: withObservations(current.observations, [{ period: month, ...body }]) };
  });
}

/** The metric's observations with the given months added or corrected, in month order. */
function withObservations(current: readonly Observation[], recorded: readonly Observation[]): Observation[] {
  const months = new Set(recorded.map((o) => o.period));
  return [...current.filter((o) => !months.has(o.period)), ...recorded].sort((a, b) => a.period.localeCompare(b.period));
}

/** Records a series of months at once (one change of the metric, one audit event), under If-Match. */
export async function patchObservations(ctx: RequestContext): Promise<Reply> {
  const ifMatch = requireIfMatch(ctx.req);
  const body = await readJson(ctx.req, observationSeries, "the series");
  return updateEntity(ctx, "metric", ctx.params.id ?? "", successMetric, ifMatch, async (current) => {
    await requireEditableInitiative(ctx, current.initiativeId);
    return { observations: withObservations(current.observations, body.observations) };
  });
}
