import type { Jaarverslag } from '../jaarverslag';

/**
 * The yearly report as a PDF. pdfkit and its fonts take about a second to load: they are loaded on
 * the first report asked for, not when a service starts.
 */
export async function jaarverslagPdf(verslag: Jaarverslag): Promise<Buffer> {
  const pdf = await import('./jaarverslag.pdf');
  return pdf.jaarverslagPdf(verslag);
}
