import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { GateEvaluation } from "../../domain/gates";
import { evaluateGate } from "../../domain/gates";
import { canDecide } from "../../domain/permissions";
import type { DecisionRight, DecisionType, GateDecision, GateRequest, Initiative } from "../../domain/schemas";
import { gateDecision, gateRequest, initiative, stage } from "../../domain/schemas";
import { badRequest, conflict, forbidden } from "../../errors";
import { readJson, readQuery, requireIfMatch } from "../request";
import type { Reply, RequestContext } from "../route";
import { asOfMonth } from "./clock";
import { findEntities, readOr404, updateEntity } from "./crud";
import { single } from "./query";

type Move = Pick<GateRequest, "to" | "riskOwnerSignOff" | "checklist">;

/** The gate of a move, judged on the tenant's data as it is now (the caller decides). */
async function evaluate(ctx: RequestContext, current: Initiative, move: Move) {
  const { data } = await ctx.services.tenantData.get(ctx.principal.tenantId);
  const evaluation = evaluateGate(current, {
    to: move.to,
    deciderId: ctx.principal.id,
    asOf: asOfMonth(ctx),
    initiatives: data.initiatives,
    metrics: data.metrics,
    risks: data.risks,
    gateDecisions: data.gateDecisions,
    riskOwnerSignOff: move.riskOwnerSignOff,
    acknowledgedDuplicates: move.checklist["duplicate-check"]?.acknowledges,
  });
  return { evaluation, decisionRights: data.decisionRights };
}

/** The Accountable of the decision type, or null when a Portfolio.Manager decides. */
function accountableFor(type: DecisionType | null, rights: readonly DecisionRight[]): string | null {
  return (type === null ? undefined : rights.find((r) => r.decisionType === type))?.accountableId ?? null;
}

function notEntitled(evaluation: GateEvaluation, rights: readonly DecisionRight[]) {
  const accountable = accountableFor(evaluation.decisionType, rights);
  const who = accountable === null ? "a Portfolio.Manager" : `the Accountable for '${evaluation.decisionType}' (${accountable})`;
  return forbidden(`only ${who} decides a move from ${evaluation.from} to ${evaluation.to}`);
}

/**
 * Moves an initiative to another stage through its gate — the one way a stage changes. In one
 * transaction, under the initiative's If-Match: the new stage, a gate decision with the whole
 * checklist, and an audit event for each. Refused (403) unless the caller may take the decision,
 * and (409, naming every unmet item as `checklist.<item>`) unless every checklist item is met;
 * a refused move writes nothing.
 */
async function moveStage(ctx: RequestContext, ifMatch: string, move: Move, rationale: string) {
  const id = ctx.params.id ?? "";
  let decided: GateDecision | undefined;
  const reply = await updateEntity(
    ctx,
    "initiative",
    id,
    initiative,
    ifMatch,
    async (current) => {
      const { evaluation, decisionRights } = await evaluate(ctx, current, move);
      const checked = new Set<string>(evaluation.checklist.map((c) => c.item));
      const stray = Object.keys(move.checklist).filter((item) => !checked.has(item));
      if (stray.length > 0)
        throw badRequest(
          "notes on items this move does not check",
          stray.map((item) => ({ path: `checklist.${item}`, message: `a move to ${move.to} does not check ${item}` })),
        );
      if (!canDecide(ctx.principal, evaluation.decisionType, decisionRights)) throw notEntitled(evaluation, decisionRights);
      if (!evaluation.ready)
        throw conflict(
          `the move from ${evaluation.from} to ${evaluation.to} does not meet its gate checklist`,
          evaluation.checklist.filter((c) => !c.met).map((c) => ({ path: `checklist.${c.item}`, message: c.detail })),
        );
      const at = ctx.services.now().toISOString();
      const gateId = randomUUID();
      decided = gateDecision.parse({
        id: gateId,
        tenantId: ctx.principal.tenantId,
        initiativeId: id,
        from: evaluation.from,
        to: evaluation.to,
        decisionType: evaluation.decisionType,
        checklist: evaluation.checklist.map((c) => {
          const note = move.checklist[c.item]?.note;
          return { item: c.item, met: c.met, detail: c.detail, ...(note === undefined ? {} : { note }) };
        }),
        riskOwnerSignOff: evaluation.riskOwnerSignOff,
        acknowledgedDuplicates: evaluation.acknowledgedDuplicates,
        decidedBy: ctx.principal.id,
        decidedAt: at,
        rationale,
        createdAt: at,
        createdBy: ctx.principal.id,
        updatedAt: at,
        updatedBy: ctx.principal.id,
      });
      return { stage: evaluation.to };
    },
    move.to === "retired" ? "retire" : "gate",
    async () => {
      const decision = decided as GateDecision;
      return [{ kind: "gate-decision", id: decision.id, action: "gate", before: null, after: decision }];
    },
  );
  return { reply, decision: decided as GateDecision };
}

/** POST initiatives/{id}/gate: answers the initiative as it is now and the gate decision recorded. */
export async function gateInitiative(ctx: RequestContext): Promise<Reply> {
  const ifMatch = requireIfMatch(ctx.req);
  const move = await readJson(ctx.req, gateRequest, "the gate request");
  const { reply, decision } = await moveStage(ctx, ifMatch, move, move.rationale);
  return { status: 200, body: { initiative: reply.body, gateDecision: decision }, headers: reply.headers };
}

const retireBody = z.strictObject({ rationale: z.string().trim().min(1).max(2000) });

/** Retiring is the gate move to "retired"; answers the initiative as it is now. */
export async function retireInitiative(ctx: RequestContext): Promise<Reply> {
  const ifMatch = requireIfMatch(ctx.req);
  const { rationale } = await readJson(ctx.req, retireBody, "the retirement");
  const { reply } = await moveStage(ctx, ifMatch, { to: "retired", checklist: {} }, rationale);
  return reply;
}

/** The gate decisions of one initiative, in the order they were decided. */
export async function listGateDecisions(ctx: RequestContext): Promise<Reply> {
  const id = ctx.params.id ?? "";
  await readOr404(ctx, "initiative", id);
  const items = await findEntities(ctx, "gate-decision", {
    initiativeId: id,
  });
  items.sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : a.decidedAt > b.decidedAt ? 1 : 0));
  return { status: 200, body: { items } };
}

const checkQuery = z.object({
  to: single(stage),
  /** As the move would state it: "true" when the risk owner has signed off. */
  riskOwnerSignOff: single(z.enum(["true", "false"]).transform((v) => v === "true")).optional(),
});

/** What a move would check, and whether the caller may decide it; writes nothing. */
export async function checkGate(ctx: RequestContext): Promise<Reply> {
  const { to, riskOwnerSignOff } = readQuery(ctx.req, checkQuery);
  const current = await readOr404(ctx, "initiative", ctx.params.id ?? "");
  const { evaluation, decisionRights } = await evaluate(ctx, current, { to, riskOwnerSignOff, checklist: {} });
  return {
    status: 200,
    body: {
      initiativeId: current.id,
      etag: current.etag,
      from: evaluation.from,
      to: evaluation.to,
      allowed: evaluation.allowed,
      decisionType: evaluation.decisionType,
      accountableId: accountableFor(evaluation.decisionType, decisionRights),
      canDecide: canDecide(ctx.principal, evaluation.decisionType, decisionRights),
      ready: evaluation.ready,
      checklist: evaluation.checklist,
    },
  };
}
