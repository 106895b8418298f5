// What article HTML may contain after sanitising: GitHub's policy, plus what our pages need, minus a second h1.
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/** GitHub's global attributes, less `tabindex` and `accesskey` (an article must not hijack the keyboard) and `id` (narrowed below). */
const keyboardAttributes = new Set(['id', 'tabIndex', 'accessKey']);
const defaultGlobal = (defaultSchema.attributes?.['*'] ?? []).filter(
  (attribute) => !keyboardAttributes.has(String(attribute)),
);

/**
 * An image source on this site: a path, never a scheme, `//host` or `/\host` (browsers read both as another host),
 * nor a tab or line break that browsers would drop. A remote image would be a tracking pixel in every reader's
 * browser, and the Content Security Policy (`img-src 'self'`) would block it anyway.
 */
export const siteImageSource = /^(?![\s\u0000-\u001f]*(?:[a-z][a-z\d+.-]*:|[/\\]{2}))[^\t\n\r]*$/i;

/**
 * Ids an article may carry: our quote anchors (`quote-N`, `report-N`) and the `user-content-` ids that
 * remark-rehype gives footnotes. Any other id from raw HTML is dropped: it could clobber a global or fake an anchor.
 */
const allowedId = /^(?:quote-\d+|report-\d+|user-content-[\w-]+)$/;

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // The page renders the headline as its only h1; a heading smuggled into the body keeps its text as a paragraph-level run.
  // `source` goes too: its `srcset` is a list of URLs that no protocol check covers.
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((name) => name !== 'h1' && name !== 'source'),
    'time',
    'figure',
    'figcaption',
    'cite',
    'mark',
    'abbr',
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...defaultGlobal, ['id', allowedId]],
    img: [
      ...(defaultSchema.attributes?.['img'] ?? []).filter((attribute) => attribute !== 'src'),
      ['src', siteImageSource],
    ],
    span: [['className', 'quote-direct', 'quote-reported']],
    time: ['dateTime'],
    abbr: ['title'],
  },
  // Ids are already restricted above; prefixing them would break the `#quote-N` permalinks.
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
};
