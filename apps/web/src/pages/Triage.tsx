import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { useNieuwSinds } from '../bezoek';
import { Filterbalk, useLijstFilter } from '../components/Filterbalk';
import { SignaalKaart } from '../components/SignaalKaart';
import { useNamen } from '../sessie';

/**
 * The wijkmanager's queue: every signaal of their raden where the ball is with them, the longest
 * unchanged first (or as sorted), searchable and filtered as kept in the URL.
 */
export function Triage() {
  const namen = useNamen();
  const filterstaat = useLijstFilter('gewijzigdOp');
  const filter = { ...filterstaat.filter, balBij: 'wijkmanager' as const, limiet: 500 };
  const lijst = useQuery({ queryKey: ['signalen', 'triage', filter], queryFn: () => api.signalen(filter) });
  const wachtend = lijst.data?.items ?? [];
  const gewijzigd = useNieuwSinds('triage', lijst.data?.items);
  const nieuw = wachtend.filter((s) => s.status === 'ingediend');
  const rest = wachtend.filter((s) => s.status !== 'ingediend');
  return (
    <>
      <h1>Te behandelen</h1>
      <Filterbalk
        lijst={filterstaat}
        label="Zoeken in te behandelen signalen"
        velden={['raad', 'thema', 'dienst', 'ouderDan', 'sorteer']}
      />
      {lijst.isPending && <p>Laden…</p>}
      {lijst.isError && <p role="alert">{lijst.error.message}</p>}
      <section aria-labelledby="nieuw-titel">
        <h2 id="nieuw-titel">Nieuwe signalen ({nieuw.length})</h2>
        {lijst.data && nieuw.length === 0 && <p>Geen nieuwe signalen.</p>}
        <ul className="kaarten">
          {nieuw.map((s) => (
            <SignaalKaart key={s.id} s={s} namen={namen} toonRaad nieuw={gewijzigd(s)} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="terug-titel">
        <h2 id="terug-titel">Beantwoord, teruggestuurd of heropend ({rest.length})</h2>
        {lijst.data && rest.length === 0 && <p>Niets te doen.</p>}
        <ul className="kaarten">
          {rest.map((s) => (
            <SignaalKaart key={s.id} s={s} namen={namen} toonRaad nieuw={gewijzigd(s)} />
          ))}
        </ul>
      </section>
    </>
  );
}
