// Builds the Teams app package offline: npm run package -- --env <local|dev|…> [--out <file>].
// The work is done in scripts/teams/ (tested by tests/package/); this is the command line.
import { runPackageCommand } from "./teams/packageCommand";
import { repoRoot } from "./teams/paths";

process.exitCode = runPackageCommand(process.argv.slice(2), {
  root: repoRoot,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
