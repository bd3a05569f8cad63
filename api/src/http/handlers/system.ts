import { statusOf } from "../../store/repository";
import type { Reply, RequestContext } from "../route";

export async function health(ctx: RequestContext): Promise<Reply> {
  // Healthy means storage answers, so a load balancer takes an instance out when it cannot serve.
  // ready() settles once per process, so a point read (of a row that need not exist) asks storage now.
  await ctx.services.storage.ready();
  await ctx.services.storage.table.getEntity("health", "probe").catch((error: unknown) => {
    if (statusOf(error) !== 404) throw error;
  });
  return { status: 200, body: { status: "ok", time: ctx.services.now().toISOString() } };
}

export async function me(ctx: RequestContext): Promise<Reply> {
  const { id, name, tenantId, roles } = ctx.principal;
  return { status: 200, body: { id, name, tenantId, roles } };
}
