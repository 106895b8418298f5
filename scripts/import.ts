// `npm run import -- [--out DIR] FILE...`: files raw wire articles into content/articles/YYYY/MM/DD/<slug>.md.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { importArticleFile } from '../src/lib/import/import-file.ts';

const usage = 'usage: npm run import -- [--out DIR] FILE...';
// npm runs scripts from the package root; INIT_CWD is where the command was typed, which the paths are relative to.
process.chdir(process.env['INIT_CWD'] ?? '.');

const config = {
  // --out: the folder articles are filed under (default: content/articles/ at the repository root).
  options: { out: { type: 'string', default: relative('.', fileURLToPath(new URL('../content/articles/', import.meta.url))) } },
  allowPositionals: true,
} satisfies ParseArgsConfig;

let args: ReturnType<typeof parseArgs<typeof config>>;
try {
  args = parseArgs(config);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
if (args.positionals.length === 0) {
  console.error(usage);
  process.exit(2);
}

let failed = false;
for (const file of args.positionals) {
  const outcome = await importArticleFile(file, args.values.out);
  if (outcome.status === 'error') {
    failed = true;
    console.error(`error ${file}: ${outcome.reason}`);
  } else {
    console.log(`${outcome.status} ${file} -> ${outcome.destination}`);
  }
}
process.exitCode = failed ? 1 : 0;
