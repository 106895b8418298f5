// Measures the quote extractor on a dev set made by shared/quotes-eval/make-dev-set.mjs: `npm run eval:quotes -- PATH.json`.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extractQuotes } from '../src/lib/extract/quotes.ts';
import {
  count,
  emptyCounts,
  score,
  scoreArticle,
  type Counts,
  type GoldQuote,
  type Score,
  type Unit,
} from '../src/lib/eval/score-quotes.ts';

interface Article {
  id: string;
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

// Extraction is timed alone, before any scoring, so the rate is the extractor's. CPU time is printed too:
// on a shared machine the wall clock measures the neighbours as much as the extractor.
const started = performance.now();
const cpu = process.cpuUsage();
const predictions = articles.map((a) => extractQuotes(a.text.split('\n\n')));
const seconds = (performance.now() - started) / 1000;
const cpuSeconds = process.cpuUsage(cpu).user / 1e6;

const levels = ['lenient', 'strict'] as const;
const totals = {
  direct: { lenient: emptyCounts(), strict: emptyCounts() },
  reported: { lenient: emptyCounts(), strict: emptyCounts() },
};
const missedGold: { id: string; unit: Unit }[] = [];
const extraPredictions: { id: string; unit: Unit }[] = [];

articles.forEach((article, i) => {
  const result = scoreArticle(article.quotes, predictions[i]!);
  for (const type of ['direct', 'reported'] as const) {
    for (const level of levels) count(totals[type][level], result.gold[type], result.predicted[type], result[type][level]);
  }
  const lenient = result.direct.lenient;
  result.gold.direct.forEach((unit, g) => {
    if (!lenient.some((m) => m.gold === g)) missedGold.push({ id: article.id, unit });
  });
  result.predicted.direct.forEach((unit, p) => {
    if (!lenient.some((m) => m.prediction === p)) extraPredictions.push({ id: article.id, unit });
  });
});

const pct = (x: number | undefined): string => (x === undefined ? '  n/a' : (100 * x).toFixed(1).padStart(5));
const line = (label: string, c: Counts, s: Score): string =>
  `${label.padEnd(20)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (${c.matches} matched of ${c.gold} gold, ${c.predictions} predicted)`;

const d = totals.direct;
const r = totals.reported;
console.log(`articles ${articles.length}; units: direct ${d.lenient.gold}, reported ${r.lenient.gold}`);
for (const level of levels) console.log(line(`direct ${level}`, d[level], score(d[level])));
for (const level of levels) {
  const c = d[level];
  console.log(`speaker acc ${level.padEnd(8)} ${pct(score(c).speakerAccuracy)}   (${c.speakerRight} right of ${c.speakerScored} scored)`);
}
for (const level of levels) console.log(line(`reported ${level}`, r[level], score(r[level])));
console.log(
  `extractor: ${(articles.length / seconds).toFixed(0)} articles/s wall (${(seconds * 1000).toFixed(0)} ms for ${articles.length}), ` +
    `${(articles.length / cpuSeconds).toFixed(0)} articles/s of CPU time`,
);

const longest = (list: { id: string; unit: Unit }[]): { id: string; unit: Unit }[] =>
  [...list].sort((a, b) => b.unit.tokens.length - a.unit.tokens.length).slice(0, 20);
const show = (title: string, list: { id: string; unit: Unit }[]): void => {
  console.log(`\n${title}`);
  for (const { id, unit } of longest(list)) {
    console.log(`  ${id}  [${unit.speaker ?? '-'}]  ${unit.text.slice(0, 160)}`);
  }
};
show('worst misses: longest gold direct units unmatched (lenient)', missedGold);
show('worst misses: longest direct predictions unmatched (lenient)', extraPredictions);
