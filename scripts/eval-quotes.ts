// Measures who-said-what as the site publishes it, on a dev set made by shared/quotes-eval/make-dev-set.mjs:
// `npm run eval:quotes -- PATH.json`. Each article is written as the importer writes it, rendered by the build's own
// markdown processor, and scored on the quotes its JSON twin carries; the bare extractor on the raw text is printed
// beside it, so that a gap between the two shows what the pipeline loses.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseCalendarDate, type CalendarDate } from '../src/lib/dates.ts';
import { publishedQuotes } from '../src/lib/eval/published-quotes.ts';
import {
  count,
  emptyCounts,
  score,
  scoreArticle,
  type Counts,
  type GoldQuote,
  type PredictedQuote,
  type Score,
  type Unit,
} from '../src/lib/eval/score-quotes.ts';
import { extractQuotes } from '../src/lib/extract/quotes.ts';
import { articleToMarkdown } from '../src/lib/import/to-markdown.ts';

interface Article {
  id: string;
  title: string;
  text: string;
  quotes: GoldQuote[];
}

const USAGE = `usage: npm run eval:quotes -- PATH.json

PATH.json is the quote dev set, made on your machine (it has no licence: never commit it):
  1. get a git copy of github.com/networkdynamics/PolNeAR (a clone or a bare git directory)
  2. node ../shared/quotes-eval/make-dev-set.mjs POLNEAR_GITDIR > /tmp/quotes-dev.json
  3. npm run eval:quotes -- /tmp/quotes-dev.json
See ../shared/quotes-eval/README.md for the format and the scoring rules.`;

function readArticles(path: string | undefined): Article[] {
  if (path === undefined) {
    console.error(USAGE);
    process.exit(2);
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Article[];
  } catch (error) {
    console.error(`cannot read ${path}: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const articles = readArticles(process.argv[2]);
const day = parseCalendarDate('2016-01-01') as CalendarDate;

// Extraction is timed alone, before any scoring, so the rate is the extractor's. CPU time is printed too:
// on a shared machine the wall clock measures the neighbours as much as the extractor.
function timed<T>(run: () => T): { result: T; cpuSeconds: number } {
  const cpu = process.cpuUsage();
  const result = run();
  return { result, cpuSeconds: process.cpuUsage(cpu).user / 1e6 };
}

const raw = timed(() => articles.map((a) => extractQuotes(a.text.split('\n\n'))));
const startedPublished = performance.now();
const published: PredictedQuote[][] = [];
for (const a of articles) {
  published.push(
    await publishedQuotes(
      articleToMarkdown({ date: day, headline: a.title || 'Untitled', paragraphs: a.text.split('\n\n') }),
    ),
  );
}
const publishedSeconds = (performance.now() - startedPublished) / 1000;

const levels = ['lenient', 'strict'] as const;
type Totals = Record<'direct' | 'reported', Record<(typeof levels)[number], Counts>>;

interface Report {
  totals: Totals;
  missedGold: { id: string; unit: Unit }[];
  extraPredictions: { id: string; unit: Unit }[];
  wrongNames: { id: string; gold: Unit; predicted: Unit }[];
}

function evaluate(predictions: readonly PredictedQuote[][]): Report {
  const totals: Totals = {
    direct: { lenient: emptyCounts(), strict: emptyCounts() },
    reported: { lenient: emptyCounts(), strict: emptyCounts() },
  };
  const report: Report = { totals, missedGold: [], extraPredictions: [], wrongNames: [] };
  articles.forEach((article, i) => {
    const result = scoreArticle(article.quotes, predictions[i]!);
    for (const type of ['direct', 'reported'] as const) {
      for (const level of levels)
        count(totals[type][level], result.gold[type], result.predicted[type], result[type][level]);
    }
    const lenient = result.direct.lenient;
    result.gold.direct.forEach((unit, g) => {
      if (!lenient.some((m) => m.gold === g)) report.missedGold.push({ id: article.id, unit });
    });
    result.predicted.direct.forEach((unit, p) => {
      if (!lenient.some((m) => m.prediction === p)) report.extraPredictions.push({ id: article.id, unit });
    });
    for (const m of result.direct.strict) {
      const gold = result.gold.direct[m.gold]!;
      const predicted = result.predicted.direct[m.prediction]!;
      const counted = emptyCounts();
      count(counted, [gold], [predicted], [{ gold: 0, prediction: 0 }]);
      if (counted.speakerScored === 1 && counted.speakerRight === 0 && counted.speakerMissing === 0) {
        report.wrongNames.push({ id: article.id, gold, predicted });
      }
    }
  });
  return report;
}

const pct = (x: number | undefined): string => (x === undefined ? '  n/a' : (100 * x).toFixed(1).padStart(5));
const line = (label: string, c: Counts, s: Score): string =>
  `${label.padEnd(20)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (${c.matches} matched of ${c.gold} gold, ${c.predictions} predicted)`;

function printFigures(title: string, { totals }: Report): void {
  const d = totals.direct;
  const r = totals.reported;
  console.log(`\n${title}\narticles ${articles.length}; units: direct ${d.lenient.gold}, reported ${r.lenient.gold}`);
  for (const level of levels) console.log(line(`direct ${level}`, d[level], score(d[level])));
  for (const level of levels) {
    const c = d[level];
    const s = score(c);
    console.log(
      `speaker acc ${level.padEnd(8)} ${pct(s.speakerAccuracy)}   (${c.speakerRight} right of ${c.speakerScored} scored; ` +
        `wrong name ${pct(s.wrongNameRate)} %, unattributed ${pct(s.unattributedRate)} %)`,
    );
  }
  for (const level of levels) console.log(line(`reported ${level}`, r[level], score(r[level])));
}

const publishedReport = evaluate(published);
printFigures(
  "AS PUBLISHED (markdown as the importer writes it, the build's processor, the quotes of the JSON twin)",
  publishedReport,
);
printFigures("bare extractor on the raw text (a diagnosis: the figures above are the site's)", evaluate(raw.result));
console.log(
  `\nextractor alone: ${(articles.length / raw.cpuSeconds).toFixed(0)} articles/s of CPU time; ` +
    `whole markdown pipeline: ${(articles.length / publishedSeconds).toFixed(0)} articles/s wall`,
);

const longest = <T extends { unit: Unit }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => b.unit.tokens.length - a.unit.tokens.length).slice(0, 20);
const show = (title: string, list: { id: string; unit: Unit }[]): void => {
  console.log(`\n${title}`);
  for (const { id, unit } of longest(list))
    console.log(`  ${id}  [${unit.speaker ?? '-'}]  ${unit.text.slice(0, 160)}`);
};
show('worst misses (as published): longest gold direct units unmatched (lenient)', publishedReport.missedGold);
show('worst misses (as published): longest direct predictions unmatched (lenient)', publishedReport.extraPredictions);
console.log('\nwrong names (as published, strict matches): gold speaker -> published speaker');
for (const { id, gold, predicted } of publishedReport.wrongNames.slice(0, Number(process.env['SHOW'] ?? 40))) {
  console.log(`  ${id}  [${gold.speaker}] -> [${predicted.speaker}]  ${gold.text.slice(0, 90)}`);
}
