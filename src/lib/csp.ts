// The site's Content-Security-Policy, as Astro puts it in every page's <meta> (astro.config.mjs) and as the pages the
// build writes itself (quote pages) state it; Astro adds script-src and style-src with the hashes of each page's inline code.

/** Directives besides script-src and style-src. Policy as data: tighten or loosen one here, for every page. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/** The policy of a page the build writes itself (a quote page): scripts and styles from the site only, none inline. */
export const ownPagePolicy = [...cspDirectives, "script-src 'self'", "style-src 'self'"].join('; ');
