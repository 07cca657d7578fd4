import { signCheckpoint, type Checkpoint } from './checkpoint';
import { verifyExport } from './export-verificatie';
import type { StoredEvent } from './verifier';
import { sleutels, verzegeldeLog } from './testing/verzegelde-log';

const sign = (positie: number, hash: string): Checkpoint =>
  signCheckpoint(sleutels.checkpointKey, { positie, hash }, new Date());

/** An export as GET /api/audit/export writes it: header, checkpoints, events, closing line. */
function exportOf(rows: StoredEvent[], checkpoints: Checkpoint[], slot?: object): string[] {
  const last = rows.at(-1)!;
  return [
    {
      soort: 'logboek',
      publiekeSleutel: sleutels.publicKeyPem,
      kop: { positie: last.position, hash: last.hash },
      aantal: rows.length,
    },
    ...checkpoints.map((checkpoint) => ({ soort: 'checkpoint', ...checkpoint })),
    ...rows.map((row) => ({ soort: 'event', ...row })),
    ...(slot ? [{ soort: 'slot', ...slot }] : []),
  ].map((line) => JSON.stringify(line));
}

async function* lines(text: string[]): AsyncIterable<string> {
  yield* text;
}

const publicKey = sleutels.publicKeyPem;

describe('verifying an export offline', () => {
  const log = verzegeldeLog(4);
  const periodic = sign(2, log[1].hash);

  it('given the closing checkpoint of the last row, then every row is covered with only the public key', async () => {
    const result = await verifyExport(lines(exportOf(log, [periodic], sign(4, log[3].hash))), { publicKey });
    expect(result).toMatchObject({ intact: true, gecontroleerd: 4, gedektTot: 4 });
  });

  it('given no closing checkpoint, then the rows after the last checkpoint are not covered', async () => {
    const result = await verifyExport(lines(exportOf(log, [periodic])), { publicKey });
    expect(result.eersteAfwijking).toEqual({
      positie: 3,
      reden: expect.stringContaining('na het laatste vertrouwde checkpoint'),
    });
    // with the key, the seals prove them
    expect(
      (await verifyExport(lines(exportOf(log, [periodic])), { publicKey, macKey: sleutels.macKey })).intact,
    ).toBe(true);
  });

  it('given a closing line with the deviation the server found, then the rows after the last checkpoint are not covered', async () => {
    const slot = { eersteAfwijking: { positie: 4, reden: 'het zegel klopt niet' } };
    expect(
      (await verifyExport(lines(exportOf(log, [periodic], slot)), { publicKey })).eersteAfwijking?.positie,
    ).toBe(3);
  });

  it('given a witnessed checkpoint the export disagrees with, then it fails naming the witness', async () => {
    const getuige = { ...sign(2, 'f'.repeat(64)), bron: 'getuige mails/1.eml' };
    const result = await verifyExport(lines(exportOf(log, [periodic], sign(4, log[3].hash))), {
      publicKey,
      getuigen: [getuige],
    });
    expect(result.eersteAfwijking).toEqual({
      positie: 1,
      reden: expect.stringContaining('(getuige mails/1.eml)'),
    });
  });

  it('given a witnessed checkpoint beyond the export, then rows were removed', async () => {
    const getuige = { ...sign(6, 'f'.repeat(64)), bron: 'getuige webhook.jsonl' };
    const result = await verifyExport(lines(exportOf(log, [periodic], sign(4, log[3].hash))), {
      publicKey,
      getuigen: [getuige],
    });
    expect(result.eersteAfwijking?.positie).toBe(5);
  });
});
