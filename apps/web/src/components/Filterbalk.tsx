import { useEffect, useId, useState, type ReactElement } from 'react';
import { useSearchParams } from 'react-router';
import type { SignalenFilter } from '../api';
import { SIGNAAL_STATUS } from '../format';
import { useNamen, useSessie } from '../sessie';
import { Opties } from './Veld';

type Sortering = NonNullable<SignalenFilter['sorteer']>;
type BalBij = NonNullable<SignalenFilter['balBij']>;

const SORTERING: Record<Sortering, string> = {
  '-ingediendOp': 'Nieuwste eerst',
  ingediendOp: 'Oudste eerst',
  termijn: 'Eerst verstrijkende termijn',
  '-gewijzigdOp': 'Laatst gewijzigd',
  gewijzigdOp: 'Langst niet gewijzigd',
};
const BAL_BIJ: Record<BalBij, string> = {
  wijkmanager: 'de wijkmanager',
  raad: 'de raad',
  dienst: 'een dienst',
  niemand: 'niemand (afgerond)',
};
/** `ouderDan`: ingediend more than this many days ago */
const OUDERDOM: Record<string, string> = {
  '7': 'meer dan een week geleden',
  '30': 'meer dan 30 dagen geleden',
  '90': 'meer dan 90 dagen geleden',
  '365': 'meer dan een jaar geleden',
};

/** The filters a list may offer (the search box is always there). */
export type FilterVeld = 'raad' | 'thema' | 'dienst' | 'status' | 'balBij' | 'ouderDan' | 'sorteer';

const bekend = <T extends string>(waarden: Record<T, string>, waarde: string | null): T | undefined =>
  waarde !== null && Object.hasOwn(waarden, waarde) ? (waarde as T) : undefined;

/** the day `dagen` days before today, YYYY-MM-DD (one value per day, so the query key stays put) */
const dagenGeleden = (dagen: number) => new Date(Date.now() - dagen * 86_400_000).toISOString().slice(0, 10);

/**
 * A list's search, filters, order and page, kept in the URL's query string: a view can be bookmarked,
 * shared and reloaded. Unknown values of a fixed choice are ignored; ids go to the API, which judges them.
 */
export function useLijstFilter(standaardSortering: Sortering = '-ingediendOp') {
  const [params, setParams] = useSearchParams();
  const tekst = (naam: string) => params.get(naam) || undefined;
  const ouderDan = bekend(OUDERDOM, params.get('ouderDan'));
  const pagina = Math.max(1, Math.floor(Number(params.get('pagina'))) || 1);
  const filter = {
    q: tekst('q'),
    raad: tekst('raad'),
    thema: tekst('thema'),
    dienst: tekst('dienst'),
    status: bekend(SIGNAAL_STATUS, params.get('status')) as SignalenFilter['status'],
    balBij: bekend(BAL_BIJ, params.get('balBij')),
    tot: ouderDan && dagenGeleden(Number(ouderDan)),
    sorteer: bekend(SORTERING, params.get('sorteer')) ?? standaardSortering,
  } satisfies SignalenFilter;
  /** sets (or, empty, removes) one parameter; back to the first page */
  const zet = (naam: string, waarde: string | undefined) =>
    setParams((vorige) => {
      const volgende = new URLSearchParams(vorige);
      if (waarde) volgende.set(naam, waarde);
      else volgende.delete(naam);
      if (naam !== 'pagina') volgende.delete('pagina');
      return volgende;
    });
  return {
    filter,
    params,
    standaardSortering,
    pagina,
    zet,
    zetPagina: (nummer: number) => zet('pagina', nummer > 1 ? String(nummer) : undefined),
    wis: () => setParams(new URLSearchParams()),
    /** any filter besides the search, the order and the page */
    gefilterd: [...params.keys()].some((naam) => !['q', 'sorteer', 'pagina'].includes(naam)),
  };
}

type LijstFilter = ReturnType<typeof useLijstFilter>;

/** A search box, and the filters and order of `velden`, folded on a phone. Dutch labels. */
export function Filterbalk({
  lijst,
  velden,
  label,
}: {
  lijst: LijstFilter;
  velden: FilterVeld[];
  label: string;
}) {
  const id = useId();
  const sessie = useSessie();
  const namen = useNamen();
  const { params, zet } = lijst;
  const q = params.get('q') ?? '';
  const [zoek, setZoek] = useState(q);
  useEffect(() => setZoek(q), [q]);
  const raden =
    sessie.rol === 'wijkmanager'
      ? namen.raden.filter((raad) => raad.wijkmanager === sessie.sub)
      : namen.raden;

  const keuze = (veld: FilterVeld, tekst: string, opties: [string, string][], alle?: string) => (
    <div className="veld" key={veld}>
      <label htmlFor={`${id}-${veld}`}>{tekst}</label>
      <select
        id={`${id}-${veld}`}
        value={params.get(veld) ?? (veld === 'sorteer' ? lijst.standaardSortering : '')}
        onChange={(e) => zet(veld, e.target.value || undefined)}
      >
        <Opties opties={opties} leeg={alle} />
      </select>
    </div>
  );
  const velden_: Record<FilterVeld, () => ReactElement> = {
    raad: () =>
      keuze(
        'raad',
        'Raad',
        raden.map((raad) => [raad.id, raad.naam]),
        'alle raden',
      ),
    thema: () =>
      keuze(
        'thema',
        'Thema',
        namen.themas.map((thema) => [thema.id, thema.naam]),
        'alle thema’s',
      ),
    dienst: () =>
      keuze(
        'dienst',
        'Dienst',
        namen.diensten.map((dienst) => [dienst.id, dienst.naam]),
        'alle diensten',
      ),
    status: () => keuze('status', 'Status', Object.entries(SIGNAAL_STATUS), 'alle statussen'),
    balBij: () => keuze('balBij', 'De bal ligt bij', Object.entries(BAL_BIJ), 'iedereen'),
    ouderDan: () => keuze('ouderDan', 'Ingediend', Object.entries(OUDERDOM), 'op eender welk moment'),
    sorteer: () => keuze('sorteer', 'Volgorde', Object.entries(SORTERING)),
  };

  return (
    <div className="filterbalk">
      <form
        role="search"
        aria-label={label}
        className="zoekveld"
        onSubmit={(e) => {
          e.preventDefault();
          zet('q', zoek.trim() || undefined);
        }}
      >
        <label htmlFor={`${id}-q`}>Zoeken</label>
        <div className="zoekveld-invoer">
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={zoek}
            maxLength={200}
            placeholder="bv. oversteekplaats"
            onChange={(e) => setZoek(e.target.value)}
          />
          <button type="submit" className="knop">
            Zoeken
          </button>
        </div>
      </form>
      {velden.length > 0 && (
        <details className="filters-meer" open={lijst.gefilterd || undefined}>
          <summary>Filters en volgorde</summary>
          <div className="filters">
            {velden.map((veld) => velden_[veld]())}
            {lijst.gefilterd && (
              <button type="button" className="knop knop-licht" onClick={lijst.wis}>
                Wis filters
              </button>
            )}
          </div>
        </details>
      )}
    </div>
  );
}
