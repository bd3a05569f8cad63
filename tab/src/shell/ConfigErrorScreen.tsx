import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { ConfigProblem } from "../config";
import { CenteredPanel } from "./CenteredPanel";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  help: { color: tokens.colorNeutralForeground2 },
});

/** Start-up stops here when a setting is missing or malformed, naming each bad setting. */
export function ConfigErrorScreen({ problems }: { problems: ConfigProblem[] }) {
  const styles = useStyles();
  return (
    <CenteredPanel title="AI Strategy Board cannot start" maxWidth={640}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {problems.length === 1
            ? "A setting is missing or invalid:"
            : "Some settings are missing or invalid:"}
          <ul className={styles.list}>
            {problems.map((p) => (
              <li key={p.setting}>
                <code>{p.setting}</code>: {p.message}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      <Text as="p" className={styles.help}>
        These settings are read when the tab is built (or when the development server starts): set them in the
        environment or in <code>tab/.env.local</code>, then build or start again.
      </Text>
    </CenteredPanel>
  );
}
