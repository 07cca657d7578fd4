import { Link } from 'react-router';
import type { SignaalSamenvatting } from '../api';
import { fmtDatum, fmtDatumTijd, sinds, TERMIJN, termijnWat } from '../format';
import { NieuwMarker } from './NieuwMarker';
import { useNamen, useSessie } from '../sessie';
import { balZin, statusKlasse, statusTekst } from '../woorden';

/**
 * One signaal in a list. `namen` comes from the list (one lookup for hundreds of cards); `nieuw`: it
 * changed since the reader's last visit of the list (a word, not only a colour, also for screen readers).
 * `kop`: the level of its title, one below the heading above the list (h2 right under a page's h1).
 */
export function SignaalKaart({
  s,
  toonRaad,
  namen,
  nieuw,
  kop: Kop = 'h3',
}: {
  s: SignaalSamenvatting;
  toonRaad?: boolean;
  namen: ReturnType<typeof useNamen>;
  nieuw?: boolean;
  kop?: 'h2' | 'h3';
}) {
  const sessie = useSessie();
  return (
    <li className={nieuw ? 'kaart kaart-nieuw' : 'kaart'}>
      <Kop>
        <Link to={`/signalen/${s.id}`}>{s.titel}</Link>
        {nieuw && <NieuwMarker />}
      </Kop>
      <p className="kaart-meta">
        <span className={statusKlasse(s)}>{statusTekst(s)}</span>
        {toonRaad && <span>{namen.raad(s.raadId)}</span>}
        <span>{namen.thema(s.thema)}</span>
        <span>ingediend {fmtDatum(s.ingediendOp)}</span>
      </p>
      <p className="bal">
        <strong>{balZin(s, sessie, namen.dienst)}</strong>
        {s.balBij !== 'niemand' && (
          <>
            {' '}
            sinds <time dateTime={s.gewijzigdOp}>{fmtDatumTijd(s.gewijzigdOp)}</time> ({sinds(s.gewijzigdOp)})
          </>
        )}
      </p>
      {s.volgendeTermijn && (
        <p className={s.volgendeTermijn.overschreden ? 'termijn-over' : 'termijn'}>
          {termijnWat(s.volgendeTermijn, namen.dienst)}: uiterlijk{' '}
          <time dateTime={s.volgendeTermijn.uiterlijk}>{fmtDatum(s.volgendeTermijn.uiterlijk)}</time>
          {s.volgendeTermijn.overschreden && ' (overschreden)'}
        </p>
      )}
      {s.overschredenTermijnen.length > 0 && (
        <p className="termijn-over">
          Termijn overschreden: {s.overschredenTermijnen.map((t) => TERMIJN[t.split(':')[0]] ?? t).join(', ')}
        </p>
      )}
    </li>
  );
}
