import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/rejection-takeaways/define.js';
import { RejectionTakeawaysElement } from '../src/rejection-takeaways/rejection-takeaways.js';
import { XSS, axeViolations, captureWarnings, expectReflowAt320, injected, part, parts, sleep, visibleText } from './helpers.js';

const make = (attrs = '') => {
  const host = document.createElement('div');
  host.innerHTML = `<rejection-takeaways ${attrs}></rejection-takeaways>`;
  return host.firstElementChild as RejectionTakeawaysElement;
};

/** At the interview stage unless `attrs` names one: with no stage (`stage=""`) there is no one met, so no connections. */
async function render(attrs = ''): Promise<RejectionTakeawaysElement> {
  const el = make(/\bstage=/.test(attrs) ? attrs : `stage="interview" ${attrs}`);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const titles = (el: Element) => parts(el, 'takeaway-title').map((h) => h.textContent!.trim());
const bodies = (el: Element) => parts(el, 'takeaway-body').map((p) => p.textContent!.trim());

describe('<rejection-takeaways>', () => {
  afterEach(() => {
    document.querySelectorAll('rejection-takeaways, my-takeaways').forEach((el) => el.remove());
  });

  describe("words", () => {
    it('shows a heading, an intro, the three takeaways in order and a closing line', async () => {
      const el = await render();
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('What you’re taking with you');
      expect(titles(el)).to.deep.equal(['You’ve laid the groundwork', 'You got real practice', 'You made connections']);
      expect(parts(el, 'takeaway')).to.have.length(3);
      expect(part(el, 'list')!.localName).to.equal('ol');
      expect(visibleText(el)).to.contain('You didn’t get the role this time, and it’s okay to feel let down.');
      expect(part(el, 'closing')!.textContent).to.contain('Many people hear no before they hear yes.');
      // Never blank: every takeaway has real words.
      for (const body of bodies(el)) expect(body.length).to.be.greaterThan(60);
    });

    it('puts the candidate name in the heading', async () => {
      const el = await render('candidate-name="Priya"');
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Priya, here’s what you’re taking with you');
    });

    it('names the company and the job when it has them, and reads naturally without them', async () => {
      const cases: [string, string][] = [
        ['company="Northwind" job-title="Product Designer"', 'You didn’t get the Product Designer role at Northwind this time'],
        ['company="Northwind"', 'You didn’t get the role at Northwind this time'],
        ['job-title="Product Designer"', 'You didn’t get the Product Designer role this time'],
        ['company="  " job-title=""', 'You didn’t get the role this time'],
      ];
      for (const [attrs, sentence] of cases) {
        const el = await render(attrs);
        expect(visibleText(el), attrs).to.contain(sentence);
        expect(visibleText(el)).not.to.match(/undefined|null| {2}| ,/);
        el.remove();
      }
    });

    it('tells each stage something different about the practice it gave', async () => {
      const seen = new Set<string>();
      for (const stage of ['', 'applied', 'screening', 'interview', 'final']) {
        const el = await render(`stage="${stage}"`);
        seen.add(bodies(el)[1]);
        el.remove();
      }
      expect(seen.size).to.equal(5);
      const final = await render('stage="final" company="Northwind"');
      expect(bodies(final)[1]).to.contain('final round');
      // The final round without runner-up: known, not promised a callback.
      expect(bodies(final)[2]).to.contain('the team at Northwind got to know you and your work well');
      // After an application alone, or at an unknown stage, nobody was met: no connections takeaway.
      for (const stage of ['', 'applied']) {
        expect(titles(await render(`stage="${stage}"`)), stage).to.deep.equal(['You’ve laid the groundwork', 'You got real practice']);
      }
    });

    it('stresses being next in line for a runner-up', async () => {
      const el = await render('runner-up stage="final" company="Northwind"');
      expect(bodies(el)[2]).to.contain('the team at Northwind saw real potential in you');
      expect(bodies(el)[2]).to.contain('they may think of you');
      el.runnerUp = false;
      await el.updateComplete;
      expect(bodies(el)[2]).not.to.contain('potential');
    });

    it('reads runner-up as the final round when no stage is given, and ignores it with a warning before the interviews', async () => {
      const implied = await render('runner-up stage=""');
      expect(bodies(implied)[1]).to.contain('final round');
      expect(bodies(implied)[2]).to.contain('saw real potential');
      const warnings = captureWarnings();
      const early = await render('runner-up stage="applied"');
      expect(visibleText(early)).not.to.contain('last people in the running');
      expect(warnings.messages).to.deep.equal(['<rejection-takeaways> runner-up: means the last round, not the application or screening stage; ignored']);
    });

    it('takes per-instance string overrides, with placeholders', async () => {
      const el = await render('company="Acme"');
      el.strings = { hiredTitle: 'Your groundwork', intro: 'Not {role}, this time.', roleCompany: 'the job at {company}' };
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Your groundwork');
      expect(visibleText(el)).to.contain('Not the job at Acme, this time.');
    });
  });

  describe("choosing takeaways", () => {
    it('chooses and orders takeaways from the takeaways attribute', async () => {
      const el = await render('takeaways="connections, practice"');
      expect(titles(el)).to.deep.equal(['You made connections', 'You got real practice']);
      // Changed at run time, the list grows and shrinks with titles and bodies kept in step.
      el.takeaways = 'practice';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['You got real practice']);
      el.takeaways = 'hired,connections,practice';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['You’ve laid the groundwork', 'You made connections', 'You got real practice']);
      expect(bodies(el)).to.have.length(3);
      expect(bodies(el)[1]).to.equal((await render('takeaways="connections"')).shadowRoot!.querySelector('[part="takeaway-body"]')!.textContent!.trim());
    });

    it('shows a takeaway named twice once, where it first appears, without a warning', async () => {
      const warnings = captureWarnings();
      const el = await render('takeaways="practice, HIRED, practice,hired"');
      expect(titles(el)).to.deep.equal(['You got real practice', 'You’ve laid the groundwork']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('warns once about unknown takeaways and falls back when none are usable', async () => {
      const warnings = captureWarnings();
      const el = await render('takeaways="hired,luck"');
      expect(titles(el)).to.deep.equal(['You’ve laid the groundwork']);
      el.requestUpdate();
      await el.updateComplete;
      el.takeaways = 'nope';
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.equal('<rejection-takeaways> takeaways: known values are hired, practice, connections');
    });

    for (const layout of ['stack', 'cards', 'compact'] as const) {
      it(`has the ${layout} layout`, async () => {
        const el = await render(`layout="${layout}"`);
        expect(part(el, 'base')!.classList.contains(layout)).to.equal(true);
      });
    }
  });

  describe("layout and headings", () => {
    it('lays the cards out side by side when there is room, stacked otherwise', async () => {
      const wide = await fixture<HTMLDivElement>(html`<div style="width: 900px">
        <rejection-takeaways layout="cards" stage="interview"></rejection-takeaways>
      </div>`);
      // The wrapper is the fixture: the element inside draws in a task of its own, awaited here.
      await (wide.firstElementChild as RejectionTakeawaysElement).updateComplete;
      const cards = parts(wide.firstElementChild!, 'takeaway').map((c) => c.getBoundingClientRect().top);
      expect(new Set(cards).size).to.equal(1);
      const stack = await fixture<HTMLDivElement>(html`<div style="width: 900px">
        <rejection-takeaways layout="stack" stage="interview"></rejection-takeaways>
      </div>`);
      await (stack.firstElementChild as RejectionTakeawaysElement).updateComplete;
      const rows = parts(stack.firstElementChild!, 'takeaway').map((c) => c.getBoundingClientRect().top);
      expect(new Set(rows).size).to.equal(3);
    });

    it('reads a keyword in any case and with spaces around it, as HTML does, with no warning', async () => {
      const warnings = captureWarnings();
      const el = await render('layout=" Cards " theme="DARK" stage="Final"');
      expect([...part(el, 'base')!.classList]).to.include.members(['cards', 'dark']);
      expect(part(el, 'base')!.textContent).to.contain('final round');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('warns once about an unknown layout and uses stack', async () => {
      const warnings = captureWarnings();
      const el = await render('layout="grid"');
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'base')!.classList.contains('stack')).to.equal(true);
      expect(warnings.messages).to.deep.equal([
        '<rejection-takeaways> layout: expected stack | cards | compact; using "stack"',
      ]);
    });

    it('sets the heading level and nests the takeaway titles one level below', async () => {
      for (const [level, title] of [
        [2, 'h3'],
        [3, 'h4'],
        [5, 'h6'],
        [6, 'h6'],
      ] as const) {
        const el = await render(`heading-level="${level}"`);
        expect(part(el, 'heading')!.localName).to.equal(`h${level}`);
        expect(parts(el, 'takeaway-title').every((h) => h.localName === title)).to.equal(true);
        el.remove();
      }
      const el = await render();
      el.headingLevel = 4;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h4');
    });

    it('keeps heading levels and numbers of takeaways apart when instances on one page differ in both', async () => {
      // Each shape of the flat template is made once and reused: two takeaways at level 2 and one at
      // level 3 are different shapes, and each instance must get its own.
      const two = await render('takeaways="hired,practice"');
      const one = await render('heading-level="3" takeaways="connections"');
      const shape = (el: Element) => [part(el, 'heading')!.localName, ...parts(el, 'takeaway-title').map((h) => h.localName)];
      expect([shape(two), shape(one)]).to.deep.equal([
        ['h2', 'h3', 'h3'],
        ['h3', 'h4'],
      ]);
      expect(titles(one)).to.deep.equal(['You made connections']);
    });

    it('warns about a heading level outside 2 to 6 and uses 2', async () => {
      for (const bad of ['1', '7', 'three', '2.5']) {
        const warnings = captureWarnings();
        const el = await render(`heading-level="${bad}"`);
        expect(part(el, 'heading')!.localName).to.equal('h2');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.equal('<rejection-takeaways> heading-level: expected a whole number from 2 to 6; using 2');
        el.remove();
      }
    });

    it('hides the closing line with hide-closing', async () => {
      const el = await render('hide-closing');
      expect(part(el, 'closing')!.getBoundingClientRect().height).to.equal(0);
      expect(visibleText(el)).not.to.contain('Many people hear no');
      el.hideClosing = false;
      await el.updateComplete;
      expect(part(el, 'closing')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(visibleText(el)).to.contain('Many people hear no');
    });

    it('lets the host replace the heading text and intro, and add a footer, through slots', async () => {
      const el = await fixture<RejectionTakeawaysElement>(html`<rejection-takeaways heading-level="3">
        <span slot="heading">Thanks for applying</span>
        <p slot="intro">We chose another candidate.</p>
        <a slot="footer" href="/jobs">See similar jobs</a>
      </rejection-takeaways>`);
      const heading = part(el, 'heading')!;
      expect(heading.localName).to.equal('h3');
      expect(visibleText(el, 'heading')).to.equal('Thanks for applying');
      expect(visibleText(el)).to.contain('We chose another candidate.');
      expect(visibleText(el)).not.to.contain('You didn’t get');
      expect(visibleText(el)).to.match(/See similar jobs$/);
    });

    it('exposes every documented part', async () => {
      const el = await render();
      for (const name of ['base', 'heading', 'list', 'takeaway', 'takeaway-title', 'takeaway-body', 'closing']) {
        expect(part(el, name), name).not.to.equal(null);
      }
    });

    it('re-renders when properties are set from script', async () => {
      const el = await render();
      el.company = 'Contoso';
      el.jobTitle = 'Data Analyst';
      el.candidateName = 'Sam';
      el.stage = 'interview';
      await el.updateComplete;
      expect(visibleText(el)).to.contain('You didn’t get the Data Analyst role at Contoso this time');
      expect(visibleText(el)).to.contain('Sam, here’s what you’re taking with you');
      expect(bodies(el)[1]).to.contain('answered real interview questions');
    });
  });

  describe("onward-view", () => {
    it('fires onward-view once, when half of it is on screen', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.prepend(spacer);
      const el = make();
      let count = 0;
      const events: CustomEvent[] = [];
      document.addEventListener('onward-view', (e) => (count++, events.push(e)));
      document.body.append(el);
      await sleep(300);
      expect(count).to.equal(0);
      const seen = oneEvent(el, 'onward-view');
      el.scrollIntoView();
      const event = await seen;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.equal(null);
      window.scrollTo(0, 0);
      await sleep(100);
      el.scrollIntoView();
      await sleep(200);
      expect(count).to.equal(1);
      expect(events[0].target).to.equal(el);
      spacer.remove();
      window.scrollTo(0, 0);
    });

    it('does not count a glimpse: a quarter of it on screen is not a view', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.prepend(spacer);
      const el = make();
      el.style.height = '400px';
      el.style.overflow = 'hidden';
      let count = 0;
      el.addEventListener('onward-view', () => count++);
      document.body.append(el);
      await el.updateComplete;
      const top = el.getBoundingClientRect().top + scrollY;
      // 100 of its 400 px show, and they fill well under half the window.
      window.scrollTo(0, top - innerHeight + 100);
      await sleep(300);
      expect(count).to.equal(0);
      const seen = oneEvent(el, 'onward-view');
      window.scrollTo(0, top - innerHeight + 300);
      await seen;
      expect(count).to.equal(1);
      el.remove();
      spacer.remove();
      window.scrollTo(0, 0);
    });

    for (const layout of ['stack', 'cards', 'compact']) {
      for (const theme of ['light', 'dark']) {
        it(`has no axe violations in the ${layout} layout, ${theme} theme`, async () => {
          const el = await render(
            `layout="${layout}" theme="${theme}" company="Northwind" job-title="Designer" stage="final" runner-up candidate-name="Ana"`,
          );
          expect(await axeViolations(el)).to.deep.equal([]);
        });
      }
    }
  });

  describe("themes", () => {
    it('follows the device setting with theme="auto" and warns about an unknown theme', async () => {
      const warnings = captureWarnings();
      const el = await render('theme="neon"');
      expect(part(el, 'base')!.classList.contains('light')).to.equal(true);
      expect(warnings.messages[0]).to.equal('<rejection-takeaways> theme: expected light | dark | auto; using "light"');
      el.theme = 'auto';
      await el.updateComplete;
      expect(part(el, 'base')!.classList.contains('auto')).to.equal(true);
    });

    it('uses the dark colours with theme="dark" and lets host tokens win', async () => {
      const el = await render('theme="dark"');
      const base = part(el, 'base')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 27, 34)');
      el.style.setProperty('--onward-color-surface', 'rgb(1, 2, 3)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe("hostile input", () => {
    it('renders hostile text as text in every text attribute', async () => {
      for (const payload of XSS) {
        const el = make();
        for (const attr of ['candidate-name', 'company', 'job-title']) el.setAttribute(attr, payload);
        document.body.append(el);
        await el.updateComplete;
        expect(injected(el)).to.deep.equal([]);
        expect(visibleText(el)).to.contain(payload.replace(/\s+/g, ' ').trim());
        el.remove();
      }
      await sleep(50);
      expect(window.__xss).to.equal(undefined);
    });

    it('never throws or renders blank when given nonsense through properties', async () => {
      captureWarnings(); // expected warnings, kept off the console
      const el = await render();
      Object.assign(el, { takeaways: 42, layout: {}, stage: [], headingLevel: NaN, company: null, strings: 'x' });
      await el.updateComplete;
      // A stage that is no stage is an unknown one: the two takeaways true at every stage.
      expect(titles(el)).to.have.length(2);
      expect(visibleText(el).length).to.be.greaterThan(200);
    });

    it('reflows at 320px wide without horizontal scrolling, in every layout', async () => {
      for (const layout of ['stack', 'cards', 'compact']) {
        await expectReflowAt320(() =>
          render(
            // One long word, as German company names can be: it must break rather than overflow.
            `layout="${layout}" company="Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft" job-title="Senior Principal Staff Platform Engineer" candidate-name="Maximilianus-Bartholomew"`,
          ),
        );
      }
    });
  });

  describe("registration", () => {
    it('registers under another tag name, and a second define is a no-op', async () => {
      expect(() => RejectionTakeawaysElement.define()).not.to.throw();
      RejectionTakeawaysElement.define('my-takeaways');
      RejectionTakeawaysElement.define('my-takeaways');
      const el = document.createElement('my-takeaways') as RejectionTakeawaysElement;
      el.setAttribute('company', 'Acme');
      document.body.append(el);
      await el.updateComplete;
      expect(el).to.be.instanceOf(RejectionTakeawaysElement);
      expect(visibleText(el)).to.contain('the role at Acme');
    });

    it('registers in a scoped custom element registry', async () => {
      const registry = new CustomElementRegistry();
      RejectionTakeawaysElement.define('rejection-takeaways', registry);
      RejectionTakeawaysElement.define('rejection-takeaways', registry);
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
      root.innerHTML = '<rejection-takeaways company="Scoped Inc"></rejection-takeaways>';
      const el = root.firstElementChild as RejectionTakeawaysElement;
      await el.updateComplete;
      expect(visibleText(el)).to.contain('the role at Scoped Inc');
      host.remove();
    });
  });
});
