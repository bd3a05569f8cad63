import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CheckIns } from "@domain/checkIns";
import { InitiativeLink } from "../components/InitiativeLink";
import { useFormat } from "../format";
import { StatusUpdateButton } from "./StatusUpdateButton";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/** The monthly check-ins the signed-in outcome owner still owes, each with the form to record it. */
export function WhatToUpdate({ checkIns, me, onSaved }: { checkIns: CheckIns; me: string; onSaved: () => void }) {
  const styles = useStyles();
  const format = useFormat();
  const owed = [...checkIns.late, ...checkIns.missing].filter((c) => c.outcomeOwnerId === me);
  if (owed.length === 0) return <Text>Every check-in of {format.month(checkIns.period)} is recorded.</Text>;
  return (
    <ul className={styles.list} aria-label="Status updates to record">
      {owed.map((c) => (
        <li key={c.initiativeId} className={styles.item}>
          <InitiativeLink id={c.initiativeId} title={c.title} />
          <Text size={200}>{c.lastReported ? `last reported ${format.month(c.lastReported)}` : "never reported"}</Text>
          <StatusUpdateButton
            initiativeId={c.initiativeId}
            title={c.title}
            period={checkIns.period}
            label={`Record status update for ${c.title}`}
            onChanged={onSaved}
          />
        </li>
      ))}
    </ul>
  );
}
