// onward-elements/ats against each vendor's own published shapes (tests/fixtures/ats/).
import { expect } from '@open-wc/testing';
import * as ats from '../src/ats/index.js';
import { call, seedMarkers, VENDORS } from './fixtures/ats/cases.js';
import { captureWarnings } from './helpers.js';

interface Case {
  expected: Record<string, unknown> | null;
  attributes?: string;
  [key: string]: unknown;
}
interface Fixture {
  _source: string;
  company: string;
  now?: number;
  cases: Record<string, Case>;
}
const fixture = async (vendor: string): Promise<Fixture> => (await fetch(`/tests/fixtures/ats/${vendor}.json`)).json();
const ADAPTERS = { greenhouse: ats.fromGreenhouse, lever: ats.fromLever, ashby: ats.fromAshby, workable: ats.fromWorkable, merge: ats.fromMerge };

describe('onward-elements/ats', () => {
  for (const vendor of VENDORS) {
    describe(vendor, () => {
      it('maps every fixture case as the vendor’s docs define it: null unless the employer rejected the candidate', async () => {
        const f = await fixture(vendor);
        expect(f._source, 'the fixture names its source').to.be.a('string').and.not.equal('');
        const kinds = Object.values(f.cases).map((c) => c.expected === null);
        expect(kinds.filter(Boolean).length, 'cases that give null').to.be.at.least(3);
        expect(kinds.filter((k) => !k).length, 'cases that give props').to.be.at.least(3);
        for (const [name, c] of Object.entries(f.cases)) {
          expect(call(ats, vendor, f, c), name).to.deep.equal(c.expected);
          if (c.attributes) expect(ats.toAttributes(call(ats, vendor, f, c)), name).to.equal(c.attributes);
        }
      });

      it('never lets an internal field through: a marker in each appears in no output', async () => {
        const f = await fixture(vendor);
        const warnings = captureWarnings();
        for (const [name, c] of Object.entries(f.cases)) {
          const props = call(ats, vendor, f, seedMarkers(vendor, c));
          expect(JSON.stringify(props ?? {}), name).to.not.include('MARKER');
          expect(ats.toAttributes(props), name).to.not.include('MARKER');
        }
        expect(warnings.messages.join('\n')).to.not.include('MARKER');
      });

      it('gives null for a non-object and leaves out a field of the wrong type, with one warning naming the adapter and the field, never throwing', async () => {
        const adapter = ADAPTERS[vendor as keyof typeof ADAPTERS] as (value: unknown, options?: object) => unknown;
        const warnings = captureWarnings();
        for (const bad of [undefined, null, 42, 'x', [], true]) expect(adapter(bad)).to.equal(null);
        expect(warnings.messages.length, 'one warning for all the non-objects').to.equal(1);
        expect(warnings.messages[0]).to.match(new RegExp(`^from${vendor[0].toUpperCase()}${vendor.slice(1)} `));
        // The rejected case with its job title's holder swapped for a number.
        const f = await fixture(vendor);
        const [first] = Object.values(f.cases).filter((c) => c.expected && c.expected.jobTitle);
        const broken = JSON.parse(JSON.stringify(first).replace(/"(Product Designer)"/g, '123'));
        const props = call(ats, vendor, f, broken) as Record<string, unknown>;
        expect(props).to.not.equal(null);
        expect(props.jobTitle).to.equal(undefined);
        expect(warnings.messages.some((m) => /^from\w+ \S*(name|title|text)\S*: expected text; left out$/.test(m)), warnings.messages.join('\n')).to.equal(true);
      });
    });
  }

  describe('stage names', () => {
    it('reads plain names, and leaves out what matches no rule', () => {
      const stage = (name: string) => ats.fromMerge({ rejected_at: '2026-09-01', current_stage: { name } })?.stage;
      expect(stage('Recruiter Phone Screen')).to.equal('screening');
      expect(stage('Final interview')).to.equal('final');
      expect(stage('Onsite')).to.equal('interview');
      expect(stage('Panel')).to.equal('interview');
      expect(stage('Technical interview')).to.equal('interview');
      expect(stage('Application Review')).to.equal('applied');
      expect(stage('New')).to.equal('applied');
      expect(stage('Reference check')).to.equal(undefined);
    });

    it('takes the host’s own names first, and ignores a stage that is not one', () => {
      const warnings = captureWarnings();
      const read = (stages: Record<string, string>) =>
        ats.fromMerge({ rejected_at: '2026-09-01', current_stage: { name: 'Portfolio review' } }, { stages: stages as never })?.stage;
      expect(read({ 'Portfolio review': 'interview' })).to.equal('interview');
      expect(read({ 'Portfolio review': 'lunch' })).to.equal('applied');
      expect(warnings.messages).to.deep.equal(['fromMerge options.stages: expected applied, screening, interview, final; using the rules']);
    });
  });

  describe('numbers and dates', () => {
    it('checks dates as the elements do: 1900 to 2100, and epoch milliseconds', () => {
      const warnings = captureWarnings();
      expect(ats.fromMerge({ rejected_at: 'x', applied_at: '0001-01-01T00:00:00Z' })).to.deep.equal({});
      expect(warnings.messages).to.deep.equal(['fromMerge application.applied_at: expected a date from 1900 to 2100 such as 2026-03-01; leaving it out']);
      expect(ats.fromLever({ name: 'Ana', createdAt: 1785600000000, archived: { reason: 'r' } })?.since).to.equal('2026-08-01');
    });
  });

  describe('toAttributes', () => {
    it('writes kebab-case attributes, escaped, in a stable order, with a bare boolean', () => {
      expect(
        ats.toAttributes({ since: '2026-08-03', runnerUp: true, company: 'Ben & Jerry’s "Lab" <x>', candidateName: "O'Brien", interviews: 2 }),
      ).to.equal('candidate-name="O&#39;Brien" company="Ben &amp; Jerry’s &quot;Lab&quot; &lt;x&gt;" runner-up interviews="2" since="2026-08-03"');
      expect(ats.toAttributes(null)).to.equal('');
      expect(ats.toAttributes({ runnerUp: false, stage: undefined, ...({ notes: 'x' } as object) })).to.equal('');
    });

    it('renders a kit that shows the application', async () => {
      const f = await fixture('greenhouse');
      const props = call(ats, 'greenhouse', f, f.cases['rejected after the onsite'])!;
      const host = document.createElement('div');
      await import('../src/rejection-support/define.js');
      host.innerHTML = `<rejection-support ${ats.toAttributes(props)}></rejection-support>`;
      document.body.append(host);
      const kit = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown>; jobTitle?: string; stage?: string; interviews?: number };
      await kit.updateComplete;
      expect([kit.jobTitle, kit.stage, kit.interviews]).to.deep.equal(['Product Designer', 'interview', 2]);
      const takeaways = kit.shadowRoot!.querySelector('rejection-takeaways')!;
      await (takeaways as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(takeaways.shadowRoot!.textContent).to.include('Ana');
      host.remove();
    });
  });
});
