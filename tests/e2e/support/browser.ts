import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium, headless, with nothing reaching beyond loopback. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const flags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: flags, headless: true });
}

export async function newPage(
  browser: Browser,
  options: { colorScheme?: "light" | "dark"; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    reducedMotion: "reduce",
    viewport: { width: 1366, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    locale: options.locale ?? "en-GB",
  });
  const page = await context.newPage();
  return { context, page };
}
