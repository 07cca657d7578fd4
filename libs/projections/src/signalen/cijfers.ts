import type { Pool } from 'pg';

export const CIJFERS_PER = ['raad', 'thema', 'jaar', 'dienst'] as const;
export type CijfersPer = (typeof CIJFERS_PER)[number];

/** Feedback figures of one group of signalen (a raad, a thema or a year). */
export interface TerugkoppelingsCijfers {
  sleutel: string;
  signalen: number;
  ingetrokken: number;
  /** signalen, not withdrawn, that got a definitive terugkoppeling */
  teruggekoppeld: number;
  /** teruggekoppeld / (signalen − ingetrokken); null when nothing is left to count */
  terugkoppelingsgraad: number | null;
  /** median days from submission to the first definitive terugkoppeling */
  mediaanDagenTotTerugkoppeling: number | null;
}

/** Answer figures of one dienst over its doorsturingen. */
export interface DienstCijfers {
  sleutel: string;
  doorsturingen: number;
  beantwoord: number;
  teruggestuurd: number;
  /** median days from routing to the answer */
  mediaanDagenTotAntwoord: number | null;
}

const KEY: Record<Exclude<CijfersPer, 'dienst'>, string> = {
  raad: 'raad_id',
  thema: 'thema',
  jaar: `extract(year FROM ingediend_op AT TIME ZONE 'UTC')::int::text`,
};

const days = (value: string | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);

/** Figures over the signalen read model, optionally for the signalen submitted in one year (UTC). */
export async function cijfers(
  pool: Pool,
  per: CijfersPer,
  jaar?: number,
): Promise<(TerugkoppelingsCijfers | DienstCijfers)[]> {
  // a duplicate counts once, as its main signaal: duplicates are left out
  const inYear = `($1::int IS NULL OR extract(year FROM ingediend_op AT TIME ZONE 'UTC') = $1)
    AND NOT (state ? 'duplicaatVan')`;
  if (per === 'dienst') {
    const { rows } = await pool.query(
      `SELECT d->>'dienstId' AS sleutel, count(*) AS doorsturingen,
              count(d->'beantwoordOp') AS beantwoord, count(d->'teruggestuurdOp') AS teruggestuurd,
              percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM (d->>'beantwoordOp')::timestamptz - (d->>'doorgestuurdOp')::timestamptz) / 86400
              ) AS mediaan
         FROM projectie.signalen, jsonb_array_elements(state->'doorsturingen') d
        WHERE ${inYear}
        GROUP BY 1 ORDER BY 1`,
      [jaar ?? null],
    );
    return rows.map((r) => ({
      sleutel: r.sleutel,
      doorsturingen: Number(r.doorsturingen),
      beantwoord: Number(r.beantwoord),
      teruggestuurd: Number(r.teruggestuurd),
      mediaanDagenTotAntwoord: days(r.mediaan),
    }));
  }
  const { rows } = await pool.query(
    `WITH s AS (
       SELECT ${KEY[per]} AS sleutel, status, ingediend_op,
              (SELECT min((t->>'op')::timestamptz) FROM jsonb_array_elements(state->'terugkoppelingen') t
                WHERE (t->>'definitief')::boolean) AS definitief_op
         FROM projectie.signalen
        WHERE ${inYear}
     )
     SELECT sleutel, count(*) AS signalen, count(*) FILTER (WHERE status = 'ingetrokken') AS ingetrokken,
            count(definitief_op) FILTER (WHERE status <> 'ingetrokken') AS teruggekoppeld,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM definitief_op - ingediend_op) / 86400) AS mediaan
       FROM s GROUP BY 1 ORDER BY 1`,
    [jaar ?? null],
  );
  return rows.map((r) => {
    const signalen = Number(r.signalen);
    const ingetrokken = Number(r.ingetrokken);
    const teruggekoppeld = Number(r.teruggekoppeld);
    const telbaar = signalen - ingetrokken;
    return {
      sleutel: r.sleutel,
      signalen,
      ingetrokken,
      teruggekoppeld,
      terugkoppelingsgraad: telbaar > 0 ? Math.round((teruggekoppeld / telbaar) * 1000) / 1000 : null,
      mediaanDagenTotTerugkoppeling: days(r.mediaan),
    };
  });
}
