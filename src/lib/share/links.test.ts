import { describe, expect, it } from 'vitest';
import { shareLinks } from './links.ts';

const page = { url: 'https://dateline.example/2021/04/07/talks/', title: 'Lavrov & Qureshi: "talks" #1 at 100%?' };

describe('shareLinks', () => {
  it('encodes the URL and title as one component each, so & # ? " cannot split the query', () => {
    const byId = Object.fromEntries(shareLinks(page).map((link) => [link.id, link.href]));
    expect(byId['x']).toBe(
      'https://x.com/intent/tweet?url=https%3A%2F%2Fdateline.example%2F2021%2F04%2F07%2Ftalks%2F&text=Lavrov%20%26%20Qureshi%3A%20%22talks%22%20%231%20at%20100%25%3F',
    );
    for (const href of Object.values(byId)) {
      const query = new URL(href).searchParams;
      const values = [...query.values()];
      expect(
        values.some((v) => v.includes(page.url)),
        href,
      ).toBe(true);
    }
  });

  it('writes a mailto link with the headline as subject and CRLF-separated body', () => {
    const [email] = shareLinks(page);
    expect(email?.href).toMatch(/^mailto:\?subject=Lavrov%20%26%20Qureshi/);
    expect(decodeURIComponent(email?.href.split('&body=')[1] ?? '')).toBe(`${page.title}\r\n\r\n${page.url}`);
  });

  it('keeps non-Latin headlines and URLs round-trippable', () => {
    const urdu = { url: 'https://dateline.example/2021/04/07/شاہ-محمود/', title: 'شاہ محمود قریشی نے کہا' };
    const telegram = shareLinks(urdu).find((link) => link.id === 'telegram');
    const query = new URL(telegram?.href ?? '').searchParams;
    expect(query.get('url')).toBe(urdu.url);
    expect(query.get('text')).toBe(urdu.title);
  });

  it('offers the seven services of the issue, in order', () => {
    expect(shareLinks(page).map((link) => link.label)).toEqual([
      'Email',
      'WhatsApp',
      'Telegram',
      'X',
      'Facebook',
      'LinkedIn',
      'Reddit',
    ]);
  });
});
