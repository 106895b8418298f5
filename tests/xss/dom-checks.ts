// What the browser test looks for in a rendered page (or in a feed's item HTML): anything that could run a script,
// load from another host, or take over the page. Self-contained, because Playwright sends it into the page.

/** What one page holds, as the XSS test judges it. */
export interface PageFindings {
  /** Each unsafe thing found, as `what: where` (empty when the page is clean). */
  unsafe: string[];
  /** The page's text and its meta description, for the safe-text check. */
  text: string;
  description: string;
}

/**
 * Inspects the document, then each HTML fragment given (a feed's item bodies, parsed inertly with DOMParser);
 * a resource on `siteOrigin` (where feeds point their images) counts as the site's own (default: none).
 * Runs inside the page: it may use nothing from outside its own body.
 */
export function inspectDocument({
  fragments = [],
  siteOrigin = location.origin,
}: { fragments?: readonly string[]; siteOrigin?: string } = {}): PageFindings {
  const urlAttributes =
    /^(?:href|src|action|formaction|xlink:href|data|srcdoc|poster|background|lowsrc|dynsrc|ping|srcset|cite|longdesc|codebase)$/i;
  // Browsers ignore C0 controls, spaces and some separators around and inside a scheme.
  const scriptScheme = /^(?:javascript|vbscript|livescript|data|mocha):/i;
  const foreignHost = /^(?:[a-z][a-z\d+.-]*:)?[/\\]{2}/i;
  const neverInArticles =
    'iframe, frame, frameset, object, embed, applet, portal, base, form, button, select, textarea, keygen, isindex, template, noscript, svg, math, style, link, meta';
  // On a page, the site's own controls (the share bar's buttons) are fine: what came from an article is judged.
  const fromArticles = ':is(.article-body, .who-said-what, .article-header, .summary, h1)';
  const unsafe: string[] = [];
  const inspect = (root: Document, where: string, scope: string) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      for (const { name, value } of el.attributes) {
        const compact = value.replace(/[\u0000-\u0020\u2028\u2029]+/g, '');
        if (/^on/i.test(name)) unsafe.push(`event handler: <${tag} ${name}> in ${where}`);
        else if (urlAttributes.test(name) && scriptScheme.test(compact) && !(tag === 'meta' && name === 'content'))
          unsafe.push(`script URL: <${tag} ${name}="${value.slice(0, 40)}"> in ${where}`);
        else if (
          /^(?:src|srcset|poster|background|data)$/i.test(name) &&
          foreignHost.test(compact) &&
          !compact.startsWith(location.origin) &&
          !compact.startsWith(siteOrigin)
        ) {
          unsafe.push(`foreign resource: <${tag} ${name}="${value.slice(0, 40)}"> in ${where}`);
        }
      }
      if (tag === 'script') {
        const own =
          el.getAttribute('type') === 'application/ld+json' ||
          ((el.getAttribute('src') ?? '').startsWith('/_astro/') && !el.textContent);
        if (!own) unsafe.push(`script element in ${where}`);
      }
      if (
        tag === 'meta' &&
        el.getAttribute('http-equiv') &&
        el.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy'
      )
        unsafe.push(`<meta http-equiv> in ${where}`);
    }
    for (const el of root.querySelectorAll(`${scope} :is(${neverInArticles})`))
      unsafe.push(`<${el.tagName.toLowerCase()}> in ${where}`);
    for (const el of root.querySelectorAll('body [style]'))
      unsafe.push(`style attribute on <${el.tagName.toLowerCase()}> in ${where}`);
  };
  inspect(document, 'the page', fromArticles);
  fragments.forEach((html, i) =>
    inspect(new DOMParser().parseFromString(html, 'text/html'), `feed item ${i + 1}`, 'body'),
  );
  const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) unsafe.push(`duplicate id "${id}"`);
  if (document.querySelector('#main')?.tagName !== 'MAIN')
    unsafe.push('#main is not the page’s <main>: the skip link is clobbered');
  return {
    unsafe,
    text: document.body?.textContent ?? '',
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
  };
}
