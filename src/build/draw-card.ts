// Draws a card's rectangles and lines of text on a 2D canvas with Skia (@napi-rs/canvas): the fonts are registered once
// per thread, not read again for every card, which is what made drawing a card from SVG cost three times as much.
import { GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CardDrawing } from '../lib/share/card.ts';

/** Font files by the scripts they cover, as npm package paths. Policy as data: a newsroom adding Hindi adds a line. */
export const cardFonts = [
  {
    script: /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{P}]/u,
    files: [
      '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
      '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    ],
  },
  {
    script: /\p{Script=Arabic}/u,
    files: [
      '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
      '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
    ],
  },
  // 10 MB, so loaded only when a card has Chinese or Japanese on it (one weight: headlines and quotes are bold).
  {
    script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
    files: ['@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'],
  },
] as const;

/** The font files a card needs: the Latin set always (site name, digits), the others when their script is on it. */
export function fontsFor(drawing: CardDrawing): string[] {
  const text = drawing.shapes.map((shape) => (shape.kind === 'text' ? shape.text : '')).join(' ');
  return cardFonts.flatMap(({ script, files }, i) => (i === 0 || script.test(text) ? files : []));
}

// Resolved from the project root: the built chunk that runs this may live in any --outDir.
const require = createRequire(join(process.cwd(), 'package.json'));

const registered = new Set<string>();

/** Registers with Skia the fonts a card needs that this thread has not registered yet. */
function registerFonts(drawing: CardDrawing): void {
  for (const file of fontsFor(drawing)) {
    if (registered.has(file)) continue;
    if (!GlobalFonts.registerFromPath(require.resolve(file)))
      throw new Error(`share cards: cannot load the font ${file}`);
    registered.add(file);
  }
}

/** Draws the card on `context`, a canvas of the card's size. */
export function drawCard(context: SKRSContext2D, drawing: CardDrawing): void {
  registerFonts(drawing);
  context.fillStyle = drawing.background;
  context.fillRect(0, 0, drawing.width, drawing.height);
  for (const shape of drawing.shapes) {
    context.fillStyle = shape.fill;
    if (shape.kind === 'rect') {
      context.fillRect(shape.x, shape.y, shape.width, shape.height);
      continue;
    }
    context.font = `${shape.weight} ${shape.size}px ${shape.families.map((family) => `"${family}"`).join(', ')}`;
    context.lang = shape.lang;
    context.direction = shape.rtl ? 'rtl' : 'ltr';
    context.textAlign = shape.align;
    context.fillText(shape.text, shape.x, shape.y);
  }
}
