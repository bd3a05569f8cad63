import { z } from "zod";

export const roles = ["Executive", "Portfolio.Manager", "Board.Member"] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

/** The verified caller. Everything here comes from a verified token, never from the request body. */
export type Principal = {
  id: string;
  name: string;
  tenantId: string;
  roles: Role[];
};

export const hasRole = (p: Principal, ...wanted: Role[]) => wanted.some((r) => p.roles.includes(r));
