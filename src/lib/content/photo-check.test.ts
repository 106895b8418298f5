import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { photoProblem } from './photo-check.ts';

const folder = mkdtempSync(join(tmpdir(), 'dateline-photos-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const articleFile = join(folder, 'talks.md');
writeFileSync(
  join(folder, 'good.jpg'),
  await sharp({ create: { width: 64, height: 48, channels: 3, background: '#369' } })
    .jpeg()
    .toBuffer(),
);
writeFileSync(join(folder, 'broken.jpg'), 'not a photograph');
writeFileSync(join(folder, 'drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

describe('photoProblem', () => {
  it('accepts a readable photograph beside the article, with or without "./"', async () => {
    await expect(photoProblem(articleFile, './good.jpg')).resolves.toBeUndefined();
    await expect(photoProblem(articleFile, 'good.jpg')).resolves.toBeUndefined();
  });

  it('refuses, saying how to fix it: a remote image, a missing file, another format, a file that is no image', async () => {
    await expect(photoProblem(articleFile, 'https://tracker.example/p.jpg')).resolves.toMatch(
      /^the photograph "https:\/\/tracker\.example\/p\.jpg" is on another site: download it and put it beside the article/,
    );
    await expect(photoProblem(articleFile, '//cdn.example/p.jpg')).resolves.toMatch(/is on another site/);
    await expect(photoProblem(articleFile, './gone.jpg')).resolves.toBe(
      `the photograph "./gone.jpg" is not there (no file ${join(folder, 'gone.jpg')}): put it beside the article or correct the name`,
    );
    await expect(photoProblem(articleFile, './drawing.svg')).resolves.toBe(
      'the photograph "./drawing.svg" is not a JPEG, PNG, WebP or AVIF file (its name ends in ".svg"): export it as JPEG',
    );
    await expect(photoProblem(articleFile, './broken.jpg')).resolves.toMatch(
      /^the photograph "\.\/broken\.jpg" cannot be read as an image \(.+\): the file is damaged or not a photograph; export it again as JPEG$/,
    );
    await expect(photoProblem(articleFile, '/images/p.jpg')).resolves.toBe(
      'the photograph "/images/p.jpg" is not beside the article: put the file in the article\'s folder and write "./p.jpg"',
    );
  });

  it('only looks for the file when asked not to read it', async () => {
    await expect(photoProblem(articleFile, './broken.jpg', { read: false })).resolves.toBeUndefined();
  });
});
