/** The four catalogues compiled at build time (the precompiledCatalogues plugin of web/vite.config.mts). */
declare module 'virtual:catalogues' {
  export const catalogues: Record<import('./locales').Locale, () => import('./compile').CompiledCatalogue>;
}
