import type { isoControls, nistFunctions, riskCategories, RiskStatus, treatments } from "../domain/schemas";
import type { ExecutiveKey } from "./personas";

type Frameworks = {
  nistAiRmf?: (typeof nistFunctions)[number];
  euAiActArticle?: string;
  iso42001?: (typeof isoControls)[number];
};

export type RiskTemplate = {
  title: string;
  description: string;
  category: (typeof riskCategories)[number];
  likelihood: number;
  impact: number;
  treatment: (typeof treatments)[number];
  plan: string;
  frameworks: Frameworks;
  /** Who usually owns this kind of risk; the initiative's risk owner when that is its outcome owner. */
  owner?: ExecutiveKey;
};

const library = {
  hallucination: {
    title: "Generated answers are wrong or invented",
    description: "The model produces plausible but incorrect content that users pass on without checking.",
    category: "reliability",
    likelihood: 3,
    impact: 4,
    treatment: "mitigate",
    plan: "Ground answers in approved sources with citations, require human review before anything leaves the company, and track an accuracy sample weekly.",
    frameworks: { nistAiRmf: "measure", euAiActArticle: "Art. 15", iso42001: "A.6" },
  },
  "prompt-injection": {
    title: "Prompt injection makes the assistant leak data or follow untrusted instructions",
    description: "Text in emails, documents or tickets carries instructions that the assistant executes.",
    category: "security",
    likelihood: 3,
    impact: 4,
    treatment: "mitigate",
    plan: "Separate untrusted content from instructions, restrict tool permissions to read-only, and red-team before each release.",
    frameworks: { nistAiRmf: "manage", euAiActArticle: "Art. 15", iso42001: "A.6" },
    owner: "ciso",
  },
  "pii-exposure": {
    title: "Personal data exposed to the model provider or in outputs",
    description:
      "Customer or employee personal data is sent to a third-party model or shown to people who should not see it.",
    category: "privacy",
    likelihood: 3,
    impact: 5,
    treatment: "mitigate",
    plan: "Data-protection impact assessment, EU-hosted model endpoint with zero data retention, and redaction of identifiers before prompts.",
    frameworks: { nistAiRmf: "map", euAiActArticle: "Art. 10", iso42001: "A.7" },
    owner: "ciso",
  },
  "bias-hiring": {
    title: "Screening disadvantages candidates by gender, age or origin",
    description:
      "Historic hiring data and CV wording carry bias that the assistant reproduces in its summaries and rankings.",
    category: "bias-fairness",
    likelihood: 4,
    impact: 5,
    treatment: "mitigate",
    plan: "Bias testing on representative data before go-live and quarterly after, no ranking of candidates, selection-rate ratios monitored per group.",
    frameworks: { nistAiRmf: "measure", euAiActArticle: "Art. 10(2)", iso42001: "A.5" },
    owner: "cdao",
  },
  "human-oversight": {
    title: "Recruiters rubber-stamp the assistant's view (automation bias)",
    description:
      "Under time pressure, people accept the assistant's assessment instead of deciding themselves.",
    category: "compliance",
    likelihood: 4,
    impact: 4,
    treatment: "mitigate",
    plan: "Oversight design per EU AI Act Art. 14: recruiters trained, every rejection needs a recruiter's reason, and overrides are sampled monthly.",
    frameworks: { nistAiRmf: "govern", euAiActArticle: "Art. 14", iso42001: "A.9" },
    owner: "cdao",
  },
  "model-drift": {
    title: "Model accuracy degrades as the data drifts",
    description:
      "Changes in products, customers or processes move the data away from what the model was trained on.",
    category: "reliability",
    likelihood: 3,
    impact: 3,
    treatment: "mitigate",
    plan: "Drift and accuracy monitoring with alert thresholds, and a retraining runbook with a named model owner.",
    frameworks: { nistAiRmf: "measure", euAiActArticle: "Art. 15", iso42001: "A.6" },
  },
  "data-quality": {
    title: "Source data is incomplete or inconsistent",
    description: "Gaps and inconsistencies in ERP master data make the model's output unreliable.",
    category: "reliability",
    likelihood: 3,
    impact: 3,
    treatment: "mitigate",
    plan: "Data-quality rules on the source tables, a named data owner, and a cleansing sprint before go-live.",
    frameworks: { nistAiRmf: "map", euAiActArticle: "Art. 10", iso42001: "A.7" },
    owner: "cdao",
  },
  "vendor-lockin": {
    title: "Dependence on a single vendor's platform and pricing",
    description:
      "The solution only runs on one vendor's platform; price rises or a discontinued product would strand it.",
    category: "vendor",
    likelihood: 3,
    impact: 3,
    treatment: "accept",
    plan: "Accepted for now; exit clauses in the contract and the option of a second provider reviewed at renewal.",
    frameworks: { nistAiRmf: "govern", iso42001: "A.10" },
    owner: "cio",
  },
  "vendor-dpa": {
    title: "Vendor terms allow training on our data",
    description:
      "The provider's standard data-processing terms permit using customer data to improve its models.",
    category: "vendor",
    likelihood: 2,
    impact: 4,
    treatment: "mitigate",
    plan: "Negotiate a data-processing agreement that excludes training and sets EU data residency.",
    frameworks: { nistAiRmf: "govern", iso42001: "A.10" },
    owner: "cio",
  },
  "transparency-chatbot": {
    title: "Users are not told that they are talking to an AI",
    description: "Customers or employees may believe they are chatting with a person.",
    category: "compliance",
    likelihood: 2,
    impact: 3,
    treatment: "mitigate",
    plan: "Clear AI disclosure at the start of each conversation and a one-click handover to a person.",
    frameworks: { nistAiRmf: "govern", euAiActArticle: "Art. 50", iso42001: "A.8" },
    owner: "cdao",
  },
  "false-positives": {
    title: "Too many false alarms erode trust and waste investigators' time",
    description: "Alert volumes above the team's capacity lead to alerts being closed unread.",
    category: "operational",
    likelihood: 4,
    impact: 2,
    treatment: "mitigate",
    plan: "Tune thresholds against investigator capacity and review precision monthly with the process owner.",
    frameworks: { nistAiRmf: "measure", iso42001: "A.6" },
  },
  "fraud-evasion": {
    title: "Attackers adapt and evade the model",
    description: "Fraudsters and attackers learn what the model flags and change their patterns.",
    category: "security",
    likelihood: 3,
    impact: 4,
    treatment: "mitigate",
    plan: "Keep the manual control as a fallback, retrain monthly on new cases, and share patterns with the bank.",
    frameworks: { nistAiRmf: "manage", euAiActArticle: "Art. 15", iso42001: "A.6" },
    owner: "ciso",
  },
  "safety-ot": {
    title: "A model recommendation leads to unsafe machine operation",
    description: "Operators act on a wrong recommendation on a running line.",
    category: "operational",
    likelihood: 2,
    impact: 5,
    treatment: "mitigate",
    plan: "Recommendations only, never direct control; safety interlocks stay authoritative; HAZOP review before each roll-out.",
    frameworks: { nistAiRmf: "map", euAiActArticle: "Art. 9", iso42001: "A.5" },
  },
  "ot-security": {
    title: "Connecting plant sensors to the cloud opens a path into OT networks",
    description: "New sensor gateways bridge the plant network and the internet.",
    category: "security",
    likelihood: 3,
    impact: 5,
    treatment: "mitigate",
    plan: "One-way data diodes at each plant, gateway hardening, and OT network segmentation verified by penetration test.",
    frameworks: { nistAiRmf: "manage", euAiActArticle: "Art. 15", iso42001: "A.6" },
    owner: "ciso",
  },
  adoption: {
    title: "Users do not adopt the tool, so benefits are not realised",
    description: "The tool is available but the old way of working continues.",
    category: "operational",
    likelihood: 3,
    impact: 3,
    treatment: "mitigate",
    plan: "Named champions per team, adoption tracked weekly, and the process changed so the tool is the default path.",
    frameworks: { nistAiRmf: "govern", euAiActArticle: "Art. 4", iso42001: "A.4" },
  },
  "brand-content": {
    title: "Generated content is off-brand, inaccurate or infringes copyright",
    description: "Published product copy contains wrong specifications or borrowed text.",
    category: "reputational",
    likelihood: 3,
    impact: 3,
    treatment: "mitigate",
    plan: "Product managers approve every text, specification fields are copied rather than generated, and AI-generated content is labelled.",
    frameworks: { nistAiRmf: "manage", euAiActArticle: "Art. 50", iso42001: "A.8" },
  },
  "pricing-fairness": {
    title: "Personalised offers or prices are seen as unfair",
    description: "Customers comparing notes find different offers or prices and lose trust.",
    category: "reputational",
    likelihood: 2,
    impact: 4,
    treatment: "mitigate",
    plan: "Guardrails on price differences, no use of sensitive attributes, and a review of outcomes by segment each quarter.",
    frameworks: { nistAiRmf: "map", iso42001: "A.5" },
  },
  "works-council": {
    title: "Works council objects to the processing of employee data",
    description: "The system evaluates employees and needs co-determination before use.",
    category: "compliance",
    likelihood: 4,
    impact: 4,
    treatment: "mitigate",
    plan: "Inform and consult the works council before any pilot, as deployers must under EU AI Act Art. 26(7); agree a works agreement.",
    frameworks: { nistAiRmf: "govern", euAiActArticle: "Art. 26(7)", iso42001: "A.3" },
    owner: "cdao",
  },
  "prohibited-practice": {
    title: "Emotion recognition of employees is a prohibited AI practice",
    description:
      "Inferring the emotions of people at the workplace is prohibited in the EU except for medical or safety reasons.",
    category: "compliance",
    likelihood: 5,
    impact: 5,
    treatment: "avoid",
    plan: "Use case rejected at assessment; no emotion recognition of employees anywhere in the group.",
    frameworks: { nistAiRmf: "govern", euAiActArticle: "Art. 5(1)", iso42001: "A.5" },
    owner: "cdao",
  },
  "confidential-leak": {
    title: "Confidential contract terms leak through the model provider",
    description: "Contract texts with prices and liability terms are processed outside our tenant.",
    category: "privacy",
    likelihood: 2,
    impact: 5,
    treatment: "transfer",
    plan: "Contractual confidentiality and liability with the provider, plus cyber insurance cover for third-party processing.",
    frameworks: { nistAiRmf: "map", iso42001: "A.10" },
    owner: "ciso",
  },
  "insecure-code": {
    title: "Suggested code introduces vulnerabilities or leaks secrets",
    description: "Developers accept generated code with injection flaws or hard-coded credentials.",
    category: "security",
    likelihood: 3,
    impact: 3,
    treatment: "mitigate",
    plan: "Secret scanning and static analysis as merge gates, and secure-coding guidance for assistant use.",
    frameworks: { nistAiRmf: "manage", iso42001: "A.6" },
    owner: "ciso",
  },
  explainability: {
    title: "Forecasts cannot be explained to the business",
    description: "Users cannot see why the model forecasts what it does and fall back on gut feeling.",
    category: "reliability",
    likelihood: 3,
    impact: 2,
    treatment: "mitigate",
    plan: "Show the main drivers with each forecast and review forecast-versus-actual with users monthly.",
    frameworks: { nistAiRmf: "measure", euAiActArticle: "Art. 13", iso42001: "A.8" },
  },
  "model-outage": {
    title: "A model outage delays routing until fallback rules take over",
    description: "When the model endpoint is down, work queues up until the static rules take over.",
    category: "operational",
    likelihood: 2,
    impact: 2,
    treatment: "mitigate",
    plan: "Automatic fallback to rule-based routing with an availability alert.",
    frameworks: { nistAiRmf: "manage", iso42001: "A.6" },
  },
} satisfies Record<string, RiskTemplate>;

export type RiskKey = keyof typeof library;
/** Risks that recur across initiatives, keyed for the initiative catalogue. */
export const riskLibrary: Readonly<Record<RiskKey, RiskTemplate>> = library;

/** Extra risks that fill a scaled-up initiative to five. */
export const fillerRisks: readonly RiskKey[] = [
  "model-drift",
  "data-quality",
  "adoption",
  "vendor-lockin",
  "model-outage",
  "explainability",
];

type OrgRiskTemplate = RiskTemplate & {
  owner: ExecutiveKey;
  status: RiskStatus;
  /** Months from asOf to the due date; negative is in the past. */
  dueInMonths: number;
  /** When it was raised, in months before asOf (0: this month). */
  raisedMonthsAgo: number;
};

/** Organisation-level risks: not tied to one initiative. */
export const orgRisks: readonly OrgRiskTemplate[] = [
  {
    title: "Shadow AI: staff paste confidential data into public chatbots",
    description: "Usage logs show uploads of drawings, price lists and customer data to consumer AI tools.",
    category: "privacy",
    likelihood: 4,
    impact: 5,
    treatment: "mitigate",
    plan: "Approved enterprise assistant for everyone, web filtering of consumer AI tools, and an acceptable-use policy with training.",
    frameworks: { nistAiRmf: "govern", euAiActArticle: "Art. 4", iso42001: "A.9" },
    owner: "ciso",
    status: "mitigating",
    dueInMonths: -1,
    raisedMonthsAgo: 11,
  },
  {
    title: "AI literacy duty not met for all staff using AI",
    description:
      "EU AI Act Art. 4 requires a sufficient level of AI literacy of staff who operate or use AI systems.",
    category: "compliance",
    likelihood: 4,
    impact: 3,
    treatment: "mitigate",
    plan: "Role-based AI literacy learning paths with completion tracked per department.",
    frameworks: { nistAiRmf: "govern", euAiActArticle: "Art. 4", iso42001: "A.4" },
    owner: "chro",
    status: "mitigating",
    dueInMonths: 2,
    raisedMonthsAgo: 10,
  },
  {
    title: "Concentration on a single foundation-model provider",
    description: "Most generative use cases depend on one provider's models and region.",
    category: "vendor",
    likelihood: 3,
    impact: 4,
    treatment: "accept",
    plan: "Accepted by the executive committee; an LLM gateway keeps the option to switch providers.",
    frameworks: { nistAiRmf: "govern", iso42001: "A.10" },
    owner: "cio",
    status: "accepted",
    dueInMonths: 6,
    raisedMonthsAgo: 9,
  },
  {
    title: "ERP and MES master data too poor for AI at scale",
    description: "Material, customer and supplier master data have duplicates and gaps across plants.",
    category: "reliability",
    likelihood: 4,
    impact: 4,
    treatment: "mitigate",
    plan: "Master-data programme with data owners per domain and quality KPIs on the board view.",
    frameworks: { nistAiRmf: "map", euAiActArticle: "Art. 10", iso42001: "A.7" },
    owner: "cdao",
    status: "open",
    dueInMonths: 3,
    raisedMonthsAgo: 8,
  },
  {
    title: "Incomplete inventory of AI systems for EU AI Act classification",
    description: "AI features inside purchased software are not yet registered or classified.",
    category: "compliance",
    likelihood: 3,
    impact: 4,
    treatment: "mitigate",
    plan: "Procurement questionnaire for AI features and an inventory sweep of the top 50 applications.",
    frameworks: { nistAiRmf: "map", euAiActArticle: "Art. 26", iso42001: "A.2" },
    owner: "cdao",
    status: "mitigating",
    dueInMonths: -2,
    raisedMonthsAgo: 6,
  },
  {
    title: "A public AI incident damages customer trust",
    description: "A wrong answer or offer from a customer-facing assistant spreads on social media.",
    category: "reputational",
    likelihood: 2,
    impact: 5,
    treatment: "mitigate",
    plan: "AI incident playbook with communications, a kill switch per customer-facing assistant, and a yearly exercise.",
    frameworks: { nistAiRmf: "manage", euAiActArticle: "Art. 73", iso42001: "A.8" },
    owner: "cco",
    status: "open",
    dueInMonths: 4,
    raisedMonthsAgo: 4,
  },
  {
    title: "AI run costs grow faster than realised value",
    description: "Consumption-based model and cloud costs are not tied to the benefits they produce.",
    category: "operational",
    likelihood: 3,
    impact: 3,
    treatment: "mitigate",
    plan: "Monthly cost and benefit lines per initiative, budget alerts on model consumption, and a stop rule in every pilot.",
    frameworks: { nistAiRmf: "manage", iso42001: "A.4" },
    owner: "cfo",
    status: "open",
    dueInMonths: 2,
    raisedMonthsAgo: 0,
  },
  {
    title: "Model documentation incomplete for internal audit",
    description: "Two production models lacked up-to-date model cards at the last internal audit.",
    category: "compliance",
    likelihood: 2,
    impact: 2,
    treatment: "mitigate",
    plan: "Make model cards a release gate in the MLOps pipeline and update the two missing ones.",
    frameworks: { nistAiRmf: "govern", euAiActArticle: "Art. 11", iso42001: "A.6" },
    owner: "cio",
    status: "mitigating",
    dueInMonths: 1,
    raisedMonthsAgo: 2,
  },
];
