// Regenerates appPackage/color.png and appPackage/outline.png from scripts/teams/iconArt.ts:
// npm run icons. The PNGs are committed; tests/package/icons.test.ts checks they match.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { drawColorIcon, drawOutlineIcon } from "./teams/iconArt";
import { colorIconProblems, encodePng, outlineIconProblems } from "./teams/iconRules";
import { repoRoot } from "./teams/paths";

const icons = [
  { file: "color.png", bitmap: drawColorIcon(), rules: colorIconProblems },
  { file: "outline.png", bitmap: drawOutlineIcon(), rules: outlineIconProblems },
];

for (const { file, bitmap, rules } of icons) {
  const problems = rules(bitmap);
  if (problems.length > 0) throw new Error(`${file}: ${problems.join("; ")}`);
  const path = join(repoRoot, "appPackage", file);
  writeFileSync(path, encodePng(bitmap));
  console.log(`Wrote ${path} (${bitmap.width}×${bitmap.height})`);
}
