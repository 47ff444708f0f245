import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/rejection-support/define.js';

/**
 * Onward as a platform would ship it: an applicant's status page on a job board, after the
 * employer has said no. The page is the host's; everything below the recruiter's message is one
 * `<rejection-support>` tag.
 */
const meta: Meta = {
  title: 'Job board status page',
  parameters: { layout: 'fullscreen', controls: { disable: true } },
  tags: ['!autodocs'],
};
export default meta;

/** The job board around a story's page: its header and footer, the same on every page. */
const jobBoard = (main: TemplateResult) => html`
  <div class="jb-page">
    <header class="jb-header">
      <a class="jb-logo" href="#">Hireway</a>
      <nav aria-label="Main">
        <a href="#">Find jobs</a>
        <a href="#" aria-current="page">My applications</a>
        <a href="#">Profile</a>
      </nav>
    </header>
    ${main}
    <footer class="jb-footer">© Hireway · Privacy · Help</footer>
  </div>
`;

export const StatusPage: StoryObj = {
  name: 'Job board status page',
  render: () =>
    jobBoard(html`
      <main class="jb-main">
        <p class="jb-crumbs"><a href="#">My applications</a> / Product Designer</p>
        <article class="jb-application">
          <div class="jb-logo-tile" aria-hidden="true">N</div>
          <div>
            <h1>Product Designer</h1>
            <p class="jb-meta">Northwind Studio · Lisbon (hybrid) · Applied 3 October</p>
          </div>
          <p class="jb-status">Not selected</p>
        </article>
        <section class="jb-message" aria-labelledby="jb-msg">
          <h2 id="jb-msg">Message from Jordan Lee, Talent Partner</h2>
          <p>
            Hi Ana, thank you for the time you spent with us over the last few weeks. It was a close decision, and we
            have offered the role to another candidate. We enjoyed meeting you and would be glad to stay in touch.
          </p>
        </section>
        <rejection-support
          candidate-name="Ana"
          company="Northwind Studio"
          job-title="Product Designer"
          stage="final"
          runner-up
          contact-name="Jordan"
          contact-email="jordan.lee@northwind.example"
          linkedin-url="https://www.linkedin.com/in/example"
          jobs-url="https://example.com/jobs?q=product+designer"
          talent-community-url="https://example.com/northwind/talent"
          resume-url="https://example.com/profile/resume"
          storage-key="northwind-product-designer"
          applications="14"
          screenings="4"
          interviews="3"
          since="2026-08-03"
          reapply-after="2027-05-01"
        ></rejection-support>
      </main>
    `),
};

/**
 * A dashboard with several applications, each with its own Onward elements: each landmark carries
 * its application ("Moving forward (UX Researcher, Contoso)"), so none repeats another.
 */
export const ApplicantDashboard: StoryObj = {
  name: 'Applicant dashboard',
  render: () =>
    jobBoard(html`
      <main class="jb-main">
        <h1>My applications</h1>
        <article class="jb-application">
          <div class="jb-logo-tile" aria-hidden="true">N</div>
          <div>
            <h2>Product Designer</h2>
            <p class="jb-meta">Northwind Studio · Not selected after the final round</p>
          </div>
        </article>
        <rejection-support heading-level="3" company="Northwind Studio" job-title="Product Designer" stage="final" runner-up
          candidate-name="Ana" contact-name="Jordan" contact-email="jordan.lee@northwind.example"
          storage-key="dashboard-northwind"></rejection-support>
        <article class="jb-application">
          <div class="jb-logo-tile" aria-hidden="true">C</div>
          <div>
            <h2>UX Researcher</h2>
            <p class="jb-meta">Contoso · Not selected after interviews</p>
          </div>
        </article>
        <rejection-support heading-level="3" company="Contoso" job-title="UX Researcher" stage="interview" candidate-name="Ana"
          storage-key="dashboard-contoso"></rejection-support>
        <article class="jb-application">
          <div class="jb-logo-tile" aria-hidden="true">F</div>
          <div>
            <h2>Designer</h2>
            <p class="jb-meta">Fabrikam · Not selected after a screening call</p>
          </div>
        </article>
        <followup-checklist heading-level="3" company="Fabrikam" job-title="Designer" stage="screening"
          storage-key="dashboard-fabrikam"></followup-checklist>
      </main>
    `),
};
