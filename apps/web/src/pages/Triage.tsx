import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, type SignaalSamenvatting } from '../api';
import { useNieuwSinds } from '../bezoek';
import { Filterbalk, useLijstFilter } from '../components/Filterbalk';
import { SignaalKaart } from '../components/SignaalKaart';
import { useNamen } from '../sessie';

/**
 * The wijkmanager's queue: every signaal of their raden where the ball is with them, the longest
 * unchanged first (or as sorted), searchable and filtered as kept in the URL.
 */
export function Triage() {
  const filterstaat = useLijstFilter('gewijzigdOp');
  const filter = { ...filterstaat.filter, balBij: 'wijkmanager' as const, limiet: 500 };
  const lijst = useQuery({ queryKey: ['signalen', 'triage', filter], queryFn: () => api.signalen(filter) });
  const wachtend = lijst.data?.items ?? [];
  const nieuwSinds = useNieuwSinds('triage', lijst.data?.items);
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
      <Kaarten id="nieuw-titel" titel="Nieuwe signalen" signalen={nieuw} nieuwSinds={nieuwSinds}>
        {lijst.data && nieuw.length === 0 && <p>Geen nieuwe signalen.</p>}
      </Kaarten>
      <Kaarten
        id="terug-titel"
        titel="Beantwoord, teruggestuurd of heropend"
        signalen={rest}
        nieuwSinds={nieuwSinds}
      >
        {lijst.data && rest.length === 0 && <p>Niets te doen.</p>}
      </Kaarten>
    </>
  );
}

/** One part of the queue, headed with its count; the children say so when it holds none. */
function Kaarten(props: {
  id: string;
  titel: string;
  signalen: SignaalSamenvatting[];
  nieuwSinds: (s: SignaalSamenvatting) => boolean;
  children: ReactNode;
}) {
  const namen = useNamen();
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>
        {props.titel} ({props.signalen.length})
      </h2>
      {props.children}
      <ul className="kaarten">
        {props.signalen.map((s) => (
          <SignaalKaart key={s.id} s={s} namen={namen} toonRaad nieuw={props.nieuwSinds(s)} />
        ))}
      </ul>
    </section>
  );
}
