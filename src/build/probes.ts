// Two articles that between them take every branch of the templates of the output written beside the pages (twin,
// quote page, search document): a named speaker and none, reported speech, a dateline and none, an author with a page
// and a wire, left-to-right and right-to-left. What they render to changes whenever a template, a site setting or the
// share-image switch would change an article's output, so the manifests can compare fingerprints instead of text.
import { articleOf, type Article } from '../lib/article.ts';
import { fingerprint } from './fingerprint.ts';

const quote = (n: number, speaker: string | null) =>
  ({
    id: `quote-${n}`,
    type: 'direct',
    text: `We “welcome” it ${n},`,
    speaker,
    speakerMention: speaker,
    speakerType: speaker ? 'person' : null,
    cue: speaker ? 'said' : null,
  }) as const;

const probes: Article[] = [
  articleOf(
    {
      id: '2021/04/07/probe',
      filePath: 'probe/2021/04/07/probe.md',
      data: {
        date: '2021-04-07',
        updated: '2021-04-08',
        tags: ['Probe'],
        authors: [{ id: 'a-writer', collection: 'authors' }, 'Wire'],
        section: 'world',
        draft: false,
      },
      fields: {
        headline: 'Probe & <headline>',
        dateline: { place: 'Islamabad', agency: 'Reuters', dateText: null },
        lede: 'Probe.',
        body: 'probe',
      },
    },
    {
      html: '<p>Text &amp; more.</p>',
      quotes: [
        quote(1, 'A. Speaker'),
        quote(2, null),
        quote(3, 'B. Speaker'),
        quote(4, 'C. Speaker'),
        {
          id: 'report-1',
          type: 'reported',
          text: 'no',
          speaker: null,
          speakerMention: null,
          speakerType: null,
          cue: null,
        },
      ],
    },
    new Map([['a-writer', { slug: 'a-writer', name: 'A. Writer' }]]),
  ),
  articleOf(
    {
      id: '2021/04/07/probe-ur',
      filePath: 'probe/2021/04/07/probe-ur.md',
      data: {
        date: '2021-04-07',
        tags: [],
        authors: [],
        byline: 'نامہ نگار',
        lang: 'ur',
        section: 'news',
        draft: false,
      },
      fields: { headline: 'مذاکرات', dateline: null, lede: 'مذاکرات', body: 'probe-ur' },
    },
    { html: '<p>مذاکرات</p>', quotes: [{ ...quote(1, 'خوش'), text: 'خوش آمدید' }] },
    new Map(),
  ),
];

/** A fingerprint of what `render` makes of the probe articles: the template's, as it renders in this build. */
export async function templateFingerprint(render: (article: Article) => unknown): Promise<string> {
  return fingerprint(await Promise.all(probes.map(render)));
}
