/**
 * Fills a text's placeholders: `{name}` takes the value, and `{name|one|other}` picks the word that
 * agrees with a number (English plurals: "{count} {count|dossier|dossiers}" → "1 dossier",
 * "2 dossiers"; Vietnamese needs none). Free of React so that it is tested on its own.
 */
export type Params = Record<string, string | number>;

/** The placeholder names of a text, as the type checker sees them in the texts' literal strings. */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Inner}}${infer Rest}`
  ? (Inner extends `${infer Name}|${string}` ? Name : Inner) | PlaceholderNames<Rest>
  : never;

export function fillText(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    if (one === undefined) return String(value);
    return Number(value) === 1 ? one : other!;
  });
}
