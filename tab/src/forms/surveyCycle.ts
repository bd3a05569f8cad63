/** The survey cycle (a quarter, "2026-Q4") a day falls in. */
export const quarterOf = (day: string) =>
  `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** Who answers the alignment survey (the API lets only executives answer, each their own). */
export const answersSurvey = (user: { roles: readonly string[] }) => user.roles.includes("Executive");

/** The business priorities of the board's options, in rank order (unranked last). */
export const surveyPriorities = (priorities: readonly { id: string; title: string; rank: number | null }[]) =>
  [...priorities]
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER))
    .map(({ id, title }) => ({ id, title }));
