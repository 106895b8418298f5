// The date index: articles arranged by year, month and day, with counts, for the archive pages.
import type { Article } from './articles.ts';

export interface DayGroup {
  year: number;
  month: number;
  day: number;
  articles: Article[];
}

export interface MonthGroup {
  year: number;
  month: number;
  days: DayGroup[];
  count: number;
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
  count: number;
}

/** Years, months and days that have articles, newest first at every level (articles keep their given order). */
export function buildArchive(articles: readonly Article[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const article of [...articles].sort((a, b) => b.isoDate.localeCompare(a.isoDate))) {
    const { year, month, day } = article.date;
    let y = years.at(-1);
    if (y?.year !== year) years.push((y = { year, months: [], count: 0 }));
    let m = y.months.at(-1);
    if (m?.month !== month) y.months.push((m = { year, month, days: [], count: 0 }));
    let d = m.days.at(-1);
    if (d?.day !== day) m.days.push((d = { year, month, day, articles: [] }));
    d.articles.push(article);
    m.count++;
    y.count++;
  }
  return years;
}

/** The days of the archive in order, newest first. */
export function allDays(archive: readonly YearGroup[]): DayGroup[] {
  return archive.flatMap((y) => y.months.flatMap((m) => m.days));
}

/** The months of the archive in order, newest first. */
export function allMonths(archive: readonly YearGroup[]): MonthGroup[] {
  return archive.flatMap((y) => y.months);
}
