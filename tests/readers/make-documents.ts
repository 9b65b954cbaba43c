import PDFDocument from 'pdfkit';

/**
 * Documents made for the tests, in every format the readers take: a PDF generated with pdfkit
 * (one array of paragraphs per page), optionally encrypted or drawn without any text.
 */

export interface PdfOptions {
  userPassword?: string;
}

export function makePdf(pages: string[][], options: PdfOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false, autoFirstPage: false, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    for (const paragraphs of pages) {
      doc.addPage();
      for (const p of paragraphs) doc.text(p).moveDown();
      if (!paragraphs.length) doc.rect(100, 100, 200, 100).fill('#336699');
    }
    doc.end();
  });
}

/** Two pages of prose with figures: the page each figure is on is known. */
export const PDF_PAGES = [
  ['In 1851 the port of Alderney Cove shipped about 3,400 barrels of salt fish, the harbour master wrote.', 'The next season it shipped more.'],
  ['By 1860 some 12,000 settlers had left the valley, according to the parish ledger.']
];

/** An HTML page with navigation, scripts and styles around two paragraphs that hold figures. */
export const HTML_PAGE = `<!doctype html><html><head><title>Mill towns</title>
<style>p { color: red } .x::after { content: "9,999 people" }</style>
<script>window.__ran = (window.__ran || 0) + 1; document.title = "77,777 ran";</script></head>
<body><nav><a href="/">Home</a> <a href="/a">2,222 links</a></nav>
<header role="banner">Site banner 5,555</header>
<h1>Mill towns</h1>
<p>In 1902 the mills of Greyford   employed nearly 8,500 workers,<br>the union reported.</p>
<div><p>During the strike of 1911 at least 600 families left the town.</p></div>
<script>document.body.append("4,321 injected")</script>
<img src="x" onerror="window.__ran = 99">
</body></html>`;
