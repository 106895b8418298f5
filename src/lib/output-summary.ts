// What a build wrote, by kind of file, and the publishing hosts whose limits that passes, with the switch that fixes it.

/** The kinds of file a build writes, in the order the summary names them. */
export const outputKinds = ['pages', 'quote pages', 'images', 'search', 'twins', 'other'] as const;
export type OutputKind = (typeof outputKinds)[number];

/** Which kind an output file is, from its path relative to the output folder (with `/`). */
export function outputKind(path: string): OutputKind {
  if (path.startsWith('pagefind/')) return 'search';
  if (path.endsWith('.png')) return 'images';
  if (/(^|\/)quote-\d+\/index\.html$/.test(path)) return 'quote pages';
  if (path.endsWith('.html')) return 'pages';
  if (/^\d{4}\/\d{2}\/\d{2}\/[^/]+\.json$/.test(path)) return 'twins';
  return 'other';
}

export interface Tally {
  files: number;
  bytes: number;
}

/** Files and bytes of each kind, and in all. */
export interface OutputSummary {
  kinds: Record<OutputKind, Tally>;
  total: Tally;
  /** Files and bytes of the share cards of quotes (`quote-N/card.png`): what `sharedQuotesPerArticle` decides, with the quote pages. */
  quoteCards: Tally;
}

export function summarizeOutput(files: Iterable<{ path: string; bytes: number }>): OutputSummary {
  const tally = (): Tally => ({ files: 0, bytes: 0 });
  const kinds = Object.fromEntries(outputKinds.map((kind) => [kind, tally()])) as Record<OutputKind, Tally>;
  const total = tally();
  const quoteCards = tally();
  for (const { path, bytes } of files) {
    for (const t of [
      kinds[outputKind(path)],
      total,
      ...(/(^|\/)quote-\d+\/card\.png$/.test(path) ? [quoteCards] : []),
    ]) {
      t.files++;
      t.bytes += bytes;
    }
  }
  return { kinds, total, quoteCards };
}

/** A host's published limit on a site's files or bytes. Policy as data: a newsroom on another host adds a line. */
export interface HostLimit {
  host: string;
  files?: number;
  bytes?: number;
}

/** Limits of the hosts the README's "Publishing" section covers (2026). */
export const hostLimits: readonly HostLimit[] = [
  { host: 'Cloudflare Pages (free plan)', files: 20_000 },
  { host: 'Cloudflare Pages (paid plans)', files: 100_000 },
  { host: 'GitHub Pages', bytes: 1e9 },
  { host: 'GitLab Pages', files: 200_000, bytes: 1e9 },
];

/** A site-config switch and what the output would be without the files it turns off. */
const switches = (summary: OutputSummary) => [
  {
    change: 'sharedQuotesPerArticle: 0',
    files: summary.total.files - summary.kinds['quote pages'].files - summary.quoteCards.files,
    bytes: summary.total.bytes - summary.kinds['quote pages'].bytes - summary.quoteCards.bytes,
  },
  {
    change: 'shareImages: false (or DATELINE_SHARE_IMAGES=0)',
    files: summary.total.files - summary.kinds.images.files,
    bytes: summary.total.bytes - summary.kinds.images.bytes,
  },
  {
    change: 'sharedQuotesPerArticle: 0 and shareImages: false',
    files: summary.total.files - summary.kinds['quote pages'].files - summary.kinds.images.files,
    bytes: summary.total.bytes - summary.kinds['quote pages'].bytes - summary.kinds.images.bytes,
  },
];

const count = (n: number) => n.toLocaleString('en-US');
/** Bytes in MB or GB (powers of 1,000, as hosts state their limits). */
export const size = (bytes: number) =>
  bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;

/** One warning per host limit the output passes, naming the smallest switch in src/site.config.ts that brings it under. */
export function hostWarnings(summary: OutputSummary, limits: readonly HostLimit[] = hostLimits): string[] {
  return limits.flatMap(({ host, files, bytes }) => {
    const fits = (out: Tally) =>
      (files === undefined || out.files <= files) && (bytes === undefined || out.bytes <= bytes);
    if (fits(summary.total)) return [];
    const passed = [
      files !== undefined && summary.total.files > files && `${count(files)} files`,
      bytes !== undefined && summary.total.bytes > bytes && size(bytes),
    ]
      .filter(Boolean)
      .join(' and ');
    const fix = switches(summary).find(fits);
    const advice = fix
      ? `set ${fix.change} in src/site.config.ts to publish ${count(fix.files)} files, ${size(fix.bytes)}`
      : 'no site-config switch brings it under: publish elsewhere';
    return [`${host}: the output passes its limit of ${passed}; ${advice}`];
  });
}

/** The one line a build ends with: files and bytes in all and by kind. */
export function formatSummary(summary: OutputSummary): string {
  const kinds = outputKinds
    .filter((kind) => summary.kinds[kind].files > 0)
    .map((kind) => `${kind} ${count(summary.kinds[kind].files)} (${size(summary.kinds[kind].bytes)})`);
  return `wrote ${count(summary.total.files)} files, ${size(summary.total.bytes)}: ${kinds.join(', ')}`;
}
