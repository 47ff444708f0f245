import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/resume-cta/define.js';
import { ResumeCtaElement } from '../src/resume-cta/resume-cta.js';
import { BAD_URLS, XSS, axeViolations, captureWarnings, injected, part, visibleText } from './helpers.js';

async function render(attrs = ''): Promise<ResumeCtaElement> {
  const host = document.createElement('div');
  host.innerHTML = `<resume-cta ${attrs}></resume-cta>`;
  const el = host.firstElementChild as ResumeCtaElement;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<resume-cta>', () => {
  afterEach(() => document.querySelectorAll('resume-cta').forEach((el) => el.remove()));

  it('is a "Share your resume" link by default', async () => {
    const el = await render('href="/upload"');
    const button = part<HTMLAnchorElement>(el, 'button')!;
    expect(button.localName).to.equal('a');
    expect(button.href).to.equal(new URL('/upload', location.href).href);
    expect(button.textContent!.trim()).to.equal('Share your resume');
    expect(part(el, 'description')).to.equal(null);
  });

  it('shows the description as a banner', async () => {
    const el = await render('variant="banner" href="https://jobs.example/resume"');
    expect(visibleText(el, 'description')).to.equal('Keep your resume here, ready for the next role that fits.');
    el.label = 'Upload your CV';
    el.description = 'New roles every week.';
    await el.updateComplete;
    expect(visibleText(el)).to.equal('New roles every week. Upload your CV');
  });

  it('is the button alone, with no card around it, unless it is a banner', async () => {
    const card = (el: Element) => {
      const style = getComputedStyle(part(el, 'base')!);
      return [style.paddingTop, style.borderTopWidth, style.boxShadow === 'none'];
    };
    expect(card(await render('href="/r"'))).to.deep.equal(['0px', '0px', true]);
    expect(card(await render('variant="banner" href="/r"'))).to.deep.equal(['20px', '1px', false]);
  });

  it('fires a cancelable onward-action, and preventDefault stops the navigation', async () => {
    const el = await render('href="https://jobs.example/resume"');
    el.addEventListener('onward-action', (e) => e.preventDefault(), { once: true });
    const action = oneEvent(el, 'onward-action');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    part(el, 'button')!.dispatchEvent(click);
    const event = await action;
    expect(event.detail).to.deep.equal({ action: 'resume' });
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    expect(click.defaultPrevented).to.equal(true);
  });

  it('is a button for the host to handle when there is no href, usable with the keyboard', async () => {
    const el = await render();
    const button = part<HTMLButtonElement>(el, 'button')!;
    expect(button.localName).to.equal('button');
    button.focus();
    const action = oneEvent(el, 'onward-action');
    await sendKeys({ press: 'Enter' });
    expect((await action).detail).to.deep.equal({ action: 'resume' });
  });

  it('refuses unsafe links with one warning and falls back to the button', async () => {
    for (const bad of BAD_URLS) {
      const warnings = captureWarnings();
      const el = await render();
      el.href = bad;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'button')!.localName, bad).to.equal('button');
      expect(warnings.messages, bad).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<resume-cta> href: /);
      el.remove();
    }
  });

  it('warns about an unknown variant and uses the button', async () => {
    const warnings = captureWarnings();
    const el = await render('variant="popup"');
    expect(part(el, 'description')).to.equal(null);
    expect(part(el, 'button')!.localName).to.equal('button');
    expect(warnings.messages).to.have.length(1);
  });

  it('renders hostile label and description as text', async () => {
    for (const payload of XSS) {
      const el = await render('variant="banner"');
      el.setAttribute('label', payload);
      el.setAttribute('description', payload);
      await el.updateComplete;
      expect(injected(el)).to.deep.equal([]);
      expect(visibleText(el, 'button')).to.equal(payload.replace(/\s+/g, ' '));
      el.remove();
    }
  });

  it('has no axe violations in both variants, light and dark', async () => {
    for (const attrs of ['', 'variant="banner" href="/r"', 'theme="dark" variant="banner"', 'theme="dark" href="/r"']) {
      const el = await render(attrs);
      expect(await axeViolations(el), attrs).to.deep.equal([]);
      el.remove();
    }
  });
});
