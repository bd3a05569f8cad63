import { useState } from "react";
import {
  Avatar,
  Button,
  Divider,
  makeStyles,
  mergeClasses,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DocumentRegular, InfoRegular, ShieldLockRegular, SignOutRegular } from "@fluentui/react-icons";
import { useSession } from "../auth/AuthGate";
import { roleLabel } from "../auth/roles";
import { buildHash, navigate } from "../routing/hashRouter";
import { usePerson } from "../graph/usePeople";

const useStyles = makeStyles({
  trigger: { maxWidth: "280px", gap: tokens.spacingHorizontalS },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  hideNarrow: { "@media (max-width: 480px)": { display: "none" } },
  // Rendered in place (inline), after the header in the tab order; above the page's positioned
  // content (charts) that follows it in the document.
  surface: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingVerticalS,
    minWidth: "200px",
    zIndex: 1,
  },
  roles: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3,
  },
  item: { justifyContent: "flex-start", fontWeight: tokens.fontWeightRegular },
  divider: { margin: `${tokens.spacingVerticalXS} 0` },
});

/**
 * The signed-in user in the header: avatar (their Graph photo when there is one), name, roles, the
 * About/Privacy/Terms pages and "Sign out". A popover of buttons rather than a Fluent `Menu`, which
 * costs ~10 KiB gzip for this one place. It renders in place, right after its button, so Tab moves
 * from the button into it; Escape or a click outside closes it.
 */
export function UserMenu() {
  const styles = useStyles();
  const { user, signOut } = useSession();
  const { photoUrl } = usePerson(user.id);
  const [open, setOpen] = useState(false);
  const go = (path: string) => {
    setOpen(false);
    navigate(buildHash(path));
  };
  return (
    <Popover positioning="below-end" inline open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <PopoverTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          className={styles.trigger}
          icon={
            <Avatar
              name={user.name}
              image={photoUrl ? { src: photoUrl, alt: "" } : undefined}
              color="colorful"
              size={28}
              aria-hidden
            />
          }
          aria-label={`Account: ${user.name}`}
          aria-expanded={open}
        >
          <span className={mergeClasses(styles.name, styles.hideNarrow)}>{user.name}</span>
        </Button>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-label={`Account: ${user.name}`}>
        <Text size={200} className={styles.roles}>
          {user.roles.length > 0 ? user.roles.map(roleLabel).join(" · ") : "No role assigned"}
        </Text>
        <Divider className={styles.divider} />
        <Button
          appearance="subtle"
          className={styles.item}
          icon={<InfoRegular />}
          onClick={() => go("/about")}
        >
          About
        </Button>
        <Button
          appearance="subtle"
          className={styles.item}
          icon={<ShieldLockRegular />}
          onClick={() => go("/privacy")}
        >
          Privacy
        </Button>
        <Button
          appearance="subtle"
          className={styles.item}
          icon={<DocumentRegular />}
          onClick={() => go("/terms")}
        >
          Terms of use
        </Button>
        <Divider className={styles.divider} />
        <Button appearance="subtle" className={styles.item} icon={<SignOutRegular />} onClick={signOut}>
          Sign out
        </Button>
      </PopoverSurface>
    </Popover>
  );
}
