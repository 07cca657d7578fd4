import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, type SignalenFilter } from '../api';
import { Downloads } from '../components/Downloads';
import { SignalenKaart } from '../components/Kaart';
import { SignaalKaart } from '../components/SignaalKaart';
import { SIGNAAL_STATUS } from '../format';
import { useNamen, useSessie } from '../sessie';

const PER_PAGINA = 50;
/** the map shows this many signalen of the filter at most (the API's largest page) */
const OP_DE_KAART = 500;
/** who gets the map of a wijk's signalen */
const MET_KAART = new Set(['wijkmanager', 'auditor']);

/** "Mijn signalen" for a raad; every signaal within reach for the other roles; or the overdue ones. */
export function Signalen({ overschreden }: { overschreden?: boolean }) {
  const sessie = useSessie();
  const namen = useNamen();
  const [status, setStatus] = useState<SignalenFilter['status']>();
  const [offset, setOffset] = useState(0);
  const [opKaart, setOpKaart] = useState(false);
  const lijst = useQuery({
    queryKey: ['signalen', { status, overschreden, offset, opKaart }],
    queryFn: () =>
      api.signalen(
        opKaart
          ? { status, overschreden, limiet: OP_DE_KAART }
          : { status, overschreden, limiet: PER_PAGINA, offset },
      ),
  });
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
      {sessie.rol === 'raad' && (
        <p>
          <Link className="knop" to="/signalen/nieuw">
            Nieuw signaal
          </Link>
        </p>
      )}
      {!overschreden && (
        <div className="filter veld">
          <label htmlFor="status-filter">Toon</label>
          <select
            id="status-filter"
            value={status ?? ''}
            onChange={(e) => {
              setStatus((e.target.value || undefined) as SignalenFilter['status']);
              setOffset(0);
            }}
          >
            <option value="">alle statussen</option>
            {Object.entries(SIGNAAL_STATUS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
      )}
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
          <Downloads
            path="/api/signalen"
            filter={{ status, overschreden }}
            wat={titel.toLowerCase()}
            geojson
          />
          {opKaart ? (
            <SignalenKaart signalen={lijst.data.items} />
          ) : (
            <ul className="kaarten" aria-label={titel}>
              {lijst.data.items.map((s) => (
                <SignaalKaart key={s.id} s={s} namen={namen} toonRaad={sessie.rol !== 'raad'} kop="h2" />
              ))}
            </ul>
          )}
          {!opKaart && lijst.data.total > PER_PAGINA && (
            <nav className="paginering" aria-label="Pagina's">
              <button type="button" disabled={offset === 0} onClick={() => setOffset(offset - PER_PAGINA)}>
                Vorige
              </button>
              <span>
                {offset + 1}–{Math.min(offset + PER_PAGINA, lijst.data.total)} van {lijst.data.total}
              </span>
              <button
                type="button"
                disabled={offset + PER_PAGINA >= lijst.data.total}
                onClick={() => setOffset(offset + PER_PAGINA)}
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
