import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type SignaalSamenvatting } from '../api';
import { fmtDatum, STATUS } from '../format';
import { useNamen, useSessie } from '../sessie';

/** The agenda of a raad's yearly meeting with its schepen: printable (see @media print). */
export default function Agenda() {
  const sessie = useSessie();
  const namen = useNamen();
  const eigen = sessie.rol === 'raad' ? sessie.raad : undefined;
  const [raad, setRaad] = useState(eigen ?? '');
  const agenda = useQuery({ queryKey: ['agenda', raad], queryFn: () => api.agenda(raad), enabled: !!raad });

  const blok = (titel: string, lijst: SignaalSamenvatting[]) => (
    <section className="agenda-blok">
      <h2>
        {titel} ({lijst.length})
      </h2>
      {lijst.length === 0 ? (
        <p>Geen.</p>
      ) : (
        <ol>
          {lijst.map((s) => (
            <li key={s.id}>
              <strong>{s.titel}</strong> — {namen.thema(s.thema)}, ingediend {fmtDatum(s.ingediendOp)},{' '}
              {STATUS[s.status] ?? s.status}
              {s.diensten.length > 0 && <> ({s.diensten.map(namen.dienst).join(', ')})</>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );

  return (
    <>
      <h1>Jaaragenda{agenda.data ? `: ${agenda.data.raad.naam}` : ''}</h1>
      {!eigen && (
        <div className="veld geen-print">
          <label htmlFor="raad">Raad</label>
          <select id="raad" value={raad} onChange={(e) => setRaad(e.target.value)}>
            <option value="">Kies een raad</option>
            {namen.raden.map((r) => (
              <option key={r.id} value={r.id}>
                {r.naam}
              </option>
            ))}
          </select>
        </div>
      )}
      {agenda.isError && <p role="alert">{agenda.error.message}</p>}
      {agenda.data && (
        <>
          <p>Signalen sinds {fmtDatum(agenda.data.sinds)}.</p>
          <p className="geen-print">
            <button type="button" className="knop" onClick={() => window.print()}>
              Afdrukken
            </button>
          </p>
          {blok('Termijn overschreden', agenda.data.overschreden)}
          {blok('Nog open', agenda.data.open)}
          {blok('Afgerond', agenda.data.afgerond)}
        </>
      )}
    </>
  );
}
