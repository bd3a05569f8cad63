/**
 * Deep links into the app from a Teams chat (`pages.shareDeepLink`): the sub-page id names the
 * route, and Teams hands it back in the context when someone opens the link.
 */
/** A deep link's sub-page id for an initiative, and the route it opens. */
export const initiativeSubPageId = (id: string) => `initiatives/${id}`;
export function routeForSubPage(subPageId: string | undefined): string | undefined {
  return subPageId && /^initiatives\/[A-Za-z0-9._-]+$/.test(subPageId) ? `/${subPageId}` : undefined;
}
