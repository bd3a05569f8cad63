import { canManagePortfolio } from "../../domain/permissions";
import { strategyProfile, strategyProfileInput } from "../../domain/schemas";
import { forbidden } from "../../errors";
import { readJson } from "../request";
import type { Reply, RequestContext } from "../route";
import { entityReply, putEntity, readOr404 } from "./crud";

/** The tenant's one strategy profile. */
const profileId = "profile";

export async function getStrategy(ctx: RequestContext): Promise<Reply> {
  return entityReply(await readOr404(ctx, "strategy", profileId));
}

/** Creates the profile (without If-Match) or replaces it (If-Match required once it exists). */
export async function putStrategy(ctx: RequestContext): Promise<Reply> {
  if (!canManagePortfolio(ctx.principal)) throw forbidden("only a Portfolio.Manager sets the strategy profile");
  const input = await readJson(ctx.req, strategyProfileInput, "the strategy profile");
  return putEntity(ctx, "strategy", strategyProfile, profileId, input);
}
