import type { Migratie } from '@signaalspoor/database';

/** 64 zeros: the hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Channel notified in every append transaction; delivered on commit. */
export const CHANNEL = 'signaalspoor_events';

/** recorded_at as ISO 8601 UTC with microseconds, so the text round-trips exactly through timestamptz. */
export const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/**
 * One batch of appends in one statement (one round trip; run alone, it is its own transaction). The
 * appends are decided in order, each seeing the earlier ones: all its ids known in its stream → the
 * original result ('replayed'); any known elsewhere → 'duplicate'; wrong expected revision → 'wrong'
 * with the actual revision; otherwise its events get the next positions and revisions and extend the
 * hash chain ('written'). The log_head row lock is the first thing taken, so every later statement's
 * snapshot includes every earlier append, and it is held only for this one statement and its commit.
 *
 * The hash of an event is sha256(previous hash || canonical JSON of the event) exactly as chainHash in
 * postgres-event-store.ts computes it (keys in order data, eventId, metadata, position, recordedAt,
 * revision, streamId, type): the client sends the canonical JSON of data and metadata and the tail
 * `,"streamId":…,"type":…}`, the function adds what only it knows (position, revision, recordedAt).
 * Per append: stream, expected ('any' | 'no-stream' | 'stream-exists' | a revision), event count;
 * per event: id (as sent, lower case), type, data, metadata, tail.
 */
export const APPEND_FUNCTION = `
CREATE OR REPLACE FUNCTION signaalspoor_append(
  streams text[], expected text[], counts int[],
  ids text[], types text[], data text[], metadata text[], tails text[]
) RETURNS TABLE (outcome text, next_revision bigint, last_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  recorded timestamptz := clock_timestamp();
  recorded_text text := to_char(recorded AT TIME ZONE 'UTC', ${ISO_UTC});
  head_position bigint;
  head_hash text;
  start_position bigint;
  next_event int := 1;
  n int;
  batch_ids text[];
  known int;
  elsewhere int;
  current_revision bigint;
  want text;
BEGIN
  SELECT h.position, h.hash INTO head_position, head_hash FROM log_head h FOR UPDATE;
  start_position := head_position;
  FOR a IN 1 .. coalesce(array_length(streams, 1), 0) LOOP
    n := counts[a];
    batch_ids := ids[next_event : next_event + n - 1];
    next_event := next_event + n;
    IF n > 0 THEN
      SELECT count(*), count(*) FILTER (WHERE e.stream_id <> streams[a]) INTO known, elsewhere
        FROM events e WHERE e.event_id = ANY (batch_ids::uuid[]);
      IF known > 0 THEN
        IF known <> n OR elsewhere > 0 THEN
          RETURN QUERY SELECT 'duplicate'::text, NULL::bigint, NULL::bigint;
        ELSE
          RETURN QUERY SELECT 'replayed'::text, e.revision, e.position
            FROM events e WHERE e.event_id = ANY (batch_ids::uuid[]) ORDER BY e.position DESC LIMIT 1;
        END IF;
        CONTINUE;
      END IF;
    END IF;
    SELECT max(e.revision) INTO current_revision FROM events e WHERE e.stream_id = streams[a];
    want := expected[a];
    IF NOT (want = 'any'
            OR (want = 'no-stream' AND current_revision IS NULL)
            OR (want = 'stream-exists' AND current_revision IS NOT NULL)
            OR (want ~ '^-?[0-9]+$' AND want::bigint = current_revision)) THEN
      RETURN QUERY SELECT 'wrong'::text, current_revision, NULL::bigint;
      CONTINUE;
    END IF;
    current_revision := coalesce(current_revision, -1);
    FOR i IN 0 .. n - 1 LOOP
      head_position := head_position + 1;
      current_revision := current_revision + 1;
      head_hash := encode(sha256(convert_to(
        head_hash || '{"data":' || data[next_event - n + i] || ',"eventId":"' || batch_ids[i + 1]
          || '","metadata":' || metadata[next_event - n + i] || ',"position":' || head_position
          || ',"recordedAt":"' || recorded_text || '","revision":' || current_revision
          || tails[next_event - n + i], 'UTF8')), 'hex');
      INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at, hash)
      VALUES (head_position, batch_ids[i + 1]::uuid, streams[a], current_revision, types[next_event - n + i],
              data[next_event - n + i]::jsonb, metadata[next_event - n + i]::jsonb, recorded, head_hash);
    END LOOP;
    RETURN QUERY SELECT CASE WHEN n > 0 THEN 'written' ELSE 'read' END, current_revision, head_position;
  END LOOP;
  IF head_position > start_position THEN
    UPDATE log_head SET position = head_position, hash = head_hash;
    PERFORM pg_notify('${CHANNEL}', head_position::text);
  END IF;
END
$fn$;
`;

/**
 * The store's tables, step by step (libs/database migraties.ts records each step once per database in
 * `schema_versies`, owner `event-store`). A change to a table is a new step at the end, never an edit
 * of an old one: databases of every earlier release must reach the same tables.
 */
export const MIGRATIES: Migratie[] = [
  {
    versie: 1,
    naam: 'events en log_head',
    sql: `
CREATE TABLE IF NOT EXISTS events (
  position    bigint      PRIMARY KEY,
  event_id    uuid        NOT NULL UNIQUE,
  stream_id   text        NOT NULL,
  revision    bigint      NOT NULL,
  type        text        NOT NULL,
  data        jsonb       NOT NULL,
  metadata    jsonb       NOT NULL,
  recorded_at timestamptz NOT NULL,
  hash        text        NOT NULL,
  UNIQUE (stream_id, revision)
);

-- The single row every append locks: appends are serialised, positions gap-free, hashes chained.
CREATE TABLE IF NOT EXISTS log_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  position  bigint  NOT NULL,
  hash      text    NOT NULL
);

INSERT INTO log_head (singleton, position, hash) VALUES (true, 0, '${GENESIS_HASH}') ON CONFLICT DO NOTHING;
`,
  },
];

/**
 * The append function is code, not data: replaced at every start (after the steps), under a lock so
 * processes starting together take turns, as it was before the steps existed.
 */
export const APPEND_FUNCTION_MIGRATION = `
SELECT pg_advisory_xact_lock(hashtext('signaalspoor.event-store.migrate'));
${APPEND_FUNCTION}
`;

export const EVENT_COLUMNS = `position, event_id, stream_id, revision, type, data, metadata,
  to_char(recorded_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS recorded_at, hash`;
