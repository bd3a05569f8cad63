import { canManagePortfolio } from "../../domain/permissions";
import { strategyProfile, strategyProfileInput } from "../../domain/schemas";
import { forbidden, preconditionRequired } from "../../errors";
import { getEntity } from "../../store/repository";
import { readJson } from "../request";
import type { Reply, RequestContext } from "../route";
import { createEntity, entityReply, readOr404, updateEntity } from "./crud";

/** The tenant's one strategy profile. */
const profileId = "profile";

export async function getStrategy(ctx: RequestContext): Promise<Reply> {
  return entityReply(await readOr404(ctx, "strategy", profileId, strategyProfile));
}

/** Creates the profile (without If-Match) or replaces it (If-Match required once it exists). */
export async function putStrategy(ctx: RequestContext): Promise<Reply> {
  if (!canManagePortfolio(ctx.principal)) throw forbidden("only a Portfolio.Manager sets the strategy profile");
  const input = await readJson(ctx.req, strategyProfileInput, "the strategy profile");
  const ifMatch = ctx.req.headers.get("if-match");
  if (ifMatch) return updateEntity(ctx, "strategy", profileId, strategyProfile, ifMatch, () => input);
  const exists = await getEntity(ctx.services.storage, ctx.principal.tenantId, "strategy", profileId, strategyProfile);
  if (exists) throw preconditionRequired();
  return createEntity(ctx, "strategy", strategyProfile, input, { id: profileId });
}
