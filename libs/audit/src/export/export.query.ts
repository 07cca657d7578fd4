import { Inject, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import { CONFIG, type Config } from '@signaalspoor/config';
import { LOGBOEK, LogVerifier, signCheckpoint, storedEvents, type Logboek } from '@signaalspoor/logboek';
import { PG_POOL } from '@signaalspoor/database';
import { geleegd } from '@signaalspoor/http';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { AuditFout } from '../audit.errors';
import { Checkpointer } from '../checkpoints/checkpointer';
import { AuditController, AuditRoute } from '../audit-route';

const BATCH = 1000;

/**
 * The whole log as JSON Lines for offline verification: a `logboek` line (public key, head, number of
 * events), the signed checkpoints, then every stored event with its hash, personal data as ciphertext,
 * and a closing `slot` line: a checkpoint of the last row signed at export time, so that a check with
 * only the public key covers every exported row. The server verifies every row it exports (seal,
 * chain, checkpoints, head) and signs the closing checkpoint only when all of it holds; otherwise the
 * `slot` line names the first deviation and carries no signature. One read-only snapshot, read in
 * batches by position and written with backpressure: constant memory.
 */
@AuditController('export')
export class ExportController {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(LOGBOEK) private readonly logboek: Logboek,
    private readonly checkpointer: Checkpointer,
  ) {}

  @AuditRoute('Het hele logboek als JSON Lines, met de checkpoints, voor offline verificatie')
  @ApiProduces('application/jsonl')
  async export(@Res() res: Response): Promise<void> {
    if (this.config.esdbConnectionString) {
      throw new AuditFout(
        'VERIFICATIE_NIET_BESCHIKBAAR',
        'Export is alleen beschikbaar op de PostgreSQL event store.',
      );
    }
    const checkpoints = await this.checkpointer.file.read();
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { rows } = await client.query<{ position: string; hash: string; aantal: string }>(
        'SELECT position, hash, (SELECT count(*) FROM events) AS aantal FROM log_head',
      );
      res.status(200).type('application/jsonl; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="signaalspoor-logboek.jsonl"');
      const write = async (value: object) => {
        if (res.write(`${JSON.stringify(value)}\n`)) return;
        await geleegd(res);
        if (res.destroyed) throw new Error('export afgebroken door de client');
      };
      const kop = { positie: Number(rows[0].position), hash: rows[0].hash };
      await write({
        soort: 'logboek',
        publiekeSleutel: this.logboek.sleutels.publicKeyPem,
        kop,
        aantal: Number(rows[0].aantal),
        gemaakt: new Date().toISOString(),
      });
      for (const checkpoint of checkpoints) await write({ soort: 'checkpoint', ...checkpoint });
      const { sleutels } = this.logboek;
      const verifier = new LogVerifier({
        macKey: sleutels.macKey,
        checkpoints,
        publicKey: sleutels.publicKeyPem,
      });
      for (let after = 0; ;) {
        const events = await storedEvents(client, after, BATCH);
        for (const event of events) {
          verifier.add(event);
          await write({ soort: 'event', ...event });
        }
        if (events.length < BATCH) break;
        after = events[events.length - 1].position;
      }
      await client.query('COMMIT');
      const { eersteAfwijking } = verifier.finish(kop);
      await write(
        eersteAfwijking
          ? { soort: 'slot', eersteAfwijking }
          : { soort: 'slot', ...signCheckpoint(sleutels.checkpointKey, verifier.head, new Date()) },
      );
    } catch (error) {
      broken = true;
      if (!res.headersSent) throw error;
      // the status is sent: cut the stream so the client sees an incomplete export, never a complete-looking one
      res.destroy(error as Error);
      return;
    } finally {
      if (broken) await client.query('ROLLBACK').catch(() => undefined);
      client.release(broken);
    }
    res.end();
  }
}
