// An applicant dashboard: several applications on one page, each with its own Onward elements.
import { expect } from '@open-wc/testing';
import '../src/all.js';
import type { RejectionSupportElement } from '../src/rejection-support/rejection-support.js';
import { axeViolations, part, sleep, stored } from './helpers.js';

const DASHBOARD = `
  <main>
    <h1>Your applications</h1>
    <article>
      <h2>Product Designer at Northwind</h2>
      <rejection-support expanded company="Northwind" job-title="Product Designer" stage="final" runner-up
        candidate-name="Ana" contact-name="Jordan" contact-email="jordan@northwind.example" storage-key="app-1"></rejection-support>
    </article>
    <article>
      <h2>UX Researcher at Contoso</h2>
      <rejection-support company="Contoso" job-title="UX Researcher" stage="interview" storage-key="app-2"></rejection-support>
    </article>
    <article>
      <h2>Designer at Fabrikam</h2>
      <followup-checklist company="Fabrikam" job-title="Designer" stage="screening" storage-key="app-3"></followup-checklist>
    </article>
    <article>
      <h2>Visual Designer at Tailspin</h2>
      <rejection-takeaways company="Tailspin" job-title="Visual Designer" stage="applied"></rejection-takeaways>
    </article>
  </main>`;

/** Every named `<section>` landmark in the page, through the shadow roots, by its accessible name. */
function landmarks(root: ParentNode = document): string[] {
  const names: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const shadow = el.shadowRoot;
    if (!shadow) continue;
    for (const section of shadow.querySelectorAll('section[aria-labelledby]')) {
      const ids = section.getAttribute('aria-labelledby')!.split(' ');
      names.push(ids.map((id) => shadow.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim()).join(' '));
    }
    names.push(...landmarks(shadow));
  }
  return names;
}

async function settled(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const all = [...document.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])]);
    await Promise.all(all.map((el) => (el as Partial<RejectionSupportElement>).updateComplete));
  }
}

describe('an applicant dashboard', () => {
  let page: HTMLElement;
  beforeEach(async () => {
    localStorage.clear();
    page = document.createElement('div');
    page.innerHTML = DASHBOARD;
    document.body.append(page);
    await settled();
  });
  afterEach(() => {
    page.remove();
    localStorage.clear();
  });

  it('passes axe with four applications on one page, landmark-unique included', async () => {
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('names one landmark per element, each carrying its application; the kits’ sections are headings inside them', async () => {
    expect(landmarks(page)).to.deep.equal([
      'Moving forward (Product Designer, Northwind)',
      'Moving forward (UX Researcher, Contoso)',
      'Your next steps (Designer, Fabrikam)',
      'What you’re taking with you (Visual Designer, Tailspin)',
    ]);
    // The sections still have their headings, one level below the kit's.
    const kit = page.querySelector('rejection-support')!;
    const checklist = part(kit, 'checklist')!;
    expect(checklist.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Next steps for Ana');
  });

  it('keeps each kit’s ticks under its own storage key', async () => {
    const [first, second] = page.querySelectorAll('rejection-support');
    const box = (kit: Element) => part(kit, 'checklist')!.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    box(first).click();
    await sleep(0);
    await settled();
    expect(box(first).checked).to.equal(true);
    expect(box(second).checked).to.equal(false);
    expect(Object.keys(stored('onward:followup-checklist:app-1') ?? {})).to.have.length(1);
    expect(stored('onward:followup-checklist:app-2')).to.equal(undefined);
  });

  it('names a landmark by its heading alone when the host named no application', async () => {
    const bare = document.createElement('followup-checklist');
    page.append(bare);
    await bare.updateComplete;
    expect(landmarks(bare.parentElement!).at(-1)).to.equal('Your next steps');
  });
});
