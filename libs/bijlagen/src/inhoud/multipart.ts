import { MAX_BIJLAGE_BYTES } from '@signaalspoor/domain';
import busboy from 'busboy';
import type { Request } from 'express';
import { BijlageFout } from '../bijlagen.errors';

/** One uploaded file, as `verwerk` made of it, and the form's text fields, from a multipart/form-data body. */
export interface Upload<T> {
  /** the file name as the client gave it (display only; the type is judged by the bytes) */
  naam: string;
  bestand: T;
  velden: Record<string, string>;
}

/** What a file's processing gets: its bytes as they arrive, and the body's declared length, if any. */
export interface Bestand {
  bytes: AsyncIterable<Buffer>;
  /** Content-Length of the whole body (NaN when chunked): an upper bound of the file's size */
  verwacht: number;
}

/** The multipart framing and text fields around a file: a body larger than file plus this is refused at once. */
const OMKADERING_BYTES = 64 * 1024;
const MAX_VELD_BYTES = 1024;

/**
 * Reads a multipart/form-data body as a stream: exactly one file in `bestand` (at most
 * MAX_BIJLAGE_BYTES, else BESTAND_TE_GROOT), handed to `verwerk` as it arrives (the body is read as
 * fast as `verwerk` takes it), and the text fields `toegestaan` names. Answers once the body is read
 * and `verwerk` is done; whatever `verwerk` wrote is the caller's to remove when this rejects.
 */
export function leesUpload<T>(
  request: Request,
  toegestaan: readonly string[],
  verwerk: (bestand: Bestand) => Promise<T>,
): Promise<Upload<T>> {
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

  return new Promise<Upload<T>>((resolve, reject) => {
    let fout: BijlageFout | undefined;
    let bestand: Promise<{ naam: string; bestand: T } | undefined> = Promise.resolve(undefined);
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
    let gezien = false;
    parser.on('file', (veld, stream, info) => {
      if (veld !== 'bestand' || gezien || fout) {
        if (veld !== 'bestand') weiger(onbekendVeld(veld));
        stream.resume();
        return;
      }
      gezien = true;
      stream.on('limit', () => weiger(teGroot()));
      bestand = verwerk({ bytes: stream, verwacht: lengte }).then(
        (resultaat) => ({ naam: info.filename || 'bijlage', bestand: resultaat }),
        (error: unknown) => {
          // read the rest of the body, so that the parser reaches its end and the client its answer
          stream.removeAllListeners('readable');
          stream.resume();
          if (error instanceof BijlageFout) weiger(error);
          throw error;
        },
      );
      // settled in 'close'; until then a rejection is not unhandled
      bestand.catch(() => undefined);
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
      bestand.then(
        (gelezen) => {
          if (fout) return reject(fout);
          if (!gelezen) {
            return reject(
              new BijlageFout('GEEN_BESTAND', "Voeg een bestand toe in het veld 'bestand'.", 'bestand'),
            );
          }
          resolve({ ...gelezen, velden });
        },
        (error: unknown) => reject(fout ?? error),
      );
    });
    request.on('aborted', () =>
      reject(new BijlageFout('ONVOLLEDIG_VERZOEK', 'De bijlage kwam niet volledig aan.', 'bestand')),
    );
    request.pipe(parser);
  });
}

export const teGroot = () =>
  new BijlageFout('BESTAND_TE_GROOT', 'Een bijlage mag hoogstens 10 MB groot zijn.', 'bestand');
const onbekendVeld = (veld: string) =>
  new BijlageFout(
    'ONBEKEND_VELD',
    `'${veld.slice(0, 100)}' is geen veld van een bijlage.`,
    veld.slice(0, 100),
  );
