import { Text } from "@fluentui/react-components";
import type { BoardPageContext } from "../../../components/BoardFrame";
import { NineSteps } from "../../../components/NineSteps";
import { Section } from "../../../components/Section";

/** The organisation's nine steps, with the evidence for each (never filtered by the slicers). */
export function ProgressSection({ view, format }: BoardPageContext) {
  const p = view.progression;
  return (
    <Section
      title="The nine steps"
      wide
      description={`${format.number(p.done)} of ${format.number(p.steps.length)} steps done, ${format.number(p.inProgress)} in progress. For the whole organisation; slicers do not apply.`}
    >
      {p.steps.length === 0 ? <Text>No steps reported.</Text> : <NineSteps steps={p.steps} />}
    </Section>
  );
}
