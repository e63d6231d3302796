import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The English messages the code can send a client, found in the source text: string and template
 * literals that read as a sentence (a capital or a value first, several words, a closing stop),
 * outside comments, GraphQL descriptions and log lines; `${…}` becomes `{}` as in the catalog.
 * The coverage test holds the Chinese catalog to these.
 */
export interface SourceMessage {
  text: string;
  /** file:line of one place that writes it. */
  where: string;
}

const LITERAL = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\\n]|\\.|\$\{[^}]*\})*)`/g;
const NOT_A_MESSAGE_LINE = /description|@Field|@ObjectType|@InputType|@ArgsType|console\.|^\s*import |^\s*(\/\/|\*|\/\*)/;
const SKIPPED_FOLDERS = new Set(['migrations', 'bench', 'seed', 'test-support', 'i18n']);

function* sourceFiles(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (!SKIPPED_FOLDERS.has(name)) yield* sourceFiles(path);
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) {
      yield path;
    }
  }
}

const unescape = (text: string) => text.replace(/\\(['"`\\])/g, '$1');

function readsAsMessage(text: string): boolean {
  return /^(?:[A-Z]|\{\})/.test(text) && /[.?!:)]$/.test(text) && / \S+ /.test(text);
}

export function sourceMessages(folders: readonly string[], root: string): SourceMessage[] {
  const found = new Map<string, string>();
  for (const folder of folders) {
    for (const file of sourceFiles(folder)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (NOT_A_MESSAGE_LINE.test(line)) return;
          for (const match of line.matchAll(LITERAL)) {
            const raw = match[1] ?? match[2] ?? match[3];
            if (!raw) continue;
            const text = unescape(raw.replace(/\$\{[^}]*\}/g, '{}'));
            if (readsAsMessage(text) && !found.has(text)) found.set(text, `${relative(root, file)}:${index + 1}`);
          }
        });
    }
  }
  return [...found].map(([text, where]) => ({ text, where }));
}
