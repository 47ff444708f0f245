import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
// Generated from the JSDoc in src/ by `npm run analyze` (run by `npm start` and the build).
import manifest from '../dist/custom-elements.json';
import { registerLocale } from '../src/internal/registry.js';
import ar from '../src/locales/ar.js';
import de from '../src/locales/de.js';
import enGB from '../src/locales/en-GB.js';
import es from '../src/locales/es.js';
import fr from '../src/locales/fr.js';
import it from '../src/locales/it.js';
import ja from '../src/locales/ja.js';
import nl from '../src/locales/nl.js';
import pl from '../src/locales/pl.js';
import ptBR from '../src/locales/pt-BR.js';
import '../stories/stories.css';

setCustomElementsManifest(manifest);

// Every locale, registered the way a host could do it by hand (keyed tables).
for (const [code, table] of Object.entries({ es, fr, de, 'pt-BR': ptBR, it, nl, pl, ja, ar, 'en-GB': enGB })) registerLocale(code, table);

/** The toolbar's locale, theme and direction, applied around every story. */
const withToolbar: Decorator = (story, { globals }) => {
  const wrap = document.createElement('div');
  wrap.lang = globals.locale ?? 'en';
  if (globals.dir && globals.dir !== 'auto') wrap.dir = globals.dir;
  const out = story() as unknown;
  if (out instanceof Node) wrap.append(out);
  else render(out as TemplateResult, wrap);
  if (globals.theme && globals.theme !== 'story') {
    wrap.classList.add(`sb-page-${globals.theme}`);
    for (const el of wrap.querySelectorAll('*')) if (el.localName.includes('-')) el.setAttribute('theme', globals.theme);
  }
  return wrap;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withToolbar],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (the lang attribute around the story)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'en-GB', title: 'English (UK)' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'it', title: 'Italiano' },
          { value: 'nl', title: 'Nederlands' },
          { value: 'pl', title: 'Polski' },
          { value: 'ja', title: '日本語' },
          { value: 'ar', title: 'العربية' },
        ],
      },
    },
    theme: {
      description: 'theme attribute on every element',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'story', title: 'As the story sets it' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (device)' },
        ],
      },
    },
    dir: {
      description: 'dir attribute around the story',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'From the locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'story', dir: 'auto' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Job board status page', 'Docs', ['Theming', 'Localization'], 'Elements', ['rejection-support', 'rejection-takeaways', 'followup-checklist']],
      },
    },
  },
};

export default preview;
