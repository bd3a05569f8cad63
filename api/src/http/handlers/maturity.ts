import { canManagePortfolio } from "../../domain/permissions";
import { maturityAssessment, maturityAssessmentInput, maturityAssessmentPatch } from "../../domain/schemas";
import { forbidden } from "../../errors";
import { readJson, requireIfMatch } from "../request";
import type { Reply, RequestContext } from "../route";
import { createEntity, entityReply, findEntities, readOr404, updateEntity } from "./crud";

const managerOnly = (ctx: RequestContext) => {
  if (!canManagePortfolio(ctx.principal)) throw forbidden("only a Portfolio.Manager records maturity assessments");
};

export async function listAssessments(ctx: RequestContext): Promise<Reply> {
  const items = await findEntities(ctx, "maturity");
  items.sort((a, b) => a.period.localeCompare(b.period));
  return { status: 200, body: { items } };
}

export async function getAssessment(ctx: RequestContext): Promise<Reply> {
  return entityReply(await readOr404(ctx, "maturity", ctx.params.id ?? ""));
}

/** One assessment per month: the period is its id, so a second one for the same month is a 409. */
export async function createAssessment(ctx: RequestContext): Promise<Reply> {
  managerOnly(ctx);
  const input = await readJson(ctx.req, maturityAssessmentInput, "the assessment");
  return createEntity(ctx, "maturity", maturityAssessment, input, {
    id: input.period,
    location: (id) => `/api/maturity-assessments/${id}`,
  });
}

export async function updateAssessment(ctx: RequestContext): Promise<Reply> {
  managerOnly(ctx);
  const ifMatch = requireIfMatch(ctx.req);
  const patch = await readJson(ctx.req, maturityAssessmentPatch, "the update");
  return updateEntity(ctx, "maturity", ctx.params.id ?? "", maturityAssessment, ifMatch, () => patch);
}
