/**
 * An HTML page → the text a reader sees: paragraphs and headings separated by blank lines (the
 * passages the extractor reads), line breaks kept, scripts, styles and navigation dropped. One
 * walk over a DOM, so the browser's DOMParser and a parser in Node give the same text.
 */

/** What the walk needs of a DOM node; the browser's nodes and linkedom's both have it. */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): { body: HtmlNode | null };
}

const TEXT = 3;
const ELEMENT = 1;

/** Never text: code, styling, embedded objects and the page's navigation. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'HEAD',
  'NAV', 'MENU', 'BUTTON', 'SELECT', 'FORM', 'DIALOG'
]);
const SKIPPED_ROLES = new Set(['navigation', 'menu', 'menubar', 'banner', 'search']);

/** Blocks a reader sees as paragraphs of their own. */
const PARAGRAPHS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'FIGURE',
  'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'HR', 'ADDRESS', 'CAPTION'
]);
/** Blocks that start a line but not a paragraph: list items and table rows. */
const LINES = new Set(['LI', 'TR', 'DT', 'DD']);
const CELLS = new Set(['TD', 'TH']);

/** Collects text with at most one pending break, so nested blocks give one blank line, not many. */
class TextSink {
  parts: string[] = [];
  pending: '' | '\n' | '\n\n' = '';
  /** The text so far ends in whitespace (or is empty), so a collapsed space adds nothing. */
  spaced = true;

  brk(kind: '\n' | '\n\n') {
    if (this.parts.length && kind.length > this.pending.length) this.pending = kind;
  }

  add(s: string) {
    if (!s) return;
    if (this.pending) {
      this.parts.push(this.pending);
      this.pending = '';
      this.spaced = true;
    }
    this.parts.push(s);
    this.spaced = /\s$/.test(s);
  }
}

const nameOf = (n: HtmlNode) => n.nodeName.toUpperCase();

function skipped(n: HtmlNode): boolean {
  if (SKIPPED.has(nameOf(n))) return true;
  const role = n.getAttribute?.('role');
  return (role != null && SKIPPED_ROLES.has(role)) || n.getAttribute?.('hidden') != null || n.getAttribute?.('aria-hidden') === 'true';
}

function addText(sink: TextSink, value: string, pre: boolean): void {
  if (pre) return sink.add(value);
  // HTML collapses only ASCII whitespace: a no-break or thin space inside a figure stays.
  const collapsed = value.replace(/[ \t\n\r\f]+/g, ' ');
  sink.add(sink.spaced || sink.pending ? collapsed.replace(/^ /, '') : collapsed);
}

function walk(node: HtmlNode, sink: TextSink, pre: boolean): void {
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i]!;
    if (child.nodeType === TEXT) addText(sink, child.nodeValue ?? '', pre);
    else if (child.nodeType === ELEMENT && !skipped(child)) walkElement(child, sink, pre);
  }
}

function walkElement(el: HtmlNode, sink: TextSink, pre: boolean): void {
  const name = nameOf(el);
  if (name === 'BR') return sink.add('\n');
  const brk = PARAGRAPHS.has(name) ? '\n\n' : LINES.has(name) ? '\n' : null;
  if (brk) sink.brk(brk);
  // A tab parts table cells, so the extractor reads the row's columns (context/table.ts).
  if (CELLS.has(name) && !sink.spaced && !sink.pending) sink.add('\t');
  walk(el, sink, pre || name === 'PRE');
  if (brk) sink.brk(brk);
}

/** The text of a parsed page's body; lines lose trailing spaces. */
export function textOfBody(body: HtmlNode | null): string {
  if (!body) return '';
  const sink = new TextSink();
  walk(body, sink, false);
  return sink.parts.join('').replace(/[ \t]+\n/g, '\n').trim();
}

/** HTML source → text, through the given parser (the browser's DOMParser, or linkedom's in Node). Scripts are never run: a parsed document runs none. */
export function htmlToText(html: string, parser: HtmlParser): string {
  // A fragment is put in a body explicitly: browsers do it themselves, linkedom does not.
  const page = /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return textOfBody(parser.parseFromString(page, 'text/html').body);
}
