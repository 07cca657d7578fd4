import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiFout, type Voorkeur, type VoorkeurKeuze } from '../api';
import { Melding, Opties } from '../components/Veld';

const SOORT: Record<Voorkeur['soort'], string> = {
  nieuw: 'Een raad dient een nieuw signaal in',
  doorsturing: 'Een signaal wordt doorgestuurd',
  antwoord: 'Een dienst antwoordt',
  teruggestuurd: 'Een dienst stuurt een signaal terug',
  verduidelijking: 'Verduidelijking gevraagd of gegeven',
  heropend: 'Een signaal wordt heropend',
  terugkoppeling: 'Terugkoppeling aan de raad',
  termijn: 'Een termijn is overschreden',
  duplicaat: 'Een signaal wordt als duplicaat gekoppeld',
};

const KEUZE: Record<VoorkeurKeuze, string> = {
  direct: 'Meteen',
  dagelijks: 'Dagelijks in één overzicht',
  uit: 'Niet',
};

/**
 * Which mails a raad, wijkmanager or dienst receives: per kind, right away, daily, or not. The API
 * lists only the kinds the signed-in role receives (a raad 3, a dienst 2, a wijkmanager 6).
 */
export default function Meldingen() {
  const client = useQueryClient();
  const voorkeuren = useQuery({ queryKey: ['voorkeuren'], queryFn: api.voorkeuren });
  const [melding, setMelding] = useState<{ ok?: string; fout?: string }>({});
  const zet = async (v: Voorkeur) => {
    setMelding({});
    try {
      client.setQueryData(['voorkeuren'], await api.voorkeurZetten(v));
      setMelding({ ok: `Opgeslagen: ${SOORT[v.soort]} — ${KEUZE[v.keuze]}.` });
    } catch (error) {
      setMelding({ fout: error instanceof ApiFout ? error.message : 'Opslaan lukte niet.' });
    }
  };
  return (
    <>
      <h1>Meldingen per mail</h1>
      <p>Kies per soort melding die je krijgt of je ze meteen krijgt, in één overzicht per dag, of niet.</p>
      <Melding {...melding} />
      {voorkeuren.isPending && <p>Laden…</p>}
      {voorkeuren.isError && <p role="alert">{voorkeuren.error.message}</p>}
      {voorkeuren.data && (
        <form className="formulier" aria-label="Voorkeuren" onSubmit={(e) => e.preventDefault()}>
          {voorkeuren.data.map((v) => (
            <div className="veld" key={v.soort}>
              <label htmlFor={`voorkeur-${v.soort}`}>{SOORT[v.soort] ?? v.soort}</label>
              <select
                id={`voorkeur-${v.soort}`}
                value={v.keuze}
                onChange={(e) => void zet({ soort: v.soort, keuze: e.target.value as VoorkeurKeuze })}
              >
                <Opties opties={Object.entries(KEUZE)} />
              </select>
            </div>
          ))}
        </form>
      )}
    </>
  );
}
