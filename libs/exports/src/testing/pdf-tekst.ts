import { inflateSync } from 'node:zlib';

const winAnsi = new TextDecoder('windows-1252');

/**
 * The text of a PDF as pdfkit writes it with its standard fonts: every content stream inflated,
 * each TJ/Tj text run decoded (WinAnsi), runs joined by newlines. Enough for tests, not a PDF parser.
 */
export function pdfTekst(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const [, body] of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(body, 'latin1')).toString('latin1');
    } catch {
      content = body;
    }
    for (const [, run] of content.matchAll(/\[((?:<[0-9a-f]*>|[\s\d.-])*)\]\s*TJ/gi)) {
      const hex = [...run.matchAll(/<([0-9a-f]*)>/gi)].map(([, h]) => h).join('');
      lines.push(winAnsi.decode(Buffer.from(hex, 'hex')));
    }
  }
  return lines.join('\n');
}
