import { z } from "zod";
import { canEditRisk, canManagePortfolio } from "../../domain/permissions";
import { inherentScore, isOpenRisk, isOverdueMitigation, residualBand, residualScore, riskBand } from "../../domain/risk";
import { risk, riskInput, riskPatch, riskStatus, type Risk } from "../../domain/schemas";
import { today } from "./clock";
import { badRequest, forbidden, notFound } from "../../errors";
import { readJson, readQuery, requireIfMatch } from "../request";
import type { Reply, RequestContext } from "../route";
import { createEntity, deleteEntity, entityReply, findEntities, findEntity, readOr404, updateEntity } from "./crud";
import { single } from "./query";

const listRisksQuery = z.object({
  initiativeId: single(z.string().max(64)).optional(),
  ownerId: single(z.string().max(64)).optional(),
  status: single(riskStatus).optional(),
});

/** What the register shows beside each risk, from the one definition of each rule. */
function riskDerived(r: Risk, day: string) {
  const score = inherentScore(r);
  return {
    score,
    band: riskBand(score),
    residualScore: residualScore(r),
    residualBand: residualBand(r),
    open: isOpenRisk(r),
    overdue: isOverdueMitigation(r, day),
  };
}

export async function listRisks(ctx: RequestContext): Promise<Reply> {
  const where = readQuery(ctx.req, listRisksQuery);
  const items = await findEntities(ctx, "risk", where);
  const day = today(ctx);
  return { status: 200, body: { items: items.map((r) => ({ ...r, derived: riskDerived(r, day) })) } };
}

export async function getRisk(ctx: RequestContext): Promise<Reply> {
  return entityReply(await readOr404(ctx, "risk", ctx.params.id ?? ""));
}

async function initiativeOf(ctx: RequestContext, id: string | null) {
  if (id === null) return undefined;
  const found = await findEntity(ctx, "initiative", id);
  if (!found) throw notFound(`initiative '${id}'`);
  return found;
}

/** The owner defaults to the initiative's risk owner; an organisation-level risk must name one. */
export async function createRisk(ctx: RequestContext): Promise<Reply> {
  const input = await readJson(ctx.req, riskInput, "the risk");
  const parent = await initiativeOf(ctx, input.initiativeId);
  const ownerId = input.ownerId ?? parent?.riskOwnerId;
  if (!ownerId)
    throw badRequest("an organisation-level risk needs an owner", [{ path: "ownerId", message: "required without an initiative" }]);
  if (parent ? !canEditRisk(ctx.principal, { ownerId }, parent) : !canManagePortfolio(ctx.principal))
    throw forbidden("only a Portfolio.Manager, the risk's owner or the initiative's outcome owner may add this risk");
  return createEntity(ctx, "risk", risk, { ...input, ownerId }, { location: (id) => `/api/risks/${id}` });
}

export async function updateRisk(ctx: RequestContext): Promise<Reply> {
  const ifMatch = requireIfMatch(ctx.req);
  const patch = await readJson(ctx.req, riskPatch, "the update");
  return updateEntity(ctx, "risk", ctx.params.id ?? "", risk, ifMatch, async (current) => {
    const parent = await initiativeOf(ctx, current.initiativeId).catch(() => undefined);
    if (!canEditRisk(ctx.principal, current, parent))
      throw forbidden("only a Portfolio.Manager, the risk's owner or the initiative's outcome owner may change this risk");
    return patch;
  });
}

export async function deleteRisk(ctx: RequestContext): Promise<Reply> {
  const ifMatch = requireIfMatch(ctx.req);
  return deleteEntity(ctx, "risk", ctx.params.id ?? "", risk, ifMatch, () => {
    if (!canManagePortfolio(ctx.principal)) throw forbidden("only a Portfolio.Manager deletes risks; close it instead");
  });
}
