import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { readConfig } from "./config";
import { ConfigErrorScreen } from "./shell/ConfigErrorScreen";
import { TeamsProvider } from "./teams/TeamsProvider";
import { startTelemetry } from "./telemetry";

const config = readConfig();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <TeamsProvider>
      {config.ok ? <App config={config.config} /> : <ConfigErrorScreen problems={config.problems} />}
    </TeamsProvider>
  </StrictMode>,
);

// After the first render, and only when configured: the SDK never delays the board.
if (config.ok) void startTelemetry(config.config.appInsightsConnectionString).catch(() => undefined);
