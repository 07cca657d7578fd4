/** 64 zeros: the hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Channel notified in every append transaction; delivered on commit. */
export const CHANNEL = 'signaalspoor_events';

// Any number of processes may migrate at once: the advisory lock makes them take turns.
export const MIGRATION = `
SELECT pg_advisory_xact_lock(hashtext('signaalspoor.event-store.migrate'));

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
`;

/** recorded_at as ISO 8601 UTC with microseconds, so the text round-trips exactly through timestamptz. */
export const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

export const EVENT_COLUMNS = `position, event_id, stream_id, revision, type, data, metadata,
  to_char(recorded_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS recorded_at, hash`;
