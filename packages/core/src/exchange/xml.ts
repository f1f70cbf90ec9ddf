/**
 * The little XML that exchange packages need: elements, attributes, text, CDATA and comments. No
 * DTD is read (a package with one is refused: entity expansion is how XML bombs work) and no
 * processing instruction but the declaration; core imports no library, so this stays small and strict.
 */
export interface XmlElement {
  /** The qualified name as written, prefix included: `edXML:Subject`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded (text between child elements is ignored whitespace). */
  text: string;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} (at character ${offset})`);
  }
}

const MAX_DEPTH = 32;
const NAME = /[A-Za-z_][\w.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
// Characters XML 1.0 cannot carry at all, not even as references.
const NOT_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export const xmlElement = (name: string, content: string | XmlElement[], attributes: Record<string, string> = {}): XmlElement =>
  typeof content === 'string' ? { name, attributes, children: [], text: content } : { name, attributes, children: content, text: '' };

export const hasXmlUnsafeCharacter = (text: string) => NOT_XML_CHARACTER.test(text);

function escape(text: string, quote: boolean): string {
  if (hasXmlUnsafeCharacter(text)) throw new XmlSyntaxError('Text holds a character XML cannot carry', 0);
  const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return quote ? escaped.replaceAll('"', '&quot;') : escaped;
}

function writeElement(element: XmlElement): string {
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => ` ${name}="${escape(value, true)}"`)
    .join('');
  const content = element.children.length > 0 ? element.children.map(writeElement).join('') : escape(element.text, false);
  return `<${element.name}${attributes}>${content}</${element.name}>`;
}

/** The document, declaration first, with no indentation: the bytes are what gets signed. */
export const writeXml = (root: XmlElement) => `<?xml version="1.0" encoding="UTF-8"?>\n${writeElement(root)}`;

class Reader {
  position = 0;
  constructor(readonly source: string) {}

  fail(message: string): never {
    throw new XmlSyntaxError(message, this.position);
  }

  startsWith(text: string): boolean {
    return this.source.startsWith(text, this.position);
  }

  expect(text: string): void {
    if (!this.startsWith(text)) this.fail(`Expected "${text}"`);
    this.position += text.length;
  }

  skipSpace(): void {
    SPACE.lastIndex = this.position;
    SPACE.test(this.source);
    this.position = SPACE.lastIndex;
  }

  until(terminator: string): string {
    const end = this.source.indexOf(terminator, this.position);
    if (end < 0) this.fail(`Unterminated construct, expected "${terminator}"`);
    const text = this.source.slice(this.position, end);
    this.position = end + terminator.length;
    return text;
  }

  name(): string {
    NAME.lastIndex = this.position;
    const match = NAME.exec(this.source);
    if (!match) this.fail('Expected a name');
    this.position = NAME.lastIndex;
    return match[0];
  }

  /** Comments and whitespace between markup (before and after the root, between children). */
  skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (!this.startsWith('<!--')) return;
      this.position += 4;
      this.until('-->');
    }
  }

  decode(raw: string, at: number): string {
    if (hasXmlUnsafeCharacter(raw)) throw new XmlSyntaxError('Text holds a character XML cannot carry', at);
    return raw.replace(/&([^;]{0,10});/g, (_, entity: string) => {
      const code = entity.startsWith('#x') ? Number.parseInt(entity.slice(2), 16) : entity.startsWith('#') ? Number.parseInt(entity.slice(1), 10) : undefined;
      if (code === undefined) {
        const named = NAMED_ENTITIES[entity];
        if (named === undefined) throw new XmlSyntaxError(`Unknown entity &${entity};`, at);
        return named;
      }
      if (!Number.isInteger(code) || code > 0x10ffff) throw new XmlSyntaxError(`Bad character reference &${entity};`, at);
      const character = String.fromCodePoint(code);
      if (hasXmlUnsafeCharacter(character)) throw new XmlSyntaxError(`Bad character reference &${entity};`, at);
      return character;
    });
  }

  checkedText(raw: string, at: number): string {
    if (/&(?![^;]{0,10};)/.test(raw)) throw new XmlSyntaxError('A bare "&" in text', at);
    return this.decode(raw, at);
  }

  attributes(): Record<string, string> {
    const attributes: Record<string, string> = {};
    for (;;) {
      this.skipSpace();
      if (this.startsWith('>') || this.startsWith('/>')) return attributes;
      const name = this.name();
      if (Object.hasOwn(attributes, name)) this.fail(`Attribute ${name} given twice`);
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      const quote = this.source[this.position];
      if (quote !== '"' && quote !== "'") this.fail('Expected a quoted attribute value');
      this.position += 1;
      const at = this.position;
      const raw = this.until(quote);
      if (raw.includes('<')) throw new XmlSyntaxError('"<" inside an attribute value', at);
      attributes[name] = this.checkedText(raw, at);
    }
  }

  element(depth: number): XmlElement {
    if (depth > MAX_DEPTH) this.fail('Elements nested too deeply');
    this.expect('<');
    const name = this.name();
    const attributes = this.attributes();
    if (this.startsWith('/>')) {
      this.position += 2;
      return { name, attributes, children: [], text: '' };
    }
    this.expect('>');
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (this.position >= this.source.length) this.fail(`Element ${name} is not closed`);
      if (this.startsWith('</')) {
        this.position += 2;
        if (this.name() !== name) this.fail(`Closing tag does not match <${name}>`);
        this.skipSpace();
        this.expect('>');
        return { name, attributes, children, text: children.length > 0 ? '' : text };
      }
      if (this.startsWith('<!--')) {
        this.position += 4;
        this.until('-->');
      } else if (this.startsWith('<![CDATA[')) {
        this.position += 9;
        const at = this.position;
        const data = this.until(']]>');
        if (hasXmlUnsafeCharacter(data)) throw new XmlSyntaxError('Text holds a character XML cannot carry', at);
        text += data;
      } else if (this.startsWith('<!') || this.startsWith('<?')) {
        this.fail('Declarations and processing instructions are not allowed inside a package');
      } else if (this.startsWith('<')) {
        children.push(this.element(depth + 1));
      } else {
        const at = this.position;
        const end = this.source.indexOf('<', this.position);
        const raw = this.source.slice(this.position, end < 0 ? this.source.length : end);
        this.position += raw.length;
        text += this.checkedText(raw, at);
      }
      if (children.length > 0 && text.trim() !== '') this.fail(`Element ${name} mixes text and elements`);
    }
  }
}

/** Reads one document; throws XmlSyntaxError on anything not well-formed or outside the subset above. */
export function readXml(source: string): XmlElement {
  const reader = new Reader(source.startsWith('\uFEFF') ? source.slice(1) : source);
  if (reader.startsWith('<?xml')) {
    const declaration = reader.until('?>');
    if (!/^<\?xml\s+version=(["'])1\.\d\1(\s+encoding=(["'])UTF-8\3)?(\s+standalone=(["'])(yes|no)\5)?\s*$/i.test(declaration)) {
      reader.fail('Unsupported XML declaration (version 1.x, UTF-8 only)');
    }
  }
  reader.skipMisc();
  if (reader.startsWith('<!DOCTYPE') || reader.startsWith('<!')) reader.fail('Document type declarations are not allowed');
  if (reader.startsWith('<?')) reader.fail('Processing instructions are not allowed');
  const root = reader.element(0);
  reader.skipMisc();
  if (reader.position < reader.source.length) reader.fail('Content after the root element');
  return root;
}
