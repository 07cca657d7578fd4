import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type VerslagSignaal } from '../api';
import { Opties } from '../components/Veld';
import { BESLUIT, fmtDatum, fmtDatumTijd, STATUS, TERMIJN } from '../format';
import { useNamen, useSessie } from '../sessie';

/**
 * The report of a raad's yearly meeting with its schepen (GET /api/raden/{id}/verslag): open,
 * overdue and settled signalen with their answers and feedback. Printable (@media print), and as PDF.
 */
export default function Verslag() {
  const sessie = useSessie();
  const namen = useNamen();
  const eigen = sessie.rol === 'raad' ? sessie.raad : undefined;
  const [raad, setRaad] = useState(eigen ?? '');
  const verslag = useQuery({
    queryKey: ['verslag', raad],
    queryFn: () => api.verslag(raad),
    enabled: !!raad,
  });

  const blok = (titel: string, lijst: VerslagSignaal[]) => (
    <section className="agenda-blok" aria-label={titel}>
      <h2>
        {titel} ({lijst.length})
      </h2>
      {lijst.length === 0 ? (
        <p>Geen.</p>
      ) : (
        <ol>
          {lijst.map((s) => (
            <li key={s.id} className="verslag-signaal">
              <strong>{s.titel}</strong> — {s.thema}, ingediend {fmtDatum(s.ingediendOp)},{' '}
              {STATUS[s.status] ?? s.status}
              {s.diensten.length > 0 && <> ({s.diensten.join(', ')})</>}
              {s.duplicaatVan && <> — duplicaat van “{s.duplicaatVan}”</>}
              {s.overschredenTermijnen.length > 0 && (
                <>
                  <br />
                  Termijn overschreden:{' '}
                  {s.overschredenTermijnen.map((t) => TERMIJN[t.split(':')[0]] ?? t).join(', ')}
                </>
              )}
              {s.antwoorden.length > 0 && (
                <ul>
                  {s.antwoorden.map((a) => (
                    <li key={a.dienst + a.op}>
                      {a.dienst}: {BESLUIT[a.besluit as keyof typeof BESLUIT] ?? a.besluit}
                      {a.verwachteDatum && <> (verwacht tegen {fmtDatum(a.verwachteDatum)})</>} — {a.antwoord}
                    </li>
                  ))}
                </ul>
              )}
              {s.terugkoppelingen.length > 0 && (
                <ul>
                  {s.terugkoppelingen.map((t) => (
                    <li key={t.op}>
                      {t.definitief ? 'Definitieve' : 'Tussentijdse'} terugkoppeling ({fmtDatum(t.op)}):{' '}
                      {t.boodschap}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );

  return (
    <>
      <h1>Jaarlijks overleg{verslag.data ? `: ${verslag.data.raad.naam}` : ''}</h1>
      {!eigen && (
        <div className="veld geen-print">
          <label htmlFor="raad">Raad</label>
          <select id="raad" value={raad} onChange={(e) => setRaad(e.target.value)}>
            <Opties leeg="Kies een raad" opties={namen.raden.map((r) => [r.id, r.naam])} />
          </select>
        </div>
      )}
      {verslag.isError && <p role="alert">{verslag.error.message}</p>}
      {verslag.data && (
        <>
          <p>
            Signalen sinds {fmtDatum(verslag.data.sinds)}; opgemaakt {fmtDatumTijd(verslag.data.opgemaaktOp)}.
          </p>
          <p className="downloads geen-print">
            <button type="button" className="knop" onClick={() => window.print()}>
              Afdrukken
            </button>
            <a href={api.verslagPdfUrl(raad)} download>
              Download PDF
            </a>
          </p>
          {blok('Termijn overschreden', verslag.data.overschreden)}
          {blok('Nog open', verslag.data.open)}
          {blok('Afgerond sinds het vorige overleg', verslag.data.afgerond)}
        </>
      )}
    </>
  );
}
