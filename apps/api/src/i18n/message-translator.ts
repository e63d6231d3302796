/**
 * Translates the API's English messages (errors and their field errors) after the fact, the way
 * gettext does: the English text is the key. A key may hold values as `{}` (whatever the code
 * put there: a code, a number, a whole sentence); the translation places them as `{0}`, `{1}`, …
 * in its own word order. A value that is itself a catalogued message is translated too, so
 * messages built from parts ("<reason> Try again in <wait>.") need no entry per combination.
 */
export type MessageCatalog = Readonly<Record<string, string>>;

interface Template {
  pattern: RegExp;
  translation: string;
  /** The key's own text without its values: the longer, the more specific the match. */
  literalLength: number;
}

const PLACEHOLDER = '{}';
const MAX_DEPTH = 3;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(key: string, translation: string): Template {
  const parts = key.split(PLACEHOLDER);
  return {
    pattern: new RegExp(`^${parts.map(escapeRegExp).join('([\\s\\S]+?)')}$`),
    translation,
    literalLength: key.length - (parts.length - 1) * PLACEHOLDER.length,
  };
}

/** A translation's `{n}` must name one of its key's values. */
export function catalogProblems(catalog: MessageCatalog): string[] {
  const problems: string[] = [];
  for (const [key, translation] of Object.entries(catalog)) {
    const values = key.split(PLACEHOLDER).length - 1;
    for (const [, index] of translation.matchAll(/\{(\d+)\}/g)) {
      if (Number(index) >= values) problems.push(`"${key}": {${index}} but the key has ${values} value(s)`);
    }
    if (translation.includes(PLACEHOLDER)) problems.push(`"${key}": the translation must number its values ({0}, {1}, …)`);
    if (!translation.trim()) problems.push(`"${key}": empty translation`);
  }
  return problems;
}

export function createMessageTranslator(catalog: MessageCatalog): (message: string) => string {
  const exact = new Map<string, string>();
  const templates: Template[] = [];
  for (const [key, translation] of Object.entries(catalog)) {
    if (key.includes(PLACEHOLDER)) templates.push(compile(key, translation));
    else exact.set(key, translation);
  }
  templates.sort((a, b) => b.literalLength - a.literalLength);

  const translate = (message: string, depth: number): string | null => {
    const known = exact.get(message);
    if (known !== undefined) return known;
    if (depth >= MAX_DEPTH) return null;
    for (const template of templates) {
      const match = template.pattern.exec(message);
      if (!match) continue;
      const values = match.slice(1).map((value) => translate(value, depth + 1) ?? value);
      return template.translation.replace(/\{(\d+)\}/g, (_, index: string) => values[Number(index)] ?? '');
    }
    return null;
  };

  /** Sentence by sentence when the whole message has no entry; what has none stays English. */
  return (message: string) => {
    const whole = translate(message, 0);
    if (whole !== null) return whole;
    const sentences = message.split(/(?<=[.!?])\s+(?=[A-Z])/);
    if (sentences.length < 2) return message;
    const translated = sentences.map((sentence) => translate(sentence, 0) ?? sentence);
    return translated.reduce((joined, sentence) => (/[。！？；）]$/.test(joined) ? joined + sentence : `${joined} ${sentence}`));
  };
}
