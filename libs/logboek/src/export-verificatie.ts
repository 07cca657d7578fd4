import { parseCheckpoints, type Checkpoint } from './checkpoint';
import { LogVerifier, type BronCheckpoint, type StoredEvent, type Verificatie } from './verifier';

export interface ExportOptions {
  /** the public key the auditor trusts (PEM); without it, the export's own key is used */
  publicKey?: string;
  /** a checkpoint file the auditor trusts (JSON Lines); without it, the export's checkpoints are used */
  checkpoints?: string;
  /**
   * checkpoints as a witness received them (webhook, the auditors' mailbox): the log must agree
   * with every one of them, whatever the export's own checkpoints say
   */
  getuigen?: BronCheckpoint[];
  /** with the log's MAC key, every event's seal is checked too */
  macKey?: Buffer;
  /** called with the number of events checked so far, and the total the export announced */
  progress?: (checked: number, total: number) => void;
}

export interface ExportVerificatie extends Verificatie {
  /** what the verification trusted that came from the export itself (weaker) */
  uitExport: string[];
  /** every row up to this position is proven by a checkpoint (the export's closing one included) */
  gedektTot: number;
}

/**
 * Verifies an export of GET /api/audit/export line by line: the chain and positions of every event,
 * the chain at every signed checkpoint and every witnessed one, the export's closing checkpoint
 * (signed at export time over the last row), the head. Without the MAC key a row after the last
 * matching checkpoint is a deviation: nothing else proves it. Constant memory apart from the
 * checkpoints.
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
  let slot: Checkpoint | undefined;
  let header: { publiekeSleutel?: string } = {};
  let number = 0;
  const start = () => {
    if (!options.publicKey) uitExport.push('publieke sleutel');
    if (options.checkpoints === undefined) uitExport.push('checkpoints');
    return new LogVerifier({
      macKey: options.macKey,
      publicKey: options.publicKey ?? header.publiekeSleutel,
      checkpoints: [
        ...(options.checkpoints !== undefined ? parseCheckpoints(options.checkpoints) : exported),
        ...(options.getuigen ?? []),
      ],
      dekking: true,
    });
  };
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
      verifier ??= start();
      const { soort: _soort, ...event } = value;
      if (!verifier.add(event as unknown as StoredEvent)) break;
      options.progress?.(verifier.head.positie, total);
    } else if (value.soort === 'slot') {
      // the closing checkpoint, or the deviation that kept the server from signing one
      if (typeof value.handtekening === 'string') {
        const { soort: _soort, ...checkpoint } = value;
        slot = checkpoint as unknown as Checkpoint;
      }
    } else {
      throw new Error(`regel ${number}: onbekende soort ${JSON.stringify(value.soort)}`);
    }
  }
  verifier ??= start();
  if (slot) verifier.sluitAf({ ...slot, bron: 'slot van de export' });
  return { ...verifier.finish(kop), uitExport, gedektTot: verifier.gedektTot };
}
