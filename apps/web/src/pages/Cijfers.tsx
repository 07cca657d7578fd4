import { useQuery } from '@tanstack/react-query';
import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useState, type ReactNode } from 'react';
import { Downloads } from '../components/Downloads';
import { Opties } from '../components/Veld';
import { Bar } from 'react-chartjs-2';
import { api, type CijferRij, type CijfersPer } from '../api';
import { useNamen } from '../sessie';

Chart.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const PER: Record<CijfersPer, string> = { raad: 'raad', dienst: 'dienst', thema: 'thema', jaar: 'jaar' };
const pct = (x?: number | null) => (x === null || x === undefined ? '—' : `${Math.round(x * 100)} %`);
const dagen = (x?: number | null) => (x === null || x === undefined ? '—' : x.toLocaleString('nl-BE'));

/** The table's columns after the first (what the row counts): a heading and the cell of a row. */
type Kolom = [kop: string, waarde: (r: CijferRij) => ReactNode];
const DIENST_KOLOMMEN: Kolom[] = [
  ['Doorsturingen', (r) => r.doorsturingen],
  ['Beantwoord', (r) => r.beantwoord],
  ['Teruggestuurd', (r) => r.teruggestuurd],
  ['Mediaan dagen tot antwoord', (r) => dagen(r.mediaanDagenTotAntwoord)],
];
const KOLOMMEN: Kolom[] = [
  ['Signalen', (r) => r.signalen],
  ['Ingetrokken', (r) => r.ingetrokken],
  ['Teruggekoppeld', (r) => r.teruggekoppeld],
  ['Terugkoppelingsgraad', (r) => pct(r.terugkoppelingsgraad)],
  ['Mediaan dagen tot terugkoppeling', (r) => dagen(r.mediaanDagenTotTerugkoppeling)],
];

export default function Cijfers() {
  const namen = useNamen();
  const [per, setPer] = useState<CijfersPer>('raad');
  const [jaar, setJaar] = useState('');
  const cijfers = useQuery({
    queryKey: ['cijfers', per, jaar],
    queryFn: () => api.cijfers(per, jaar ? Number(jaar) : undefined),
  });
  const rijen = cijfers.data ?? [];
  const label = (k: string) =>
    per === 'raad'
      ? namen.raad(k)
      : per === 'dienst'
        ? namen.dienst(k)
        : per === 'thema'
          ? namen.thema(k)
          : k;
  const dienst = per === 'dienst';
  const kolommen = dienst ? DIENST_KOLOMMEN : KOLOMMEN;
  const data = {
    labels: rijen.map((r) => label(r.sleutel)),
    datasets: dienst
      ? [
          {
            label: 'Doorsturingen',
            data: rijen.map((r) => r.doorsturingen ?? 0),
            backgroundColor: '#0b4f8a',
          },
          { label: 'Beantwoord', data: rijen.map((r) => r.beantwoord ?? 0), backgroundColor: '#2e7d32' },
          {
            label: 'Teruggestuurd',
            data: rijen.map((r) => r.teruggestuurd ?? 0),
            backgroundColor: '#b45309',
          },
        ]
      : [
          { label: 'Signalen', data: rijen.map((r) => r.signalen ?? 0), backgroundColor: '#0b4f8a' },
          {
            label: 'Teruggekoppeld',
            data: rijen.map((r) => r.teruggekoppeld ?? 0),
            backgroundColor: '#2e7d32',
          },
        ],
  };
  const samenvatting = rijen
    .map((r) =>
      dienst
        ? `${label(r.sleutel)}: ${r.doorsturingen} doorsturingen, ${r.beantwoord} beantwoord`
        : `${label(r.sleutel)}: ${r.signalen} signalen, ${pct(r.terugkoppelingsgraad)} teruggekoppeld`,
    )
    .join('; ');

  return (
    <>
      <h1>Cijfers</h1>
      <div className="filters">
        <div className="veld">
          <label htmlFor="per">Per</label>
          <select id="per" value={per} onChange={(e) => setPer(e.target.value as CijfersPer)}>
            <Opties opties={Object.entries(PER)} />
          </select>
        </div>
        <div className="veld">
          <label htmlFor="jaar">Jaar</label>
          <input
            id="jaar"
            inputMode="numeric"
            pattern="[0-9]{4}"
            placeholder="alle jaren"
            value={jaar}
            onChange={(e) => setJaar(e.target.value.replace(/\D/g, '').slice(0, 4))}
          />
        </div>
      </div>
      <Downloads
        path="/api/cijfers"
        filter={{ per, jaar: jaar.length === 4 ? jaar : undefined }}
        wat={`de cijfers per ${PER[per]}`}
        gepagineerd={false}
      />
      {cijfers.isError && <p role="alert">{cijfers.error.message}</p>}
      {rijen.length > 0 && (
        <div className="grafiek">
          <Bar
            data={data}
            options={{ responsive: true, maintainAspectRatio: false, animation: false, locale: 'nl-BE' }}
            aria-label={`Staafdiagram per ${per}. ${samenvatting}`}
            role="img"
          />
        </div>
      )}
      <table className="tabel">
        <caption>Cijfers per {PER[per]}</caption>
        <thead>
          <tr>
            <th scope="col">{dienst ? 'Dienst' : PER[per]}</th>
            {kolommen.map(([kop]) => (
              <th scope="col" key={kop}>
                {kop}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.sleutel}>
              <th scope="row">{label(r.sleutel)}</th>
              {kolommen.map(([kop, waarde]) => (
                <td key={kop}>{waarde(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
