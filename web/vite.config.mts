import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { compileCatalogue } from './src/i18n/compile';
import { LOCALES } from './src/i18n/locales';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `virtual:catalogues`: the four catalogues parsed here, at build time (src/i18n/compile.ts), each as JSON the
 * browser reads only when that language is chosen. The browser then needs no message parser (the alias below).
 */
function precompiledCatalogues(): Plugin {
  const id = 'virtual:catalogues';
  return {
    name: 'precompiled-catalogues',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const entries = LOCALES.map(
        (locale) =>
          `${JSON.stringify(locale)}: () => JSON.parse(${JSON.stringify(JSON.stringify(compileCatalogue(locale)))})`,
      );
      return `export const catalogues = {\n${entries.join(',\n')}\n};\n`;
    },
  };
}

/**
 * Each script and style compressed once, here, beside itself (`.br`, `.gz`): the service sends these as they are
 * (src/web/web-app.ts) instead of compressing every first visit's 450 KB again.
 */
function precompressedAssets(): Plugin {
  return {
    name: 'precompressed-assets',
    apply: 'build',
    async writeBundle({ dir }, bundle) {
      const files = Object.keys(bundle).filter((name) => /\.(js|css)$/.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(dir!, name);
          const content = await readFile(path);
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(content, {
              params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
            }),
            promisify(gzip)(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

// The web application: built into dist/web and served by the GraphQL process (src/web/web-app.ts). Vite compiles TSX
// with React's automatic JSX runtime; the plugins compile the messages and compress the assets.
export default defineConfig({
  root: here('.'),
  plugins: [precompiledCatalogues(), precompressedAssets()],
  resolve: {
    // Messages arrive parsed: react-intl's formatter is given the parser's types without the parser itself.
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
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
