import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api';
import { useNieuwSinds } from '../bezoek';
import { Downloads } from '../components/Downloads';
import { Filterbalk, useLijstFilter, type FilterVeld } from '../components/Filterbalk';
import { SignalenKaart } from '../components/Kaart';
import { SignaalKaart } from '../components/SignaalKaart';
import { Uitleg } from '../components/Uitleg';
import { useNamen, useSessie } from '../sessie';

const PER_PAGINA = 50;
/** the map shows this many signalen of the filter at most (the API's largest page) */
const OP_DE_KAART = 500;
/** who gets the map of a wijk's signalen */
const MET_KAART = new Set(['wijkmanager', 'auditor']);

/** the filters each role gets: no raad filter for a raad, no dienst filter for a dienst */
const VELDEN: Record<string, FilterVeld[]> = {
  raad: ['thema', 'status', 'balBij', 'ouderDan', 'sorteer'],
  dienst: ['raad', 'thema', 'status', 'balBij', 'ouderDan', 'sorteer'],
};
const ALLE_VELDEN: FilterVeld[] = ['raad', 'thema', 'dienst', 'status', 'balBij', 'ouderDan', 'sorteer'];

/** "Mijn signalen" for a raad; every signaal within reach for the other roles; or the overdue ones. */
export function Signalen({ overschreden }: { overschreden?: boolean }) {
  const sessie = useSessie();
  const namen = useNamen();
  const filterstaat = useLijstFilter();
  const { pagina, zetPagina } = filterstaat;
  const filter = { ...filterstaat.filter, overschreden };
  const offset = (pagina - 1) * PER_PAGINA;
  const [opKaart, setOpKaart] = useState(false);
  const lijst = useQuery({
    queryKey: ['signalen', { ...filter, offset, opKaart }],
    queryFn: () =>
      api.signalen(opKaart ? { ...filter, limiet: OP_DE_KAART } : { ...filter, limiet: PER_PAGINA, offset }),
  });
  const nieuw = useNieuwSinds(overschreden ? 'overschreden' : 'signalen', lijst.data?.items);
  const titel = overschreden
    ? 'Overschreden termijnen'
    : sessie.rol === 'raad'
      ? 'Mijn signalen'
      : sessie.rol === 'dienst'
        ? 'Signalen doorgestuurd naar je dienst'
        : 'Alle signalen';

  return (
    <>
      <h1>{titel}</h1>
      <Uitleg />
      {sessie.rol === 'raad' && (
        <p>
          <Link className="knop" to="/signalen/nieuw">
            Nieuw signaal
          </Link>
        </p>
      )}
      <Filterbalk
        lijst={filterstaat}
        label={`Zoeken in ${titel.toLowerCase()}`}
        velden={(VELDEN[sessie.rol] ?? ALLE_VELDEN).filter((veld) => !(overschreden && veld === 'status'))}
      />
      {MET_KAART.has(sessie.rol) && (
        <div className="knoppen" role="group" aria-label="Weergave">
          <button
            type="button"
            className={opKaart ? 'knop knop-licht' : 'knop'}
            aria-pressed={!opKaart}
            onClick={() => setOpKaart(false)}
          >
            Lijst
          </button>
          <button
            type="button"
            className={opKaart ? 'knop' : 'knop knop-licht'}
            aria-pressed={opKaart}
            onClick={() => setOpKaart(true)}
          >
            Kaart
          </button>
        </div>
      )}
      {lijst.isPending && <p>Laden…</p>}
      {lijst.isError && <p role="alert">{lijst.error.message}</p>}
      {lijst.data && (
        <>
          <p className="aantal" aria-live="polite">
            {lijst.data.total === 1 ? '1 signaal' : `${lijst.data.total} signalen`}
          </p>
          <Downloads path="/api/signalen" filter={filter} wat={titel.toLowerCase()} geojson />
          {opKaart ? (
            <SignalenKaart signalen={lijst.data.items} />
          ) : (
            <ul className="kaarten" aria-label={titel}>
              {lijst.data.items.map((s) => (
                <SignaalKaart
                  key={s.id}
                  s={s}
                  namen={namen}
                  toonRaad={sessie.rol !== 'raad'}
                  nieuw={nieuw(s)}
                  kop="h2"
                />
              ))}
            </ul>
          )}
          {!opKaart && lijst.data.total > PER_PAGINA && (
            <nav className="paginering" aria-label="Pagina's">
              <button type="button" disabled={pagina === 1} onClick={() => zetPagina(pagina - 1)}>
                Vorige
              </button>
              <span>
                {offset + 1}–{Math.min(offset + PER_PAGINA, lijst.data.total)} van {lijst.data.total}
              </span>
              <button
                type="button"
                disabled={offset + PER_PAGINA >= lijst.data.total}
                onClick={() => zetPagina(pagina + 1)}
              >
                Volgende
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
