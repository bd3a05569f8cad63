import { Avatar, makeStyles, tokens, type AvatarProps } from "@fluentui/react-components";
import { usePerson, type KnownPeople, type PersonInfo } from "./usePeople";

const useStyles = makeStyles({
  inline: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    whiteSpace: "nowrap",
  },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** An avatar with the person's Graph photo when there is one, else their initials. Decorative. */
export function PersonAvatar({
  id,
  known,
  size = 24,
}: {
  id: string;
  known?: KnownPeople;
  size?: AvatarProps["size"];
}) {
  return <PhotoOrInitials person={usePerson(id, known)} size={size} />;
}

function PhotoOrInitials({ person, size }: { person: PersonInfo; size: AvatarProps["size"] }) {
  return (
    <Avatar
      size={size}
      name={person.displayName ?? undefined}
      image={person.photoUrl ? { src: person.photoUrl, alt: "" } : undefined}
      color={person.displayName ? "colorful" : "neutral"}
      aria-hidden
    />
  );
}

/**
 * A person by photo (Graph) or initials and name: Graph's name when the session has Graph, else the
 * strategy profile's; by id when neither knows them. `people` is the profile's executives (null
 * while the profile is not loaded or does not exist).
 */
export function PersonName({ id, people }: { id: string; people: KnownPeople }) {
  const styles = useStyles();
  const person = usePerson(id, people);
  if (person.displayName === null) {
    return (
      <span className={styles.inline} title={people ? "Not listed among the strategy's executives" : undefined}>
        <Avatar size={24} aria-hidden />
        <span className={styles.id}>{id}</span>
      </span>
    );
  }
  return (
    <span className={styles.inline} title={person.jobTitle || undefined}>
      <PhotoOrInitials person={person} size={24} />
      {person.displayName}
    </span>
  );
}
