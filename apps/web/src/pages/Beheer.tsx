import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useActie } from '../acties';
import { Melding, Veld } from '../components/Veld';
import { fmtDatumTijd } from '../format';

/** The beheerder's page: parked mails to queue again, and erasing a person's data (privacy). */
export default function Beheer() {
  return (
    <>
      <h1>Beheer</h1>
      <GeparkeerdeMails />
      <Vergeten />
    </>
  );
}

function GeparkeerdeMails() {
  const mails = useQuery({ queryKey: ['mails', 'geparkeerd'], queryFn: () => api.mails('geparkeerd') });
  const [opnieuw, setOpnieuw] = useState<number>();
  const actie = useActie(
    (id: number) => api.mailOpnieuw(id),
    (r) => setOpnieuw((r as { id: number }).id),
  );
  return (
    <section aria-labelledby="mails-titel">
      <h2 id="mails-titel">Geparkeerde mails</h2>
      <p>
        Mails die na herhaalde pogingen niet vertrokken. Herstel de oorzaak (bv. het adres) en zet ze opnieuw
        in de wachtrij.
      </p>
      <Melding fout={actie.fout} ok={opnieuw ? `Mail ${opnieuw} staat weer in de wachtrij.` : undefined} />
      {mails.isPending && <p>Laden…</p>}
      {mails.isError && <p role="alert">{mails.error.message}</p>}
      {mails.data && mails.data.length === 0 && <p>Geen geparkeerde mails.</p>}
      {mails.data && mails.data.length > 0 && (
        <div className="tabel-scroll">
          <table className="tabel">
            <caption className="sr-only">Geparkeerde mails</caption>
            <thead>
              <tr>
                <th scope="col">Nr.</th>
                <th scope="col">Aan</th>
                <th scope="col">Onderwerp</th>
                <th scope="col">Pogingen</th>
                <th scope="col">Laatste fout</th>
                <th scope="col">Aangemaakt</th>
                <th scope="col">
                  <span className="sr-only">Actie</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {mails.data.map((m) => (
                <tr key={m.id}>
                  <td>{m.id}</td>
                  <td>{m.adres}</td>
                  <td>{m.onderwerp}</td>
                  <td>{m.pogingen}</td>
                  <td>{m.laatsteFout ?? '—'}</td>
                  <td>{fmtDatumTijd(m.aangemaaktOp)}</td>
                  <td>
                    <button
                      type="button"
                      className="knop"
                      disabled={actie.bezig}
                      aria-label={`Mail ${m.id} opnieuw versturen`}
                      onClick={() => actie.uitvoeren(m.id)}
                    >
                      Opnieuw versturen
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** POST /api/privacy/vergeet, after an explicit confirmation: it cannot be undone. */
function Vergeten() {
  const [email, setEmail] = useState('');
  const [bevestigen, setBevestigen] = useState(false);
  const [vergeten, setVergeten] = useState<string>();
  const actie = useActie(
    (adres: string) => api.vergeet(adres),
    () => {
      setVergeten(email.trim());
      setEmail('');
      setBevestigen(false);
    },
  );
  const vraag = (e: FormEvent) => {
    e.preventDefault();
    setVergeten(undefined);
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
      actie.setFouten({ email: 'Geef een geldig e-mailadres.' });
      return;
    }
    actie.setFouten({});
    setBevestigen(true);
  };
  return (
    <section aria-labelledby="vergeten-titel">
      <h2 id="vergeten-titel">Gegevens van een persoon vergeten</h2>
      <p>
        Naam en e-mailadres van deze persoon worden overal onleesbaar, ook in het logboek. Het traject, de
        cijfers en de hashketen blijven. Dit kan niet ongedaan gemaakt worden.
      </p>
      <form className="formulier" onSubmit={vraag} noValidate aria-label="Persoon vergeten">
        <Melding fout={actie.fout} ok={vergeten && `De gegevens van ${vergeten} zijn vergeten.`} />
        <Veld label="E-mailadres" verplicht fout={actie.fouten.email}>
          {(a) => (
            <input
              {...a}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
                setBevestigen(false);
              }}
            />
          )}
        </Veld>
        {!bevestigen && (
          <button type="submit" className="knop">
            Vergeten…
          </button>
        )}
      </form>
      {bevestigen && (
        <div className="formulier bevestiging" role="alertdialog" aria-labelledby="bevestig-vraag">
          <p id="bevestig-vraag">
            <strong>Weet je het zeker?</strong> De gegevens van {email.trim()} worden definitief onleesbaar.
          </p>
          <button
            type="button"
            className="knop knop-gevaar"
            disabled={actie.bezig}
            onClick={() => actie.uitvoeren(email.trim())}
          >
            Ja, definitief vergeten
          </button>{' '}
          <button type="button" className="knop knop-licht" onClick={() => setBevestigen(false)}>
            Annuleren
          </button>
        </div>
      )}
    </section>
  );
}
