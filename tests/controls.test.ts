// Controls a thumb and a keyboard can trust: target sizes on a phone, focus rings that show.
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../src/all.js';
import { sleep } from './helpers.js';

const KIT = `candidate-name="Ana" company="Northwind" job-title="Product Designer" stage="final" runner-up
  contact-name="Jordan" contact-email="jordan@northwind.example" linkedin-url="https://www.linkedin.com/in/jordan"
  jobs-url="https://jobs.example" feedback-url="https://northwind.example/feedback" talent-community-url="https://northwind.example/join"
  resume-url="https://jobs.example/resume" applications="24" screenings="6" interviews="3" since="2026-03-01" storage-key="controls"`;

/** Every control a person can reach, through the shadow roots, with the box a finger hits: a box's label, else the control. */
function controls(root: Element | ShadowRoot): { name: string; box: DOMRect; el: HTMLElement }[] {
  const found: { name: string; box: DOMRect; el: HTMLElement }[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.shadowRoot) found.push(...controls(el.shadowRoot));
    if (!el.matches('button, a[href], input, textarea, select') || !el.checkVisibility()) continue;
    const target = (el.matches('input[type=checkbox], input[type=radio]') && el.closest('label')) || el;
    found.push({ name: `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`, box: target.getBoundingClientRect(), el });
  }
  return found;
}

async function kit(attrs: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.innerHTML = `<rejection-support ${attrs}></rejection-support>`;
  document.body.append(host);
  const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  await sleep(300);
  return el;
}

describe('controls', () => {
  afterEach(async () => {
    document.body.querySelectorAll('div').forEach((d) => d.remove());
    localStorage.clear();
    await executeServerCommand('onward-coarse-pointer', false);
    await setViewport({ width: 800, height: 600 });
  });

  it('are at least 44 × 44 px on a phone’s coarse pointer, at 375 px, short kit and expanded', async () => {
    // After the viewport: setting one resets the other emulations.
    await setViewport({ width: 375, height: 812 });
    await executeServerCommand('onward-coarse-pointer', true);
    for (const attrs of [KIT, `expanded ${KIT}`]) {
      const el = await kit(attrs);
      const all = controls(el.shadowRoot!);
      expect(all.length, 'controls found').to.be.greaterThan(attrs.startsWith('expanded') ? 15 : 8);
      const small = all.filter((c) => c.box.width < 44 || c.box.height < 44).map((c) => `${c.name} ${Math.round(c.box.width)}×${Math.round(c.box.height)}`);
      expect(small, attrs.slice(0, 8)).to.deep.equal([]);
      el.parentElement!.remove();
    }
  });

  it('are at least 24 × 24 px with a mouse (WCAG 2.2 2.5.8)', async () => {
    const el = await kit(`expanded ${KIT}`);
    const small = controls(el.shadowRoot!).filter((c) => c.box.width < 24 || c.box.height < 24).map((c) => `${c.name} ${Math.round(c.box.width)}×${Math.round(c.box.height)}`);
    expect(small).to.deep.equal([]);
  });
});
