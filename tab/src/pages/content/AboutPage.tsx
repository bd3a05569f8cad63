import { ContentPage, H2 } from "./ContentPage";

export default function AboutPage() {
  return (
    <ContentPage title="About AI Strategy Board" updated="November 2026">
      <p>
        AI Strategy Board is the board-level view of an organisation's AI programme, inside Microsoft Teams. AI
        programmes stall when leaders are not aligned on strategy, value, ownership and governance; the board makes
        those four visible and measurable, month on month.
      </p>
      <H2>What it shows</H2>
      <ul>
        <li>Every AI initiative with its stage, health, outcome owner and separate risk owner.</li>
        <li>Return on investment against the success metrics defined for each initiative.</li>
        <li>Governance risks per executive owner, before and after treatment.</li>
        <li>AI maturity against target, leadership alignment on the business priorities, and duplicate investments.</li>
        <li>The organisation's progress through nine steps, from an AI vision to continuous reporting.</li>
      </ul>
      <H2>Who uses it</H2>
      <ul>
        <li>
          <strong>Executives</strong> see the whole board and their own initiatives and risks, and answer the
          alignment survey.
        </li>
        <li>
          <strong>The portfolio office</strong> (role Portfolio manager) keeps initiatives, metrics, risks and
          assessments up to date and publishes the monthly board snapshot.
        </li>
        <li>
          <strong>Board members</strong> read the published monthly snapshots.
        </li>
      </ul>
      <p>Your organisation's Teams administrator assigns these roles.</p>
    </ContentPage>
  );
}
