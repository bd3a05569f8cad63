import type { aiTypes, euAiActTiers, Health, Stage, ValueCategory } from "../domain/schemas";
import type { ExecutiveKey } from "./personas";
import type { RiskKey } from "./riskCatalogue";

export const departments = [
  "Finance",
  "Operations",
  "Sales & Marketing",
  "Customer Service",
  "HR",
  "IT & Security",
] as const;
type Department = (typeof departments)[number];

export type MetricSpec = {
  name: string;
  category: ValueCategory;
  unit: string;
  direction: "up" | "down";
  baseline: number;
  target: number;
};

/** How actual benefits (and metric progress) compare with the plan. */
export type Delivery = "over" | "on" | "under" | "none";
/** Drives cost and benefit amounts: small, medium or large. */
export type Size = "S" | "M" | "L";

export type InitiativeTemplate = {
  title: string;
  problem: string;
  department: Department;
  tags: string[];
  /** Ranks of the business priorities it serves (1 = top priority). */
  priorities: number[];
  valueCategory: ValueCategory;
  aiType: (typeof aiTypes)[number];
  stage: Stage;
  health: Health;
  outcomeOwner: ExecutiveKey;
  riskOwner: ExecutiveKey;
  /** impact, alignment, feasibility, resource fit, risk exposure — each 1 to 5. */
  scores: [number, number, number, number, number];
  tier: (typeof euAiActTiers)[number];
  size: Size;
  delivery: Delivery;
  /** Needed from approved-for-pilot on: what the pilot sets out to prove. */
  hypothesis?: string;
  metrics: MetricSpec[];
  risks: RiskKey[];
  /** Hard (cash) or soft (time, quality) benefits; "both" splits them 70/30. */
  benefitKind?: "hard" | "soft" | "both";
  /** No cost or benefit lines at all: an idea nobody has estimated yet. */
  noCost?: true;
  /** Spends well beyond its pilot budget cap. */
  overBudget?: true;
  /** The pilot's decision date has passed while the decision is still pending. */
  decisionOverdue?: true;
  /** Rejected after a pilot (with a "stop" decision) rather than at assessment. */
  stoppedAfterPilot?: true;
};

const m = (
  name: string,
  category: ValueCategory,
  unit: string,
  direction: "up" | "down",
  baseline: number,
  target: number,
): MetricSpec => ({ name, category, unit, direction, baseline, target });

/**
 * The hand-crafted portfolio of Northwind Industries: 40 initiatives over six departments and
 * every stage. Three pairs describe the same thing in different departments (duplicate
 * investments): invoice matching (Finance / Operations), email triage (Customer Service /
 * Sales & Marketing) and contract clause review (Finance / Sales & Marketing).
 */
export const initiativeCatalogue: readonly InitiativeTemplate[] = [
  // ── Finance ────────────────────────────────────────────────────────────────────────────────
  {
    title: "Supplier invoice matching automation",
    problem:
      "Accounts payable clerks match about 38,000 supplier invoices a month against purchase orders and goods receipts by hand. " +
      "Four in ten invoices need a manual touch, so we pay late-payment fees and miss early-payment discounts.",
    department: "Finance",
    tags: ["invoice-matching", "accounts-payable", "purchase-orders", "supplier-invoices", "document-ai"],
    priorities: [2],
    valueCategory: "cost-reduction",
    aiType: "automation",
    stage: "production",
    health: "on-track",
    outcomeOwner: "cfo",
    riskOwner: "cdao",
    scores: [4, 5, 4, 4, 2],
    tier: "minimal",
    size: "M",
    delivery: "over",
    benefitKind: "both",
    hypothesis:
      "Document AI that reads supplier invoices and matches them to purchase orders and goods receipts can raise touchless " +
      "matching from 58% to 80% without increasing payment errors.",
    metrics: [
      m("Invoices matched without manual touch", "cost-reduction", "%", "up", 58, 85),
      m("Cost per invoice processed", "cost-reduction", "EUR", "down", 6.8, 3.9),
      m("Early-payment discounts captured", "cost-reduction", "EUR k/month", "up", 42, 95),
    ],
    risks: ["data-quality", "vendor-dpa"],
  },
  {
    title: "Cash-flow forecasting with machine learning",
    problem:
      "Treasury builds the 13-week cash-flow forecast in spreadsheets from 40 entity submissions. It misses by 14% on average, " +
      "so we hold a large liquidity buffer and draw on the revolving credit facility more than we need to.",
    department: "Finance",
    tags: ["cash-forecasting", "treasury", "liquidity", "time-series"],
    priorities: [2],
    valueCategory: "cost-reduction",
    aiType: "predictive",
    stage: "scaling",
    health: "on-track",
    outcomeOwner: "cfo",
    riskOwner: "cdao",
    scores: [4, 4, 3, 3, 2],
    tier: "minimal",
    size: "M",
    delivery: "on",
    hypothesis:
      "A model trained on receivables, payables and order-book history can cut the 13-week forecast error from 14% to 7% " +
      "and let treasury lower the liquidity buffer by EUR 20 m.",
    metrics: [
      m("13-week cash forecast error", "cost-reduction", "%", "down", 14, 7),
      m("Average liquidity buffer", "cost-reduction", "EUR m", "down", 85, 65),
    ],
    risks: ["explainability", "model-drift"],
  },
  {
    title: "Supplier contract review assistant",
    problem:
      "Legal and procurement review about 600 supplier contracts a year against our clause playbook. Each contract review " +
      "takes three to five hours, and risky clauses such as unlimited liability, automatic renewal or weak data-processing " +
      "terms slip through under time pressure.",
    department: "Finance",
    tags: ["contract-review", "clause-playbook", "legal", "generative-ai", "supplier-contracts"],
    priorities: [2, 5],
    valueCategory: "cost-reduction",
    aiType: "generative",
    stage: "pilot",
    health: "at-risk",
    outcomeOwner: "cfo",
    riskOwner: "cdao",
    scores: [3, 4, 3, 3, 3],
    tier: "minimal",
    size: "S",
    delivery: "on",
    hypothesis:
      "A generative assistant that compares each supplier contract with the clause playbook and flags deviations can halve " +
      "review time while catching at least as many risky clauses as a lawyer alone.",
    metrics: [
      m("Contract review time", "process-optimisation", "hours", "down", 4, 2),
      m("Risky clauses caught in review", "risk-mitigation", "%", "up", 72, 90),
    ],
    risks: ["hallucination", "confidential-leak"],
  },
  {
    title: "Expense claim anomaly detection",
    problem:
      "Finance audits a 2% random sample of 11,000 monthly expense claims. Duplicate, split and out-of-policy claims are " +
      "found months later if at all, and auditors spend most of their time on clean claims.",
    department: "Finance",
    tags: ["expense-claims", "anomaly-detection", "audit", "fraud", "travel-expenses"],
    priorities: [2, 5],
    valueCategory: "risk-mitigation",
    aiType: "predictive",
    stage: "production",
    health: "on-track",
    outcomeOwner: "cfo",
    riskOwner: "ciso",
    scores: [3, 3, 4, 4, 2],
    tier: "minimal",
    size: "S",
    delivery: "on",
    hypothesis:
      "Scoring every claim for anomalies and sending only the riskiest 5% to auditors will catch three times as many " +
      "non-compliant claims with the same audit effort.",
    metrics: [
      m("Non-compliant claims caught before payment", "risk-mitigation", "%", "up", 22, 70),
      m("Audit hours per month", "cost-reduction", "hours", "down", 320, 180),
    ],
    risks: ["false-positives", "pii-exposure"],
  },
  {
    title: "Month-end close commentary drafts",
    problem:
      "Controllers spend two days each month writing variance commentary for 40 cost centres; the commentary repeats the " +
      "numbers rather than explaining them.",
    department: "Finance",
    tags: ["month-end-close", "variance-commentary", "controlling", "generative-ai"],
    priorities: [2],
    valueCategory: "process-optimisation",
    aiType: "generative",
    stage: "idea",
    health: "on-track",
    outcomeOwner: "cfo",
    riskOwner: "cdao",
    scores: [2, 3, 4, 3, 2],
    tier: "unassessed",
    size: "S",
    delivery: "on",
    noCost: true,
    metrics: [m("Days to publish management commentary", "process-optimisation", "days", "down", 2, 0.5)],
    risks: [],
  },
  {
    title: "B2B customer credit risk scoring",
    problem:
      "Credit limits for 9,000 business customers are reviewed once a year from agency ratings. Payment behaviour changes " +
      "faster than that, and bad-debt write-offs doubled last year.",
    department: "Finance",
    tags: ["credit-risk", "receivables", "scoring", "b2b-customers"],
    priorities: [2, 3],
    valueCategory: "risk-mitigation",
    aiType: "predictive",
    stage: "assessed",
    health: "on-track",
    outcomeOwner: "cfo",
    riskOwner: "cdao",
    scores: [3, 3, 3, 3, 2],
    tier: "minimal",
    size: "S",
    delivery: "on",
    metrics: [
      m("Bad-debt write-offs", "risk-mitigation", "EUR k/quarter", "down", 410, 220),
      m("Days sales outstanding", "cost-reduction", "days", "down", 58, 50),
    ],
    risks: ["explainability"],
  },
  {
    title: "Supplier bank-detail change fraud detection",
    problem:
      "Fraudsters impersonate suppliers and ask us to change their bank details; we lost EUR 310,000 to two such payment " +
      "frauds last year. The only control is a manual call-back that is skipped under month-end pressure.",
    department: "Finance",
    tags: ["payment-fraud", "fraud-detection", "supplier-master-data", "treasury"],
    priorities: [5, 2],
    valueCategory: "risk-mitigation",
    aiType: "predictive",
    stage: "pilot",
    health: "at-risk",
    outcomeOwner: "cfo",
    riskOwner: "ciso",
    scores: [4, 4, 3, 3, 2],
    tier: "minimal",
    size: "S",
    delivery: "under",
    decisionOverdue: true,
    hypothesis:
      "Scoring every bank-detail change request and payment run for fraud signals can stop all known fraud patterns while " +
      "sending fewer than 3% of changes to a call-back.",
    metrics: [
      m("Fraudulent payment attempts stopped", "risk-mitigation", "%", "up", 60, 98),
      m("Bank-detail changes sent to call-back", "process-optimisation", "%", "down", 100, 3),
    ],
    risks: ["fraud-evasion", "false-positives"],
  },
  // ── Operations ─────────────────────────────────────────────────────────────────────────────
  {
    title: "Predictive maintenance for press and CNC lines",
    problem:
      "Unplanned stoppages on the press and CNC lines of our three largest plants cost about 140 hours of lost production a " +
      "month. Maintenance is calendar-based, so we replace healthy parts and still miss failing ones.",
    department: "Operations",
    tags: ["predictive-maintenance", "sensors", "downtime", "plants", "iot"],
    priorities: [1],
    valueCategory: "cost-reduction",
    aiType: "predictive",
    stage: "production",
    health: "on-track",
    outcomeOwner: "coo",
    riskOwner: "cdao",
    scores: [5, 5, 4, 4, 3],
    tier: "minimal",
    size: "L",
    delivery: "over",
    hypothesis:
      "Vibration, temperature and current sensors with a failure-prediction model can cut unplanned downtime by a third and " +
      "move 60% of maintenance into planned windows.",
    metrics: [
      m("Unplanned downtime", "cost-reduction", "hours/month", "down", 140, 85),
      m("Overall equipment effectiveness", "process-optimisation", "%", "up", 71, 78),
      m("Maintenance cost per machine hour", "cost-reduction", "EUR", "down", 18.5, 15),
    ],
    risks: ["ot-security", "safety-ot"],
  },
  {
    title: "Spare-parts demand forecasting",
    problem:
      "We forecast demand for 48,000 spare-part numbers with moving averages. Fast movers run out while slow movers pile up: " +
      "inventory covers 94 days and the fill rate is 88%.",
    department: "Operations",
    tags: ["demand-forecasting", "spare-parts", "inventory", "supply-chain"],
    priorities: [1, 3],
    valueCategory: "cost-reduction",
    aiType: "predictive",
    stage: "scaling",
    health: "on-track",
    outcomeOwner: "coo",
    riskOwner: "cdao",
    scores: [4, 4, 4, 3, 2],
    tier: "minimal",
    size: "M",
    delivery: "on",
    hypothesis:
      "A machine-learning demand forecast per part and warehouse can cut forecast error by a third, lowering inventory to " +
      "75 days of cover while raising the fill rate above 94%.",
    metrics: [
      m("Forecast error (MAPE)", "process-optimisation", "%", "down", 32, 20),
      m("Inventory days of cover", "cost-reduction", "days", "down", 94, 75),
      m("Order fill rate", "revenue-growth", "%", "up", 88, 95),
    ],
    risks: ["data-quality", "model-drift"],
  },
  {
    title: "Visual quality inspection on the paint line",
    problem:
      "Inspectors check painted housings by eye at line speed; 850 defective parts per million still reach customers, and " +
      "rework after customer complaints costs EUR 1.2 m a year.",
    department: "Operations",
    tags: ["quality-inspection", "computer-vision", "paint-line", "defects"],
    priorities: [1],
    valueCategory: "cost-reduction",
    aiType: "vision",
    stage: "pilot",
    health: "off-track",
    outcomeOwner: "coo",
    riskOwner: "cio",
    scores: [4, 4, 2, 3, 2],
    tier: "minimal",
    size: "M",
    delivery: "none",
    overBudget: true,
    hypothesis:
      "Cameras with a defect-detection model at the end of the paint line can cut escaped defects below 300 ppm with a " +
      "false-reject rate under 2%.",
    metrics: [
      m("Escaped paint defects", "cost-reduction", "ppm", "down", 850, 300),
      m("False reject rate", "process-optimisation", "%", "down", 6, 2),
    ],
    risks: ["model-drift", "adoption"],
  },
  {
    title: "Procurement three-way invoice matching",
    problem:
      "Plant procurement teams match supplier invoices against purchase orders and goods receipts in spreadsheets before " +
      "accounts payable pays them. Quantity and price mismatches delay supplier payments, and invoice matching takes two " +
      "people per plant.",
    department: "Operations",
    tags: ["invoice-matching", "purchase-orders", "goods-receipts", "supplier-invoices", "document-ai"],
    priorities: [2, 1],
    valueCategory: "cost-reduction",
    aiType: "automation",
    stage: "pilot",
    health: "on-track",
    outcomeOwner: "coo",
    riskOwner: "cio",
    scores: [3, 3, 4, 3, 2],
    tier: "minimal",
    size: "S",
    delivery: "on",
    hypothesis:
      "Automated three-way matching of supplier invoices, purchase orders and goods receipts can free one of the two " +
      "matching FTE per plant and clear mismatches within two days.",
    metrics: [
      m("Supplier invoices matched automatically", "cost-reduction", "%", "up", 40, 80),
      m("Days to resolve an invoice mismatch", "process-optimisation", "days", "down", 9, 2),
    ],
    risks: ["data-quality"],
  },
  {
    title: "Production scheduling optimiser",
    problem:
      "Planners build weekly production schedules for 22 lines by hand around changeovers, material availability and rush " +
      "orders. Schedules are out of date by Tuesday, and changeovers eat 14% of capacity.",
    department: "Operations",
    tags: ["production-scheduling", "optimisation", "changeovers", "planning"],
    priorities: [1],
    valueCategory: "process-optimisation",
    aiType: "optimisation",
    stage: "approved-for-pilot",
    health: "on-track",
    outcomeOwner: "coo",
    riskOwner: "cdao",
    scores: [4, 5, 3, 3, 2],
    tier: "minimal",
    size: "M",
    delivery: "on",
    hypothesis:
      "An optimisation engine that re-plans every day can cut changeover time by a quarter and lift on-time delivery to 95%.",
    metrics: [
      m("Capacity lost to changeovers", "process-optimisation", "%", "down", 14, 10),
      m("On-time delivery", "revenue-growth", "%", "up", 89, 95),
    ],
    risks: ["adoption", "data-quality"],
  },
  {
    title: "Furnace energy optimisation",
    problem:
      "Heat-treatment furnaces use 31% of our plant energy and run on fixed recipes set years ago. With energy prices well " +
      "above their 2021 level, every percent saved is worth about EUR 180,000 a year.",
    department: "Operations",
    tags: ["energy", "furnaces", "heat-treatment", "sustainability"],
    priorities: [1, 2],
    valueCategory: "cost-reduction",
    aiType: "optimisation",
    stage: "assessed",
    health: "on-track",
    outcomeOwner: "coo",
    riskOwner: "cdao",
    scores: [4, 4, 3, 2, 2],
    tier: "minimal",
    size: "M",
    delivery: "on",
    metrics: [m("Energy per tonne heat-treated", "cost-reduction", "kWh/t", "down", 620, 540)],
    risks: ["safety-ot"],
  },
  {
    title: "Field service technician copilot",
    problem:
      "Field technicians search 14,000 pages of service manuals on a tablet while standing at the customer's machine; the " +
      "first-time fix rate is 74%.",
    department: "Operations",
    tags: ["field-service", "technicians", "service-manuals", "copilot"],
    priorities: [4, 1],
    valueCategory: "process-optimisation",
    aiType: "generative",
    stage: "retired",
    health: "on-track",
    outcomeOwner: "coo",
    riskOwner: "cio",
    scores: [3, 3, 3, 3, 3],
    tier: "limited",
    size: "S",
    delivery: "on",
    hypothesis:
      "A copilot answering technicians' questions from the service manuals can raise the first-time fix rate to 82%.",
    metrics: [
      m("First-time fix rate", "process-optimisation", "%", "up", 74, 82),
      m("Time to find a service procedure", "process-optimisation", "min", "down", 12, 3),
    ],
    risks: ["hallucination"],
  },
  {
    title: "Warehouse pick-route optimisation",
    problem:
      "Pickers in the central warehouse walk about 14 km a shift because pick lists follow order sequence rather than the " +
      "warehouse layout.",
    department: "Operations",
    tags: ["warehouse", "picking", "route-optimisation", "logistics"],
    priorities: [1],
    valueCategory: "process-optimisation",
    aiType: "optimisation",
    stage: "on-hold",
    health: "at-risk",
    outcomeOwner: "coo",
    riskOwner: "cio",
    scores: [3, 3, 2, 2, 1],
    tier: "minimal",
    size: "S",
    delivery: "under",
    hypothesis:
      "Batching and routing picks by location can cut walking distance by 25% and raise picks per hour by 15%.",
    metrics: [m("Picks per hour", "process-optimisation", "picks/h", "up", 62, 72)],
    risks: ["vendor-lockin"],
  },
  {
    title: "Supplier delivery risk early warning",
    problem:
      "Late deliveries from 1,200 suppliers stop our lines several times a quarter, and we learn about a delay when the " +
      "truck does not arrive.",
    department: "Operations",
    tags: ["supplier-risk", "early-warning", "supply-chain", "deliveries"],
    priorities: [1],
    valueCategory: "risk-mitigation",
    aiType: "predictive",
    stage: "idea",
    health: "on-track",
    outcomeOwner: "coo",
    riskOwner: "cdao",
    scores: [3, 4, 3, 2, 2],
    tier: "unassessed",
    size: "S",
    delivery: "on",
    metrics: [m("Line stoppages caused by late supplies", "risk-mitigation", "per quarter", "down", 9, 3)],
    risks: [],
  },
  // ── Sales & Marketing ──────────────────────────────────────────────────────────────────────
  {
    title: "AI-personalised offers in the customer portal",
    problem:
      "All 26,000 users of the customer portal see the same catalogue and promotions. Conversion is 2.1%, and cross-selling " +
      "of service contracts depends on individual account managers.",
    department: "Sales & Marketing",
    tags: ["personalisation", "recommendations", "customer-portal", "cross-selling", "offers"],
    priorities: [3],
    valueCategory: "revenue-growth",
    aiType: "predictive",
    stage: "pilot",
    health: "at-risk",
    outcomeOwner: "cco",
    riskOwner: "cdao",
    scores: [5, 5, 3, 3, 3],
    tier: "minimal",
    size: "M",
    delivery: "under",
    hypothesis:
      "Offers personalised from purchase history and installed base can raise portal conversion from 2.1% to 3.0% and " +
      "attach a service contract to 15% of equipment orders.",
    metrics: [
      m("Portal conversion rate", "revenue-growth", "%", "up", 2.1, 3),
      m("Average order value", "revenue-growth", "EUR", "up", 1850, 2100),
      m("Service-contract attach rate", "revenue-growth", "%", "up", 8, 15),
    ],
    risks: ["pricing-fairness", "pii-exposure"],
  },
  {
    title: "Inbound email classification and routing",
    problem:
      "The sales inbox receives about 9,000 inbound customer emails a month: quote requests, orders, complaints and delivery " +
      "questions. The team reads, classifies and routes each email to the right team by hand, and urgent customer requests " +
      "wait up to two days.",
    department: "Sales & Marketing",
    tags: ["email-triage", "customer-emails", "classification", "routing", "sales-inbox"],
    priorities: [3, 4],
    valueCategory: "process-optimisation",
    aiType: "generative",
    stage: "approved-for-pilot",
    health: "on-track",
    outcomeOwner: "cco",
    riskOwner: "cio",
    scores: [3, 3, 4, 4, 2],
    tier: "minimal",
    size: "S",
    delivery: "on",
    hypothesis:
      "Classifying inbound customer emails automatically and routing them to the right team can cut the wait for a first " +
      "answer to a quote request from two days to four hours.",
    metrics: [
      m("Time to route an inbound email", "process-optimisation", "hours", "down", 20, 1),
      m("Emails routed to the right team first time", "process-optimisation", "%", "up", 78, 95),
    ],
    risks: ["pii-exposure"],
  },
  {
    title: "Customer contract clause review copilot",
    problem:
      "Sales managers send customer contracts and framework agreements to legal to review risky clauses such as liability " +
      "caps, penalties, automatic renewal and payment terms before signature. Each contract review waits days for legal and " +
      "slows deals.",
    department: "Sales & Marketing",
    tags: ["contract-review", "clause-playbook", "legal", "generative-ai", "customer-contracts"],
    priorities: [3],
    valueCategory: "revenue-growth",
    aiType: "generative",
    stage: "idea",
    health: "on-track",
    outcomeOwner: "cco",
    riskOwner: "cdao",
    scores: [3, 3, 3, 3, 3],
    tier: "unassessed",
    size: "S",
    delivery: "on",
    metrics: [m("Days from draft to signed contract", "revenue-growth", "days", "down", 21, 12)],
    risks: [],
  },
  {
    title: "Service-contract churn prediction",
    problem:
      "22% of service contracts are not renewed, and account managers learn about it at the renewal date, too late to act.",
    department: "Sales & Marketing",
    tags: ["churn-prediction", "service-contracts", "renewals", "retention"],
    priorities: [3],
    valueCategory: "revenue-growth",
    aiType: "predictive",
    stage: "production",
    health: "at-risk",
    outcomeOwner: "cco",
    riskOwner: "cdao",
    scores: [4, 4, 4, 3, 2],
    tier: "minimal",
    size: "M",
    delivery: "under",
    hypothesis:
      "A churn score on every service contract 120 days before renewal can lift renewals from 78% to 86%.",
    metrics: [
      m("Service-contract renewal rate", "revenue-growth", "%", "up", 78, 86),
      m("Revenue retained from at-risk contracts", "revenue-growth", "EUR k/month", "up", 0, 240),
    ],
    risks: ["model-drift", "adoption"],
  },
  {
    title: "Generative product descriptions for the web shop",
    problem:
      "Only 40% of our 60,000 catalogue items have a description beyond the part number. A new product page takes 12 days " +
      "because product managers write the copy in five languages.",
    department: "Sales & Marketing",
    tags: ["product-content", "web-shop", "seo", "translation", "generative-ai"],
    priorities: [3],
    valueCategory: "revenue-growth",
    aiType: "generative",
    stage: "scaling",
    health: "on-track",
    outcomeOwner: "cco",
    riskOwner: "cdao",
    scores: [3, 4, 5, 4, 2],
    tier: "limited",
    size: "S",
    delivery: "over",
    hypothesis:
      "Generating product descriptions in five languages from technical data, reviewed by product managers, can publish a " +
      "new product page in two days and lift organic search traffic by 20%.",
    metrics: [
      m("Days to publish a product page", "process-optimisation", "days", "down", 12, 2),
      m("Organic search sessions", "revenue-growth", "k/month", "up", 180, 216),
    ],
    risks: ["brand-content", "hallucination"],
  },
  {
    title: "Dynamic pricing for spare parts",
    problem:
      "Spare-part prices are set once a year by a list-price uplift. We underprice scarce parts and overprice commodity ones, " +
      "losing margin and volume at the same time.",
    department: "Sales & Marketing",
    tags: ["pricing", "spare-parts", "margin", "price-optimisation"],
    priorities: [3],
    valueCategory: "revenue-growth",
    aiType: "optimisation",
    stage: "on-hold",
    health: "off-track",
    outcomeOwner: "cco",
    riskOwner: "cdao",
    scores: [4, 4, 2, 2, 4],
    tier: "minimal",
    size: "M",
    delivery: "under",
    hypothesis:
      "Price recommendations from demand, availability and competitor data can add 1.5 points of spare-parts gross margin " +
      "without losing volume.",
    metrics: [m("Spare-parts gross margin", "revenue-growth", "%", "up", 41, 42.5)],
    risks: ["pricing-fairness"],
  },
  {
    title: "Sales lead scoring",
    problem:
      "Inside sales works through 4,000 marketing leads a month in order of arrival; 70% never convert and good leads wait a " +
      "week for a call.",
    department: "Sales & Marketing",
    tags: ["lead-scoring", "crm", "inside-sales", "marketing"],
    priorities: [3],
    valueCategory: "revenue-growth",
    aiType: "predictive",
    stage: "assessed",
    health: "on-track",
    outcomeOwner: "cco",
    riskOwner: "cio",
    scores: [3, 4, 4, 4, 2],
    tier: "minimal",
    size: "S",
    delivery: "on",
    metrics: [m("Lead-to-opportunity conversion", "revenue-growth", "%", "up", 11, 16)],
    risks: ["pii-exposure"],
  },
  // ── Customer Service ───────────────────────────────────────────────────────────────────────
  {
    title: "Customer email triage assistant",
    problem:
      "Customer Service receives about 14,000 customer emails a month. Agents read, classify and route each email to the " +
      "right queue by hand, so urgent customer requests and complaints wait up to 48 hours for triage.",
    department: "Customer Service",
    tags: ["email-triage", "customer-emails", "classification", "routing", "customer-requests"],
    priorities: [4],
    valueCategory: "process-optimisation",
    aiType: "generative",
    stage: "pilot",
    health: "on-track",
    outcomeOwner: "coo",
    riskOwner: "cio",
    scores: [4, 4, 4, 4, 2],
    tier: "minimal",
    size: "S",
    delivery: "on",
    hypothesis:
      "Classifying incoming customer emails and routing them to the right queue automatically can cut triage time from " +
      "48 hours to under two and free three agents for complex cases.",
    metrics: [
      m("Time to triage a customer email", "process-optimisation", "hours", "down", 48, 2),
      m("Emails routed to the right queue first time", "process-optimisation", "%", "up", 74, 95),
    ],
    risks: ["pii-exposure", "vendor-dpa"],
  },
  {
    title: "Customer-service copilot for agents",
    problem:
      "Agents handle 52,000 contacts a month by phone, email and chat and search four systems for order, contract and " +
      "product information. Average handling time is 9.5 minutes, and new agents need four months to become fully productive.",
    department: "Customer Service",
    tags: ["copilot", "contact-centre", "agents", "knowledge-base", "generative-ai"],
    priorities: [4],
    valueCategory: "process-optimisation",
    aiType: "generative",
    stage: "scaling",
    health: "at-risk",
    outcomeOwner: "coo",
    riskOwner: "ciso",
    scores: [5, 5, 3, 3, 3],
    tier: "limited",
    size: "L",
    delivery: "on",
    benefitKind: "both",
    hypothesis:
      "A copilot that drafts answers from orders, contracts and the knowledge base can cut handling time by 30% and lift " +
      "first-contact resolution to 80%.",
    metrics: [
      m("Average handling time", "process-optimisation", "min", "down", 9.5, 6.5),
      m("First-contact resolution", "process-optimisation", "%", "up", 68, 80),
      m("Customer satisfaction (CSAT)", "revenue-growth", "score 1-5", "up", 4.1, 4.4),
    ],
    risks: ["hallucination", "prompt-injection"],
  },
  {
    title: "Order-status self-service chatbot",
    problem:
      "A third of all contacts ask where an order or a spare part is; agents look it up in the ERP and read it back to the " +
      "customer.",
    department: "Customer Service",
    tags: ["chatbot", "self-service", "order-status", "conversational-ai"],
    priorities: [4],
    valueCategory: "cost-reduction",
    aiType: "conversational",
    stage: "production",
    health: "on-track",
    outcomeOwner: "coo",
    riskOwner: "cio",
    scores: [4, 4, 4, 4, 2],
    tier: "limited",
    size: "M",
    delivery: "over",
    hypothesis:
      "A chatbot on the portal and the phone line can answer 45% of order-status contacts without an agent.",
    metrics: [
      m("Order-status contacts handled without an agent", "cost-reduction", "%", "up", 0, 45),
      m("Cost per contact", "cost-reduction", "EUR", "down", 6.2, 4.1),
    ],
    risks: ["transparency-chatbot", "prompt-injection"],
  },
  {
    title: "Call summarisation and after-call notes",
    problem:
      "Agents spend 90 seconds after every call writing notes into the CRM; the notes are inconsistent, and supervisors " +
      "cannot see why customers call.",
    department: "Customer Service",
    tags: ["call-summarisation", "crm-notes", "speech-to-text", "contact-centre"],
    priorities: [4],
    valueCategory: "process-optimisation",
    aiType: "generative",
    stage: "assessed",
    health: "on-track",
    outcomeOwner: "coo",
    riskOwner: "ciso",
    scores: [3, 3, 4, 3, 2],
    tier: "limited",
    size: "M",
    delivery: "on",
    metrics: [m("After-call work time", "process-optimisation", "s", "down", 90, 25)],
    risks: ["pii-exposure"],
  },
  {
    title: "Agent emotion and sentiment monitoring",
    problem:
      "Contact-centre supervisors asked for live detection of agents' emotional state during calls, to spot stress early and " +
      "coach agents.",
    department: "Customer Service",
    tags: ["emotion-recognition", "sentiment", "contact-centre", "workforce-monitoring"],
    priorities: [4],
    valueCategory: "process-optimisation",
    aiType: "other",
    stage: "rejected",
    health: "off-track",
    outcomeOwner: "coo",
    riskOwner: "ciso",
    scores: [2, 2, 3, 3, 5],
    tier: "prohibited",
    size: "S",
    delivery: "none",
    metrics: [m("Agent attrition", "process-optimisation", "%/year", "down", 32, 25)],
    risks: ["prohibited-practice"],
  },
  {
    title: "Voice-of-customer complaint insights",
    problem:
      "We receive 3,000 complaints a month as free text in six languages. Nobody reads them together, so recurring product " +
      "faults reach engineering months late.",
    department: "Customer Service",
    tags: ["complaints", "voice-of-customer", "text-analytics", "product-quality"],
    priorities: [4, 3],
    valueCategory: "process-optimisation",
    aiType: "generative",
    stage: "idea",
    health: "on-track",
    outcomeOwner: "coo",
    riskOwner: "cdao",
    scores: [3, 4, 4, 3, 2],
    tier: "unassessed",
    size: "S",
    delivery: "on",
    metrics: [m("Weeks from first complaint to root cause", "process-optimisation", "weeks", "down", 14, 4)],
    risks: [],
  },
  // ── HR ─────────────────────────────────────────────────────────────────────────────────────
  {
    title: "CV screening assistant",
    problem:
      "Recruiters screen 45,000 applications a year for 900 roles. Time to shortlist is 12 days, we lose good candidates to " +
      "faster employers, and screening criteria differ from recruiter to recruiter.",
    department: "HR",
    tags: ["recruiting", "cv-screening", "candidates", "high-risk-ai"],
    priorities: [2],
    valueCategory: "process-optimisation",
    aiType: "generative",
    stage: "approved-for-pilot",
    health: "at-risk",
    outcomeOwner: "chro",
    riskOwner: "cdao",
    scores: [4, 3, 3, 3, 5],
    tier: "high",
    size: "S",
    delivery: "on",
    hypothesis:
      "An assistant that summarises each CV against the role's published criteria, with a recruiter deciding every case, can " +
      "cut time to shortlist to five days without the selection-rate ratio between groups falling below 0.8.",
    metrics: [
      m("Time to shortlist", "process-optimisation", "days", "down", 12, 5),
      m("Selection-rate ratio between groups", "risk-mitigation", "ratio", "up", 0.82, 0.9),
    ],
    risks: ["bias-hiring", "human-oversight", "pii-exposure"],
  },
  {
    title: "HR policy assistant for employees",
    problem:
      "HR shared services answers 2,300 tickets a month about leave, travel, benefits and policies that are already written " +
      "down in 300 pages across 11 countries.",
    department: "HR",
    tags: ["hr-policies", "employee-assistant", "chatbot", "shared-services"],
    priorities: [2],
    valueCategory: "cost-reduction",
    aiType: "conversational",
    stage: "pilot",
    health: "on-track",
    outcomeOwner: "chro",
    riskOwner: "ciso",
    scores: [3, 3, 4, 4, 2],
    tier: "limited",
    size: "S",
    delivery: "over",
    hypothesis:
      "An assistant that answers policy questions with links to the source can deflect 40% of policy tickets.",
    metrics: [
      m("HR tickets per 100 employees", "cost-reduction", "per month", "down", 14, 8),
      m("Answers rated helpful", "process-optimisation", "%", "up", 0, 80),
    ],
    risks: ["hallucination", "transparency-chatbot"],
  },
  {
    title: "Skills inference and internal mobility matching",
    problem:
      "We do not know which skills our 14,000 employees have. 70% of open roles are filled externally while internal " +
      "candidates leave for lack of opportunities.",
    department: "HR",
    tags: ["skills", "internal-mobility", "talent", "workforce-planning"],
    priorities: [2],
    valueCategory: "process-optimisation",
    aiType: "predictive",
    stage: "idea",
    health: "on-track",
    outcomeOwner: "chro",
    riskOwner: "cdao",
    scores: [3, 4, 2, 2, 4],
    tier: "unassessed",
    size: "M",
    delivery: "on",
    metrics: [m("Roles filled internally", "process-optimisation", "%", "up", 30, 45)],
    risks: [],
  },
  {
    title: "Attrition risk prediction",
    problem:
      "Regretted attrition in engineering reached 14%. HR wanted to predict which employees are likely to leave so that " +
      "managers can act early.",
    department: "HR",
    tags: ["attrition", "people-analytics", "retention", "hr-data"],
    priorities: [2],
    valueCategory: "process-optimisation",
    aiType: "predictive",
    stage: "rejected",
    health: "off-track",
    outcomeOwner: "chro",
    riskOwner: "cdao",
    scores: [3, 2, 2, 3, 5],
    tier: "high",
    size: "S",
    delivery: "under",
    stoppedAfterPilot: true,
    hypothesis:
      "A model on HR data can identify 60% of regretted leavers three months ahead with acceptable precision.",
    metrics: [m("Regretted leavers identified in advance", "process-optimisation", "%", "up", 0, 60)],
    risks: ["works-council"],
  },
  {
    title: "Personalised AI literacy learning paths",
    problem:
      "The EU AI Act requires AI literacy of staff who use or oversee AI systems; our one-size-fits-all e-learning had a 31% " +
      "completion rate.",
    department: "HR",
    tags: ["ai-literacy", "learning", "training", "eu-ai-act"],
    priorities: [5, 2],
    valueCategory: "risk-mitigation",
    aiType: "generative",
    stage: "production",
    health: "on-track",
    outcomeOwner: "chro",
    riskOwner: "cio",
    scores: [3, 5, 4, 4, 1],
    tier: "minimal",
    size: "S",
    delivery: "on",
    benefitKind: "soft",
    hypothesis:
      "Learning paths tailored to role and prior knowledge can get 90% of AI users through the literacy programme.",
    metrics: [m("AI users who completed AI literacy training", "risk-mitigation", "%", "up", 31, 90)],
    risks: ["adoption"],
  },
  {
    title: "Shift and rota planning optimiser",
    problem:
      "Plant supervisors plan rotas for 6,500 shift workers in spreadsheets around skills, working-time rules and " +
      "preferences; overtime runs at 9% of hours worked.",
    department: "HR",
    tags: ["rota-planning", "shift-planning", "working-time", "plants"],
    priorities: [1, 2],
    valueCategory: "cost-reduction",
    aiType: "optimisation",
    stage: "assessed",
    health: "on-track",
    outcomeOwner: "chro",
    riskOwner: "cdao",
    scores: [3, 3, 3, 2, 4],
    tier: "high",
    size: "M",
    delivery: "on",
    metrics: [m("Overtime share of hours worked", "cost-reduction", "%", "down", 9, 6)],
    risks: ["works-council"],
  },
  // ── IT & Security ──────────────────────────────────────────────────────────────────────────
  {
    title: "Security alert triage copilot",
    problem:
      "The security operations centre receives 4,500 alerts a day. Analysts close 85% as false positives, and the mean time " +
      "to triage a real incident is six hours.",
    department: "IT & Security",
    tags: ["security-operations", "soc", "alert-triage", "copilot", "generative-ai"],
    priorities: [5],
    valueCategory: "risk-mitigation",
    aiType: "generative",
    stage: "pilot",
    health: "at-risk",
    outcomeOwner: "ciso",
    riskOwner: "cio",
    scores: [4, 4, 3, 2, 3],
    tier: "minimal",
    size: "M",
    delivery: "none",
    benefitKind: "soft",
    hypothesis:
      "A copilot that enriches and summarises alerts can cut the mean time to triage a real incident to one hour.",
    metrics: [
      m("Mean time to triage an incident", "risk-mitigation", "hours", "down", 6, 1),
      m("Alerts closed per analyst per shift", "process-optimisation", "alerts", "up", 60, 110),
    ],
    risks: ["prompt-injection", "hallucination"],
  },
  {
    title: "IT service desk ticket routing",
    problem:
      "A quarter of the 18,000 IT tickets a month land in the wrong resolver group and bounce between teams, adding a day to " +
      "resolution.",
    department: "IT & Security",
    tags: ["it-service-desk", "tickets", "resolver-groups", "itsm"],
    priorities: [2, 4],
    valueCategory: "process-optimisation",
    aiType: "predictive",
    stage: "production",
    health: "on-track",
    outcomeOwner: "cio",
    riskOwner: "ciso",
    scores: [3, 3, 5, 5, 1],
    tier: "minimal",
    size: "S",
    delivery: "over",
    hypothesis:
      "Routing tickets with a model trained on three years of ticket history can cut misrouted tickets from 25% to 8%.",
    metrics: [
      m("Misrouted IT tickets", "process-optimisation", "%", "down", 25, 8),
      m("Mean time to resolve", "process-optimisation", "hours", "down", 30, 20),
    ],
    risks: ["model-drift", "model-outage"],
  },
  {
    title: "Code assistant for internal developers",
    problem:
      "Our 420 developers maintain ERP extensions, MES integrations and the customer portal. Lead time for a change is nine " +
      "days, and test coverage is 48%.",
    department: "IT & Security",
    tags: ["developer-productivity", "code-assistant", "software-engineering", "generative-ai"],
    priorities: [2],
    valueCategory: "process-optimisation",
    aiType: "generative",
    stage: "scaling",
    health: "on-track",
    outcomeOwner: "cio",
    riskOwner: "ciso",
    scores: [3, 3, 5, 4, 2],
    tier: "minimal",
    size: "M",
    delivery: "on",
    hypothesis:
      "A code assistant for all developers can cut lead time for changes to five days and raise test coverage to 70%.",
    metrics: [
      m("Lead time for changes", "process-optimisation", "days", "down", 9, 5),
      m("Test coverage", "risk-mitigation", "%", "up", 48, 70),
    ],
    risks: ["insecure-code", "vendor-lockin"],
  },
  {
    title: "Phishing email detection",
    problem:
      "Phishing emails that pass the mail gateway reached 1,100 a month, and users reported fewer than a third of them.",
    department: "IT & Security",
    tags: ["phishing", "email-security", "threat-protection", "classifier"],
    priorities: [5],
    valueCategory: "risk-mitigation",
    aiType: "predictive",
    stage: "retired",
    health: "on-track",
    outcomeOwner: "ciso",
    riskOwner: "cio",
    scores: [3, 4, 4, 4, 2],
    tier: "minimal",
    size: "S",
    delivery: "on",
    hypothesis:
      "An in-house classifier on reported and quarantined mail can block 90% of the phishing that passes the gateway.",
    metrics: [m("Phishing emails reaching inboxes", "risk-mitigation", "per month", "down", 1100, 150)],
    risks: ["fraud-evasion"],
  },
  {
    title: "Enterprise knowledge search",
    problem:
      "Employees search SharePoint, the ERP and six wikis for procedures and specifications, and tell us they spend three " +
      "hours a week looking for information.",
    department: "IT & Security",
    tags: ["knowledge-search", "retrieval-augmented-generation", "sharepoint", "generative-ai"],
    priorities: [2, 4],
    valueCategory: "process-optimisation",
    aiType: "generative",
    stage: "idea",
    health: "on-track",
    outcomeOwner: "cio",
    riskOwner: "ciso",
    scores: [4, 4, 3, 3, 3],
    tier: "unassessed",
    size: "M",
    delivery: "on",
    metrics: [
      m("Time spent searching for information", "process-optimisation", "hours/week", "down", 3, 1.5),
    ],
    risks: [],
  },
];

/** Sites and regions that tell scaled-up copies of a template apart. */
export const variantScopes = [
  "Lyon plant",
  "Gdańsk plant",
  "Brno plant",
  "Porto plant",
  "Tampere plant",
  "Eindhoven plant",
  "Graz plant",
  "Bilbao plant",
  "Nordics",
  "DACH",
  "Benelux",
  "Iberia",
  "Italy",
  "France",
  "UK and Ireland",
  "Central Europe",
  "Baltics",
  "Service hubs",
  "Spare-parts business",
  "Aftermarket",
  "Group functions",
  "Shared-service centre Kraków",
  "Shared-service centre Lisbon",
  "Engineering centre Munich",
] as const;

/** Extra metrics that fill a scaled-up initiative to four. */
export const fillerMetrics: readonly MetricSpec[] = [
  m("Weekly active users", "process-optimisation", "users", "up", 0, 400),
  m("User satisfaction", "process-optimisation", "score 1-5", "up", 3.4, 4.2),
  m("Cycle time", "process-optimisation", "hours", "down", 36, 20),
  m("Cost per transaction", "cost-reduction", "EUR", "down", 4.2, 2.8),
];
