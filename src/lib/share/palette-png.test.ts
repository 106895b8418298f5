import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { cardPalette, quoteCardDrawing, shareImageSize } from './card.ts';
import { hexRgb, inkPalette, palettePng, type Rgb } from './palette-png.ts';
import { drawCard } from '../../build/draw-card.ts';

/** Reads back a PNG this module wrote (indexed, no interlace, filter 0): its header and its pixels as RGB. */
function decode(png: Buffer): { width: number; height: number; bitDepth: number; colourType: number; rgb: Rgb[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const header = chunks.get('IHDR')?.[0] as Buffer;
  const [width, height, bitDepth, colourType] = [
    header.readUInt32BE(0),
    header.readUInt32BE(4),
    header[8] as number,
    header[9] as number,
  ];
  const plte = chunks.get('PLTE')?.[0] as Buffer;
  const rows = inflateSync(Buffer.concat(chunks.get('IDAT') ?? []));
  const rowBytes = Math.ceil((width * bitDepth) / 8);
  const rgb: Rgb[] = [];
  for (let y = 0; y < height; y++) {
    expect(rows[y * (rowBytes + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const byte = rows[y * (rowBytes + 1) + 1 + (bitDepth === 8 ? x : x >> 1)] as number;
      const index = bitDepth === 8 ? byte : x & 1 ? byte & 0xf : byte >> 4;
      rgb.push([plte[index * 3], plte[index * 3 + 1], plte[index * 3 + 2]] as unknown as Rgb);
    }
  }
  return { width, height, bitDepth, colourType, rgb };
}

const rgbaOf = (pixels: readonly Rgb[]) => Uint8Array.from(pixels.flatMap(([r, g, b]) => [r, g, b, 255]));

describe('palettePng', () => {
  it('keeps every pixel of a picture drawn in its palette, in 4 bits a pixel for up to 16 colours and 8 beyond', () => {
    const small = inkPalette('#ffffff', ['#000000', '#9b1c1c'], 3);
    const pixels = Array.from({ length: 5 * 3 }, (_, i) => small[(i * 7) % small.length] as Rgb);
    const four = decode(palettePng(rgbaOf(pixels), 5, 3, small));
    expect([four.width, four.height, four.bitDepth, four.colourType]).toEqual([5, 3, 4, 3]);
    expect(four.rgb).toEqual(pixels);
    const large = inkPalette('#ffffff', ['#000000', '#9b1c1c'], 16);
    const more = Array.from({ length: 7 * 2 }, (_, i) => large[(i * 5) % large.length] as Rgb);
    const eight = decode(palettePng(rgbaOf(more), 7, 2, large));
    expect(eight.bitDepth).toBe(8);
    expect(eight.rgb).toEqual(more);
  });

  it('gives a colour between two of the palette the nearer one', () => {
    const palette: Rgb[] = [hexRgb('#000000'), hexRgb('#ffffff')];
    expect(
      decode(
        palettePng(
          rgbaOf([
            [20, 30, 10],
            [200, 240, 250],
          ]),
          2,
          1,
          palette,
        ),
      ).rgb,
    ).toEqual([
      [0, 0, 0],
      [255, 255, 255],
    ]);
  });

  it('draws a share card within a third of the bytes of the renderer’s own PNG, each pixel within one step of its edge', () => {
    const drawing = quoteCardDrawing({
      siteName: 'Dateline',
      host: 'dateline.example',
      quote: 'We welcome FM Lavrov’s visit and discussed the whole range of our bilateral ties',
      speaker: 'Shah Mahmood Qureshi',
      headline: 'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi',
      date: 'April 7, 2021',
      lang: 'en',
    });
    const canvas = createCanvas(drawing.width, drawing.height);
    const context = canvas.getContext('2d');
    drawCard(context, drawing);
    const { data } = context.getImageData(0, 0, drawing.width, drawing.height);
    const pixels = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const png = palettePng(pixels, drawing.width, drawing.height, cardPalette);
    expect(png.length).toBeLessThan(canvas.encodeSync('png').length / 3);
    const { width, height, rgb } = decode(png);
    expect([width, height]).toEqual([shareImageSize.width, shareImageSize.height]);
    // The largest error is half a step of coverage between an ink and the background (text on paper: 226 levels / 3 / 2).
    let worst = 0;
    rgb.forEach((colour, i) =>
      colour.forEach((c, k) => (worst = Math.max(worst, Math.abs(c - (pixels[i * 4 + k] as number))))),
    );
    expect(worst).toBeLessThanOrEqual(Math.ceil(226 / 3 / 2));
  });
});
