import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { migreer, type Migratie } from '@signaalspoor/database';
import type { Pool } from 'pg';

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
];

const IV_BYTES = 12;
const CACHE_SIZE = 10_000;
const CACHE_TTL_MS = 60_000;
const TAG_BYTES = 16;

/**
 * The key of every person whose personal data the log holds (crypto-shredding): AES-256-GCM, with the
 * key's id as associated data. Keys live in their own table in the `privacy` schema, never in an
 * event; `vergeet` deletes one, after which that person's data in every event, export and Kafka
 * message is ciphertext without a key.
 */
export class PersoonsSleutels {
  /**
   * Keys used recently for encryption, by kenmerk: a returning person costs no round trip. Bounded in
   * size and age: after an erasure by another process this process may encrypt with the destroyed key
   * for at most CACHE_TTL_MS (that data is then unreadable, never readable by the wrong person).
   */
  private readonly cache = new Map<string, { id: string; sleutel: Buffer; tot: number }>();

  constructor(
    private readonly pool: Pool,
    private readonly pepper: Buffer,
  ) {}

  async migrate(): Promise<void> {
    await migreer(this.pool, 'privacy', MIGRATIES);
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
    const { rows } = await this.pool.query<{ sleutel: Buffer }>(
      'SELECT sleutel FROM privacy.persoonssleutels WHERE id = $1',
      [sleutelId],
    );
    if (!rows[0]) return VERGETEN;
    try {
      return openGcm(rows[0].sleutel, sleutelId, versleuteld);
    } catch {
      return VERGETEN;
    }
  }

  private async sleutelVoor(kenmerk: string): Promise<{ id: string; sleutel: Buffer }> {
    const cached = this.cache.get(kenmerk);
    if (cached && cached.tot > Date.now()) return cached;
    const { rows } = await this.pool.query<{ id: string; sleutel: Buffer }>(
      `INSERT INTO privacy.persoonssleutels (id, kenmerk, sleutel) VALUES (gen_random_uuid(), $1, $2)
       ON CONFLICT (kenmerk) DO UPDATE SET kenmerk = EXCLUDED.kenmerk
       RETURNING id, sleutel`,
      [kenmerk, randomBytes(32)],
    );
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(kenmerk, { ...rows[0], tot: Date.now() + CACHE_TTL_MS });
    return rows[0];
  }

  /** Decrypts many at once (one query); a destroyed key gives VERGETEN. */
  async ontsleutel(values: VersleuteldePersoon[]): Promise<(Persoon | typeof VERGETEN)[]> {
    const ids = [...new Set(values.map((value) => value.sleutel))].filter(isUuid);
    const keys = new Map<string, Buffer>();
    if (ids.length > 0) {
      const { rows } = await this.pool.query<{ id: string; sleutel: Buffer }>(
        'SELECT id, sleutel FROM privacy.persoonssleutels WHERE id = ANY($1::uuid[])',
        [ids],
      );
      rows.forEach((row) => keys.set(row.id, row.sleutel));
    }
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

  /** Destroys the key of the person with this e-mail address; the key's id, or undefined when unknown. */
  async vergeet(email: string): Promise<string | undefined> {
    const kenmerk = this.kenmerk({ email })!;
    this.cache.delete(kenmerk);
    const { rows } = await this.pool.query<{ id: string }>(
      'DELETE FROM privacy.persoonssleutels WHERE kenmerk = $1 RETURNING id',
      [kenmerk],
    );
    return rows[0]?.id;
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
