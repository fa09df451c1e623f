import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

/**
 * The one way PeerKeep makes a PDF: pdfkit with an embedded DejaVu Sans, so names in any Latin,
 * Greek or Cyrillic script print correctly (the standard PDF fonts are WinAnsi only). Streams
 * are compressed, so the clear text of the form is not readable in the raw bytes.
 */
const FONT = fileURLToPath(new URL('./fonts/DejaVuSans.ttf', import.meta.url));

/** A page being written: plain helpers over pdfkit so the forms read like the paper they print. */
export interface PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  title(text: string): void;
  heading(text: string): void;
  paragraph(text: string, size?: number): void;
  field(label: string, value: string): void;
  /** A PNG data URL drawn as an image (a signature). */
  image(pngDataUrl: string, width: number): void;
}

/** Renders a document by calling `write` and returns the finished PDF bytes. */
export function renderPdf(meta: { title: string }, write: (w: PdfWriter) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 56, compress: true, info: { Title: meta.title, Creator: 'PeerKeep' } });
  doc.registerFont('body', FONT);
  doc.font('body');
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const w: PdfWriter = {
    doc,
    title: (text) => {
      doc.fontSize(16).text(text);
      doc.moveDown(0.5);
    },
    heading: (text) => {
      doc.moveDown(0.5);
      doc.fontSize(12).text(text);
      doc.moveDown(0.2);
    },
    paragraph: (text, size = 10) => {
      doc.fontSize(size).text(text);
      doc.moveDown(0.3);
    },
    field: (label, value) => {
      doc.fontSize(10).text(`${label}: `, { continued: true }).text(value);
    },
    image: (pngDataUrl, width) => {
      const base64 = pngDataUrl.slice(pngDataUrl.indexOf(',') + 1);
      doc.image(Buffer.from(base64, 'base64'), { width });
      doc.moveDown(0.5);
    },
  };
  write(w);
  doc.end();
  return done;
}
