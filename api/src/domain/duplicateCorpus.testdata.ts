import { makeInitiative } from "./fixtures";
import type { Initiative } from "./schemas";

const doc = (
  id: string,
  department: string,
  title: string,
  problemStatement: string,
  tags: string[] = [],
): Initiative => makeInitiative({ id, department, title, problemStatement, tags });

/** Initiatives of a mid-sized company: four investments made twice, the rest distinct. */
export const corpus: Initiative[] = [
  doc(
    "fin-invoice",
    "Finance",
    "Automated invoice processing",
    "Extract fields from supplier invoices with document AI and post them to the ERP without manual keying.",
    ["invoices", "document-ai"],
  ),
  doc(
    "proc-invoice",
    "Procurement",
    "AI invoice capture for suppliers",
    "Supplier invoices are keyed in by hand; use document AI to extract the invoice fields and post them into the ERP automatically.",
    ["accounts-payable"],
  ),
  doc(
    "cs-chatbot",
    "Customer Service",
    "Customer service chatbot",
    "A generative AI chatbot answers routine customer questions on the website and hands complex cases to agents.",
    ["chatbot", "genai"],
  ),
  doc(
    "mkt-assistant",
    "Marketing",
    "Website virtual assistant for customer questions",
    "Deploy a chatbot on the website that answers customers' routine questions with generative AI and escalates to human agents.",
  ),
  doc(
    "sales-churn",
    "Sales",
    "Churn prediction for subscription customers",
    "Predict which subscribers are likely to cancel in the next 90 days so account managers can intervene.",
    ["churn", "predictive"],
  ),
  doc(
    "cs-churn",
    "Customer Service",
    "Predicting customer churn",
    "Model the likelihood that a subscription customer cancels, and alert the retention team to intervene early.",
    ["churn"],
  ),
  doc(
    "hr-screening",
    "HR",
    "CV screening assistant",
    "Rank job applicants' CVs against the job description to shorten the time to hire.",
    ["recruiting"],
  ),
  doc(
    "ops-recruiting",
    "Operations",
    "Automated screening of job applications",
    "Shortlist applicants for warehouse jobs by matching their CVs to the job description, cutting time to hire.",
    ["recruiting"],
  ),
  doc(
    "fin-forecast",
    "Finance",
    "Cash flow forecasting",
    "Forecast weekly cash flow from receivables and payables data with machine learning.",
  ),
  doc(
    "ops-maintenance",
    "Operations",
    "Predictive maintenance for conveyor belts",
    "Use sensor data to predict conveyor failures before they stop the warehouse.",
    ["predictive", "iot"],
  ),
  doc(
    "mkt-content",
    "Marketing",
    "Generative AI for campaign content",
    "Draft email and social media copy for customer campaigns with generative AI, reviewed by the brand team.",
    ["genai"],
  ),
  doc(
    "it-tickets",
    "IT",
    "Service desk ticket routing",
    "Classify incoming service desk tickets and route them to the right resolver group automatically.",
  ),
  doc(
    "legal-contracts",
    "Legal",
    "Supplier contract clause review",
    "Flag risky clauses in supplier contracts and compare them with the standard playbook.",
  ),
  doc(
    "sales-pricing",
    "Sales",
    "Dynamic pricing recommendations",
    "Recommend price discounts per deal from win and loss history to protect margin.",
  ),
];

/** Same investment, two departments. */
export const samePairs: [string, string][] = [
  ["fin-invoice", "proc-invoice"],
  ["cs-chatbot", "mkt-assistant"],
  ["cs-churn", "sales-churn"],
  ["hr-screening", "ops-recruiting"],
];

/** Different investments from different departments that share the vocabulary of AI projects. */
export const differentPairs: [string, string][] = [
  ["cs-chatbot", "mkt-content"],
  ["fin-invoice", "legal-contracts"],
  ["ops-maintenance", "sales-churn"],
  ["cs-chatbot", "it-tickets"],
  ["fin-forecast", "sales-pricing"],
  ["legal-contracts", "proc-invoice"],
  ["mkt-assistant", "mkt-content"],
];
