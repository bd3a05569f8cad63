import { Button } from "@fluentui/react-components";
import { ShareRegular } from "@fluentui/react-icons";
import { initiativeSubPageId } from "../teams/deepLinks";
import { useTeams } from "../teams/TeamsProvider";

/** "Share" puts a deep link to the initiative into a Teams chat; outside Teams there is nothing to share into. */
export function ShareInTeams({ initiativeId, title }: { initiativeId: string; title: string }) {
  const { shareDeepLink } = useTeams();
  if (!shareDeepLink) return null;
  return (
    <Button
      icon={<ShareRegular />}
      onClick={() => shareDeepLink({ subPageId: initiativeSubPageId(initiativeId), subPageLabel: title })}
    >
      Share
    </Button>
  );
}
