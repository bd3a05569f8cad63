import { fileURLToPath } from "node:url";

/** The repository root (this file lives in scripts/teams/). */
export const repoRoot: string = fileURLToPath(new URL("../../", import.meta.url));
