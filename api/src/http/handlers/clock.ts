import type { RequestContext } from "../route";

/** Today's date (UTC) and month, from the services' clock so tests can fix them. */
export const today = (ctx: RequestContext) => ctx.services.now().toISOString().slice(0, 10);
export const asOfMonth = (ctx: RequestContext) => today(ctx).slice(0, 7);
