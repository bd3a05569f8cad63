import { Link } from "@fluentui/react-components";
import { useRoute } from "../routing/hashRouter";
import { useSlicers } from "../routing/slicers";

/** The drill-through path of an initiative. */
export const initiativePath = (id: string) => `/initiatives/${id}`;

/**
 * Every mention of an initiative drills through to its page, carrying the slicers and the page it
 * came from, so "Back" (the browser's or the page's own) returns to the same filtered view.
 */
export function InitiativeLink({ id, title }: { id: string; title: string }) {
  const { path } = useRoute();
  const { hrefFor } = useSlicers();
  return <Link href={hrefFor(initiativePath(id), { from: path })}>{title}</Link>;
}
