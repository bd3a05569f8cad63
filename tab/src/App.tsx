import { AuthGate } from "./auth/AuthGate";
import type { AppConfig } from "./config";
import { AppShell } from "./shell/AppShell";

export function App({ config }: { config: AppConfig }) {
  return (
    <AuthGate config={config}>
      <AppShell />
    </AuthGate>
  );
}
