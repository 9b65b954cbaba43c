import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../extract/errors';
import { checkSize, formatOf, MAX_BYTES } from '../../extract/io/readers/formats';
import { htmlToText, type HtmlParser } from '../../extract/io/readers/html';
import { nodeDeps } from '../../extract/io/readers/node';
import { pageAt } from '../../extract/io/readers/pdf';
import { readDocument } from '../../extract/io/readers/read-document';
import { decodeText } from '../../extract/io/readers/text';
import { HTML_PAGE, makePdf, PDF_PAGES } from './make-documents';

const utf8 = (s: string) => new TextEncoder().encode(s);
const html = (s: string) => htmlToText(s, new DOMParser() as unknown as HtmlParser);

describe('plain text', () => {
  it('reads UTF-8 with and without a byte-order mark; offsets index the text after the mark', () => {
    expect(decodeText('a.txt', utf8('about 40 boats'))).toEqual({ text: 'about 40 boats', warnings: [] });
    expect(decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('über 40')])).text).toBe('über 40');
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const text = 'Some 1,200 “émigrés” left.';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    const be = new Uint8Array(le.length);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      le.set([u & 0xff, u >> 8], 2 + i * 2);
      be.set([u >> 8, u & 0xff], 2 + i * 2);
    }
    expect(decodeText('le.txt', le)).toEqual({ text, warnings: [] });
    expect(decodeText('be.txt', be)).toEqual({ text, warnings: [] });
  });

  it('falls back to Windows-1252 with a warning naming the file', () => {
    const bytes = new Uint8Array([...utf8('the '), 0x93, ...utf8('great'), 0x94, ...utf8(' flood of 1,500 caf'), 0xe9, ...utf8('s')]);
    expect(decodeText('old.txt', bytes)).toEqual({ text: 'the “great” flood of 1,500 cafés', warnings: ['old.txt: warning: not UTF-8; read as Windows-1252'] });
  });

  it('refuses a binary file, naming the file and line', () => {
    expect(() => decodeText('photo.txt', new Uint8Array([...utf8('a\nb\n'), 0, 1, 2]))).toThrow(new InputError('binary file (NUL byte), not a text document', 'photo.txt', 3));
  });
});

describe('formats and sizes', () => {
  it('knows a document by its extension, whatever its case', () => {
    expect(['a.TXT', 'b.md', 'c.HTM', 'd.html', 'e.Pdf', 'f.csv', 'noext', 'g.txt.gz'].map(formatOf)).toEqual(['text', 'text', 'html', 'html', 'pdf', null, null, null]);
  });

  it('refuses a file over the limit by its size alone', () => {
    expect(() => checkSize('big.pdf', MAX_BYTES + 1)).toThrow(/big\.pdf: 100 MB is over the 100 MB limit/);
    expect(() => checkSize('ok.pdf', MAX_BYTES)).not.toThrow();
  });

  it('refuses a format it does not read', async () => {
    await expect(readDocument('x.docx', utf8('hello'), nodeDeps)).rejects.toThrow('x.docx: not a document this reads');
  });
});

describe('HTML', () => {
  it('keeps paragraphs as blank-line blocks and line breaks, and drops scripts, styles and navigation', () => {
    expect(html(HTML_PAGE)).toBe(
      'Mill towns\n\nIn 1902 the mills of Greyford employed nearly 8,500 workers,\nthe union reported.\n\nDuring the strike of 1911 at least 600 families left the town.'
    );
  });

  it('keeps the spacing of preformatted text, list items and table rows on lines of their own, cells parted by a tab', () => {
    const page = '<p>Before</p><pre>  a   1\n  b   2</pre><ul><li>one</li><li>two <i>items</i></li></ul><table><tr><th>Year</th><th>Count</th></tr><tr><td>1890</td><td>4,100</td></tr></table>';
    expect(html(page)).toBe('Before\n\n  a   1\n  b   2\n\none\ntwo items\n\nYear\tCount\n1890\t4,100');
  });

  it('decodes entities and skips hidden and aria-hidden elements', () => {
    expect(html('<p>Tom &amp; Jerry&nbsp;saw 3&#x2009;000 &lt;fish&gt;<span hidden>secret 99</span><span aria-hidden="true">icon 7</span></p>')).toBe('Tom & Jerry\u00a0saw 3\u2009000 <fish>');
  });

  it('gives no text for a page that is only scripts and styles', () => {
    expect(html('<html><head><style>b{}</style></head><body><script>alert(1)</script><noscript>Enable 1,000 scripts</noscript></body></html>')).toBe('');
  });
});

describe('PDF', () => {
  it('reads the text layer with line breaks, a blank line between paragraphs and pages, and where each page starts', async () => {
    const doc = await readDocument('towns.pdf', await makePdf(PDF_PAGES), nodeDeps);
    // pdfkit wraps the first paragraph; the reader keeps the line break where it did.
    expect(doc.text.split('\n\n').map((p) => p.replace(/\n/g, ' '))).toEqual([...PDF_PAGES[0]!, ...PDF_PAGES[1]!]);
    expect(doc.text).toContain('harbour\nmaster');
    expect(doc.pages).toEqual([0, doc.text.indexOf(PDF_PAGES[1]![0]!)]);
  });

  it('says a PDF without a text layer needs OCR', async () => {
    await expect(readDocument('scan.pdf', await makePdf([[], []]), nodeDeps)).rejects.toThrow(new InputError('no text layer: run OCR first', 'scan.pdf'));
  });

  it('refuses an encrypted PDF and a corrupt one, naming the file', async () => {
    const locked = await makePdf(PDF_PAGES, { userPassword: 'secret' });
    await expect(readDocument('locked.pdf', locked, nodeDeps)).rejects.toThrow(/^locked\.pdf: the PDF is encrypted/);
    const torn = (await makePdf(PDF_PAGES)).slice(0, 400);
    await expect(readDocument('torn.pdf', torn, nodeDeps)).rejects.toThrow(/^torn\.pdf: not a readable PDF/);
    await expect(readDocument('fake.pdf', utf8('%PDF-1.4 not really'), nodeDeps)).rejects.toThrow(/^fake\.pdf: not a readable PDF/);
  });

  it('finds the page an offset falls on', () => {
    expect([0, 9, 10, 11, 25, 26, 1000].map((o) => pageAt([0, 10, 26], o))).toEqual([1, 1, 2, 2, 2, 3, 3]);
  });
});
