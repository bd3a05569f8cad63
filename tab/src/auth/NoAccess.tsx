import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular, PersonProhibitedRegular } from "@fluentui/react-icons";
import type { Role } from "../api/types";
import { CenteredPanel } from "../shell/CenteredPanel";
import { roleLabel } from "./roles";

const useStyles = makeStyles({
  roles: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "grid", rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
});

const roleUses: [Role, string][] = [
  ["Executive", "the board view, the initiatives and risks you own, the alignment survey"],
  ["Portfolio.Manager", "keeps initiatives, metrics, risks and assessments; publishes the monthly snapshot"],
  ["Board.Member", "reads the published monthly board snapshots"],
];

const sentence = (s: string) => {
  const t = s.trim().replace(/[.!?]*$/, ".");
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
};

export interface NoAccessProps {
  /** Who is signed in, when known. */
  userName: string | null;
  /** The API's own words (its 403 answer), when it has said them. */
  detail?: string;
  onCheckAgain: () => void;
  onSignOut: () => void;
}

/** Signed in, but without any app role: nothing of the board is visible until an admin assigns one. */
export function NoAccess({ userName, detail, onCheckAgain, onSignOut }: NoAccessProps) {
  const styles = useStyles();
  return (
    <CenteredPanel
      title="No access yet"
      icon={<PersonProhibitedRegular fontSize={48} color={tokens.colorBrandForeground1} aria-hidden />}
      maxWidth={640}
    >
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {userName ? `${userName}, you have no role in AI Strategy Board yet.` : "You have no role in AI Strategy Board yet."}
          </MessageBarTitle>{" "}
          {detail
            ? sentence(detail)
            : "Ask your tenant admin to assign you a role (Enterprise applications → AI Strategy Board → Users and groups)."}
        </MessageBarBody>
      </MessageBar>
      <Text as="p">
        In the Microsoft Entra admin center, your administrator opens Enterprise applications → AI Strategy Board →
        Users and groups → Add user/group, and assigns the role that fits your work:
      </Text>
      <ul className={styles.roles}>
        {roleUses.map(([role, use]) => (
          <li key={role}>
            <strong>{roleLabel(role)}</strong>: {use}
          </li>
        ))}
      </ul>
      <Text as="p" className={styles.muted}>
        A new role arrives with your next sign-in. Once it is assigned, select Check again; if nothing changes,
        sign out and in again.
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onCheckAgain}>
          Check again
        </Button>
        <Button appearance="subtle" onClick={onSignOut}>
          Sign out
        </Button>
      </div>
    </CenteredPanel>
  );
}
