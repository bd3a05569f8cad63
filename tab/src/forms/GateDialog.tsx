import { useState, type FormEvent } from "react";
import { FormDialog } from "./FormDialog";
import {
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular, DismissCircleRegular } from "@fluentui/react-icons";
import { gateRequest, type GateChecklistItem, type GateDecision } from "@domain/schemas/governance";
import type { Stage } from "@domain/schemas/initiative";
import { asApiError, useApi, useApiGet } from "../api/hooks";
import { stageLabels } from "../components/labels";
import { ConflictView } from "./ConflictView";
import { useConflictSave } from "./useConflictSave";
import { useSubmit } from "./useSubmit";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  met: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  missingText: { color: tokens.colorPaletteRedForeground1, gridColumn: "2" },
  note: { gridColumn: "2" },
});

/** GET /api/initiatives/{id}/gate-check?to=. */
export interface GateCheck {
  etag: string;
  from: Stage;
  to: Stage;
  allowed: Stage[];
  decisionType: string | null;
  accountableId: string | null;
  canDecide: boolean;
  ready: boolean;
  checklist: { item: GateChecklistItem; met: boolean; detail?: string }[];
}

const itemLabels: Record<GateChecklistItem, string> = {
  transition: "Allowed transition",
  "risk-owner-sign-off": "Risk owner sign-off",
  "eu-ai-act-tier": "EU AI Act tier",
  "duplicate-check": "Duplicate check",
  "success-metrics": "Success metrics",
  "pilot-exit-criteria": "Pilot exit criteria",
  "pilot-decision": "Pilot decision",
  "critical-risks": "Critical risks",
};

type Body = ReturnType<typeof gateRequest.parse>;

export interface GateDialogProps {
  initiativeId: string;
  title: string;
  stage: Stage;
  /** Possible duplicates of this initiative, to acknowledge at the duplicate check. */
  duplicates: readonly { id: string; title: string }[];
  names: ReadonlyMap<string, string>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onChanged: (decision: GateDecision | undefined) => void;
}

/** Moving an initiative through its stage gate: target, checklist, rationale, sign-off, notes. */
export default function GateDialog({
  initiativeId,
  title,
  stage,
  duplicates,
  names,
  open,
  onOpenChange,
  onChanged,
}: GateDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const encoded = encodeURIComponent(initiativeId);
  const [to, setTo] = useState<Stage | "">("");
  const [rationale, setRationale] = useState("");
  const [signOff, setSignOff] = useState(false);
  const [notes, setNotes] = useState<Partial<Record<GateChecklistItem, string>>>({});
  const [acknowledge, setAcknowledge] = useState(false);
  const [errors, setErrors] = useState<{
    rationale?: string;
    form?: string;
    items: Partial<Record<string, string>>;
  }>({ items: {} });

  // The first answer names the allowed targets; each choice then checks that move.
  const probe = to || (stage === "retired" ? "on-hold" : "retired");
  const check = useApiGet<GateCheck>(
    `/initiatives/${encoded}/gate-check?to=${probe}&riskOwnerSignOff=${signOff}`,
  );
  const c = check.data;

  function body(): unknown {
    const checklist: Record<string, { note: string; acknowledges?: string[] }> = {};
    for (const [item, note] of Object.entries(notes))
      if (note && note.trim() !== "") checklist[item] = { note };
    if (acknowledge && duplicates.length > 0)
      checklist["duplicate-check"] = {
        note: checklist["duplicate-check"]?.note ?? "Acknowledged as distinct",
        acknowledges: duplicates.map((d) => d.id),
      };
    return { to, rationale, riskOwnerSignOff: signOff, checklist };
  }

  const { conflict, save, applyOnTop } = useConflictSave<GateCheck, Body, { gateDecision: GateDecision }>({
    original: c,
    fields: [
      {
        key: "to",
        label: "Current stage",
        stored: (g) => (g ? stageLabels[g.from] : ""),
        entered: () => stageLabels[stage],
      },
    ],
    valuesOf: () => gateRequest.parse(body()),
    fetchCurrent: () =>
      api.get<GateCheck>(`/initiatives/${encoded}/gate-check?to=${probe}&riskOwnerSignOff=${signOff}`),
    send: (values, etag) =>
      api.request(`/initiatives/${encoded}/gate`, {
        method: "POST",
        body: values,
        headers: etag ? { "if-match": etag } : {},
      }),
  });

  const { saving, run } = useSubmit<{ gateDecision: GateDecision }>(
    (done) => {
      onChanged(done.gateDecision);
      onOpenChange(false);
    },
    (error) => {
      const e = asApiError(error);
      const items: Partial<Record<string, string>> = {};
      for (const f of e.errors)
        if (f.path.startsWith("checklist.")) items[f.path.split(".")[1] ?? ""] ??= f.message;
      setErrors({
        items,
        form:
          e.status === 409
            ? "The move was refused: the checklist has missing items."
            : Object.keys(items).length
              ? undefined
              : e.message,
      });
    },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = gateRequest.safeParse(body());
    if (!parsed.success) {
      const rationaleIssue = parsed.error.issues.find((i) => i.path[0] === "rationale");
      const toIssue = parsed.error.issues.find((i) => i.path[0] === "to");
      setErrors({
        items: {},
        rationale: rationaleIssue ? "Say why the initiative moves." : undefined,
        form: toIssue ? "Choose the stage to move to." : undefined,
      });
      return;
    }
    setErrors({ items: {} });
    await run(() => save(parsed.data));
  }

  const decider = c?.accountableId ? (names.get(c.accountableId) ?? c.accountableId) : "a portfolio manager";
  const refused = Object.keys(errors.items).length;
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Move stage"
      onSubmit={submit}
      submitLabel="Move stage"
      busyLabel="Moving…"
      saving={saving}
      submitDisabled={!c || (to !== "" && !c.canDecide)}
    >
      <Text>
        {title}, now {stageLabels[stage]}
      </Text>
      <div role="status">
        {errors.form && (
          <MessageBar intent="error">
            <MessageBarBody>
              {errors.form}
              {refused > 0 &&
                ` Missing: ${Object.keys(errors.items)
                  .map((k) => itemLabels[k as GateChecklistItem] ?? k)
                  .join(", ")}.`}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {conflict && (
        <ConflictView
          changes={conflict.changes}
          busy={saving}
          onApply={() => void run(applyOnTop)}
          onDiscard={() => {
            onChanged(undefined);
            onOpenChange(false);
          }}
        />
      )}
      {check.error && (
        <MessageBar intent="error">
          <MessageBarBody>{check.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {!c ? (
        <Spinner size="tiny" label="Checking the gate…" />
      ) : (
        <>
          <Field label="Move to" required>
            <Dropdown
              placeholder="Choose a stage"
              value={to ? stageLabels[to] : ""}
              selectedOptions={to ? [to] : []}
              onOptionSelect={(_, d) => {
                setTo((d.optionValue as Stage | undefined) ?? "");
                setErrors({ items: {} });
              }}
            >
              {c.allowed.map((s) => (
                <Option key={s} value={s}>
                  {stageLabels[s]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {to && !c.canDecide && (
            <MessageBar intent="info">
              <MessageBarBody>Only {decider} decides this move.</MessageBarBody>
            </MessageBar>
          )}
          {to && (
            <ul className={styles.list} aria-label="Gate checklist">
              {c.checklist.map((i) => {
                const missing = !i.met || errors.items[i.item] !== undefined;
                return (
                  <li key={i.item} className={styles.item}>
                    {missing ? (
                      <DismissCircleRegular className={styles.missing} aria-hidden />
                    ) : (
                      <CheckmarkCircleRegular className={styles.met} aria-hidden />
                    )}
                    <Text>
                      <strong>{itemLabels[i.item]}</strong>: {missing ? "missing" : "met"}
                      {i.detail ? ` (${i.detail})` : ""}
                    </Text>
                    {errors.items[i.item] && (
                      <Text className={styles.missingText}>{errors.items[i.item]}</Text>
                    )}
                    <Field label={`Note on ${itemLabels[i.item]}`} className={styles.note} size="small">
                      <Textarea
                        value={notes[i.item] ?? ""}
                        onChange={(_, d) => setNotes({ ...notes, [i.item]: d.value })}
                        rows={1}
                      />
                    </Field>
                    {i.item === "duplicate-check" && duplicates.length > 0 && (
                      <Checkbox
                        className={styles.note}
                        checked={acknowledge}
                        onChange={(_, d) => setAcknowledge(d.checked === true)}
                        label={`Acknowledge as distinct: ${duplicates.map((d) => d.title).join(", ")}`}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <Checkbox
            checked={signOff}
            onChange={(_, d) => setSignOff(d.checked === true)}
            label="The risk owner has signed off"
          />
          <Field label="Rationale" required validationMessage={errors.rationale}>
            <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} rows={3} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
