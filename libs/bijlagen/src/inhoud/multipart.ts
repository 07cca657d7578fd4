import { MAX_BIJLAGE_BYTES } from '@signaalspoor/domain';
import busboy from 'busboy';
import type { Request } from 'express';
import { BijlageFout } from '../bijlagen.errors';

/** One uploaded file and the form's text fields, as read from a multipart/form-data body. */
export interface Upload {
  /** the file name as the client gave it (display only; the type is judged by the bytes) */
  naam: string;
  bytes: Buffer;
  velden: Record<string, string>;
}

/** The multipart framing and text fields around a file: a body larger than file plus this is refused at once. */
const OMKADERING_BYTES = 64 * 1024;
const MAX_VELD_BYTES = 1024;

/**
 * Reads a multipart/form-data body as a stream: exactly one file in `bestand` (at most
 * MAX_BIJLAGE_BYTES, else BESTAND_TE_GROOT) and the text fields `toegestaan` names. The file's bytes
 * are copied once, into a buffer sized from Content-Length; nothing is written anywhere.
 */
export function leesUpload(request: Request, toegestaan: readonly string[]): Promise<Upload> {
  const type = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    return Promise.reject(
      new BijlageFout(
        'GEEN_MULTIPART',
        'Stuur de bijlage als multipart/form-data, in het veld bestand.',
        'Content-Type',
      ),
    );
  }
  const lengte = Number(request.headers['content-length'] ?? NaN);
  if (lengte > MAX_BIJLAGE_BYTES + OMKADERING_BYTES) return Promise.reject(teGroot());

  return new Promise<Upload>((resolve, reject) => {
    let fout: BijlageFout | undefined;
    let bestand: { naam: string; bytes: Buffer } | undefined;
    const velden: Record<string, string> = {};
    const weiger = (error: BijlageFout) => (fout ??= error);
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: {
          files: 1,
          fileSize: MAX_BIJLAGE_BYTES,
          fields: toegestaan.length,
          fieldSize: MAX_VELD_BYTES,
        },
        defParamCharset: 'utf8',
      });
    } catch {
      return reject(new BijlageFout('GEEN_MULTIPART', 'De multipart-grens ontbreekt.', 'Content-Type'));
    }
    parser.on('file', (veld, stream, info) => {
      if (veld !== 'bestand' || bestand || fout) {
        if (veld !== 'bestand') weiger(onbekendVeld(veld));
        stream.resume();
        return;
      }
      const buffer = new Opvang(Number.isFinite(lengte) ? lengte : 1024 * 1024);
      stream.on('data', (chunk: Buffer) => buffer.voegToe(chunk));
      stream.on('limit', () => weiger(teGroot()));
      stream.on('end', () => {
        if (!fout) bestand = { naam: info.filename || 'bijlage', bytes: buffer.bytes() };
      });
    });
    parser.on('field', (veld, waarde, info) => {
      if (!toegestaan.includes(veld)) weiger(onbekendVeld(veld));
      else if (info.valueTruncated) weiger(new BijlageFout('ONBEKEND_VELD', `'${veld}' is te lang.`, veld));
      else velden[veld] = waarde;
    });
    parser.on('filesLimit', () =>
      weiger(new BijlageFout('ONBEKEND_VELD', 'Stuur één bestand per verzoek.', 'bestand')),
    );
    parser.on('fieldsLimit', () => weiger(new BijlageFout('ONBEKEND_VELD', 'Te veel velden.', 'body')));
    parser.on('error', () =>
      reject(fout ?? new BijlageFout('ONVOLLEDIG_VERZOEK', 'De bijlage kwam niet volledig aan.', 'bestand')),
    );
    parser.on('close', () => {
      if (fout) return reject(fout);
      if (!bestand || bestand.bytes.length === 0) {
        return reject(
          new BijlageFout('GEEN_BESTAND', "Voeg een bestand toe in het veld 'bestand'.", 'bestand'),
        );
      }
      resolve({ ...bestand, velden });
    });
    request.on('aborted', () =>
      reject(new BijlageFout('ONVOLLEDIG_VERZOEK', 'De bijlage kwam niet volledig aan.', 'bestand')),
    );
    request.pipe(parser);
  });
}

const teGroot = () =>
  new BijlageFout('BESTAND_TE_GROOT', 'Een bijlage mag hoogstens 10 MB groot zijn.', 'bestand');
const onbekendVeld = (veld: string) =>
  new BijlageFout(
    'ONBEKEND_VELD',
    `'${veld.slice(0, 100)}' is geen veld van een bijlage.`,
    veld.slice(0, 100),
  );

/** Collects a file's chunks into one buffer, sized up front from the body's length: one copy. */
class Opvang {
  private buffer: Buffer;
  private lengte = 0;

  constructor(verwacht: number) {
    this.buffer = Buffer.allocUnsafe(Math.min(Math.max(verwacht, 1024), MAX_BIJLAGE_BYTES));
  }

  voegToe(chunk: Buffer): void {
    if (this.lengte + chunk.length > this.buffer.length) {
      // only without a Content-Length (chunked): grow, capped by the file limit busboy enforces
      const groter = Buffer.allocUnsafe(
        Math.min(Math.max(this.buffer.length * 2, this.lengte + chunk.length), MAX_BIJLAGE_BYTES),
      );
      this.buffer.copy(groter, 0, 0, this.lengte);
      this.buffer = groter;
    }
    chunk.copy(this.buffer, this.lengte);
    this.lengte += chunk.length;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.lengte);
  }
}
