import { createHash } from "node:crypto";
import { boardFilters } from "../../domain/boardFilters";
import { boardView } from "../../domain/board";
import { readQuery } from "../request";
import type { Reply, RequestContext } from "../route";
import { asOfMonth, today } from "./clock";

export async function getBoard(ctx: RequestContext): Promise<Reply> {
  const filters = readQuery(ctx.req, boardFilters);
  const asOf = filters.period ?? asOfMonth(ctx);
  const { json, gzip, version } = await ctx.services.boardCache.get(ctx.principal.tenantId, filters, asOf, today(ctx), (data) =>
    boardView(data, filters, asOf, today(ctx)),
  );
  // The data version makes a cheap validator: an unchanged board answers 304 without a body.
  const variant = createHash("sha1").update(`${today(ctx)} ${ctx.req.url}`).digest("hex").slice(0, 12);
  const headers = { ETag: `W/"board-${version}-${variant}"`, "Cache-Control": "private, no-cache", Vary: "Accept-Encoding" };
  if (ctx.req.headers.get("if-none-match") === headers.ETag) return { status: 304, headers };
  if (/\bgzip\b/.test(ctx.req.headers.get("accept-encoding") ?? ""))
    return { status: 200, raw: gzip(), headers: { ...headers, "Content-Encoding": "gzip" } };
  return { status: 200, raw: json(), headers };
}
