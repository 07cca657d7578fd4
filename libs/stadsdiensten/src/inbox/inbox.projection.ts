import { SIGNAAL_STREAM_PREFIX, type SignaalEvent } from '@signaalspoor/domain';
import type { RecordedEvent } from '@signaalspoor/event-store';
import { ProjectieFout, volgtOp, type Projection } from '@signaalspoor/projections';
import { isSignaalEvent, signaalIdOf, toSignaalEvent } from '@signaalspoor/signaal-store';
import type { PoolClient } from 'pg';

const TABLES = `
  CREATE SCHEMA IF NOT EXISTS stadsdiensten;
  CREATE TABLE IF NOT EXISTS stadsdiensten.signalen (
    signaal_id text PRIMARY KEY,
    raad_id    text NOT NULL,
    titel      text NOT NULL,
    thema      text NOT NULL,
    revision   integer NOT NULL, -- of the last event applied
    position   bigint NOT NULL   -- of the last event applied
  );
  CREATE TABLE IF NOT EXISTS stadsdiensten.inbox (
    doorsturing_id  text PRIMARY KEY,
    signaal_id      text NOT NULL REFERENCES stadsdiensten.signalen,
    dienst_id       text NOT NULL,
    status          text NOT NULL,
    toelichting     text,
    doorgestuurd_op timestamptz NOT NULL,
    opgepakt_op     timestamptz,
    afgehandeld_op  timestamptz
  );
  CREATE INDEX IF NOT EXISTS inbox_dienst ON stadsdiensten.inbox (dienst_id, status, doorgestuurd_op);
`;

/**
 * The inbox of every dienst: one row per doorsturing, with the signaal's title and theme. A
 * doorsturing whose signaal is withdrawn or closed while it is open becomes `vervallen`.
 */
export class InboxProjection implements Projection {
  readonly name = 'inbox';
  readonly version = 2; // 2: revision per signaal (continuity)

  follows(streamId: string): boolean {
    return streamId.startsWith(SIGNAAL_STREAM_PREFIX);
  }

  async migrate(client: PoolClient): Promise<void> {
    await client.query(TABLES);
  }

  async reset(client: PoolClient): Promise<void> {
    await client.query('DROP TABLE IF EXISTS stadsdiensten.inbox, stadsdiensten.signalen');
  }

  async appliedRevisions(client: PoolClient, streamIds: readonly string[]): Promise<Map<string, number>> {
    const { rows } = await client.query<{ signaal_id: string; revision: number }>(
      'SELECT signaal_id, revision FROM stadsdiensten.signalen WHERE signaal_id = ANY($1)',
      [streamIds.filter((id) => this.follows(id)).map((id) => id.slice(SIGNAAL_STREAM_PREFIX.length))],
    );
    return new Map(rows.map((row) => [SIGNAAL_STREAM_PREFIX + row.signaal_id, row.revision]));
  }

  /**
   * The revisions of the batch's signalen are read once and kept in memory while it is applied;
   * each signaal's revision and position are written once at the end (one statement for the batch).
   */
  async applyBatch(client: PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const followed = events.filter((event) => this.follows(event.streamId));
    if (followed.length === 0) return;
    const revisions = await this.appliedRevisions(client, [...new Set(followed.map((e) => e.streamId))]);
    const moved = new Map<string, { revision: number; position: number }>();
    for (const recorded of followed) {
      if (!volgtOp(revisions.get(recorded.streamId), recorded)) continue; // redelivered
      // a stream whose start is not SignaalIngediend makes no signaal (as in the domain)
      if (!revisions.has(recorded.streamId) && recorded.type !== 'SignaalIngediend') continue;
      const signaalId = signaalIdOf(recorded);
      if (isSignaalEvent(recorded)) await this.apply(client, signaalId, decode(recorded));
      // a type this code does not know changes nothing, but the stream has moved on
      revisions.set(recorded.streamId, recorded.revision);
      moved.set(signaalId, { revision: recorded.revision, position: recorded.position });
    }
    if (moved.size === 0) return;
    await client.query(
      `UPDATE stadsdiensten.signalen s SET revision = m.revision, position = m.position
         FROM unnest($1::text[], $2::integer[], $3::bigint[]) AS m(signaal_id, revision, position)
        WHERE s.signaal_id = m.signaal_id`,
      [
        [...moved.keys()],
        [...moved.values()].map((m) => m.revision),
        [...moved.values()].map((m) => m.position),
      ],
    );
  }

  private async apply(client: PoolClient, signaalId: string, event: SignaalEvent): Promise<void> {
    switch (event.type) {
      case 'SignaalIngediend': {
        const { raadId, titel, thema } = event.data;
        await client.query(
          `INSERT INTO stadsdiensten.signalen (signaal_id, raad_id, titel, thema, revision, position)
           VALUES ($1, $2, $3, $4, 0, 0)
           ON CONFLICT (signaal_id) DO NOTHING`,
          [signaalId, raadId, titel, thema],
        );
        return;
      }
      case 'DoorgestuurdNaarDienst': {
        const { doorsturingId, dienstId, toelichting } = event.data;
        await client.query(
          `INSERT INTO stadsdiensten.inbox (doorsturing_id, signaal_id, dienst_id, status, toelichting, doorgestuurd_op)
           VALUES ($1, $2, $3, 'doorgestuurd', $4, $5)`,
          [doorsturingId, signaalId, dienstId, toelichting ?? null, event.at],
        );
        return;
      }
      case 'OpgepaktDoorDienst':
        await client.query(
          `UPDATE stadsdiensten.inbox SET status = 'opgepakt', opgepakt_op = $2 WHERE doorsturing_id = $1`,
          [event.data.doorsturingId, event.at],
        );
        return;
      case 'BeantwoordDoorDienst':
      case 'TeruggestuurdDoorDienst':
        await client.query(
          `UPDATE stadsdiensten.inbox SET status = $2, afgehandeld_op = $3 WHERE doorsturing_id = $1`,
          [
            event.data.doorsturingId,
            event.type === 'BeantwoordDoorDienst' ? 'beantwoord' : 'teruggestuurd',
            event.at,
          ],
        );
        return;
      case 'SignaalIngetrokken':
      case 'SignaalAfgesloten':
        await client.query(
          `UPDATE stadsdiensten.inbox SET status = 'vervallen', afgehandeld_op = $2
           WHERE signaal_id = $1 AND status IN ('doorgestuurd', 'opgepakt')`,
          [signaalId, event.at],
        );
        return;
      default:
        return;
    }
  }
}

function decode(recorded: RecordedEvent): SignaalEvent {
  try {
    return toSignaalEvent(recorded);
  } catch (error) {
    throw new ProjectieFout('onverwerkbaar', recorded, (error as Error).message);
  }
}
