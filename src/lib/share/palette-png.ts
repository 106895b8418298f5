// Encodes an opaque RGBA picture of flat colours and anti-aliased text as a palette PNG (one byte a pixel, not four):
// each pixel becomes the nearest colour of a given palette, so a share card costs a third of the bytes.
import { crc32, deflateSync } from 'node:zlib';

/** An sRGB colour as `[red, green, blue]`, each 0-255. */
export type Rgb = readonly [number, number, number];

/** `#rrggbb` as `[r, g, b]`. */
export function hexRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1] as string, 16), parseInt(match[2] as string, 16), parseInt(match[3] as string, 16)];
}

/**
 * The colours a picture of inks on one background can have: the background, and each ink laid over it at `levels`
 * steps of coverage, the steps of an anti-aliased edge (default: 3, which at share-card sizes shows the same glyphs as
 * 255 and keeps four inks within the 16 colours of a 4-bit PNG).
 */
export function inkPalette(background: string, inks: readonly string[], levels = 3): Rgb[] {
  const paper = hexRgb(background);
  const ramps = inks.flatMap((ink) => {
    const colour = hexRgb(ink);
    return Array.from(
      { length: levels },
      (_, i) =>
        colour.map((c, k) =>
          Math.round(((paper[k] as number) * (levels - 1 - i) + c * (i + 1)) / levels),
        ) as unknown as Rgb,
    );
  });
  return [paper, ...ramps];
}

/** The index of the palette colour nearest to `r, g, b` (squared distance in sRGB). */
function nearest(palette: readonly Rgb[], r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  palette.forEach(([pr, pg, pb], i) => {
    const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A PNG of colour type 3 (indexed) from opaque RGBA pixels (`rgba`, row by row), in at most 256 colours: with at most
 * 16, two pixels a byte (bit depth 4), which deflate then packs tighter still.
 */
export function palettePng(rgba: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Buffer {
  if (palette.length < 1 || palette.length > 256)
    throw new Error(`a PNG palette has 1 to 256 colours, not ${palette.length}`);
  if (rgba.length !== width * height * 4)
    throw new Error(`${rgba.length} bytes are not ${width}x${height} RGBA pixels`);
  const bitDepth = palette.length <= 16 ? 4 : 8;
  const rowBytes = Math.ceil((width * bitDepth) / 8);
  // Each row starts with its filter type, 0 (none): the best filter for indexed colour, as the PNG spec advises.
  const rows = Buffer.alloc((rowBytes + 1) * height);
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  // A picture of flat colours has a few hundred distinct ones at most, in long runs: each is matched once.
  const known = new Map<number, number>();
  let previous = -1;
  let index = 0;
  const indexAt = (at: number): number => {
    const pixel = (pixels[at] as number) & 0xffffff; // red, green and blue: the picture is opaque
    if (pixel === previous) return index;
    previous = pixel;
    const seen = known.get(pixel);
    if (seen !== undefined) return (index = seen);
    index = nearest(palette, rgba[at * 4] as number, rgba[at * 4 + 1] as number, rgba[at * 4 + 2] as number);
    known.set(pixel, index);
    return index;
  };
  const rgbaRow = width * 4;
  for (let y = 0; y < height; y++) {
    let out = y * (rowBytes + 1) + 1;
    // A row the same as the one above (the background between lines of text, a rule) is the same row of indices.
    const row = rgba.subarray(y * rgbaRow, (y + 1) * rgbaRow);
    if (y > 0 && Buffer.compare(row, rgba.subarray((y - 1) * rgbaRow, y * rgbaRow)) === 0) {
      rows.copyWithin(out, out - rowBytes - 1, out - 1);
      continue;
    }
    const end = (y + 1) * width;
    if (bitDepth === 8) for (let at = y * width; at < end; at++) rows[out++] = indexAt(at);
    else
      for (let at = y * width; at < end; at += 2)
        rows[out++] = (indexAt(at) << 4) | (at + 1 < end ? indexAt(at + 1) : 0);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([bitDepth, 3, 0, 0, 0], 8); // indexed colour, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
