/**
 * The parts of teams-js the tab uses, re-exported by name. `import("@microsoft/teams-js")` would
 * keep every capability of the SDK (calendar, mail, video effects …, ~54 KiB gzip); named exports
 * let the bundler keep only these (~21 KiB). TeamsProvider loads this module with import(), and
 * only when the page is framed.
 */
export { app, authentication, meeting, nestedAppAuth, pages } from "@microsoft/teams-js";
