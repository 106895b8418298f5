// Where an article lives (its slug and day) and the check that no two articles claim the same permalink.
import { basename } from 'node:path';
import type { DataStore } from 'astro/loaders';
import { parseCalendarDate } from '../dates.ts';
import type { ContentProblem } from './content-problems.ts';

/** The slug of an article file: its name without `.md` (`content/articles/2021/04/07/talks.md` -> `talks`). */
export function articleSlug(filePath: string): string {
  return basename(filePath).replace(/\.md$/i, '');
}

const datedFolder = /(?:^|\/)(\d{4})\/(\d{2})\/(\d{2})\/[^/]+$/;
const validSlug = /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+)*$/u;

/** An entry of the articles collection's store: its id, file and front matter. */
type StoredArticle = Pick<ReturnType<DataStore['values']>[number], 'id' | 'filePath' | 'data'>;

/**
 * Problems that would make two articles share a URL or put one under the wrong day:
 * a slug that is not lower-case words joined by `-`, a file whose `YYYY/MM/DD/` folder disagrees with
 * its `date`, and two files with the same day and slug.
 */
export function checkPermalinks(entries: Iterable<StoredArticle>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, string>();
  // In path order, so that every build blames the same one of two clashing files.
  const byPath = [...entries].sort((a, b) => (a.filePath ?? '').localeCompare(b.filePath ?? ''));
  for (const { filePath, data } of byPath) {
    if (!filePath || typeof data['date'] !== 'string') continue;
    const slug = articleSlug(filePath);
    if (!validSlug.test(slug)) {
      problems.push({
        file: filePath,
        message: `the file name "${slug}" is not a slug: use lower-case words joined by "-" (it becomes the URL)`,
      });
    }
    const folder = datedFolder.exec(filePath);
    if (folder) {
      const folderDate = `${folder[1]}-${folder[2]}-${folder[3]}`;
      if ('error' in parseCalendarDate(folderDate)) {
        problems.push({
          file: filePath,
          message: `the folder ${folder[1]}/${folder[2]}/${folder[3]} is not a calendar day: move the file into the folder of its date, YYYY/MM/DD`,
        });
      } else if (folderDate !== data['date']) {
        problems.push({
          file: filePath,
          message: `the file is in the folder for ${folderDate} but its date is ${data['date']}: move the file or correct the date`,
        });
      }
    }
    const permalink = `${data['date']}/${slug}`;
    const owner = owners.get(permalink);
    if (owner) {
      problems.push({
        file: filePath,
        message: `same day and slug as ${owner}, so both would be published at one URL: rename one of them`,
      });
    } else {
      owners.set(permalink, filePath);
    }
  }
  return problems;
}
