// Reads a `_headers` file (the Netlify and Cloudflare Pages form) and answers which headers a path gets.

export interface HeaderRule {
  /** A path, where `*` matches any run of characters (`/*`, `/_astro/*`). */
  pattern: string;
  headers: Record<string, string>;
}

/** Rules in file order: an unindented line is a path pattern, the indented `Name: value` lines under it its headers. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const rule = rules.at(-1);
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rule) {
      const colon = line.indexOf(':');
      if (colon < 0) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line`);
      rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    } else throw new Error(`_headers: "${line.trim()}" comes before any path`);
  }
  return rules;
}

/** The headers every matching rule gives `path`, later rules adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const matching = rules.filter(({ pattern }) =>
    new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`).test(path),
  );
  return Object.assign({}, ...matching.map(({ headers }) => headers));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
