import { useId, useState } from "react";
import {
  Avatar,
  Badge,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  SkeletonItem,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { asApiError, useResource } from "../api/hooks";
import type { ApiError } from "../api/client";
import { ApiErrorMessage } from "../shell/ApiErrorMessage";
import { CenteredPanel } from "../shell/CenteredPanel";
import type { LocalTokenService, Persona } from "./localTokenService";
import { roleLabel } from "./roles";

/**
 * Local sign-in: pick one of the demo personas the local API host offers. Each card is a real
 * button (Tab to it, Enter or Space to choose), labelled "Sign in as <name>".
 */

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  card: {
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    alignContent: "start",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "start",
    textAlign: "start",
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    transitionProperty: "background-color, border-color, box-shadow",
    transitionDuration: tokens.durationFaster,
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}`,
      boxShadow: tokens.shadow4,
    },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
    ":disabled": { cursor: "default", opacity: 0.6 },
  },
  chosen: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  avatar: { gridRow: "span 2" },
  spinner: { gridColumn: 2, justifySelf: "start" },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  job: { color: tokens.colorNeutralForeground2 },
  roles: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  placeholder: { height: "104px", borderRadius: tokens.borderRadiusLarge },
});

export interface PersonaSignInProps {
  service: Pick<LocalTokenService, "listPersonas" | "signIn">;
  /** Why the user is here again, e.g. an expired session. */
  notice?: string;
  onSignedIn: () => void;
}

export function PersonaSignIn({ service, notice, onSignedIn }: PersonaSignInProps) {
  const styles = useStyles();
  const personas = useResource("personas", (signal) => service.listPersonas(signal));
  const [chosen, setChosen] = useState<string | null>(null);
  const [signInError, setSignInError] = useState<ApiError | null>(null);
  const idPrefix = useId();

  async function signInAs(persona: Persona) {
    setChosen(persona.id);
    setSignInError(null);
    try {
      await service.signIn(persona);
      onSignedIn();
    } catch (error) {
      setSignInError(asApiError(error));
      setChosen(null);
    }
  }

  return (
    <CenteredPanel title="Sign in as…" maxWidth={880}>
      <Text as="p" className={styles.intro}>
        Local sign-in for development and demos: choose a persona. The local API host signs a token for them,
        and what you see follows their roles.
      </Text>
      {notice && (
        <MessageBar intent="warning">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {signInError && <ApiErrorMessage error={signInError} what="a sign-in token" />}
      {personas.error && (
        <ApiErrorMessage error={personas.error} what="the demo personas" onRetry={personas.reload} />
      )}

      {personas.loading && (
        <ul className={styles.list} aria-busy="true" aria-label="Loading personas">
          {[0, 1, 2].map((i) => (
            <li key={i}>
              <SkeletonItem className={styles.placeholder} />
            </li>
          ))}
        </ul>
      )}

      {personas.data?.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            The local identity provider offers no personas. Check the local API host's setup.
          </MessageBarBody>
        </MessageBar>
      )}

      {personas.data && personas.data.length > 0 && (
        <ul className={styles.list} aria-label="Personas">
          {personas.data.map((p) => {
            const detailsId = `${idPrefix}-${p.id}`;
            return (
              <li key={p.id}>
                <button
                  type="button"
                  className={mergeClasses(styles.card, chosen === p.id && styles.chosen)}
                  aria-label={`Sign in as ${p.displayName}`}
                  aria-describedby={detailsId}
                  disabled={chosen !== null}
                  onClick={() => void signInAs(p)}
                >
                  <Avatar name={p.displayName} color="colorful" size={48} className={styles.avatar} />
                  <span className={styles.name}>{p.displayName}</span>
                  <span id={detailsId} className={styles.job}>
                    {p.jobTitle}
                    <span className={styles.roles}>
                      {p.roles.map((r) => (
                        <Badge key={r} appearance="tint" color="brand">
                          {roleLabel(r)}
                        </Badge>
                      ))}
                    </span>
                  </span>
                  {chosen === p.id && <Spinner size="tiny" label="Signing in…" className={styles.spinner} />}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </CenteredPanel>
  );
}
