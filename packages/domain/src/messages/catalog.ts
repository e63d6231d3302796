/** A catalog: areas of keyed texts (i18next's resource format, `{{value}}` placeholders). */
export type Catalog = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** A translation has exactly the keys of the English catalog it translates. */
export type Translation<English> = { readonly [K in keyof English]: English[K] extends string ? string : Translation<English[K]> };

/** `area.key` for every text of a catalog. */
export type CatalogKey<C> = { [Area in keyof C & string]: `${Area}.${keyof C[Area] & string}` }[keyof C & string];

/** The text of `area.key`, or undefined when the catalog has none. */
export function catalogText(catalog: Catalog, key: string): string | undefined {
  const dot = key.indexOf('.');
  return catalog[key.slice(0, dot)]?.[key.slice(dot + 1)];
}

/** Every `area.key` of a catalog with its text. */
export function catalogEntries(catalog: Catalog): [string, string][] {
  return Object.entries(catalog).flatMap(([area, texts]) => Object.entries(texts).map(([key, text]): [string, string] => [`${area}.${key}`, text]));
}
