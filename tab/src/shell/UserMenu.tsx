import {
  Avatar,
  Button,
  makeStyles,
  mergeClasses,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
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
});

/** The signed-in user in the header: avatar (their Graph photo when there is one), name, roles, "Sign out". */
export function UserMenu() {
  const styles = useStyles();
  const { user, signOut } = useSession();
  const { photoUrl } = usePerson(user.id);
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
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
        >
          <span className={mergeClasses(styles.name, styles.hideNarrow)}>{user.name}</span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>
              {user.roles.length > 0 ? user.roles.map(roleLabel).join(" · ") : "No role assigned"}
            </MenuGroupHeader>
          </MenuGroup>
          <MenuDivider />
          <MenuItem icon={<InfoRegular />} onClick={() => navigate(buildHash("/about"))}>
            About
          </MenuItem>
          <MenuItem icon={<ShieldLockRegular />} onClick={() => navigate(buildHash("/privacy"))}>
            Privacy
          </MenuItem>
          <MenuItem icon={<DocumentRegular />} onClick={() => navigate(buildHash("/terms"))}>
            Terms of use
          </MenuItem>
          <MenuDivider />
          <MenuItem icon={<SignOutRegular />} onClick={signOut}>
            Sign out
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
