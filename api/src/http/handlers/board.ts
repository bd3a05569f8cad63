import { boardFilters } from "../../domain/boardFilters";
import { boardView } from "../../domain/board";
import { readQuery } from "../request";
import type { Reply, RequestContext } from "../route";
import { asOfMonth, today } from "./clock";

export async function getBoard(ctx: RequestContext): Promise<Reply> {
  const filters = readQuery(ctx.req, boardFilters);
  const asOf = filters.period ?? asOfMonth(ctx);
  const { view } = await ctx.services.boardCache.get(ctx.principal.tenantId, filters, asOf, today(ctx), (data) =>
    boardView(data, filters, asOf, today(ctx)),
  );
  return { status: 200, body: view };
}
