/**
 * The domain's public surface: the entity schemas and every derived value, each defined once.
 * Handlers, the snapshot and the tab's types import from here. (Test fixtures and the synthetic
 * portfolio are imported from their own modules, never shipped through this one.)
 */
export * from "./schemas";
export * from "./calendar";
export * from "./risk";
export * from "./finance";
export * from "./metrics";
export * from "./prioritisation";
export * from "./maturity";
export * from "./alignment";
export * from "./duplicates";
export * from "./stageHistory";
export * from "./gates";
export * from "./checkIns";
export * from "./auditDiff";
export * from "./progression";
export * from "./tenantData";
export * from "./boardFilters";
export * from "./board";
