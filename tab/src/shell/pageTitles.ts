/**
 * The title of each page by its path, without loading the pages: the shell's navigation and
 * "Back to …" links read it.
 */
export const pageTitles: Readonly<Record<string, string>> = {
  "/board": "Board",
  "/my-area": "My area",
  "/portfolio": "Portfolio",
  "/owners": "Owners",
  "/risks": "Risks",
  "/maturity": "Maturity",
  "/alignment": "Alignment",
  "/priorities": "Priorities",
  "/progress": "Progress",
  "/strategy": "Strategy",
  "/decision-rights": "Decision rights",
  "/activity": "Activity",
  "/board-pack": "Board pack",
  "/snapshots": "Board snapshots",
  "/about": "About",
  "/privacy": "Privacy",
  "/terms": "Terms of use",
};
