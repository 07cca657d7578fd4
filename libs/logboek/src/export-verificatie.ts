import { parseCheckpoints, type Checkpoint } from './checkpoint';
import { LogVerifier, type StoredEvent, type Verificatie } from './verifier';

export interface ExportOptions {
  /** the public key the auditor trusts (PEM); without it, the export's own key is used */
  publicKey?: string;
  /** a checkpoint file the auditor trusts (JSON Lines); without it, the export's checkpoints are used */
  checkpoints?: string;
  /** with the log's MAC key, every event's seal is checked too */
  macKey?: Buffer;
  /** called with the number of events checked so far, and the total the export announced */
  progress?: (checked: number, total: number) => void;
}

export interface ExportVerificatie extends Verificatie {
  /** what the verification trusted that came from the export itself (weaker) */
  uitExport: string[];
}

/**
 * Verifies an export of GET /api/audit/export line by line: the chain and positions of every event,
 * the chain at every signed checkpoint, the head. Constant memory apart from the checkpoints.
 */
export async function verifyExport(
  lines: AsyncIterable<string>,
  options: ExportOptions = {},
): Promise<ExportVerificatie> {
  const uitExport: string[] = [];
  let verifier: LogVerifier | undefined;
  let kop: { positie: number; hash: string } | undefined;
  let total = 0;
  const exported: Checkpoint[] = [];
  let header: { publiekeSleutel?: string } = {};
  let number = 0;
  for await (const raw of lines) {
    number += 1;
    const line = raw.trim();
    if (line === '') continue;
    const value = JSON.parse(line) as { soort?: string } & Record<string, unknown>;
    if (value.soort === 'logboek') {
      header = value as typeof header;
      kop = value.kop as typeof kop;
      total = Number(value.aantal ?? 0);
    } else if (value.soort === 'checkpoint') {
      const { soort: _soort, ...checkpoint } = value;
      exported.push(checkpoint as unknown as Checkpoint);
    } else if (value.soort === 'event') {
      if (!verifier) {
        if (!options.publicKey) uitExport.push('publieke sleutel');
        if (options.checkpoints === undefined) uitExport.push('checkpoints');
        verifier = new LogVerifier({
          macKey: options.macKey,
          publicKey: options.publicKey ?? header.publiekeSleutel,
          checkpoints: options.checkpoints !== undefined ? parseCheckpoints(options.checkpoints) : exported,
        });
      }
      const { soort: _soort, ...event } = value;
      if (!verifier.add(event as unknown as StoredEvent)) break;
      options.progress?.(verifier.head.positie, total);
    } else {
      throw new Error(`regel ${number}: onbekende soort ${JSON.stringify(value.soort)}`);
    }
  }
  verifier ??= new LogVerifier({
    publicKey: options.publicKey ?? header.publiekeSleutel,
    checkpoints: options.checkpoints !== undefined ? parseCheckpoints(options.checkpoints) : exported,
  });
  return { ...verifier.finish(kop), uitExport };
}
