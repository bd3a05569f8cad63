import { z } from "zod";
import { omit } from "zod/mini";
import { canAnswerSurvey } from "../../domain/permissions";
import { alignmentResponse, alignmentResponseInput, surveyCycle } from "../../domain/schemas";
import { badRequest, conflict, forbidden, parseOrThrow } from "../../errors";
import { readJson, readQuery } from "../request";
import type { Reply, RequestContext } from "../route";
import { findEntities, findEntity, putEntity } from "./crud";
import { single } from "./query";

const listQuery = z.object({ cycle: single(surveyCycle).optional(), executiveId: single(z.string().max(64)).optional() });

export async function listResponses(ctx: RequestContext): Promise<Reply> {
  const where = readQuery(ctx.req, listQuery);
  const items = await findEntities(ctx, "alignment", where);
  return { status: 200, body: { items } };
}

const responseId = (cycle: string, executiveId: string, priorityId: string) => `${cycle}.${executiveId}.${priorityId}`;
const answerBody = omit(alignmentResponseInput, { cycle: true, priorityId: true });

/**
 * An executive's own answer for one priority in one cycle. The executive is always the caller.
 * The first answer needs no If-Match; changing it does, like every update.
 */
export async function putResponse(ctx: RequestContext): Promise<Reply> {
  if (!canAnswerSurvey(ctx.principal)) throw forbidden("only executives answer the alignment survey");
  const cycle = parseOrThrow(surveyCycle, ctx.params.cycle, "the cycle in the path");
  const priorityId = ctx.params.priorityId ?? "";
  const answer = await readJson(ctx.req, answerBody, "the answer");
  const profile = await findEntity(ctx, "strategy", "profile");
  if (!profile) throw conflict("the strategy profile with its business priorities is not set up yet");
  if (!profile.priorities.some((p) => p.id === priorityId))
    throw badRequest("no such business priority", [{ path: "priorityId", message: `no business priority '${priorityId}'` }]);
  const id = responseId(cycle, ctx.principal.id, priorityId);
  return putEntity(ctx, "alignment", alignmentResponse, id, { ...answer, cycle, priorityId, executiveId: ctx.principal.id });
}
