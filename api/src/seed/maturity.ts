import { monthFromIndex } from "../domain/calendar";
import type { MaturityDimension } from "../domain/schemas";
import { maturityAssessmentInput } from "../domain/schemas";
import type { Month } from "./calendar";
import { quarterStart, timestampIn } from "./calendar";
import type { DemoTenant, MaturityAssessmentData } from "./types";
import { validated } from "./validate";

type DimensionHistory = {
  dimension: MaturityDimension;
  target: number;
  /** Current level at each of the four quarterly assessments, oldest first. */
  levels: [number, number, number, number];
  evidence: [string, string, string, string];
};

/** A year of steady, uneven progress from "Active" towards "Systemic". */
const history: readonly DimensionHistory[] = [
  {
    dimension: "strategy",
    target: 4,
    levels: [2, 2, 3, 3],
    evidence: [
      "AI appears in the three-year plan, but there is no AI vision or owner; initiatives start bottom-up in departments.",
      "The executive committee agreed an AI vision tied to five business priorities, with a sponsor for each priority.",
      "Vision published to all staff; every initiative in the portfolio now links to at least one business priority.",
      "Quarterly leadership alignment survey introduced; the portfolio is reviewed against the priorities at each executive committee.",
    ],
  },
  {
    dimension: "value",
    target: 4,
    levels: [1, 2, 2, 3],
    evidence: [
      "No business cases; the benefits of the first pilots were never measured.",
      "Business-case template with monthly cost and benefit lines introduced for new initiatives.",
      "Benefits tracked monthly for pilots; finance validates hard benefits for production systems only.",
      "Portfolio ROI and value realisation reported to the board monthly; every initiative past assessment has success metrics.",
    ],
  },
  {
    dimension: "organisation",
    target: 4,
    levels: [2, 2, 2, 3],
    evidence: [
      "A small data-science team inside IT serves requests first come, first served.",
      "Chief Data & AI Officer appointed; hub-and-spoke model agreed, but the spokes are not yet staffed.",
      "AI champions named in four of six departments.",
      "AI portfolio office runs stage gates; decision rights documented for every decision type.",
    ],
  },
  {
    dimension: "people-culture",
    target: 3,
    levels: [1, 1, 2, 2],
    evidence: [
      "Few employees use AI tools, and many worry about the impact on their jobs.",
      "Acceptable-use policy for generative AI published; use of public chatbots is still unmanaged.",
      "AI literacy learning paths launched; 55% of AI users have completed them.",
      "78% of AI users have completed AI literacy training; the works council is engaged on workforce impacts.",
    ],
  },
  {
    dimension: "governance",
    target: 4,
    levels: [1, 2, 3, 3],
    evidence: [
      "No AI policy or inventory; the security team handles AI risks case by case.",
      "AI policy approved; inventory of AI systems started and known systems classified under the EU AI Act.",
      "Risk register for every initiative with owners and due dates; outcome and risk owners are always different people.",
      "ISO/IEC 42001 gap assessment complete; overdue mitigations reviewed monthly by the executive committee.",
    ],
  },
  {
    dimension: "engineering",
    target: 4,
    levels: [2, 3, 3, 3],
    evidence: [
      "Models are built in notebooks and deployed by hand, without monitoring.",
      "Shared MLOps platform with CI/CD and a model registry in place for predictive models.",
      "Drift and accuracy monitoring on every production model; LLM gateway with logging for generative use cases.",
      "Evaluation suite for generative assistants; customer-facing assistants are red-teamed before release.",
    ],
  },
  {
    dimension: "data",
    target: 4,
    levels: [2, 2, 2, 3],
    evidence: [
      "Data sits in ERP, MES and CRM silos; every project builds its own extracts.",
      "Lakehouse data platform live, with the first governed data products for sales and finance.",
      "Data owners named for the master-data domains; material master quality still slows operations use cases.",
      "Data-quality KPIs published for material, customer and supplier master data; 12 governed data products live.",
    ],
  },
];

const notes: [string, string, string, string] = [
  "Baseline self-assessment facilitated by the Chief Data & AI Officer with all eight executives.",
  "Second assessment after the AI vision and policy were approved.",
  "Third assessment; governance and value tracking moved up, people and data are the main gaps.",
  "Fourth assessment, reviewed by the Audit & Risk Committee; next focus is data quality and AI literacy.",
];

/** The `index`-th of the four quarterly assessments (0 = oldest), held in `period`. */
function buildAssessment(index: number, period: Month): MaturityAssessmentData {
  return validated(
    maturityAssessmentInput,
    {
      period: monthFromIndex(period),
      framework: "default-7x5",
      dimensions: history.map((h) => ({
        dimension: h.dimension,
        current: h.levels[index],
        target: h.target,
        evidence: h.evidence[index],
      })),
      notes: notes[index],
    },
    `the maturity assessment of ${monthFromIndex(period)}`,
  );
}

/** Four quarterly assessments, each in the first month of its quarter, the last in asOf's quarter. */
export function assessmentRecords(asOf: Month, createdBy: string): DemoTenant["assessments"] {
  return notes.map((_, k) => {
    const period = quarterStart(asOf) - 3 * (notes.length - 1 - k);
    return {
      id: `mat-${monthFromIndex(period)}`,
      createdAt: timestampIn(period, 12, 10 * 60),
      createdBy,
      input: buildAssessment(k, period),
    };
  });
}
