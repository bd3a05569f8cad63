import { Text, tokens } from "@fluentui/react-components";
import { ShieldKeyholeRegular } from "@fluentui/react-icons";
import { CenteredPanel } from "../shell/CenteredPanel";

/** Shown when the build is set to Entra sign-in, which this build does not carry yet. */
export function EntraNotConfigured() {
  return (
    <CenteredPanel
      title="Microsoft Entra sign-in is not configured in this build"
      icon={<ShieldKeyholeRegular fontSize={48} color={tokens.colorBrandForeground1} aria-hidden />}
    >
      <Text as="p">
        This copy of AI Strategy Board was built with <code>VITE_AUTH_MODE=entra</code>, but it does not
        include the Entra sign-in yet, so nobody can sign in with it.
      </Text>
      <Text as="p" style={{ color: tokens.colorNeutralForeground2 }}>
        To try the board on a developer machine, run it with <code>VITE_AUTH_MODE=local</code> and the local
        API host (<code>npm start</code>), then sign in as a demo persona.
      </Text>
    </CenteredPanel>
  );
}
