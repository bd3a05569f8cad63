import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// One runner, one project per layer: pure domain, API over real HTTP against Azurite,
// tab components in jsdom, and the cross-cutting suites under tests/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "domain",
          environment: "node",
          include: ["api/src/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "api",
          environment: "node",
          include: ["api/test/**/*.test.ts"],
          globalSetup: ["api/test/support/globalSetup.ts"],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        // As in tab/vite.config.ts: the tab validates forms with the API's own zod schemas.
        resolve: { alias: { "@domain": fileURLToPath(new URL("./api/src/domain", import.meta.url)) } },
        test: {
          name: "tab",
          environment: "jsdom",
          include: ["tab/src/**/*.test.{ts,tsx}", "tab/build/**/*.test.ts"],
          setupFiles: ["tab/test/setup.ts"],
        },
      },
      {
        test: {
          name: "package",
          environment: "node",
          include: ["tests/package/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/support/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "resilience",
          environment: "node",
          include: ["tests/resilience/**/*.test.ts"],
          globalSetup: ["tests/resilience/support/globalSetup.ts"],
          testTimeout: 90_000,
          hookTimeout: 60_000,
          // The suites stop storage and kill processes: one at a time, so that their bounds hold.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "fuzz",
          environment: "node",
          include: ["tests/fuzz/**/*.test.ts"],
          globalSetup: ["api/test/support/globalSetup.ts"],
          testTimeout: 300_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
