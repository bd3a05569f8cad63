import { Button, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular, ShieldKeyholeRegular } from "@fluentui/react-icons";
import { CenteredPanel } from "../shell/CenteredPanel";
import { adminConsentUrl, type ConsentRequiredError } from "./authErrors";

const useStyles = makeStyles({
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "grid", rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
  link: { wordBreak: "break-all" },
});

export interface ConsentRequiredProps {
  error: ConsentRequiredError;
  tenantId: string;
  clientId: string;
  onRetry: () => void;
}

/** Entra refused a token because the organisation has not consented to the app yet. */
export function ConsentRequired({ error, tenantId, clientId, onRetry }: ConsentRequiredProps) {
  const styles = useStyles();
  const url = adminConsentUrl(tenantId, clientId);
  return (
    <CenteredPanel
      title="An administrator needs to grant consent"
      icon={<ShieldKeyholeRegular fontSize={48} color={tokens.colorBrandForeground1} aria-hidden />}
      maxWidth={640}
    >
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{error.detail}</MessageBarBody>
      </MessageBar>
      <Text as="p">
        AI Strategy Board signs you in with your work account and shows colleagues' names and photos. Your
        organisation only lets an administrator approve that for everyone.
      </Text>
      <ol className={styles.steps}>
        <li>
          Send this page to an administrator of your Microsoft Entra tenant (Cloud Application Administrator,
          Application Administrator or Global Administrator).
        </li>
        <li>
          They open the Microsoft Entra admin center → Enterprise applications → AI Strategy Board → Permissions
          → <em>Grant admin consent</em>, or this link:{" "}
          <Link href={url} target="_blank" rel="noreferrer" className={styles.link}>
            {url}
          </Link>
        </li>
        <li>Once they have granted it, select Try again.</li>
      </ol>
      {error.entraError && (
        <Text as="p" size={200} className={styles.muted}>
          Microsoft Entra ID said: {error.entraError}
        </Text>
      )}
      <div>
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
          Try again
        </Button>
      </div>
    </CenteredPanel>
  );
}
