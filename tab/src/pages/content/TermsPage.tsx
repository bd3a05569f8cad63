import { ContentPage, H2 } from "./ContentPage";

export default function TermsPage() {
  return (
    <ContentPage title="Terms of use" updated="November 2026">
      <p>
        AI Strategy Board is provided to your organisation for managing and reporting on its AI programme. By using it
        you agree to these terms and to your organisation's own policies.
      </p>
      <H2>Use</H2>
      <ul>
        <li>Use the app for your organisation's business only, within the role your administrator assigned.</li>
        <li>Keep what you record accurate: the board reports it to executives and the board of directors.</li>
        <li>Do not record personal data beyond what the programme needs, nor confidential data you may not share.</li>
      </ul>
      <H2>Figures and decisions</H2>
      <p>
        ROI, NPV, payback, risk bands, maturity and alignment indices are computed from the data your organisation
        records. They support decisions; they do not replace the judgement of the people accountable for them.
      </p>
      <H2>Records</H2>
      <p>
        Every change is recorded in an audit log, and a published board snapshot is never edited: a correction is
        published as a new version.
      </p>
      <H2>Availability</H2>
      <p>
        The app runs on your organisation's Azure subscription and Microsoft 365 tenant; their availability and your
        organisation's agreements with Microsoft apply.
      </p>
    </ContentPage>
  );
}
