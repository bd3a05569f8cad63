import { lazy, Suspense } from "react";
import { Spinner } from "@fluentui/react-components";
import { useSession } from "../../auth/AuthGate";
import { useRoute } from "../../routing/hashRouter";
import { snapshotRoute, snapshotHref } from "../../snapshots/routes";
import { useTeams } from "../../teams/TeamsProvider";
import { snapshotAccess } from "./access";
import { SnapshotListPage } from "./SnapshotListPage";

export { snapshotsPath } from "../../snapshots/routes";

/** The heavier views load when opened: the month list is what a board member sees first. */
const SnapshotViewPage = lazy(() =>
  import("./SnapshotViewPage").then((m) => ({ default: m.SnapshotViewPage })),
);
const ComparePage = lazy(() => import("./ComparePage").then((m) => ({ default: m.ComparePage })));
const StageView = lazy(() => import("./StageView").then((m) => ({ default: m.StageView })));
const SidePanelView = lazy(() => import("./SidePanelView").then((m) => ({ default: m.SidePanelView })));

/**
 * Board snapshots: `#/snapshots` (the months), `#/snapshots/<id>` (one month's frozen board),
 * `#/snapshots/compare?from=&to=`, and in a Teams meeting the side panel and the stage
 * (`frameContext` sidePanel / meetingStage, or `?view=stage` anywhere).
 */
export function SnapshotsPage() {
  const { user } = useSession();
  const { frameContext, shareToStage } = useTeams();
  const { path, query } = useRoute();
  const access = snapshotAccess(user.roles);
  const route = snapshotRoute(path, query);
  const frame: string | null = frameContext;

  let content;
  if (frame === "meetingStage")
    content = <StageView id={route?.kind === "snapshot" ? route.id : undefined} />;
  else if (route?.kind === "snapshot" && route.stage)
    content = <StageView id={route.id} exitHref={snapshotHref(route.id)} />;
  else if (frame === "sidePanel" && route?.kind === "list")
    content = <SidePanelView shareToStage={shareToStage} />;
  else if (route?.kind === "snapshot")
    content = <SnapshotViewPage key={route.id} id={route.id} access={access} userId={user.id} />;
  else if (route?.kind === "compare")
    content = <ComparePage from={route.from} to={route.to} access={access} />;
  else content = <SnapshotListPage access={access} />;

  return <Suspense fallback={<Spinner label="Loading…" />}>{content}</Suspense>;
}

export default SnapshotsPage;
