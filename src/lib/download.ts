import type { Claim } from '../../contract/schema';
import { downloadCsv } from './export/csv';

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The claims as a spreadsheet opens them: see `downloadCsv`. */
export async function downloadClaimsCsv(claims: readonly Claim[], filename: string): Promise<void> {
  downloadBlob(new Blob([await downloadCsv(claims)], { type: 'text/csv;charset=utf-8' }), filename);
}

/** A chart's markup: marks carry their colours as attributes, so no stylesheet is needed. */
export function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(markup: string, filename: string): void {
  downloadBlob(new Blob([markup], { type: 'image/svg+xml' }), filename);
}

/** Renders SVG markup onto a white canvas at twice its size, for sharper images in documents. */
export async function downloadPng(markup: string, width: number, height: number, filename: string): Promise<void> {
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas available');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(img.src);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('could not encode the PNG');
  downloadBlob(blob, filename);
}
