// Where the content is: the articles folder ($DATELINE_CONTENT, for tests and the benchmark) and, beside it, the authors'.
import { dirname, join } from 'node:path';
import { environment } from '../../environment.ts';

/** The articles, relative to the project root or absolute (default: 'content/articles'). */
export const articlesFolder = environment.contentFolder;

/** The authors' files: the `authors` folder beside the articles folder (default: 'content/authors'). */
export const authorsFolder = join(dirname(articlesFolder), 'authors');
