import { LitElement, adoptStyles, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { heading } from './heading.js';
import { emit } from './events.js';
import { RTL, SHIPPED, format, formatList, lookup, match, resolveLang, type Params, type Strings } from './localize.js';
import { CAPS, capped, intInRange, isBlank, oneOf, text, warnOnce } from './validation.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export const APPEARANCES = ['card', 'flush'] as const;

/** Marks Onward's classes, whatever copy or version of Onward defined them. */
const BRAND = Symbol.for('onward-elements.element');
const isOnward = (ctor: CustomElementConstructor): boolean => (ctor as unknown as Record<symbol, unknown>)[BRAND] === true;
/** Whether `tag` is free or holds an Onward element, rather than another library's class. */
export const holdsOnward = (tag: string): boolean => {
  const held = globalThis.customElements?.get(tag);
  return !held || isOnward(held);
};
/** Words are text with something in it: a blank word would leave a heading or a button empty. */
const isWord = (word: unknown): word is string => typeof word === 'string' && !isBlank(word);
const NONE: Partial<Record<string, string>> = Object.freeze({});
/** Which length cap an attribute has: JSON tables, the address, comma lists, links, or (the rest) plain text. */
const CAP_OF: Partial<Record<string, keyof typeof CAPS>> = {
  strings: 'json',
  items: 'json',
  takeaways: 'json',
  'contact-email': 'email',
  checked: 'list',
  exclude: 'list',
  sections: 'list',
};
const capOf = (attr: string): keyof typeof CAPS => CAP_OF[attr] ?? (/(^|-)(url|href)$/.test(attr) ? 'url' : 'text');

// Every connected element, so a locale arriving or a `lang` changing anywhere re-renders them all.
const live = new Set<OnwardElement>();
let watcher: MutationObserver | undefined;
const watched = new WeakSet<Node>();
/** Watches `lang` and `dir` in the document and in every shadow root around `el`, which an observer of the document does not see into. */
function watchLocale(el: Element): void {
  if (typeof MutationObserver === 'undefined') return;
  if (!watcher) {
    // Named, so an element that keeps words between renders knows they may have changed.
    const all = () => live.forEach((each) => each.requestUpdate('lang'));
    watcher = new MutationObserver(all);
    addEventListener('onward-locale', all);
  }
  for (let root: Node | undefined = el.getRootNode(); root && !watched.has(root); root = (root as ShadowRoot).host?.getRootNode()) {
    watched.add(root);
    watcher.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
}

// One observer for every Onward element on the page, not one each: "seen" is half the element
// visible, or half the viewport filled by an element taller than that.
const viewed = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;
const viewObserver = () =>
  typeof IntersectionObserver === 'undefined'
    ? undefined
    : (observer ??= new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting || viewed.has(e.target)) continue;
            if (e.intersectionRatio < 0.5 && !(e.rootBounds && e.intersectionRect.height >= e.rootBounds.height / 2)) continue;
            viewed.add(e.target);
            observer!.unobserve(e.target);
            emit(e.target, 'onward-view', null);
          }
        },
        { threshold: [0, 0.05, 0.1, 0.25, 0.5] },
      ));

/**
 * Lets the browser paint, and answer a tap, before what follows runs. (A timer rather than
 * `scheduler.yield()`, which kept the last of 1,000 kits alive in the leak test.)
 */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * What every Onward element shares: the theme, the string table and `onward-view`.
 * `K` is the element's string keys, so a typo in a key is a type error.
 *
 * @attr {string | undefined} lang - The language of its words, as in HTML; not set, the page's.
 * @attr {'ltr' | 'rtl' | undefined} dir - The direction of its text, as in HTML; not set, the language's.
 *
 * @cssstate drawing - From the moment it is defined until its first render is done (the kit's: until the sections it shows first are drawn too). `onward.css` keeps its space meanwhile: `:is(:not(:defined), :state(drawing))`.
 *
 * @cssprop [--onward-font-family=inherit] - Font of all text.
 * @cssprop [--onward-font-size=1rem] - Base font size; everything else scales from it.
 * @cssprop [--onward-line-height=1.5] - Line height of body text.
 * @cssprop [--onward-color-text=#1f2328] - Main text colour (dark theme: #e6edf3).
 * @cssprop [--onward-color-muted=#555f6b] - Secondary text colour (dark theme: #a3adb8).
 * @cssprop [--onward-color-surface=#ffffff] - Card background (dark theme: #161b22).
 * @cssprop [--onward-color-border=#d1d9e0] - Borders and dividers (dark theme: #3d444d).
 * @cssprop [--onward-color-accent=#0b57b8] - Links, buttons, badges and checkboxes (dark theme: #7cb7ff).
 * @cssprop [--onward-color-on-accent=#ffffff] - Text on the accent colour (dark theme: #0d1117).
 * @cssprop [--onward-color-success=#1a7434] - Progress and completion (dark theme: #56c46b).
 * @cssprop [--onward-color-danger=#b42318] - Confirmed destructive buttons, such as clearing notes (dark theme: #ff9b8f).
 * @cssprop [--onward-radius=0.75rem] - Corner radius of the card; inner corners scale from it.
 * @cssprop [--onward-space=1rem] - Base spacing unit.
 * @cssprop [--onward-shadow=a soft two-layer shadow] - Card shadow; `none` for a flat card.
 * @cssprop [--onward-focus-ring=3px solid accent] - Outline of the keyboard focus ring, drawn 2 px off the control (3 px, in the text colour, off a filled button).
 * @cssprop [--onward-control-height=2.5rem, 44px on a touch screen] - Least height of buttons, fields, checklist rows and step links.
 */
export class OnwardElement<K extends string = string> extends LitElement {
  /**
   * @internal The element's English words, by namespace: its own under its tag, and the shared
   * `phrases` and `mail` it uses. Overrides and the page's locale are looked up first.
   */
  static messages: Record<string, Strings> = {};
  /** @internal The tag `define()` uses by default. */
  static tag = '';
  /** @internal */
  static readonly [BRAND] = true;

  /**
   * Registers the element as `tag` (default: its own tag name) in `registry`. A tag that is already
   * taken is left alone, so loading Onward twice never throws; a class already registered under
   * another name is registered again through a subclass, so a host can pick its own tag names.
   */
  static define(tag = this.tag, registry: CustomElementRegistry = customElements): void {
    const held = registry.get(tag);
    if (held) {
      if (!isOnward(held)) console.warn(`<${tag}> is already defined by another library; Onward left it alone`);
      return;
    }
    try {
      registry.define(tag, this);
    } catch (error) {
      if ((error as DOMException).name !== 'NotSupportedError') throw error;
      registry.define(tag, class extends this {});
    }
  }

  // `lang` and `dir` keep their HTML meaning; the element only listens to them.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  static override get properties(): PropertyDeclarations {
    return {
      theme: {},
      appearance: {},
      strings: {},
      nested: { type: Boolean, attribute: false },
    };
  }

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the device setting. */
  declare theme: string;
  /** `card` (default): its own bordered, shadowed card. `flush`: no border, shadow, padding or background of its own, for a host that places it inside its own card; the kit then divides its sections with rules. */
  declare appearance: string;
  /** Replaces any of the element's words on this instance, beating the locale: a partial table keyed like the English one (an object, or JSON in the attribute). */
  declare strings: Partial<Record<K, string>> | string | undefined;
  /** @internal Set by the kit: its sections are parts of its one landmark, not landmarks of their own. */
  declare nested: boolean;

  /** The registered locale in use (or an English region, for its dates), `undefined` for English. */
  #code?: string;
  /** The locale of its language (`fr` on a `fr-CA` page): words a region's own table lacks. */
  #language?: string;
  #overrides?: [unknown, Partial<Record<string, string>>];
  #level = 2;

  /**
   * @internal Drawn at once and whole, as the server sent it: on a server, or hydrating a shadow
   * root that came with the page. Otherwise the first draw is spread over tasks.
   */
  protected readonly drawsAtOnce = isServer || !!this.shadowRoot;
  /** Holds the `drawing` state, from the moment it is defined until its first render is done. */
  #internals?: ElementInternals;
  /** Its first render is still to come, in a task of its own. */
  #firstDraw: boolean;
  /** Whether its first render is done: only then can it be seen, so only then is it watched for `onward-view`. */
  #drawn = false;
  /** Cancels the next part of a first draw spread over tasks, if one is waiting (see `drawNextTask`). */
  #cancelNext?: () => void;
  /** What `updateComplete` waits for while a first draw is spread over tasks, and what ends that wait. */
  #spread?: Promise<void>;
  #endSpread?: () => void;

  constructor() {
    super();
    this.theme = 'light';
    this.appearance = 'card';
    this.nested = false;
    this.#firstDraw = !this.drawsAtOnce;
    if (this.#firstDraw) {
      try {
        this.#internals = this.attachInternals();
        // onward.css keeps the element's space while it is drawing, as it did while it was undefined.
        this.#internals.states.add('drawing');
      } catch {
        // A browser without custom states draws it all the same: the page may only shift.
      }
    }
  }

  /**
   * Until its first draw, the shadow root is bare: the task that loaded the script (and upgraded
   * the element) does not also parse its styles.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.#firstDraw) return super.createRenderRoot();
    const root = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.renderOptions.renderBefore ??= root.firstChild!;
    return root;
  }

  /**
   * The first render waits for tasks of its own (one styles the shadow root, the next draws it),
   * rather than running in the one that loaded the script: a kit is then several short tasks (each
   * section its own), not one long one, and the page answers a tap between them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#firstDraw) return super.scheduleUpdate();
    this.#firstDraw = false;
    return nextTask()
      .then(() => {
        adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
        return nextTask();
      })
      .then(() => super.scheduleUpdate());
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Drawn once its update is complete: for the kit, once the sections it drew are too. Shown
    // even if a section failed, rather than kept hidden for good.
    const drawn = () => {
      this.#internals?.states.delete('drawing');
      this.#drawn = true;
      this.#watchView();
    };
    void this.updateComplete.then(drawn, drawn);
  }

  /** @internal Whether its first draw is done, all of it (the kit's: with its open sections): only then can it be seen. */
  protected get isDrawn(): boolean {
    return this.#drawn;
  }

  #watchView(): void {
    if (this.#drawn && this.isConnected && !viewed.has(this)) viewObserver()?.observe(this);
  }

  /**
   * Spreads a first draw over tasks, called from `render()` when it left something out: `step`
   * runs in a task of its own, then the element renders again. Meanwhile `updateComplete` waits,
   * and the element keeps its `drawing` state, so it is seen whole.
   */
  protected drawNextTask(step: () => void): void {
    if (this.#cancelNext || !this.isConnected) return;
    const id = setTimeout(() => {
      this.#cancelNext = undefined;
      step();
      this.requestUpdate();
      this.#endSpreadWait();
    });
    this.#cancelNext = () => clearTimeout(id);
  }

  #endSpreadWait(): void {
    this.#endSpread?.();
    this.#spread = this.#endSpread = undefined;
  }

  /** Complete once no part of a first draw is waiting for its task. (A promise chain: an async function kept the last of 1,000 kits alive in the leak test.) */
  protected override getUpdateComplete(): Promise<boolean> {
    return super.getUpdateComplete().then((done): boolean | Promise<boolean> => {
      if (!this.#cancelNext) return done;
      this.#spread ??= new Promise<void>((resolve) => (this.#endSpread = resolve));
      return this.#spread.then(() => this.getUpdateComplete());
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved under another `lang`, it speaks that language.
    this.requestUpdate('lang');
    watchLocale(this);
    live.add(this);
    this.#watchView();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    observer?.unobserve(this);
    // Off the page it draws nothing more (back on, it renders again and picks up where it was).
    this.#cancelNext?.();
    this.#cancelNext = undefined;
    this.#endSpreadWait();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang' || name === 'dir') this.requestUpdate(name);
    else super.attributeChangedCallback(name, old, value);
  }

  /** Works out the language on every update, so a `lang` change anywhere above re-renders in it. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#cap(changed);
    const lang = resolveLang(this);
    this.#code = match(lang);
    this.#language = match(lang.split('-')[0]);
    this.#level = intInRange(this, 'heading-level', (this as { headingLevel?: unknown }).headingLevel, 2, 6, 2);
    // A shipped locale may simply not have loaded yet: only a language Onward lacks is worth a word.
    if (!this.#code && !SHIPPED.test(lang)) {
      warnOnce(this, 'lang', 'Onward has no words in it; using English');
    }
  }

  /**
   * Cuts every changed text property to its documented length, with one warning: a 1 MB name or
   * link then costs what a normal one does, in the render, the mailto link and the .ics file.
   */
  #cap(changed: PropertyValues<this>): void {
    const declared = (this.constructor as typeof LitElement).elementProperties;
    for (const name of changed.keys()) {
      const self = this as unknown as Record<PropertyKey, unknown>;
      const value = self[name];
      if (typeof value !== 'string') continue;
      const attribute = declared.get(name)?.attribute;
      const attr = typeof attribute === 'string' ? attribute : String(name);
      const kind = capOf(attr);
      const max = CAPS[kind];
      if (value.length <= max) continue;
      // Cut short, an address or a link would lead somewhere else: it is left out instead.
      if (kind === 'email' || kind === 'url') {
        warnOnce(this, attr, `longer than ${max} characters; ignored`);
        self[name] = undefined;
      } else self[name] = capped(this, attr, value, max);
    }
  }

  /** The element's words for `key` in its language, with `{placeholders}` filled in. */
  protected t(key: K, params?: Params): string {
    const messages = (this.constructor as typeof OnwardElement).messages;
    // A plain loop: this runs a dozen times per render, so it allocates nothing.
    for (const ns in messages) {
      const english = messages[ns];
      if (key in english) {
        // The host's own words, then the locale's, then its language's, then English. Any table may
        // hold anything. With no locale (an English page) there is no language's either: no lookup.
        let word: unknown = this.#strings()[key];
        if (!isWord(word) && this.#code) {
          word = lookup(this.#code, ns, english)?.[key];
          if (!isWord(word)) word = lookup(this.#language, ns, english)?.[key];
        }
        return format(isWord(word) ? word : english[key], params);
      }
    }
    return key;
  }

  #strings(): Partial<Record<string, string>> {
    const value = this.strings;
    // Most instances have no overrides: they share one empty table rather than hold their own.
    if (value === undefined) return NONE;
    if (!this.#overrides || this.#overrides[0] !== value) {
      let table: unknown = value;
      try {
        if (typeof value === 'string') table = JSON.parse(value);
      } catch {
        table = 0;
      }
      if (typeof table !== 'object' || Array.isArray(table)) {
        if (!isBlank(value)) warnOnce(this, 'strings', 'expected a JSON object of words by key');
        table = {};
      }
      this.#overrides = [value, (table ?? {}) as Record<string, string>];
    }
    return this.#overrides[1];
  }

  /** For elements with a `headingName`: that, with the candidate's name when the host gave one, else `heading`. */
  protected personalHeading(): string {
    const name = text((this as { candidateName?: unknown }).candidateName);
    return name ? this.t('headingName' as K, { name }) : this.t('heading' as K);
  }

  /** The validated `heading-level`, 2 to 6, as worked out for this update. */
  protected level(): number {
    return this.#level;
  }

  /** The element's heading at its `heading-level`, holding the `heading` slot, and the application its landmark names. */
  protected heading(text: string): TemplateResult {
    return html`${heading(this.#level, text)}${this.#applicationName()}`;
  }

  /**
   * `aria-labelledby` for the outer `<section>`. Its heading names it, and the application the host
   * named too, so a dashboard's many checklists are told apart ("Your next steps (Product
   * Designer, Northwind)"). Inside the kit it has no name, which makes it no landmark: the kit is
   * the one landmark, and its sections are headings within it.
   */
  protected landmark(): string | typeof nothing {
    if (this.nested) return nothing;
    return this.#application() ? 'heading application' : 'heading';
  }

  /** The application named in the landmark: hidden, as the page around it says which one it is. */
  #applicationName(): TemplateResult | typeof nothing {
    const application = this.nested ? '' : this.#application();
    return application ? html`<span id="application" hidden>(${application})</span>` : nothing;
  }

  #application(): string {
    const self = this as { jobTitle?: unknown; company?: unknown };
    const named = [text(self.jobTitle), text(self.company)].filter((n): n is string => !!n);
    // "Product Designer, Northwind" in the locale's own punctuation.
    return formatList(this.locale, named);
  }

  /** The locale the words are in, and numbers, plurals and dates with them: `en` unless one is registered or the page is in a region of English (`en-GB`). */
  protected get locale(): string {
    return this.#code ?? 'en';
  }

  /**
   * Classes for the outermost part: `base`, the validated theme and appearance, and the direction: the host's own
   * `dir` if it set one, else the locale's (right-to-left for Arabic).
   */
  protected baseClass(extra = ''): string {
    const dir = this.getAttribute('dir');
    const flow = dir === 'ltr' || dir === 'rtl' ? dir : dir ? '' : RTL.test(this.#code ?? '') ? 'rtl' : 'ltr';
    return `base ${oneOf(this, 'theme', this.theme, THEMES, 'light')} ${oneOf(this, 'appearance', this.appearance, APPEARANCES, 'card')} ${flow} ${extra}`.trim();
  }
}
