import { boardView } from "../../domain/board";
import { InvalidCursor, listQuery, pageOf, type InitiativeListItem } from "../../domain/initiativeList";
import { canEditInitiative, canManagePortfolio } from "../../domain/permissions";
import { initiative, initiativeInput, initiativePatch } from "../../domain/schemas";
import { badRequest, conflict, forbidden } from "../../errors";
import { readJson, readQuery, requireIfMatch } from "../request";
import type { Reply, RequestContext } from "../route";
import { createEntity, entityReply, findEntity, readOr404, updateEntity } from "./crud";
import { asOfMonth, today } from "./clock";

export async function listInitiatives(ctx: RequestContext): Promise<Reply> {
  const query = readQuery(ctx.req, listQuery);
  const asOf = query.period ?? asOfMonth(ctx);
  const filters = { department: query.department, owner: query.owner, stage: query.stage, priority: query.priority, period: query.period };
  const { view, entities } = await ctx.services.boardCache.get(ctx.principal.tenantId, filters, asOf, today(ctx), (data) =>
    boardView(data, filters, asOf, today(ctx)),
  );
  const byId = new Map(entities.initiatives.map((i) => [i.id, i]));
  const items: InitiativeListItem[] = [];
  for (const row of view.initiatives) {
    const entity = byId.get(row.id);
    if (!entity || (query.health.length > 0 && !query.health.includes(entity.health))) continue;
    items.push({
      id: entity.id,
      title: entity.title,
      department: entity.department,
      stage: entity.stage,
      health: entity.health,
      valueCategory: entity.valueCategory,
      outcomeOwnerId: entity.outcomeOwnerId,
      riskOwnerId: entity.riskOwnerId,
      priorityIds: entity.priorityIds,
      updatedAt: entity.updatedAt,
      etag: entity.etag,
      derived: {
        roi: row.roi,
        valueRealisation: row.valueRealisation,
        priorityScore: row.priorityScore,
        openRisks: row.openRisks,
        highestOpenBand: row.highestOpenBand,
      },
    });
  }
  try {
    const page = pageOf(items, query);
    return { status: 200, body: { ...page, total: items.length } };
  } catch (error) {
    if (error instanceof InvalidCursor)
      throw badRequest(error.message, [{ path: "continuationToken", message: "not a token of this list" }]);
    throw error;
  }
}

export async function getInitiative(ctx: RequestContext): Promise<Reply> {
  return entityReply(await readOr404(ctx, "initiative", ctx.params.id ?? ""));
}

/** Business priorities an initiative links to must exist in the strategy profile. */
async function checkPriorities(ctx: RequestContext, priorityIds: readonly string[] | undefined) {
  if (!priorityIds) return;
  const profile = await findEntity(ctx, "strategy", "profile");
  if (!profile) throw conflict("set up the strategy profile (vision and business priorities) before adding initiatives");
  const known = new Set(profile.priorities.map((p) => p.id));
  const unknown = priorityIds.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id));
  if (unknown.length > 0)
    throw badRequest(
      "the initiative links to business priorities that do not exist",
      unknown.map(({ id, i }) => ({ path: `priorityIds.${i}`, message: `no business priority '${id}'` })),
    );
}

export async function createInitiative(ctx: RequestContext): Promise<Reply> {
  if (!canManagePortfolio(ctx.principal)) throw forbidden("only a Portfolio.Manager creates initiatives");
  const input = await readJson(ctx.req, initiativeInput, "the initiative");
  return createEntity(ctx, "initiative", initiative, input, {
    location: (id) => `/api/initiatives/${id}`,
    // Inside the commit's plan: a priority removed meanwhile is seen, not linked to.
    extra: async () => {
      await checkPriorities(ctx, input.priorityIds);
      return [];
    },
  });
}

export async function updateInitiative(ctx: RequestContext): Promise<Reply> {
  const id = ctx.params.id ?? "";
  const ifMatch = requireIfMatch(ctx.req);
  const patch = await readJson(ctx.req, initiativePatch, "the update");
  return updateEntity(
    ctx,
    "initiative",
    id,
    initiative,
    ifMatch,
    (current) => {
      if (!canEditInitiative(ctx.principal, current))
        throw forbidden("only a Portfolio.Manager or the initiative's outcome owner may change it");
      return patch;
    },
    "update",
    async () => {
      await checkPriorities(ctx, patch.priorityIds);
      return [];
    },
  );
}
