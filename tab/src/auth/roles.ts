import type { Role } from "../api/types";

/** How each app role (Entra ID app role value) reads in the UI. */
const roleLabels: Record<Role, string> = {
  Executive: "Executive",
  "Portfolio.Manager": "Portfolio manager",
  "Board.Member": "Board member",
};

/** Role names unknown to this build are shown as they come. */
export const roleLabel = (role: string): string => (role in roleLabels ? roleLabels[role as Role] : role);
