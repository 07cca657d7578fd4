import { Link } from 'react-router';
import type { SignaalSamenvatting } from '../api';
import { balTekst, fmtDag, fmtDatum, fmtDatumTijd, sinds, STATUS, TERMIJN, termijnWat } from '../format';
import { useNamen } from '../sessie';

/**
 * One signaal in a list. `namen` comes from the list (one lookup for hundreds of cards). `kop`: the
 * level of its title, one below the heading above the list (h2 right under a page's h1).
 */
export function SignaalKaart({
  s,
  toonRaad,
  namen,
  kop: Kop = 'h3',
}: {
  s: SignaalSamenvatting;
  toonRaad?: boolean;
  namen: ReturnType<typeof useNamen>;
  kop?: 'h2' | 'h3';
}) {
  return (
    <li className="kaart">
      <Kop>
        <Link to={`/signalen/${s.id}`}>{s.titel}</Link>
      </Kop>
      <p className="kaart-meta">
        <span className={`status status-${s.status}`}>{STATUS[s.status] ?? s.status}</span>
        {toonRaad && <span>{namen.raad(s.raadId)}</span>}
        <span>{namen.thema(s.thema)}</span>
        <span>ingediend {fmtDatum(s.ingediendOp)}</span>
      </p>
      <p className="bal">
        De bal ligt <strong>{balTekst(s, namen.dienst)}</strong>
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
          <time dateTime={s.volgendeTermijn.uiterlijk}>{fmtDag(s.volgendeTermijn.uiterlijk)}</time>
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
