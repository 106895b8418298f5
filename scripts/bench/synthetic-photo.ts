// Deterministic stand-ins for news photographs: a sky, blurred shapes and film grain, so that encoders work about as
// hard as on a real photograph (a flat colour would make every variant tiny and every encode instant).
import sharp from 'sharp';

export interface SyntheticPhotoOptions {
  /** Same seed, same photograph (default: 1). */
  seed?: number;
  /** Pixel size; an agency photo is about 1600x1067 or larger (default: 1600x1067). */
  width?: number;
  height?: number;
}

/** A JPEG of a made-up scene. */
export async function syntheticPhoto({
  seed = 1,
  width = 1600,
  height = 1067,
}: SyntheticPhotoOptions = {}): Promise<Buffer> {
  // A hash of (seed, i) in [0, 1): enough variety between photographs, the same on every machine.
  const r = (i: number) => (((Math.sin(seed * 9301 + i * 49297) * 233280) % 1) + 1) % 1;
  const shapes = Array.from({ length: 14 }, (_, i) => {
    const fill = `hsl(${Math.floor(r(i + 200) * 360)},${30 + Math.floor(r(i + 250) * 40)}%,${25 + Math.floor(r(i + 300) * 45)}%)`;
    return `<ellipse cx="${r(i) * width}" cy="${height * (0.4 + r(i + 50) * 0.6)}" rx="${60 + r(i + 100) * 260}" ry="${40 + r(i + 150) * 180}" fill="${fill}" opacity="0.85"/>`;
  }).join('');
  const scene = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${200 + r(1) * 30},60%,70%)"/><stop offset="0.55" stop-color="hsl(${30 + r(2) * 30},40%,80%)"/><stop offset="1" stop-color="hsl(${90 + r(3) * 40},25%,35%)"/></linearGradient><filter id="b"><feGaussianBlur stdDeviation="6"/></filter></defs><rect width="100%" height="100%" fill="url(#s)"/><g filter="url(#b)">${shapes}</g></svg>`;
  const grain = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
  })
    .blur(0.8)
    .png()
    .toBuffer();
  return sharp(Buffer.from(scene))
    .composite([{ input: grain, blend: 'soft-light' }])
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

/**
 * The same JPEG with a comment segment (COM) after its start marker: other bytes, the same pixels. Each article's
 * photograph must be a file of its own, or the bundler would make one asset of identical copies and the benchmark
 * would encode it once for all of them.
 */
export function withComment(jpeg: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(text.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, text, jpeg.subarray(2)]);
}
