// Deterministic synthetic news articles for the benchmark: wire-style datelines, quotes and reported speech over several years.
import { daysInMonth, isoCalendarDate, type CalendarDate } from '../../src/lib/dates.ts';

export interface SyntheticArticle {
  /** Where the file goes under the content folder: `YYYY/MM/DD/<slug>.md`. */
  path: string;
  /** The whole markdown file, front matter included. */
  text: string;
  /** Its lead photograph, one article in `photoEvery`: where the file goes, and the seed of `syntheticPhoto` to draw it with. */
  photo?: { path: string; seed: number };
  /** A photograph in its text, one article in `inTextPhotoEvery`, after the second paragraph: its file and seed. */
  inTextPhoto?: { path: string; seed: number };
}

export interface SyntheticOptions {
  /** How many articles to generate (default: 1000). */
  n?: number;
  /** Seed of the pseudo-random sequence: the same seed gives the same articles (default: 1). */
  seed?: number;
  /** The newest publication day; the articles go back from it (default: 2026-06-30). */
  lastDay?: CalendarDate;
  /** Days the articles are spread over, back from `lastDay` (default: n / 4, at least two years, at most five). */
  days?: number;
  /** One article in this many has a lead photograph, whose file the caller writes (`photo`); 0 for none (default: 0). */
  photoEvery?: number;
  /** One article in this many has a photograph in its text, whose file the caller writes (`inTextPhoto`); 0 for none (default: 0). */
  inTextPhotoEvery?: number;
}

/** Distinct photographs drawn (each article still gets a file of its own, which the image pipeline encodes on its own). */
export const distinctPhotos = 20;

// Policy as data: the people, places and topics a newsroom's week is made of.
const people = [
  { name: 'Sergei Lavrov', title: 'Russian Foreign Minister', surname: 'Lavrov' },
  { name: 'Shah Mehmood Qureshi', title: 'Pakistani Foreign Minister', surname: 'Qureshi' },
  { name: 'Subrahmanyam Jaishankar', title: 'Indian External Affairs Minister', surname: 'Jaishankar' },
  { name: 'Amina Mohammed', title: 'U.N. Deputy Secretary-General', surname: 'Mohammed' },
  { name: 'Olaf Berger', title: 'the central bank governor', surname: 'Berger' },
  { name: 'Maria Costa', title: 'the health minister', surname: 'Costa' },
  { name: 'Kenji Watanabe', title: 'a trade ministry spokesman', surname: 'Watanabe' },
  { name: 'Fatima Zahra', title: 'the mayor', surname: 'Zahra' },
  { name: 'David Okafor', title: 'the opposition leader', surname: 'Okafor' },
  { name: 'Elena Petrova', title: 'a senior economist at the institute', surname: 'Petrova' },
];
const places = [
  'Islamabad',
  'New Delhi',
  'Moscow',
  'Geneva',
  'Nairobi',
  'Brasília',
  'Jakarta',
  'Cairo',
  'Berlin',
  'Lagos',
  'Tokyo',
  'Lima',
];
const agencies = ['Reuters', 'AP', 'AFP', ''];
const topics = [
  { noun: 'water sharing', object: 'the water-sharing treaty', section: 'world', tag: 'Water' },
  { noun: 'grain exports', object: 'the grain corridor', section: 'business', tag: 'Trade' },
  { noun: 'interest rates', object: 'the benchmark rate', section: 'business', tag: 'Economy' },
  { noun: 'vaccine supplies', object: 'the vaccination campaign', section: 'health', tag: 'Vaccines' },
  { noun: 'border trade', object: 'the new border crossing', section: 'world', tag: 'Trade' },
  { noun: 'the budget', object: 'the draft budget', section: 'politics', tag: 'Budget' },
  { noun: 'flood relief', object: 'the relief fund', section: 'world', tag: 'Climate' },
  { noun: 'energy prices', object: 'the fuel subsidy', section: 'business', tag: 'Energy' },
];
const headlineVerbs = [
  'urges talks on',
  'warns over',
  'backs plan for',
  'rejects criticism of',
  'signals shift on',
  'calls for review of',
];
const speechVerbs = [
  'said',
  'told reporters',
  'said in a statement',
  'told a news conference',
  'added',
  'said on social media',
];
const claims = [
  'would not accept any delay',
  'remained committed to the agreement',
  'expected a decision within weeks',
  'had asked for more time to study the proposal',
  'was ready to meet all parties',
  'saw no reason to change course',
];
const directQuotes = [
  'We are not going to accept a deal that leaves our farmers behind',
  'This is a difficult moment, but we have been here before',
  'Nobody wins if the talks collapse',
  'The numbers speak for themselves',
  'We will do whatever it takes to protect jobs',
  'I have asked my team to prepare all the options',
  'There is still a lot of work to do',
  'Our position has not changed',
];
const background = [
  'The two countries signed a framework agreement in 2019 that has never been fully put into effect.',
  'Officials have met four times since January without announcing any breakthrough.',
  'Analysts say the dispute has already cost the region millions of dollars in lost trade.',
  'The ministry did not respond to a request for further comment.',
  'Protesters gathered outside the building for a second day, according to witnesses.',
  'The proposal will be debated in parliament next month.',
  'Markets were little changed after the announcement.',
];
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Mulberry32: a small, fast PRNG, so that a seed reproduces the same site on any machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function previousDay({ year, month, day }: CalendarDate): CalendarDate {
  if (day > 1) return { year, month, day: day - 1 };
  if (month > 1) return { year, month: month - 1, day: daysInMonth(year, month - 1) };
  return { year: year - 1, month: 12, day: 31 };
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `n` articles, newest day first, on random days of the span (several a day, some days none); pure: the same options give the same files. */
export function generateArticles({
  n = 1000,
  seed = 1,
  lastDay = { year: 2026, month: 6, day: 30 },
  days,
  photoEvery = 0,
  inTextPhotoEvery = 0,
}: SyntheticOptions = {}): SyntheticArticle[] {
  const span = days ?? Math.min(1826, Math.max(730, Math.round(n / 4)));
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const perDay = new Array<number>(span).fill(0);
  for (let i = 0; i < n; i++) perDay[Math.floor(next() * span)]! += 1;
  const articles: SyntheticArticle[] = [];
  let date = lastDay;
  for (const count of perDay) {
    const slugs = new Set<string>();
    for (let i = 0; i < count; i++) {
      // Which articles have a photograph follows their number, not the random sequence: the text stays as it was.
      const photo =
        photoEvery > 0 && articles.length % photoEvery === 0
          ? ((articles.length / photoEvery) % distinctPhotos) + 1
          : undefined;
      // A quarter of a cycle on (the 5th, 25th… of every 20), so that these are other articles than those with a lead photograph.
      const inText =
        inTextPhotoEvery > 0 && articles.length % inTextPhotoEvery === Math.floor(inTextPhotoEvery / 4)
          ? (Math.floor(articles.length / inTextPhotoEvery) % distinctPhotos) + 1
          : undefined;
      const article = writeArticle(date, pick, next, photo !== undefined, inText !== undefined);
      let slug = slugify(article.headline);
      for (let k = 2; slugs.has(slug); k++) slug = `${slugify(article.headline)}-${k}`;
      slugs.add(slug);
      const folder = isoCalendarDate(date).replaceAll('-', '/');
      const text = article.text
        .replace('image: ./photo.jpg', `image: ./${slug}.jpg`)
        .replace('](./in-text.jpg', `](./${slug}-in-text.jpg`);
      articles.push({
        path: `${folder}/${slug}.md`,
        text,
        ...(photo !== undefined && { photo: { path: `${folder}/${slug}.jpg`, seed: photo } }),
        ...(inText !== undefined && { inTextPhoto: { path: `${folder}/${slug}-in-text.jpg`, seed: inText } }),
      });
    }
    date = previousDay(date);
  }
  return articles;
}

function writeArticle(
  date: CalendarDate,
  pick: <T>(list: readonly T[]) => T,
  next: () => number,
  photo: boolean,
  inTextPhoto: boolean,
): { headline: string; text: string } {
  const speaker = pick(people);
  const other = pick(people.filter((p) => p !== speaker));
  const topic = pick(topics);
  const place = pick(places);
  const agency = pick(agencies);
  const weekday = weekdays[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
  const headline = `${speaker.surname} ${pick(headlineVerbs)} ${topic.noun}`;
  const dateline = `${place.toUpperCase()}, ${monthNames[date.month - 1]} ${date.day}${agency ? ` (${agency})` : ''} - `;
  const title = speaker.title.charAt(0).toUpperCase() + speaker.title.slice(1); // "the mayor" opens a sentence here
  const paragraphs = [
    `${dateline}${title} ${speaker.name} said on ${weekday} that the government ${pick(claims)} on ${topic.object}.`,
  ];
  const count = 8 + Math.floor(next() * 13);
  while (paragraphs.length < count) {
    const who = next() < 0.6 ? speaker : other;
    const kind = next();
    if (kind < 0.35) paragraphs.push(`"${pick(directQuotes)}," ${who.surname} ${pick(speechVerbs)}.`);
    else if (kind < 0.5)
      paragraphs.push(`"${pick(directQuotes)}," said ${who.name}, ${who.title}. "${pick(directQuotes)}."`);
    else if (kind < 0.75) paragraphs.push(`${who.name} ${pick(speechVerbs)} the government ${pick(claims)}.`);
    else paragraphs.push(pick(background));
  }
  const front = [
    `date: ${isoCalendarDate(date)}`,
    ...(agency ? [] : [`byline: Staff reporter`]),
    `section: ${topic.section}`,
    `tags: [${topic.tag}, ${place}]`,
    ...(photo
      ? [
          'image: ./photo.jpg',
          `imageAlt: ${speaker.name} speaking to reporters in ${place}`,
          `imageCaption: ${speaker.name}, ${speaker.title}, in ${place}.`,
          `imageCredit: ${agency || 'Staff'} photo`,
        ]
      : []),
  ];
  if (inTextPhoto)
    paragraphs.splice(
      2,
      0,
      `![${other.name} arriving for the meeting in ${place}](./in-text.jpg "${other.name}, ${other.title}, arrives in ${place}.")`,
    );
  return { headline, text: `---\n${front.join('\n')}\n---\n\n# ${headline}\n\n${paragraphs.join('\n\n')}\n` };
}
