// The quote evaluation measures what the site publishes: for every article the e2e site is built from, the quotes
// the eval's renderer (src/lib/eval/published-quotes.ts) finds are the quotes of the JSON twin the build wrote.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { renderPublished } from '../../src/lib/eval/published-quotes.ts';
import type { ArticleTwin } from '../../src/lib/twin.ts';

const distDir = inject('distDir');
const folders = ['content/articles', 'tests/fixtures/articles'];

function articleFiles(): { file: string; twin: string }[] {
  return folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({
        file: join(folder, name),
        twin: join(distDir, relative('.', name).replace(/\.md$/u, '.json')),
      })),
  );
}

describe('quotes as published', () => {
  it('are the same in the eval and in the twin the build wrote, for every article', async () => {
    const files = articleFiles();
    expect(files.length).toBeGreaterThan(5);
    for (const { file, twin } of files) {
      const published = (JSON.parse(readFileSync(twin, 'utf8')) as ArticleTwin).quotes.map(
        ({ url: _url, ...quote }) => quote,
      );
      const { quotes } = await renderPublished(readFileSync(file, 'utf8'), file);
      expect(published, file).toEqual(
        quotes.map(({ id, type, text, speaker, speakerMention, speakerType, speakerRole, cue }) => ({
          id,
          type,
          text,
          speaker,
          speakerMention,
          speakerType,
          speakerRole: speakerRole ?? null,
          cue,
        })),
      );
    }
  });

  it("publishes the fixture article's speakers as a reader resolves them", () => {
    const twin = JSON.parse(
      readFileSync(join(distDir, '2021/04/02/harbour-board-votes-to-rebuild-the-eastern-wharf.json'), 'utf8'),
    ) as ArticleTwin;
    const direct = twin.quotes
      .filter((q) => q.type === 'direct')
      .map((q) => `${q.speaker} (${q.speakerMention ?? '-'}, ${q.speakerType}): ${q.text}`);
    expect(direct).toEqual([
      'Ana Ruiz (she, person): We have waited long enough for this,',
      'Ana Ruiz (-, person): The ‘temporary’ repairs were never meant to last a decade.',
      'Rosa Matos (Rosa Matos, person): Nobody asked us,',
      'Rosa Matos (-, person): We read about it in the paper.',
      'Ana Ruiz (the mayor, person): It is the least we can do,',
      'Jonah Price (Jonah Price, person): We begin in May. The piles come out first, then the deck.',
      'Jonah Price (he, person): It will take two summers,',
    ]);
  });
});
