import { useState } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { PersonKeyRegular } from "@fluentui/react-icons";
import { asApiError } from "../api/hooks";
import type { ApiError } from "../api/client";
import { CenteredPanel } from "../shell/CenteredPanel";
import { ConsentRequiredError } from "./authErrors";
import type { EntraTokenService } from "./entraTokenService";
import { SignInRequiredError } from "./tokenService";

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export interface EntraSignInProps {
  service: Pick<EntraTokenService, "flow" | "signIn">;
  /** Why the user is here again, e.g. an expired session or a cancelled prompt. */
  notice?: string;
  /** A sign-in that failed before this screen (the redirect came back with an error). */
  error?: ApiError;
  onSignedIn: () => void;
  onConsentRequired: (error: ConsentRequiredError) => void;
}

/** Sign-in with a Microsoft Entra work account: a redirect in a browser, the host's prompt in Teams. */
export function EntraSignIn({ service, notice, error, onSignedIn, onConsentRequired }: EntraSignInProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>(error);
  const [cancelled, setCancelled] = useState<string>();
  const inBrowser = service.flow === "browser";

  async function signIn() {
    setBusy(true);
    setFailure(undefined);
    setCancelled(undefined);
    try {
      // In a browser this navigates to Microsoft sign-in and does not come back here.
      await service.signIn();
      onSignedIn();
    } catch (e) {
      if (e instanceof ConsentRequiredError) onConsentRequired(e);
      else if (e instanceof SignInRequiredError) setCancelled(e.message);
      else setFailure(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <CenteredPanel
      title="Sign in to AI Strategy Board"
      icon={<PersonKeyRegular fontSize={48} color={tokens.colorBrandForeground1} aria-hidden />}
    >
      <Text as="p" className={styles.intro}>
        {inBrowser
          ? "Sign in with your work account. What you see follows the role your organisation gave you."
          : "Teams could not sign you in by itself. Sign in to continue; Teams may ask you to confirm."}
      </Text>
      {notice && (
        <MessageBar intent="warning">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {cancelled && (
        <MessageBar intent="info">
          <MessageBarBody>{cancelled} Sign in again when you are ready.</MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failure.title}.</MessageBarTitle> {failure.detail}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void signIn()} disabled={busy}>
          Sign in with Microsoft
        </Button>
        {busy && <Spinner size="tiny" label={inBrowser ? "Opening Microsoft sign-in…" : "Signing in…"} />}
      </div>
    </CenteredPanel>
  );
}
