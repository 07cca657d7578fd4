import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { useNamen } from '../sessie';

// The wijkmanager's suggestions (GET /api/signalen/{id}/suggesties): which diensten answered similar
// signalen, and which open signalen look like this one, each with its reason. One button takes one.

const useSuggesties = (signaalId: string) =>
  useQuery({ queryKey: ['suggesties', signaalId], queryFn: () => api.suggesties(signaalId) });

const procent = (score: number) => `${Math.round(score * 100)}%`;

/** Suggested diensten on top of the routing form; `kies` adds one to the chosen diensten. */
export function DienstSuggesties({
  signaalId,
  gekozen,
  uitgesloten,
  kies,
}: {
  signaalId: string;
  gekozen: readonly string[];
  /** diensten that cannot be chosen now (an open doorsturing) */
  uitgesloten: ReadonlySet<string>;
  kies: (dienstId: string) => void;
}) {
  const namen = useNamen();
  const diensten = (useSuggesties(signaalId).data?.diensten ?? []).filter(
    (d) => !uitgesloten.has(d.dienstId),
  );
  if (!diensten.length) return null;
  return (
    <div className="suggesties" data-testid="dienst-suggesties">
      <h4>Voorgesteld</h4>
      <ul>
        {diensten.map((d) => {
          const naam = namen.dienst(d.dienstId);
          const ja = gekozen.includes(d.dienstId);
          return (
            <li key={d.dienstId}>
              <button type="button" className="knop-licht" aria-pressed={ja} onClick={() => kies(d.dienstId)}>
                {ja ? `${naam} gekozen` : `Kies ${naam}`}
              </button>{' '}
              <span className="reden">
                {d.reden}
                {d.score > 0 && ` (zekerheid ${procent(d.score)})`}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Suggested main signalen in the form that links a duplicate; `kies` picks one. */
export function DuplicaatSuggesties({
  signaalId,
  gekozen,
  kies,
}: {
  signaalId: string;
  gekozen: string;
  kies: (signaalId: string) => void;
}) {
  const duplicaten = useSuggesties(signaalId).data?.duplicaten ?? [];
  if (!duplicaten.length) return null;
  return (
    <div className="suggesties" data-testid="duplicaat-suggesties">
      <h4>Lijkt op</h4>
      <ul>
        {duplicaten.map((d) => (
          <li key={d.signaalId}>
            <button
              type="button"
              className="knop-licht"
              aria-pressed={gekozen === d.signaalId}
              onClick={() => kies(d.signaalId)}
            >
              {gekozen === d.signaalId ? `Gekozen: ${d.titel}` : `Kies ${d.titel}`}
            </button>{' '}
            <span className="reden">{d.reden}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
