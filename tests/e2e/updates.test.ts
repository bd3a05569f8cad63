import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { allowedMoves, decisionTypeFor } from "../../api/src/domain/gates";
import { canDecide } from "../../api/src/domain/permissions";
import type { Role } from "../../api/src/auth/principal";
import type { DecisionRight, Stage } from "../../api/src/domain/schemas";
import { launchBrowser, newPage } from "./support/browser";

/**
 * Recording the monthly check-in from the tab, in a real browser against the seeded demo company:
 * the portfolio office records one and the board reflects it; nobody else sees the form where the
 * API would refuse them.
 */
let browser: Browser;
const slow = { timeout: 15_000 };
const tabUrl = () => inject("tabUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface Persona {
  id: string;
  displayName: string;
  roles: Role[];
}

interface BoardRow {
  id: string;
  title: string;
  stage: Stage;
  outcomeOwnerId: string;
  latestStatus: { rag: string; period: string } | null;
}

interface Metric {
  id: string;
  name: string;
  unit: string;
  observations: { period: string; value: number; confidence: string }[];
}

interface StatusUpdate {
  period: string;
  rag: string;
  narrative: string;
  blockers: string;
}

interface Board {
  initiatives: BoardRow[];
  checkIns: { period: string };
}

async function personas(): Promise<Persona[]> {
  const response = await fetch(`${inject("apiUrl")}/local-auth/personas`);
  return ((await response.json()) as { personas: Persona[] }).personas;
}

/** Calls the API as a persona, with a token from the local identity provider. */
async function apiAs(persona: Persona) {
  const apiUrl = inject("apiUrl");
  const tokenResponse = await fetch(`${apiUrl}/local-auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ personaId: persona.id }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${apiUrl}/api${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers },
    });
  const get = async <T>(path: string): Promise<T> => {
    const response = await call(path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  return { call, get };
}

async function signIn(page: Page, name: string, hash: string) {
  await page.goto(`${tabUrl()}/${hash}`);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const recordButtons = (page: Page) => page.getByRole("button", { name: /Record status update/ });

describe("status updates", () => {
  it("the CIO records a status update and a metric observation, and the board reflects them", async () => {
    const all = await personas();
    const cio = all.find((p) => p.displayName === "Mateo Fernández");
    if (!cio) throw new Error("no CIO persona");
    const api = await apiAs(cio);
    const board = await api.get<Board>("/board");
    let target: BoardRow | undefined;
    let metric: Metric | undefined;
    for (const row of board.initiatives) {
      metric = (await api.get<{ items: Metric[] }>(`/metrics?initiativeId=${encodeURIComponent(row.id)}`)).items[0];
      if (metric) {
        target = row;
        break;
      }
    }
    if (!target || !metric) throw new Error("the demo board has no initiative with a metric");
    const rag = target.latestStatus?.rag === "red" ? "Green" : "Red";
    const narrative = `Recorded in the browser ${Date.now()}`;

    const { context, page } = await newPage(browser);
    await signIn(page, cio.displayName, `#/initiatives/${encodeURIComponent(target.id)}`);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: target.title }).isVisible(), slow).toBe(true);
    const section = page.getByRole("region", { name: "Status updates", exact: true });
    await section.getByRole("button", { name: "Record status update" }).click();
    const dialog = page.getByRole("dialog", { name: "Status update" });
    await dialog.getByRole("radio", { name: new RegExp(`^${rag}:`) }).check();
    await dialog.getByRole("textbox", { name: /Narrative/ }).fill(narrative);
    await dialog.getByRole("textbox", { name: "Decisions needed" }).fill("Extend the pilot by a month");
    await dialog.getByRole("button", { name: "Save status update" }).click();
    await expect.poll(() => dialog.isVisible(), slow).toBe(false);

    await expect.poll(() => section.getByRole("cell", { name: narrative }).isVisible(), slow).toBe(true);
    await expect.poll(() => page.getByRole("region", { name: "Latest status", exact: true }).innerText(), slow).toContain(rag);
    const after = await api.get<Board>("/board");
    expect(after.initiatives.find((i) => i.id === target.id)?.latestStatus).toMatchObject({
      rag: rag.toLowerCase(),
      period: after.checkIns.period,
    });

    // The month's observation of the first metric.
    await page.getByRole("button", { name: `Record observation of ${metric.name}` }).click();
    const form = page.getByRole("dialog", { name: "Record observation" });
    await form.getByRole("textbox", { name: /^Value/ }).fill("12.34");
    await form.getByRole("radio", { name: "Finance-validated" }).check();
    await form.getByRole("button", { name: "Save observation" }).click();
    await expect.poll(() => form.isVisible(), slow).toBe(false);
    const chart = page.getByRole("img", { name: new RegExp(`^${escaped(metric.name)}: observations against trajectory\\. Latest observation 12\\.34`) });
    await expect.poll(() => chart.count(), slow).toBe(1);
    const stored = await api.get<Metric>(`/metrics/${encodeURIComponent(metric.id)}`);
    expect(stored.observations.find((o) => o.period === after.checkIns.period)).toEqual({
      period: after.checkIns.period,
      value: 12.34,
      confidence: "finance-validated",
    });
    await context.close();
  });

  it("two people edit the same check-in: the second sees what changed and applies theirs on top", async () => {
    const all = await personas();
    const cio = all.find((p) => p.displayName === "Mateo Fernández");
    if (!cio) throw new Error("no CIO persona");
    const api = await apiAs(cio);
    const board = await api.get<Board>("/board");
    const target = board.initiatives[board.initiatives.length - 1];
    if (!target) throw new Error("the demo board has no initiative");
    const owner = all.find((p) => p.id === target.outcomeOwnerId) ?? cio;
    const stamp = Date.now();

    const first = await newPage(browser);
    const second = await newPage(browser);
    const open = async (page: Page, name: string) => {
      await signIn(page, name, `#/initiatives/${encodeURIComponent(target.id)}`);
      const section = page.getByRole("region", { name: "Status updates", exact: true });
      await section.getByRole("button", { name: "Record status update" }).click();
      return page.getByRole("dialog", { name: "Status update" });
    };
    const a = await open(first.page, cio.displayName);
    const b = await open(second.page, owner.displayName);

    await a.getByRole("radio", { name: /^Amber:/ }).check();
    await a.getByRole("textbox", { name: /Narrative/ }).fill(`First narrative ${stamp}`);
    await a.getByRole("textbox", { name: "Blockers" }).fill(`First blocker ${stamp}`);
    await a.getByRole("button", { name: "Save status update" }).click();
    await expect.poll(() => a.isVisible(), slow).toBe(false);

    if ((await b.getByRole("radio", { checked: true }).count()) === 0) await b.getByRole("radio", { name: /^Amber:/ }).check();
    await b.getByRole("textbox", { name: /Narrative/ }).fill(`Second narrative ${stamp}`);
    await b.getByRole("button", { name: "Save status update" }).click();
    const changes = b.getByRole("table", { name: "Changes made meanwhile" });
    await expect.poll(() => changes.isVisible(), slow).toBe(true);
    expect(await changes.getByRole("row", { name: /^Blockers/ }).innerText()).toContain(`First blocker ${stamp}`);
    expect(await changes.getByRole("row", { name: /^Narrative/ }).innerText()).toContain(`Second narrative ${stamp}`);
    await b.getByRole("button", { name: "Apply my change on top" }).click();
    await expect.poll(() => b.isVisible(), slow).toBe(false);

    const { items } = await api.get<{ items: StatusUpdate[] }>(
      `/status-updates?initiativeId=${encodeURIComponent(target.id)}&period=${board.checkIns.period}`,
    );
    expect(items[0]).toMatchObject({ narrative: `Second narrative ${stamp}`, blockers: `First blocker ${stamp}` });
    await first.context.close();
    await second.context.close();
  });

  it("two people edit the same initiative's details: the second sees what changed and both changes stand", async () => {
    const all = await personas();
    const cio = all.find((p) => p.displayName === "Mateo Fernández");
    if (!cio) throw new Error("no CIO persona");
    const api = await apiAs(cio);
    const board = await api.get<Board>("/board");
    // An initiative whose outcome owner is another executive, so two different people edit it.
    const target = board.initiatives.find((i) => i.outcomeOwnerId !== cio.id && all.some((p) => p.id === i.outcomeOwnerId));
    if (!target) throw new Error("the demo board has no initiative owned by another persona");
    const owner = all.find((p) => p.id === target.outcomeOwnerId) as Persona;
    const before = await api.get<{ title: string; health: string }>(`/initiatives/${encodeURIComponent(target.id)}`);
    const newTitle = `${before.title} (renamed ${Date.now()})`;
    const newHealth = before.health === "off-track" ? "on-track" : "off-track";
    const healthLabel = newHealth === "off-track" ? "Off track" : "On track";

    const first = await newPage(browser);
    const second = await newPage(browser);
    const open = async (page: Page, name: string) => {
      await signIn(page, name, `#/initiatives/${encodeURIComponent(target.id)}`);
      await page.getByRole("button", { name: "Edit details" }).click();
      const dialog = page.getByRole("dialog");
      await expect.poll(() => dialog.getByRole("textbox", { name: /^Title/ }).isVisible(), slow).toBe(true);
      return dialog;
    };
    const a = await open(first.page, cio.displayName);
    const b = await open(second.page, owner.displayName);

    await a.getByRole("textbox", { name: /^Title/ }).fill(newTitle);
    await a.getByRole("button", { name: "Save details" }).click();
    await expect.poll(() => a.isVisible(), slow).toBe(false);

    await b.getByRole("combobox", { name: /^Health/ }).selectOption({ label: healthLabel });
    await b.getByRole("button", { name: "Save details" }).click();
    const changes = b.getByRole("table", { name: "Changes made meanwhile" });
    await expect.poll(() => changes.isVisible(), slow).toBe(true);
    expect(await changes.getByRole("row", { name: /^Title/ }).innerText()).toContain(newTitle);
    await b.getByRole("button", { name: "Apply my change on top" }).click();
    await expect.poll(() => b.isVisible(), slow).toBe(false);

    const after = await api.get<{ title: string; health: string }>(`/initiatives/${encodeURIComponent(target.id)}`);
    expect(after).toMatchObject({ title: newTitle, health: newHealth });
    await first.context.close();
    await second.context.close();
  });

  it("a stage move with an incomplete checklist is refused with the missing items", async () => {
    const all = await personas();
    const cio = all.find((p) => p.displayName === "Mateo Fernández");
    if (!cio) throw new Error("no CIO persona");
    const api = await apiAs(cio);
    const board = await api.get<{ initiatives: (BoardRow & { stage: string })[] }>("/board");
    interface Check {
      allowed: string[];
      canDecide: boolean;
      accountableId: string | null;
      ready: boolean;
      checklist: { item: string; met: boolean }[];
    }
    // A move whose checklist is incomplete, decided by someone who has the "Move stage…" control:
    // the CIO (portfolio manager) or the accountable who owns the initiative's outcome.
    let found: { row: BoardRow & { stage: string }; to: string; check: Check; decider: Persona } | undefined;
    for (const row of board.initiatives) {
      const gate = (to: string) => api.get<Check>(`/initiatives/${encodeURIComponent(row.id)}/gate-check?to=${to}&riskOwnerSignOff=false`);
      const first = await gate(row.stage === "retired" ? "on-hold" : "retired");
      for (const to of first.allowed) {
        const check = await gate(to);
        if (check.ready) continue;
        const decider = check.canDecide ? cio : all.find((p) => p.id === check.accountableId && p.id === row.outcomeOwnerId);
        if (decider) {
          found = { row, to, check, decider };
          break;
        }
      }
      if (found) break;
    }
    if (!found) throw new Error("no initiative with an incomplete gate checklist in the demo data");
    const { row, check, decider } = found;
    const missing = check.checklist.filter((c) => !c.met).length;

    const { context, page } = await newPage(browser);
    await signIn(page, decider.displayName, `#/initiatives/${encodeURIComponent(row.id)}`);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: row.title }).isVisible(), slow).toBe(true);
    await page.getByRole("button", { name: "Move stage…" }).click();
    const dialog = page.getByRole("dialog", { name: "Move stage" });
    await dialog.getByRole("combobox", { name: /Move to/ }).click();
    const labels = await page.getByRole("option").allInnerTexts();
    const index = check.allowed.indexOf(found.to);
    await page.getByRole("option", { name: labels[index], exact: true }).click();
    const list = dialog.getByRole("list", { name: "Gate checklist" });
    await expect.poll(() => list.getByRole("listitem").filter({ hasText: ": missing" }).count(), slow).toBe(missing);
    await dialog.getByRole("textbox", { name: /Rationale/ }).fill("Trying the gate early");
    await dialog.getByRole("button", { name: "Move stage" }).click();
    await expect.poll(() => dialog.getByRole("status").innerText(), slow).toContain("The move was refused");
    expect(await dialog.getByRole("status").innerText()).toContain("Missing:");
    const after = await api.get<{ stage: string }>(`/initiatives/${encodeURIComponent(row.id)}`);
    expect(after.stage).toBe(row.stage);
    await context.close();
  });

  it("an executive has no edit control on another owner's initiative, and the API refuses them", async () => {
    const all = await personas();
    const executive = all.find((p) => p.roles.includes("Executive") && !p.roles.includes("Portfolio.Manager"));
    if (!executive) throw new Error("no executive persona");
    const api = await apiAs(executive);
    const board = await api.get<Board>("/board");
    // Another owner's initiative, at a stage where no move is this executive's to decide (an
    // Accountable executive rightly gets "Move stage…" on initiatives they do not own).
    const { items: rights } = await api.get<{ items: DecisionRight[] }>("/decision-rights");
    const other = board.initiatives.find(
      (i) =>
        i.outcomeOwnerId !== executive.id &&
        !allowedMoves(i, []).some((to) => canDecide(executive, decisionTypeFor(i.stage, to), rights)),
    );
    if (!other) throw new Error("no initiative of another owner outside this executive's decisions");

    const { context, page } = await newPage(browser);
    await signIn(page, executive.displayName, `#/initiatives/${encodeURIComponent(other.id)}`);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: other.title }).isVisible(), slow).toBe(true);
    const section = page.getByRole("region", { name: "Status updates", exact: true });
    await expect.poll(() => section.getByRole("table").count(), slow).toBeGreaterThan(0);
    expect(await recordButtons(page).count()).toBe(0);
    expect(await page.getByRole("button", { name: /Record observation|Move stage|Edit details/ }).count()).toBe(0);

    const response = await api.call(`/initiatives/${encodeURIComponent(other.id)}/status-updates/${board.checkIns.period}`, {
      method: "PUT",
      body: JSON.stringify({ rag: "green", narrative: "Not mine to report" }),
    });
    expect(response.status).toBe(403);
    await context.close();
  });

  it("a board member sees no edit control", async () => {
    const all = await personas();
    const member = all.find((p) => p.roles.includes("Board.Member"));
    if (!member) throw new Error("no board member persona");
    const { context, page } = await newPage(browser);
    await signIn(page, member.displayName, "#/snapshots");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).first().isVisible(), slow).toBe(true);
    expect(await page.getByRole("button", { name: /Record status update|Record observation|Move stage/ }).count()).toBe(0);
    expect(await page.getByRole("region", { name: "Status updates", exact: true }).count()).toBe(0);
    await context.close();
  });
});
