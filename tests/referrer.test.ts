// A status page's address can carry an applicant's token. Whatever referrer policy the host page
// sets, no link in a widget sends that address to another site; the host's own pages still get it.
import { expect } from '@open-wc/testing';
import { frame, roots, sleep } from './helpers.js';

const ECHO = '/tests/fixtures/referrer-echo.html';
const PAGE = '/tests/fixtures/referrer.html?token=s3cret';
// The same test server under its other name: another origin.
const OTHER = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

/** Clicks the link that `part` names, in a page at PAGE, and returns the referrer the next page got. */
async function referrerAfterClick(markup: string, part: string): Promise<string> {
  const { win, iframe } = await frame('', (w) => !!w.customElements.get('rejection-support'), PAGE);
  try {
    win.document.body.innerHTML = markup;
    const el = win.document.body.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[part~="${part}"]`)!;
    const heard = new Promise<string>((resolve) =>
      addEventListener('message', function once(e: MessageEvent) {
        if (e.source !== iframe.contentWindow) return;
        removeEventListener('message', once);
        resolve(e.data.referrer);
      }),
    );
    link.click();
    return await heard;
  } finally {
    iframe.remove();
  }
}

describe('referrer', () => {
  const cases = [
    { tag: 'followup-checklist', attr: 'jobs-url', part: 'action' },
    { tag: 'stay-connected', attr: 'talent-community-url', part: 'community' },
    { tag: 'resume-cta', attr: 'href', part: 'button' },
  ];
  for (const { tag, attr, part } of cases) {
    it(`<${tag}> sends no address to another site, and the full one to the host's own pages`, async () => {
      expect(await referrerAfterClick(`<${tag} ${attr}="${OTHER}${ECHO}"></${tag}>`, part)).to.equal('');
      const own = await referrerAfterClick(`<${tag} ${attr}="${ECHO}"></${tag}>`, part);
      expect(own).to.equal(new URL(PAGE, location.href).href);
    });
  }

  it('every web link in the kit holds to the same policy, LinkedIn included', async () => {
    const { win, iframe } = await frame('', (w) => !!w.customElements.get('rejection-support'), PAGE);
    win.document.body.innerHTML = `<rejection-support expanded stage="final" contact-email="jo@example.com" linkedin-url="https://www.linkedin.com/in/jo"
      jobs-url="/jobs" feedback-url="https://forms.example/f" talent-community-url="https://careers.example/join"
      resume-url="https://resume.example/"></rejection-support>`;
    const kit = win.document.querySelector('rejection-support') as HTMLElement & { updateComplete: Promise<unknown> };
    try {
      await kit.updateComplete;
      await sleep(50);
      const links = roots(kit).flatMap((el) => [...el.shadowRoot!.querySelectorAll('a')]);
      const web = links.filter((a) => /^https?:$/.test(a.protocol));
      expect(web.map((a) => a.getAttribute('part')).sort()).to.deep.equal(['action', 'action', 'action', 'button', 'community', 'linkedin']);
      for (const a of web) expect(a.referrerPolicy, a.href).to.equal('same-origin');
    } finally {
      iframe.remove();
    }
  });
});
