import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The telemetry call waits on a closed network here; nobody needs it.
  core: { disableTelemetry: true },
  // The story frame names no icon, so the browser asks for /favicon.ico and logs a 404 in the console.
  previewHead: (head) => `${head}<link rel="icon" href="favicon.svg" />`,
  // Storybook's renderer imports lit/directive-helpers.js, which Vite would otherwise serve apart
  // from its pre-bundled Lit: two copies of lit-html and a "Multiple versions of Lit" warning.
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'] },
  }),
};

export default config;
