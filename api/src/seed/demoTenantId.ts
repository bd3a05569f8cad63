/** The tenant id of the local demo company (GUID-shaped like an Entra tenant id). */
export const demoTenantId = "4e6f7274-6877-4964-8000-000000000001";
