import { canManagePortfolio } from "../../domain/permissions";
import { linkedPriorityMessage, removedLinkedPriorities } from "../../domain/priorityLinks";
import { strategyProfile, strategyProfileInput, type StrategyProfile } from "../../domain/schemas";
import { conflict, forbidden } from "../../errors";
import { readJson } from "../request";
import type { Reply, RequestContext } from "../route";
import { entityReply, findEntities, putEntity, readOr404 } from "./crud";

/** The tenant's one strategy profile. */
const profileId = "profile";

export async function getStrategy(ctx: RequestContext): Promise<Reply> {
  return entityReply(await readOr404(ctx, "strategy", profileId));
}

/** A business priority goes only once no initiative links to it: 409 naming each and its initiatives. */
async function keepLinkedPriorities(ctx: RequestContext, next: StrategyProfile, current: StrategyProfile) {
  const links = removedLinkedPriorities(current.priorities, next.priorities, await findEntities(ctx, "initiative"));
  if (links.length === 0) return;
  const titles = links.map((l) => `'${l.priority.title}'`).join(", ");
  throw conflict(
    `initiatives still link to ${titles}; link those initiatives to other business priorities before removing ${links.length === 1 ? "it" : "them"}`,
    links.map((link) => ({ path: "priorities", message: linkedPriorityMessage(link) })),
  );
}

/** Creates the profile (without If-Match) or replaces it (If-Match required once it exists). */
export async function putStrategy(ctx: RequestContext): Promise<Reply> {
  if (!canManagePortfolio(ctx.principal)) throw forbidden("only a Portfolio.Manager sets the strategy profile");
  const input = await readJson(ctx.req, strategyProfileInput, "the strategy profile");
  return putEntity(ctx, "strategy", strategyProfile, profileId, input, {
    checkReplace: (next, current) => keepLinkedPriorities(ctx, next, current),
  });
}
