import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { aanmeldFout } from '../aanmeldfout';
import { api, type DemoGebruiker, type Rol } from '../api';
import { Melding } from '../components/Veld';
import { ROL } from '../format';
import { useKopAlsTitel } from '../titel';

const VOLGORDE: Rol[] = ['raad', 'wijkmanager', 'dienst', 'auditor', 'beheerder'];

export function Aanmelden() {
  const opties = useQuery({ queryKey: ['aanmeldopties'], queryFn: api.aanmeldOpties });
  const client = useQueryClient();
  const main = useRef<HTMLElement>(null);
  useKopAlsTitel(main);
  const [fout, setFout] = useState<string>();
  const zoek = new URLSearchParams(window.location.search);
  const terugFout = aanmeldFout(zoek.get('fout'));
  // the live stream said the session expired (sessie.tsx)
  const verlopen = zoek.has('verlopen') ? 'Je sessie is verlopen; meld je opnieuw aan.' : undefined;

  const kies = async (g: DemoGebruiker) => {
    setFout(undefined);
    try {
      await api.demoAanmelden({ rol: g.rol, id: g.id });
      await client.invalidateQueries({ queryKey: ['sessie'] });
    } catch (error) {
      setFout((error as Error).message);
    }
  };

  return (
    <main className="inhoud aanmelden" id="inhoud" ref={main}>
      <h1>Aanmelden bij Signaalspoor</h1>
      <p>Volg elk signaal van je dorps- of wijkraad tot bij de stadsdienst en terug.</p>
      <Melding fout={fout ?? terugFout ?? verlopen} />
      {opties.isPending && <p>Laden…</p>}
      {opties.data?.oidc && (
        <p>
          <a className="knop" href={api.loginUrl}>
            Aanmelden met je stadsaccount
          </a>
        </p>
      )}
      {opties.data?.demo && (
        <section aria-labelledby="demo-titel">
          <h2 id="demo-titel">Demo-gebruikers</h2>
          <p className="hint">
            Alleen buiten productie: kies een rol om de toepassing uit te proberen met de demogegevens van
            Hasselt.
          </p>
          {VOLGORDE.map((rol) => {
            const lijst = opties.data.demo!.filter((g) => g.rol === rol);
            if (!lijst.length) return null;
            return (
              <div key={rol} className="demo-groep">
                <h3>{ROL[rol]}</h3>
                <ul className="knoppen">
                  {lijst.map((g) => (
                    <li key={`${g.rol}-${g.id ?? ''}`}>
                      <button type="button" className="knop knop-licht" onClick={() => void kies(g)}>
                        {g.naam}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      )}
      {opties.data && !opties.data.oidc && !opties.data.demo && (
        <p role="alert">Er is geen aanmeldmethode ingesteld (OIDC_ISSUER en OIDC_CLIENT_ID).</p>
      )}
    </main>
  );
}
