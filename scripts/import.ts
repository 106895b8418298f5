// `npm run import -- [--out DIR] FILE...`: files raw wire articles into content/articles/YYYY/MM/DD/<slug>.md.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { importArticleFile } from '../src/lib/import/import-file.ts';
import { sourceEncodings, type SourceEncoding } from '../src/lib/import/raw-article.ts';
import type { ReplacedCharacter } from '../src/lib/import/raw-article.ts';

const usage = `usage: npm run import -- [--out DIR] [--encoding ${sourceEncodings.join('|')}] FILE...`;
// npm runs scripts from the package root; INIT_CWD is where the command was typed, which the paths are relative to.
process.chdir(process.env['INIT_CWD'] ?? '.');

const config = {
  // --out: the folder articles are filed under (default: content/articles/ at the repository root).
  options: {
    out: { type: 'string', default: relative('.', fileURLToPath(new URL('../content/articles', import.meta.url))) },
    // --encoding: how the source files are encoded (default: utf-8); the others only when asked, never guessed.
    encoding: { type: 'string', default: 'utf-8' },
  },
  allowPositionals: true,
} satisfies ParseArgsConfig;

let args: ReturnType<typeof parseArgs<typeof config>>;
try {
  args = parseArgs(config);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const encoding = args.values.encoding.toLowerCase() as SourceEncoding;
if (args.positionals.length === 0 || !sourceEncodings.includes(encoding)) {
  console.error(usage);
  process.exit(2);
}

/** The report's note on control characters replaced by spaces, e.g. " (2 control characters replaced by spaces: U+001B on line 3, U+0007 on line 5)". */
function replacedNote(replaced: readonly ReplacedCharacter[] | undefined): string {
  if (!replaced?.length) return '';
  const listed = replaced.slice(0, 5).map(({ code, line }) => `${code} on line ${line}`);
  const more = replaced.length > 5 ? `, and ${replaced.length - 5} more` : '';
  return ` (${replaced.length} invisible control character(s) replaced by spaces: ${listed.join(', ')}${more})`;
}

let failed = false;
for (const file of args.positionals) {
  const outcome = await importArticleFile(file, args.values.out, encoding);
  if (outcome.status === 'error') {
    failed = true;
    console.error(`error ${file}: ${outcome.reason}`);
  } else {
    console.log(`${outcome.status} ${file} -> ${outcome.destination}${replacedNote(outcome.replaced)}`);
  }
}
process.exitCode = failed ? 1 : 0;
