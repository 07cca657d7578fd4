import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api';
import { useNieuwSinds } from '../bezoek';
import { Downloads } from '../components/Downloads';
import { Filterbalk, useLijstFilter } from '../components/Filterbalk';
import { NieuwMarker } from '../components/NieuwMarker';
import { fmtDatum, fmtDatumTijd, sinds, STATUS } from '../format';
import { useNamen } from '../sessie';

/**
 * A dienst's open doorsturingen, oldest first, with their age; searchable (the search kept in the URL).
 * A doorsturing whose signaal changed since the dienst's last visit (a new one, or news on an old
 * one) is marked "Nieuw".
 */
export function Inbox() {
  const namen = useNamen();
  const filterstaat = useLijstFilter();
  const { q } = filterstaat.filter;
  const inbox = useQuery({ queryKey: ['inbox', { q }], queryFn: () => api.inbox({ q, limiet: 200 }) });
  const nieuwSinds = useNieuwSinds('inbox', inbox.data?.items);
  return (
    <>
      <h1>Inbox</h1>
      <Filterbalk lijst={filterstaat} label="Zoeken in de inbox" velden={[]} />
      {inbox.isPending && <p>Laden…</p>}
      {inbox.isError && <p role="alert">{inbox.error.message}</p>}
      {inbox.data && inbox.data.items.length === 0 && <p>Geen openstaande doorsturingen.</p>}
      <Downloads path="/api/inbox" filter={{ q }} wat="de inbox" />
      <ul className="kaarten" aria-label="Openstaande doorsturingen">
        {inbox.data?.items.map((i) => (
          <li key={i.id} className={nieuwSinds(i) ? 'kaart kaart-nieuw' : 'kaart'}>
            <h2 className="h3">
              <Link to={`/signalen/${i.signaalId}`}>{i.titel}</Link>
              {nieuwSinds(i) && <NieuwMarker />}
            </h2>
            <p className="kaart-meta">
              <span className={`status status-${i.status}`}>{STATUS[i.status] ?? i.status}</span>
              <span>{namen.raad(i.raadId)}</span>
              <span>{namen.thema(i.thema)}</span>
            </p>
            <p>
              Doorgestuurd <time dateTime={i.doorgestuurdOp}>{fmtDatumTijd(i.doorgestuurdOp)}</time>:{' '}
              <strong>{sinds(i.doorgestuurdOp)} oud</strong>
              {i.opgepaktOp && <>, opgepakt {fmtDatumTijd(i.opgepaktOp)}</>}
            </p>
            {i.uiterlijk && (
              <p className={Date.parse(i.uiterlijk) <= Date.now() ? 'termijn-over' : 'termijn'}>
                Antwoord uiterlijk <time dateTime={i.uiterlijk}>{fmtDatum(i.uiterlijk)}</time>
                {Date.parse(i.uiterlijk) <= Date.now() && ' (overschreden)'}
              </p>
            )}
            {i.toelichting && <p>Toelichting: {i.toelichting}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
