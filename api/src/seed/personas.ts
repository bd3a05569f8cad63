import type { Role } from "../auth/principal";
import { createRandom, deriveSeed } from "./random";

export const executiveKeys = ["ceo", "cfo", "coo", "cio", "ciso", "chro", "cco", "cdao"] as const;
/** A stable handle for an executive of the demo company, independent of the seed. */
export type ExecutiveKey = (typeof executiveKeys)[number];
export type PersonaKey = ExecutiveKey | "board";

export type Persona = {
  key: PersonaKey;
  /** GUID-shaped like an Entra object id, derived from the seed. */
  id: string;
  displayName: string;
  jobTitle: string;
  /** On the reserved .example domain, so it can never reach a real mailbox. */
  email: string;
  roles: Role[];
};

type PersonaProfile = Omit<Persona, "key" | "id">;

const profiles: Record<PersonaKey, PersonaProfile> = {
  ceo: {
    displayName: "Sofia Lindqvist",
    jobTitle: "Chief Executive Officer",
    email: "sofia.lindqvist@northwind.example",
    roles: ["Executive"],
  },
  cfo: {
    displayName: "Henrik Vogel",
    jobTitle: "Chief Financial Officer",
    email: "henrik.vogel@northwind.example",
    roles: ["Executive"],
  },
  coo: {
    displayName: "Amara Okafor",
    jobTitle: "Chief Operating Officer",
    email: "amara.okafor@northwind.example",
    roles: ["Executive"],
  },
  cio: {
    displayName: "Mateo Fernández",
    jobTitle: "Chief Information Officer",
    email: "mateo.fernandez@northwind.example",
    roles: ["Executive", "Portfolio.Manager"],
  },
  ciso: {
    displayName: "Priya Raman",
    jobTitle: "Chief Information Security Officer",
    email: "priya.raman@northwind.example",
    roles: ["Executive"],
  },
  chro: {
    displayName: "Claire Dubois",
    jobTitle: "Chief Human Resources Officer",
    email: "claire.dubois@northwind.example",
    roles: ["Executive"],
  },
  cco: {
    displayName: "Luca Bianchi",
    jobTitle: "Chief Commercial Officer",
    email: "luca.bianchi@northwind.example",
    roles: ["Executive"],
  },
  cdao: {
    displayName: "Aleksandra Nowak",
    jobTitle: "Chief Data & AI Officer",
    email: "aleksandra.nowak@northwind.example",
    roles: ["Executive"],
  },
  board: {
    displayName: "Yusuf Demir",
    jobTitle: "Non-Executive Director, Chair of the Audit & Risk Committee",
    email: "yusuf.demir@northwind.example",
    roles: ["Board.Member"],
  },
};

const personaKeys: readonly PersonaKey[] = [...executiveKeys, "board"];

/** Every persona of the demo company, by key. */
export type Cast = Record<PersonaKey, Persona>;

export function demoCast(seed: number): Cast {
  const random = createRandom(deriveSeed(seed, "personas"));
  const entries = personaKeys.map((key) => [key, { key, id: random.uuid(), ...profiles[key] }] as const);
  return Object.fromEntries(entries) as Cast;
}

/** The personas in a fixed order: the eight executives, then the board member. */
export function personaList(cast: Cast): Persona[] {
  return personaKeys.map((key) => ({ ...cast[key], roles: [...cast[key].roles] }));
}
