import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { api, type Rol } from '../api';
import { ROL } from '../format';
import { useSessie, useStroom } from '../sessie';
import { useKopAlsTitel } from '../titel';

const MENU: Record<Rol, [string, string][]> = {
  raad: [
    ['/signalen', 'Mijn signalen'],
    ['/signalen/nieuw', 'Nieuw signaal'],
    ['/verslag', 'Jaarlijks overleg'],
    ['/meldingen', 'Meldingen'],
  ],
  wijkmanager: [
    ['/triage', 'Te behandelen'],
    ['/signalen', 'Alle signalen'],
    ['/overschreden', 'Overschreden'],
    ['/verslag', 'Jaarlijks overleg'],
    ['/meldingen', 'Meldingen'],
  ],
  dienst: [
    ['/inbox', 'Inbox'],
    ['/signalen', 'Alle doorsturingen'],
    ['/meldingen', 'Meldingen'],
  ],
  auditor: [
    ['/signalen', 'Alle signalen'],
    ['/cijfers', 'Cijfers'],
    ['/audit', 'Toestand en verificatie'],
    ['/logboek', 'Logboek'],
    ['/verslag', 'Jaarlijks overleg'],
  ],
  beheerder: [
    ['/signalen', 'Signalen'],
    ['/beheer', 'Mails en privacy'],
  ],
};

export function Layout({ children }: { children: ReactNode }) {
  const sessie = useSessie();
  useStroom();
  const main = useRef<HTMLElement>(null);
  useKopAlsTitel(main);
  const { pathname } = useLocation();
  // after client-side navigation, focus moves to the new page's content (screen readers, keyboard)
  const eerste = useRef(true);
  useEffect(() => {
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  const afmelden = async () => {
    const afgemeld = await api.afmelden().catch(() => undefined);
    // signed in with the city's account: sign out there too, or the next "Aanmelden" on a shared
    // computer signs the previous person straight back in
    window.location.assign(afgemeld?.doorsturen ?? '/');
  };

  return (
    <>
      <a className="skip" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="kop">
        <div className="kop-binnen">
          <span className="merk">Signaalspoor</span>
          <span className="wie">
            {ROL[sessie.rol]}: {sessie.naam}
          </span>
          <button type="button" className="knop-link" onClick={() => void afmelden()}>
            Afmelden
          </button>
        </div>
        <nav aria-label="Hoofdmenu">
          <ul>
            {MENU[sessie.rol].map(([to, label]) => (
              <li key={to}>
                <NavLink to={to} end>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="inhoud" className="inhoud" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
