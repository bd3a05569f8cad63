import type { Reply, RequestContext } from "../route";

export async function health(ctx: RequestContext): Promise<Reply> {
  // Healthy means storage answers, so a load balancer takes an instance out when it cannot serve.
  await ctx.services.storage.ready();
  return { status: 200, body: { status: "ok", time: ctx.services.now().toISOString() } };
}

export async function me(ctx: RequestContext): Promise<Reply> {
  const { id, name, tenantId, roles } = ctx.principal;
  return { status: 200, body: { id, name, tenantId, roles } };
}
