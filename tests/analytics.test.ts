import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { track, type OnwardAnalyticsEvent } from '../src/analytics.js';
import '../src/rejection-support/define.js';
import { ResumeCtaElement } from '../src/resume-cta/resume-cta.js';
import { captureClipboard, sleep } from './helpers.js';

const PERSONAL = ['Ana Lima', 'Jordan Lee', 'jordan.lee@northwind.example', 'Northwind', 'Product Designer', 'my private answer'];

async function kit(): Promise<ReactiveElement> {
  const el = document.createElement('rejection-support') as ReactiveElement;
  el.setAttribute('candidate-name', 'Ana Lima');
  el.setAttribute('contact-name', 'Jordan Lee');
  el.setAttribute('contact-email', 'jordan.lee@northwind.example');
  el.setAttribute('company', 'Northwind');
  el.setAttribute('job-title', 'Product Designer');
  el.setAttribute('linkedin-url', 'https://www.linkedin.com/in/jordan');
  el.setAttribute('resume-url', 'https://jobs.example/resume');
  el.setAttribute('talent-community-url', 'https://jobs.example/community');
  el.setAttribute('storage-key', 'analytics');
  el.setAttribute('expanded', '');
  el.setAttribute('stage', 'final');
  document.body.append(el);
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll('[part]')].map((c) => (c as ReactiveElement).updateComplete));
  return el;
}

/** Uses every call to action and field in the kit, the way a person would. */
async function useEverything(el: Element): Promise<void> {
  const section = (name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`)!.shadowRoot!;
  document.addEventListener('onward-action', (e) => e.preventDefault());
  section('checklist').querySelector('input')!.click();
  const field = section('reflection').querySelector('textarea')!;
  field.value = 'my private answer';
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  captureClipboard();
  for (const link of section('email').querySelectorAll<HTMLElement>('button, a')) link.click();
  for (const link of section('stay-connected').querySelectorAll<HTMLElement>('a, button')) link.click();
  for (const link of section('checklist').querySelectorAll<HTMLElement>('a')) link.click();
  section('resume').querySelector<HTMLElement>('a')!.click();
  await sleep(50);
}

describe('onward-elements/analytics', () => {
  afterEach(() => {
    document.querySelectorAll('rejection-support').forEach((el) => el.remove());
    localStorage.clear();
    delete (window as { dataLayer?: unknown }).dataLayer;
  });

  it('forwards every event with the element and the non-personal detail, and never personal data', async () => {
    const seen: OnwardAnalyticsEvent[] = [];
    const stop = track((e) => seen.push(e));
    const el = await kit();
    await useEverything(el);
    await sleep(300);
    stop();
    const kinds = new Set(seen.map((e) => `${e.event} ${e.element}`));
    expect([...kinds]).to.include.members([
      'onward-change followup-checklist',
      'onward-change interview-reflection',
      'onward-action followup-email',
      'onward-action stay-connected',
      'onward-action followup-checklist',
      'onward-action resume-cta',
      'onward-view rejection-support',
    ]);
    expect(seen.find((e) => e.element === 'followup-checklist' && e.event === 'onward-change')).to.deep.equal({
      event: 'onward-change',
      element: 'followup-checklist',
      id: 'thank-you-email',
      checked: true,
      done: 1,
      total: 7,
    });
    expect(seen.find((e) => e.element === 'interview-reflection')).to.deep.equal({
      event: 'onward-change',
      element: 'interview-reflection',
      id: 'went-well',
    });
    const everything = JSON.stringify(seen);
    for (const secret of PERSONAL) expect(everything, secret).not.to.contain(secret);
    for (const e of seen) {
      expect(Object.keys(e).every((k) => ['event', 'element', 'id', 'checked', 'done', 'total', 'action'].includes(k))).to.equal(true);
    }
  });

  it('pushes to window.dataLayer in one line, and stops when asked', async () => {
    const stop = track('dataLayer');
    const el = await kit();
    el.shadowRoot!.querySelector('[part="checklist"]')!.shadowRoot!.querySelector('input')!.click();
    const layer = (window as unknown as { dataLayer: { event: string; onward: OnwardAnalyticsEvent }[] }).dataLayer;
    expect(layer.at(-1)).to.deep.equal({
      event: 'onward-change',
      onward: { event: 'onward-change', element: 'followup-checklist', id: 'thank-you-email', checked: true, done: 1, total: 7 },
    });
    stop();
    const count = layer.length;
    el.shadowRoot!.querySelector('[part="checklist"]')!.shadowRoot!.querySelector('input')!.click();
    expect(layer.length).to.equal(count);
  });

  it('drops ids that could carry someone’s words, from host-provided steps', async () => {
    const seen: OnwardAnalyticsEvent[] = [];
    const stop = track((e) => seen.push(e));
    const el = document.createElement('followup-checklist') as ReactiveElement & { items: unknown };
    // Ids are short names; 41 characters of word characters is already more than a name.
    const long = 'jordanleeatnorthwindcallbackbeforefriday1';
    el.items = [
      { id: 'Call Jordan Lee at 555 0101', label: 'A step' },
      { id: 'portfolio', label: 'B' },
      { id: long, label: 'C' },
      { id: long.slice(0, 40), label: 'D' },
    ];
    document.body.append(el);
    await el.updateComplete;
    for (const box of el.shadowRoot!.querySelectorAll('input')) box.click();
    stop();
    el.remove();
    expect(seen.filter((e) => e.event === 'onward-change').map((e) => e.id)).to.deep.equal([undefined, 'portfolio', undefined, long.slice(0, 40)]);
  });

  it('forwards only well-formed fields when another script fires an onward-* event', async () => {
    const seen: OnwardAnalyticsEvent[] = [];
    const stop = track((e) => seen.push(e));
    const detail = { id: 'step-2', done: 1.5, total: '7', checked: 'yes', action: 'call Ana', name: 'Ana Silva' };
    document.body.dispatchEvent(new CustomEvent('onward-change', { detail, bubbles: true }));
    stop();
    expect(seen).to.deep.equal([{ event: 'onward-change', element: 'body', id: 'step-2' }]);
  });

  it('names the element by its own tag when the host registered it under another name', async () => {
    ResumeCtaElement.define('acme-resume-button');
    const seen: OnwardAnalyticsEvent[] = [];
    const stop = track((e) => seen.push(e));
    const el = document.createElement('acme-resume-button') as ResumeCtaElement;
    el.setAttribute('href', 'https://jobs.example/resume');
    el.addEventListener('onward-action', (e) => e.preventDefault());
    document.body.append(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector('a')!.click();
    stop();
    el.remove();
    expect(seen).to.deep.equal([{ event: 'onward-action', element: 'resume-cta', action: 'resume' }]);
  });
});
