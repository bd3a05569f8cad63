import { omit } from "zod/mini";
import { canManageDecisionRights } from "../../domain/permissions";
import { decisionRight, decisionRightInput, decisionType, decisionTypes } from "../../domain/schemas";
import { forbidden, parseOrThrow } from "../../errors";
import { readJson } from "../request";
import type { Reply, RequestContext } from "../route";
import { findEntities, putEntity } from "./crud";

/** The tenant's decision rights (RACI), in the order of the decision types. */
export async function listDecisionRights(ctx: RequestContext): Promise<Reply> {
  const items = await findEntities(ctx, "decision-right");
  items.sort((a, b) => decisionTypes.indexOf(a.decisionType) - decisionTypes.indexOf(b.decisionType));
  return { status: 200, body: { items } };
}

const rightBody = omit(decisionRightInput, { decisionType: true });

/**
 * Sets who is Responsible, Accountable (exactly one, by construction), Consulted and Informed for
 * one decision type; the decision type is the id. Creates without If-Match, replaces with it.
 */
export async function putDecisionRight(ctx: RequestContext): Promise<Reply> {
  if (!canManageDecisionRights(ctx.principal)) throw forbidden("only a Portfolio.Manager sets decision rights");
  const type = parseOrThrow(decisionType, ctx.params.decisionType, "the decision type in the path");
  const input = await readJson(ctx.req, rightBody, "the decision right");
  return putEntity(ctx, "decision-right", decisionRight, type, { ...input, decisionType: type }, {
    location: (id) => `/api/decision-rights/${id}`,
  });
}
