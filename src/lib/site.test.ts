import { describe, expect, it } from 'vitest';
import { resolveSiteConfig } from './site.ts';

describe('resolveSiteConfig', () => {
  it('fills what the newsroom did not set with the defaults', () => {
    const site = resolveSiteConfig({
      description: 'Local news.',
      sections: [{ slug: 'city', name: 'City' }],
      defaultSection: 'city',
    });
    expect(site).toMatchObject({
      title: 'Dateline',
      description: 'Local news.',
      url: 'https://dateline.example',
      timeZone: 'UTC',
      shareImages: true,
      sharedQuotesPerArticle: 2,
      defaultSection: 'city',
    });
    expect(site.sections).toEqual([{ slug: 'city', name: 'City' }]);
  });

  it('lets the environment override the URL and turn share images off, never on', () => {
    expect(
      resolveSiteConfig(
        { description: 'x', url: 'https://news.example' },
        { siteUrl: 'https://preview.example', shareImagesOff: true },
      ),
    ).toMatchObject({ url: 'https://preview.example', shareImages: false });
    expect(resolveSiteConfig({ description: 'x', shareImages: false }, { shareImagesOff: false }).shareImages).toBe(
      false,
    );
  });
});
