/// <reference types="vite/client" />

/** The tab's settings, all optional at the type level: `config.ts` validates them at start-up. */
interface ImportMetaEnv {
  readonly VITE_AUTH_MODE?: string;
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_ENTRA_CLIENT_ID?: string;
  readonly VITE_ENTRA_TENANT_ID?: string;
  readonly VITE_API_SCOPE?: string;
  readonly VITE_APPINSIGHTS_CONNECTION_STRING?: string;
}
