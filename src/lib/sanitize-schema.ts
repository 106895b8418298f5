// What article HTML may contain after sanitising: GitHub's policy, plus what our pages need, minus a second h1.
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

const defaultGlobal = defaultSchema.attributes?.['*'] ?? [];

/**
 * Ids an article may carry: our quote anchors (`quote-N`, `report-N`) and the `user-content-` ids that
 * remark-rehype gives footnotes. Any other id from raw HTML is dropped: it could clobber a global or fake an anchor.
 */
const allowedId = /^(?:quote-\d+|report-\d+|user-content-[\w-]+)$/;

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // The page renders the headline as its only h1; a heading smuggled into the body keeps its text as a paragraph-level run.
  tagNames: [...(defaultSchema.tagNames ?? []).filter((name) => name !== 'h1'), 'time', 'figure', 'figcaption', 'cite', 'mark', 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...defaultGlobal.filter((attribute) => attribute !== 'id'), ['id', allowedId]],
    span: [['className', 'quote-direct', 'quote-reported']],
    time: ['dateTime'],
    abbr: ['title'],
  },
  // Ids are already restricted above; prefixing them would break the `#quote-N` permalinks.
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
};
