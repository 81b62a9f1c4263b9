import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The web application: built into dist/web and served by the GraphQL process (src/web/web-app.ts). No plugin is
// needed: Vite compiles TSX with React's automatic JSX runtime.
export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: here('public'),
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    // Every script is a file of this origin: no inline module-preload polyfill (the CSP allows no inline script).
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: {
      // React libraries mark their modules "use client" for server components; meaningless in this bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
