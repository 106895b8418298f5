import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld.ts';

describe('serializeJsonLd', () => {
  it('escapes what could end or comment out the script element, and stays the same JSON', () => {
    const data = { headline: 'Talks end </script><script>alert(1)</script> <!-- & more\u2028' };
    const json = serializeJsonLd(data);
    expect(json).toMatchInlineSnapshot(
      `"{"headline":"Talks end \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026 more\\u2028"}"`,
    );
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
