import { defineConfig } from 'vite';

// React 19's automatic JSX runtime, compiled by Vite's own transformer: no plugin needed to build.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
});
