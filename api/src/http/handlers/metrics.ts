import { z } from "zod";
import { canEditInitiative } from "../../domain/permissions";
import { observation, period, successMetric, successMetricInput, successMetricPatch } from "../../domain/schemas";
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

const observationBody = observation.omit({ period: true });

/** Records (or corrects) the observation of one month: the metric changes as a whole, under If-Match. */
export async function putObservation(ctx: RequestContext): Promise<Reply> {
  const month = parseOrThrow(period, ctx.params.period, "the month in the path");
  const ifMatch = requireIfMatch(ctx.req);
  const body = await readJson(ctx.req, observationBody, "the observation");
  return updateEntity(ctx, "metric", ctx.params.id ?? "", successMetric, ifMatch, async (current) => {
    await requireEditableInitiative(ctx, current.initiativeId);
    const others = current.observations.filter((o) => o.period !== month);
    const observations = [...others, { period: month, ...body }].sort((a, b) => a.period.localeCompare(b.period));
    return { observations };
  });
}
