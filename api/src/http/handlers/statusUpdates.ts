import { z } from "zod";
import { omit } from "zod/mini";
import { canReportStatus } from "../../domain/permissions";
import { period, statusUpdate, statusUpdateInput } from "../../domain/schemas";
import { badRequest, forbidden, parseOrThrow } from "../../errors";
import { readJson, readQuery } from "../request";
import type { Reply, RequestContext } from "../route";
import { asOfMonth } from "./clock";
import { findEntities, putEntity, readOr404 } from "./crud";
import { single } from "./query";

const listQuery = z.object({
  initiativeId: single(z.string().max(64)).optional(),
  period: single(period).optional(),
});

/** Monthly check-ins, optionally of one initiative and/or one month; by initiative, then month. */
export async function listStatusUpdates(ctx: RequestContext): Promise<Reply> {
  const where = readQuery(ctx.req, listQuery);
  const items = await findEntities(ctx, "status-update", where);
  return { status: 200, body: { items } };
}

/** One check-in per initiative and month: its id says so. */
export const statusUpdateId = (initiativeId: string, month: string) => `${initiativeId}.${month}`;

const updateBody = omit(statusUpdateInput, { initiativeId: true, period: true });

/**
 * An initiative's check-in for one month, by its outcome owner or the portfolio office: created
 * without If-Match, replaced with it. A month that has not started yet cannot be reported on.
 */
export async function putStatusUpdate(ctx: RequestContext): Promise<Reply> {
  const initiativeId = ctx.params.id ?? "";
  const month = parseOrThrow(period, ctx.params.period, "the month in the path");
  const body = await readJson(ctx.req, updateBody, "the status update");
  const owner = await readOr404(ctx, "initiative", initiativeId);
  if (!canReportStatus(ctx.principal, owner))
    throw forbidden("only a Portfolio.Manager or the initiative's outcome owner reports its status");
  if (month > asOfMonth(ctx))
    throw badRequest("a check-in reports on a month that has started", [{ path: "period", message: `${month} is in the future` }]);
  return putEntity(ctx, "status-update", statusUpdate, statusUpdateId(initiativeId, month), { ...body, initiativeId, period: month });
}
