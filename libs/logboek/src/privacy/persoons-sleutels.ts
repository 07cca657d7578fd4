import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { migreer, type Migratie } from '@signaalspoor/database';
import type { Pool, PoolClient } from 'pg';
import { type PersoonsKeks, unwrap, wrap } from './kek';

/** Personal data as the domain has it (see Persoonsgegevens in libs/domain). */
export interface Persoon {
  naam?: string;
  email?: string;
}

/** Personal data as stored in an event: encrypted with the key of that person. */
export interface VersleuteldePersoon {
  sleutel: string;
  versleuteld: string;
}

/** What a reader gets for personal data whose key was destroyed. */
export const VERGETEN = 'vergeten' as const;

export const isVersleuteld = (value: unknown): value is VersleuteldePersoon =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as VersleuteldePersoon).sleutel === 'string' &&
  typeof (value as VersleuteldePersoon).versleuteld === 'string';

/** The person keys' table, step by step (owner `privacy` in `schema_versies`); a change is a new step. */
const MIGRATIES: Migratie[] = [
  {
    versie: 1,
    naam: 'privacy.persoonssleutels',
    sql: `
CREATE SCHEMA IF NOT EXISTS privacy;
-- One AES-256 key per person, apart from the events: deleting the row erases the person's data.
CREATE TABLE IF NOT EXISTS privacy.persoonssleutels (
  id          uuid        PRIMARY KEY,
  -- HMAC of the e-mail address (or the name when there is none) with a pepper outside the database
  kenmerk     text        NOT NULL UNIQUE,
  sleutel     bytea       NOT NULL,
  aangemaakt  timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    versie: 2,
    naam: 'privacy.kek',
    sql: `
-- the person key in sleutel is wrapped by the KEK of kek_generatie (NULL: a plain key from before wrapping)
ALTER TABLE privacy.persoonssleutels ADD COLUMN IF NOT EXISTS kek_generatie integer;
-- the generation that wraps new and re-wrapped keys (0: none yet); its KEK is a file in the key dir,
-- never here, named after this installation
CREATE TABLE IF NOT EXISTS privacy.kek (
  enig         boolean PRIMARY KEY DEFAULT true CHECK (enig),
  generatie    integer NOT NULL,
  installatie  uuid    NOT NULL DEFAULT gen_random_uuid()
);
INSERT INTO privacy.kek (generatie) VALUES (0) ON CONFLICT (enig) DO NOTHING;
`,
  },
];

/** Writers of person keys share it; a rotation holds it alone, so no key is wrapped by a KEK it destroys. */
const KEK_LOCK = `hashtext('signaalspoor.privacy.kek')`;
const IV_BYTES = 12;
const CACHE_SIZE = 10_000;
const CACHE_TTL_MS = 60_000;
const TAG_BYTES = 16;

interface Rij {
  id: string;
  sleutel: Buffer;
  kek_generatie: number | null;
}

/** What `migrate` found and did at start. */
export interface PersoonsSleutelsStart {
  /** the KEK generation that wraps new keys */
  generatie: number;
  /** plain keys from before wrapping, wrapped now */
  gewikkeld: number;
  /** keys whose KEK generation is destroyed: their persons' data is unreadable, as if erased */
  onleesbaar: number;
  /** KEK generations no key uses any more, destroyed now (left by a rotation that was interrupted) */
  vernietigd: number[];
}

/**
 * The key of every person whose personal data the log holds (crypto-shredding): AES-256-GCM, with the
 * key's id as associated data. Keys live in their own table in the `privacy` schema, never in an
 * event, and only wrapped by a key-encryption key (KEK, `PersoonsKeks`) that lives in the key dir.
 * `vergeet` deletes one key and rotates the KEK: every other key is re-wrapped under a new generation
 * and the old generation's file is destroyed, so the erased key's copies in dead rows, the WAL and
 * backups can no longer be unwrapped either.
 */
export class PersoonsSleutels {
  /**
   * Keys used recently for encryption, by kenmerk: a returning person costs no round trip. Bounded in
   * size and age: after an erasure by another process this process may encrypt with the destroyed key
   * for at most CACHE_TTL_MS (that data is then unreadable, never readable by the wrong person).
   */
  private readonly cache = new Map<string, { id: string; sleutel: Buffer; tot: number }>();
  /** the KEKs of this database's installation (privacy.kek), once known */
  private gebonden?: Promise<PersoonsKeks>;

  constructor(
    private readonly pool: Pool,
    private readonly pepper: Buffer,
    private readonly keks: PersoonsKeks,
  ) {}

  /**
   * Brings the tables to the newest step (`migreer`), then makes sure a KEK generation exists, wraps
   * plain keys of databases from before wrapping (then VACUUM FULL, so the table file holds no plain
   * key), destroys KEK files no key uses. Refuses when keys are wrapped but the key dir holds no KEK
   * at all: a wrong or lost key dir.
   */
  async migrate(): Promise<PersoonsSleutelsStart> {
    await migreer(this.pool, 'privacy', MIGRATIES);
    const start = await this.inTransaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(${KEK_LOCK})`);
      const { rows: opgeslagen } = await client.query<{ generatie: number; installatie: string }>(
        'SELECT generatie, installatie FROM privacy.kek',
      );
      const stored = opgeslagen[0].generatie;
      this.gebonden = Promise.resolve(this.keks.voor(opgeslagen[0].installatie));
      const files = await this.keks.generaties();
      const { rows: used } = await client.query<{ generatie: number; n: string }>(
        `SELECT kek_generatie AS generatie, count(*) AS n FROM privacy.persoonssleutels
          WHERE kek_generatie IS NOT NULL GROUP BY kek_generatie`,
      );
      if (files.length === 0 && used.length > 0) {
        throw new Error(
          `De sleutelmap ${this.keks.dir} (SIGNAALSPOOR_KEY_DIR) bevat geen KEK van deze installatie, maar ${used.reduce((n, row) => n + Number(row.n), 0)} persoonssleutels zijn ermee versleuteld (generatie ${used.map((row) => row.generatie).join(', ')}). ` +
            'Wijs de juiste sleutelmap aan of zet ze terug uit haar backup. Is ze echt verloren, dan zijn die persoonsgegevens onleesbaar: ' +
            'verwijder dan bewust de sleutels (DELETE FROM privacy.persoonssleutels) en start opnieuw.',
        );
      }
      let generatie = Math.max(stored, ...files);
      if (!files.includes(generatie)) await this.keks.maak(++generatie);
      await client.query('UPDATE privacy.kek SET generatie = $1', [generatie]);
      const kek = (await this.keks.kek(generatie))!;
      const { rows: plain } = await client.query<Rij>(
        'SELECT id, sleutel FROM privacy.persoonssleutels WHERE kek_generatie IS NULL',
      );
      await this.bewaarGewikkeld(
        client,
        generatie,
        plain.map((row) => ({ id: row.id, sleutel: wrap(kek, generatie, row.id, row.sleutel) })),
      );
      const inUse = new Set(used.map((row) => row.generatie));
      const onleesbaar = used
        .filter((row) => !files.includes(row.generatie))
        .reduce((n, row) => n + Number(row.n), 0);
      return { generatie, gewikkeld: plain.length, onleesbaar, inUse };
    });
    const vernietigd = await this.keks.vernietigVoor(start.generatie, start.inUse);
    // the plain keys' old row versions leave the table file (the WAL and older backups keep them)
    if (start.gewikkeld > 0) await this.pool.query('VACUUM FULL privacy.persoonssleutels');
    return {
      generatie: start.generatie,
      gewikkeld: start.gewikkeld,
      onleesbaar: start.onleesbaar,
      vernietigd,
    };
  }

  /** The lookup value of a person: by e-mail address, else by name; undefined without either. */
  kenmerk(persoon: Persoon): string | undefined {
    const wie = persoon.email?.trim()
      ? `email:${persoon.email.trim().toLowerCase()}`
      : persoon.naam?.trim()
        ? `naam:${persoon.naam.trim()}`
        : undefined;
    return wie && createHmac('sha256', this.pepper).update(wie).digest('hex');
  }

  /** The person's data encrypted with their key (made on first use); as is when there is nobody to name. */
  async versleutel(persoon: Persoon): Promise<VersleuteldePersoon | Persoon> {
    const kenmerk = this.kenmerk(persoon);
    if (kenmerk === undefined) return persoon;
    const { id, sleutel } = await this.sleutelVoor(kenmerk);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', sleutel, iv).setAAD(Buffer.from(id));
    const data = Buffer.concat([cipher.update(JSON.stringify(persoon), 'utf8'), cipher.final()]);
    return { sleutel: id, versleuteld: Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64') };
  }

  /**
   * Bytes (an attachment) encrypted with the key of `wie` (made on first use): a person by e-mail
   * address or name, else `actor`, the identity that acted (its own key, so that the bytes are never
   * stored in clear). AES-256-GCM with the key's id as associated data: iv, tag and ciphertext.
   */
  async versleutelBytes(
    wie: { persoon?: Persoon; actor: string },
    bytes: Buffer,
  ): Promise<{ sleutel: string; versleuteld: Buffer }> {
    const kenmerk =
      (wie.persoon && this.kenmerk(wie.persoon)) ??
      createHmac('sha256', this.pepper).update(`actor:${wie.actor}`).digest('hex');
    const { id, sleutel } = await this.sleutelVoor(kenmerk);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', sleutel, iv).setAAD(Buffer.from(id));
    const data = Buffer.concat([cipher.update(bytes), cipher.final()]);
    return { sleutel: id, versleuteld: Buffer.concat([iv, cipher.getAuthTag(), data]) };
  }

  /** Decrypts bytes of versleutelBytes; VERGETEN once the key was destroyed (or the ciphertext altered). */
  async ontsleutelBytes(sleutelId: string, versleuteld: Buffer): Promise<Buffer | typeof VERGETEN> {
    if (!isUuid(sleutelId)) return VERGETEN;
    // the stored key is wrapped by a KEK generation: unwrapped like every other read of a key
    const sleutel = (await this.sleutelsVan([sleutelId])).get(sleutelId);
    if (!sleutel) return VERGETEN;
    try {
      return openGcm(sleutel, sleutelId, versleuteld);
    } catch {
      return VERGETEN;
    }
  }

  private async sleutelVoor(kenmerk: string): Promise<{ id: string; sleutel: Buffer }> {
    const cached = this.cache.get(kenmerk);
    if (cached && cached.tot > Date.now()) return cached;
    const { rows } = await this.pool.query<Rij>(
      'SELECT id, sleutel, kek_generatie FROM privacy.persoonssleutels WHERE kenmerk = $1',
      [kenmerk],
    );
    const bestaand = rows[0] && (await this.pak(rows[0]));
    const key = bestaand ?? (await this.maakSleutel(kenmerk, rows[0]));
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(kenmerk, { ...key, tot: Date.now() + CACHE_TTL_MS });
    return key;
  }

  /**
   * A new key for this person, wrapped by the current generation while no rotation runs. A key whose
   * KEK was destroyed (a backup restored from before an erasure) is replaced: its data stays unreadable.
   */
  private async maakSleutel(kenmerk: string, onleesbaar?: Rij): Promise<{ id: string; sleutel: Buffer }> {
    return this.inTransaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock_shared(${KEK_LOCK})`);
      if (onleesbaar) {
        await client.query('DELETE FROM privacy.persoonssleutels WHERE id = $1 AND sleutel = $2', [
          onleesbaar.id,
          onleesbaar.sleutel,
        ]);
      }
      const { generatie, kek } = await this.huidigeKek(client);
      const id = randomUUID();
      const sleutel = randomBytes(32);
      const { rows } = await client.query<Rij>(
        `INSERT INTO privacy.persoonssleutels (id, kenmerk, sleutel, kek_generatie) VALUES ($1, $2, $3, $4)
         ON CONFLICT (kenmerk) DO UPDATE SET kenmerk = EXCLUDED.kenmerk
         RETURNING id, sleutel, kek_generatie`,
        [id, kenmerk, wrap(kek, generatie, id, sleutel), generatie],
      );
      if (rows[0].id === id) return { id, sleutel };
      // another process made this person's key first
      const theirs = await this.pak(rows[0]);
      if (!theirs) throw new Error(`persoonssleutel ${rows[0].id} is niet te openen met de KEK`);
      return theirs;
    });
  }

  private async huidigeKek(client: PoolClient): Promise<{ generatie: number; kek: Buffer }> {
    const { rows } = await client.query<{ generatie: number }>('SELECT generatie FROM privacy.kek');
    const generatie = rows[0]?.generatie;
    const kek = generatie === undefined ? undefined : await (await this.keksVan()).kek(generatie);
    if (generatie === undefined || !kek) {
      throw new Error(
        `De KEK van generatie ${generatie} ontbreekt in ${this.keks.dir} (SIGNAALSPOOR_KEY_DIR): herstart de app`,
      );
    }
    return { generatie, kek };
  }

  /** The key dir's KEKs, bound to this database's installation. */
  private keksVan(): Promise<PersoonsKeks> {
    this.gebonden ??= this.pool
      .query<{ installatie: string }>('SELECT installatie FROM privacy.kek')
      .then(({ rows }) => this.keks.voor(rows[0].installatie))
      .catch((error: unknown) => {
        this.gebonden = undefined;
        throw error;
      });
    return this.gebonden;
  }

  /** The key of a stored row, or undefined when its KEK generation is destroyed. */
  private async pak(row: Rij): Promise<{ id: string; sleutel: Buffer } | undefined> {
    if (row.kek_generatie === null) return { id: row.id, sleutel: row.sleutel };
    const kek = await (await this.keksVan()).kek(row.kek_generatie);
    const sleutel = kek && unwrap(kek, row.kek_generatie, row.id, row.sleutel);
    return sleutel && { id: row.id, sleutel };
  }

  /** Decrypts many at once (one query); a destroyed key gives VERGETEN. */
  async ontsleutel(values: VersleuteldePersoon[]): Promise<(Persoon | typeof VERGETEN)[]> {
    const ids = [...new Set(values.map((value) => value.sleutel))].filter(isUuid);
    const keys = await this.sleutelsVan(ids);
    // rows read just before a rotation committed name a generation it destroyed since: read them again
    const missed = ids.filter((id) => keys.get(id) === null);
    if (missed.length > 0) (await this.sleutelsVan(missed)).forEach((key, id) => keys.set(id, key));
    return values.map((value) => {
      const key = keys.get(value.sleutel);
      if (!key) return VERGETEN;
      try {
        return decrypt(key, value);
      } catch {
        // ciphertext that does not authenticate: altered, so unreadable like erased data
        return VERGETEN;
      }
    });
  }

  /** The keys of these ids: null for a row whose KEK is gone, absent for no row. */
  private async sleutelsVan(ids: string[]): Promise<Map<string, Buffer | null>> {
    const keys = new Map<string, Buffer | null>();
    if (ids.length === 0) return keys;
    const { rows } = await this.pool.query<Rij>(
      'SELECT id, sleutel, kek_generatie FROM privacy.persoonssleutels WHERE id = ANY($1::uuid[])',
      [ids],
    );
    for (const row of rows) keys.set(row.id, (await this.pak(row))?.sleutel ?? null);
    return keys;
  }

  /**
   * Destroys the key of the person with this e-mail address and rotates the KEK: in one transaction,
   * alone (no key is made meanwhile), the row is deleted, a new generation made and every other key
   * re-wrapped under it; after the commit every older generation's file is destroyed. From then on no
   * copy of the erased key anywhere (dead rows, WAL, backups) can be unwrapped. The key's id, or
   * undefined when unknown.
   */
  async vergeet(email: string): Promise<string | undefined> {
    const kenmerk = this.kenmerk({ email })!;
    this.cache.delete(kenmerk);
    const { id, generatie } = await this.inTransaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(${KEK_LOCK})`);
      const { rows } = await client.query<{ id: string }>(
        'DELETE FROM privacy.persoonssleutels WHERE kenmerk = $1 RETURNING id',
        [kenmerk],
      );
      return { id: rows[0]?.id, generatie: await this.roteer(client) };
    });
    await (await this.keksVan()).vernietigVoor(generatie);
    return id;
  }

  /** A new KEK generation with every readable key re-wrapped under it; the new generation. */
  private async roteer(client: PoolClient): Promise<number> {
    const stored = (await client.query<{ generatie: number }>('SELECT generatie FROM privacy.kek')).rows[0]
      .generatie;
    const generatie = Math.max(stored, ...(await (await this.keksVan()).generaties())) + 1;
    const kek = await this.keks.maak(generatie);
    const { rows } = await client.query<Rij>(
      'SELECT id, sleutel, kek_generatie FROM privacy.persoonssleutels',
    );
    const rewrapped: { id: string; sleutel: Buffer }[] = [];
    for (const row of rows) {
      const key = await this.pak(row);
      // a key whose KEK is already gone stays as it is: unreadable
      if (key) rewrapped.push({ id: row.id, sleutel: wrap(kek, generatie, row.id, key.sleutel) });
    }
    await this.bewaarGewikkeld(client, generatie, rewrapped);
    await client.query('UPDATE privacy.kek SET generatie = $1', [generatie]);
    return generatie;
  }

  private async bewaarGewikkeld(
    client: PoolClient,
    generatie: number,
    rows: { id: string; sleutel: Buffer }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await client.query(
      `UPDATE privacy.persoonssleutels p SET sleutel = v.sleutel, kek_generatie = $3
         FROM unnest($1::uuid[], $2::bytea[]) AS v(id, sleutel) WHERE p.id = v.id`,
      [rows.map((row) => row.id), rows.map((row) => row.sleutel), generatie],
    );
  }

  private async inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** The key id of the person with this e-mail address, if they have one. */
  async sleutelVan(email: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ id: string }>(
      'SELECT id FROM privacy.persoonssleutels WHERE kenmerk = $1',
      [this.kenmerk({ email })],
    );
    return rows[0]?.id;
  }
}

function decrypt(key: Buffer, value: VersleuteldePersoon): Persoon {
  const text = openGcm(key, value.sleutel, Buffer.from(value.versleuteld, 'base64'));
  return JSON.parse(text.toString('utf8')) as Persoon;
}

/** iv, tag, ciphertext → plaintext; throws when it does not authenticate. */
function openGcm(key: Buffer, keyId: string, raw: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES))
    .setAAD(Buffer.from(keyId))
    .setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * The events with `persoon` decrypted for a reader entitled to it (an auditor): the person's data,
 * or VERGETEN once their key is destroyed.
 */
export async function metLeesbarePersonen<E extends { data: Record<string, unknown> }>(
  personen: PersoonsSleutels,
  events: E[],
): Promise<E[]> {
  const encrypted = events.filter((event) => isVersleuteld(event.data.persoon));
  const plain = await personen.ontsleutel(
    encrypted.map((event) => event.data.persoon as VersleuteldePersoon),
  );
  const byEvent = new Map(encrypted.map((event, index) => [event, plain[index]]));
  return events.map((event) =>
    byEvent.has(event) ? { ...event, data: { ...event.data, persoon: byEvent.get(event) } } : event,
  );
}
