import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { fmtDatumTijd } from '../format';

const LIMIET = 50;

/** The global log, paged by position: every event in the order it was stored. */
export default function Logboek() {
  const [vanaf, setVanaf] = useState<number[]>([0]);
  const na = vanaf[vanaf.length - 1];
  const log = useQuery({ queryKey: ['logboek', na], queryFn: () => api.auditLog(na, LIMIET) });
  return (
    <>
      <h1>Logboek</h1>
      {log.isError && <p role="alert">{log.error.message}</p>}
      <table className="tabel">
        <caption>Gebeurtenissen na positie {na}</caption>
        <thead>
          <tr>
            <th scope="col">Positie</th>
            <th scope="col">Type</th>
            <th scope="col">Stroom</th>
            <th scope="col">Revisie</th>
            <th scope="col">Actor</th>
            <th scope="col">Tijd</th>
          </tr>
        </thead>
        <tbody>
          {log.data?.items.map((e) => {
            const actor = e.metadata.actor as { rol?: string; id?: string } | undefined;
            return (
              <tr key={e.positie}>
                <td>{e.positie}</td>
                <td>{e.type}</td>
                <td className="breek">{e.streamId}</td>
                <td>{e.revision}</td>
                <td>{actor ? `${actor.rol} ${actor.id}` : '—'}</td>
                <td>{fmtDatumTijd(String(e.metadata.occurredAt ?? e.metadata.recordedAt))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <nav className="paginering" aria-label="Pagina's van het logboek">
        <button type="button" disabled={vanaf.length === 1} onClick={() => setVanaf(vanaf.slice(0, -1))}>
          Vorige
        </button>
        <button
          type="button"
          disabled={!log.data || log.data.items.length < LIMIET}
          onClick={() => log.data && setVanaf([...vanaf, log.data.volgende])}
        >
          Volgende
        </button>
      </nav>
    </>
  );
}
