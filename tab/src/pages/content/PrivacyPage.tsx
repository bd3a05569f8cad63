import { ContentPage, H2 } from "./ContentPage";

export default function PrivacyPage() {
  return (
    <ContentPage title="Privacy" updated="November 2026">
      <p>
        AI Strategy Board runs in your organisation's own Microsoft Azure subscription. Your organisation is the
        controller of the data it holds; nobody else operates or reads it.
      </p>
      <H2>What is stored</H2>
      <ul>
        <li>
          The AI programme's records: the strategy profile, initiatives, success metrics, risks, maturity assessments,
          alignment survey answers, decision rights, gate decisions, status updates and board snapshots.
        </li>
        <li>
          For people, only what the programme needs: the Microsoft Entra object id of owners and authors, and the
          display name and job title of the executives listed in the strategy profile.
        </li>
        <li>An audit log of every change: who changed what, when, and the values before and after.</li>
      </ul>
      <H2>Where it is stored</H2>
      <p>
        In Azure Table Storage (and Blob Storage for published snapshots) in your organisation's subscription, in the
        region chosen at installation. Each tenant's data sits in its own partition; every request is checked against
        the tenant of the signed-in user, so one organisation never sees another's data.
      </p>
      <H2>Who can see it</H2>
      <p>
        Access follows the roles your administrator assigns in Microsoft Entra ID: executives and the portfolio office
        see the live board; board members see published snapshots only. Sign-in uses your Microsoft 365 account; the
        app keeps no password.
      </p>
      <H2>No third parties</H2>
      <p>
        No data is sent to any third party, used for advertising or used to train AI models. Optional diagnostics go
        to Application Insights in your own subscription. Photos and people search come from Microsoft Graph with your
        consent.
      </p>
      <H2>Retention and your rights</H2>
      <p>
        Records stay until your organisation deletes them; published snapshots are kept immutable as the board's record.
        Questions about your data go to your organisation's administrator or data protection officer.
      </p>
    </ContentPage>
  );
}
