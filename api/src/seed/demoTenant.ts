import { z } from "zod";
import { monthIndex } from "../domain/calendar";
import { activeStages } from "../domain/progression";
import { id as idSchema, period as periodSchema } from "../domain/schemas";
import { alignmentRecords } from "./alignment";
import type { Month } from "./calendar";
import { timestampIn } from "./calendar";
import type { InitiativeTemplate, MetricSpec } from "./catalogue";
import { fillerMetrics, initiativeCatalogue, variantScopes } from "./catalogue";
import { decisionRightRecords } from "./decisionRights";
import type { InitiativeDraft, Timeline } from "./initiatives";
import { buildInitiative, timelineOf } from "./initiatives";
import { assessmentRecords } from "./maturity";
import { buildMetric, measurementWindow } from "./metrics";
import type { Cast } from "./personas";
import { demoCast, personaList } from "./personas";
import { createRandom, deriveSeed } from "./random";
import { fillerRisks, riskLibrary } from "./riskCatalogue";
import { buildRisk, orgRiskRecords, riskOwnerKey, riskState } from "./risks";
import type { Reporter } from "./statusUpdates";
import { statusUpdateRecords } from "./statusUpdates";
import { buildStrategy } from "./strategy";
import type { DemoTenant, DemoTenantOptions } from "./types";
import { validated } from "./validate";

export const defaultSeed = 42;
/** In scaled-up tenants every initiative has this many metrics and risks, and metrics this many months of observations. */
export const scaledMetricsPerInitiative = 4;
export const scaledRisksPerInitiative = 5;
export const scaledObservationMonths = 24;
const handCraftedObservationMonths = 12;

/** The options of generateDemoTenant, checked before anything is generated. */
const optionsSchema = z.strictObject({
  tenantId: idSchema,
  asOf: periodSchema,
  initiatives: z.number().int().min(1).max(100_000).optional(),
  seed: z.number().int().min(0).max(0xffff_ffff).default(defaultSeed),
});

const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function handCraftedDrafts(): InitiativeDraft[] {
  return initiativeCatalogue.map((template) => ({
    template,
    title: template.title,
    problem: template.problem,
    tags: [...template.tags],
  }));
}

/** `count` initiatives: the catalogue once as is, then again per site or region. */
function scaledDrafts(count: number): InitiativeDraft[] {
  const size = initiativeCatalogue.length;
  return Array.from({ length: count }, (_, i) => {
    const template = initiativeCatalogue[i % size];
    const variant = Math.floor(i / size);
    if (variant === 0)
      return { template, title: template.title, problem: template.problem, tags: [...template.tags] };
    const scope = variantScopes[(variant - 1) % variantScopes.length];
    const wave = Math.floor((variant - 1) / variantScopes.length) + 1;
    const label = wave > 1 ? `${scope}, wave ${wave}` : scope;
    return {
      template,
      title: `${template.title} (${label})`,
      problem: `${template.problem} Scope: ${label}.`,
      tags: [...template.tags, slug(scope)],
    };
  });
}

/** The template's own items first, then fillers it does not have yet, up to `count`. */
function fillUp<T>(
  own: readonly T[],
  fillers: readonly T[],
  count: number,
  same: (a: T, b: T) => boolean,
): T[] {
  const result = [...own];
  for (const filler of fillers) {
    if (result.length >= count) break;
    if (!result.some((item) => same(item, filler))) result.push(filler);
  }
  if (result.length < count) throw new Error(`not enough fillers to reach ${count}`);
  return result.slice(0, count);
}

/** Stages whose metrics have been measured monthly (the pilot started at some point). */
function isMeasured(template: InitiativeTemplate): boolean {
  const measured: readonly string[] = ["pilot", "scaling", "production", "retired", "on-hold"];
  return measured.includes(template.stage) || template.stoppedAfterPilot === true;
}

/**
 * When the initiative was registered: ideas this month or in the two before, work that began
 * within the year in the month it began, older work in the first months after the board was adopted.
 */
function registeredIn(tl: Timeline, asOf: Month, n: number): Month {
  const monthsAgo = asOf - tl.start;
  if (monthsAgo < 1) return asOf - ((n + 1) % 3);
  if (monthsAgo > 12) return asOf - 12 + (n % 3);
  return tl.start;
}

/**
 * A fictional company's AI programme — Northwind Industries, a European manufacturer — as the
 * validated inputs of every entity. Pure and deterministic: the same options give deep-equal
 * output; no clock, no I/O, no Math.random.
 */
type InitiativeRecords = Pick<DemoTenant, "initiatives" | "metrics" | "risks"> & { reporters: Reporter[] };

/** The initiatives with their metrics and risks, and those that owe monthly check-ins. */
function portfolio(
  drafts: readonly InitiativeDraft[],
  scaled: boolean,
  context: { asOf: Month; cast: Cast; seed: number },
) {
  const { asOf, cast, seed } = context;
  const portfolioManager = cast.cio.id;
  const width = Math.max(4, String(drafts.length).length);
  const records: InitiativeRecords = { initiatives: [], metrics: [], risks: [], reporters: [] };

  drafts.forEach((draft, i) => {
    const { template } = draft;
    const n = i + 1;
    const number = String(n).padStart(width, "0");
    const initiativeId = `ini-${number}`;
    const random = createRandom(deriveSeed(seed, initiativeId));
    const tl = timelineOf(template, asOf, random);
    const month = registeredIn(tl, asOf, n);
    const day = 1 + ((n * 7) % 25);
    const minute = 8 * 60 + ((n * 37) % (9 * 60));

    const specs: MetricSpec[] = scaled
      ? fillUp(template.metrics, fillerMetrics, scaledMetricsPerInitiative, (a, b) => a.name === b.name)
      : template.stage === "idea"
        ? []
        : template.metrics;
    const metricRefs = specs.map((spec, k) => ({ id: `met-${number}-${k + 1}`, spec }));

    const input = buildInitiative(draft, tl, metricRefs, { asOf, cast, random, id: initiativeId });
    records.initiatives.push({
      id: initiativeId,
      createdAt: timestampIn(month, day, minute),
      createdBy: portfolioManager,
      input,
    });

    const observations = scaled
      ? scaledObservationMonths
      : isMeasured(template)
        ? handCraftedObservationMonths
        : 0;
    const window = measurementWindow(tl, asOf, observations);
    const metrics = metricRefs.map(({ id, spec }, k) => ({
      id,
      createdAt: timestampIn(month, day + 1 + k, minute),
      createdBy: portfolioManager,
      input: buildMetric(
        { id, initiativeId, spec, stage: template.stage, delivery: template.delivery, ...window },
        random,
      ),
    }));
    records.metrics.push(...metrics);

    const riskKeys = scaled
      ? fillUp(template.risks, fillerRisks, scaledRisksPerInitiative, (a, b) => a === b)
      : template.risks;
    riskKeys.forEach((key, k) => {
      const id = `rsk-${number}-${k + 1}`;
      const riskTemplate = riskLibrary[key];
      const ownerId = cast[riskOwnerKey(riskTemplate, template)].id;
      records.risks.push({
        id,
        createdAt: timestampIn(month, day + 2 + k, minute + 30),
        createdBy: portfolioManager,
        input: buildRisk(riskTemplate, riskState(template.stage, n, k), {
          id,
          initiativeId,
          ownerId,
          about: draft.title,
          asOf,
          random,
        }),
      });
    });

    if (activeStages.includes(template.stage))
      records.reporters.push({ initiativeId, input, pilotEnd: tl.pilotEnd, leadMetric: metrics[0]?.input });
  });
  return records;
}

/**
 * A fictional company's AI programme — Northwind Industries, a European manufacturer — as the
 * validated inputs of every entity. Pure and deterministic: the same options give deep-equal
 * output; no clock, no I/O, no Math.random.
 */
export function generateDemoTenant(options: DemoTenantOptions): DemoTenant {
  const {
    tenantId,
    asOf: asOfPeriod,
    initiatives: count,
    seed,
  } = validated(optionsSchema, options, "the options");
  const asOf = monthIndex(asOfPeriod);
  const cast = demoCast(seed);
  const portfolioManager = cast.cio.id;
  const scaled = count !== undefined;
  const drafts = scaled ? scaledDrafts(count) : handCraftedDrafts();
  const { initiatives, metrics, risks, reporters } = portfolio(drafts, scaled, { asOf, cast, seed });
  return {
    tenantId,
    asOf: asOfPeriod,
    seed,
    personas: personaList(cast),
    strategy: {
      createdAt: timestampIn(asOf - 12, 1, 9 * 60),
      createdBy: portfolioManager,
      input: buildStrategy(cast),
    },
    initiatives,
    metrics,
    // Organisation-level risks belong to the hand-crafted company; scaled tenants have exactly five per initiative.
    risks: scaled ? risks : [...risks, ...orgRiskRecords(cast, asOf, seed, portfolioManager)],
    assessments: assessmentRecords(asOf, portfolioManager),
    alignment: alignmentRecords(cast, asOf),
    decisionRights: decisionRightRecords(cast, asOf, portfolioManager),
    statusUpdates: statusUpdateRecords(reporters, asOf),
  };
}
