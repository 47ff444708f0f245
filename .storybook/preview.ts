import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the JSDoc in src/ by `npm run analyze` (run by `npm start` and the build).
import manifest from '../dist/custom-elements.json';
import '../stories/stories.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Job board status page', 'Elements', ['rejection-takeaways', 'followup-checklist']] } },
  },
};

export default preview;
