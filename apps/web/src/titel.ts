import { useEffect, type RefObject } from 'react';

const APP = 'Signaalspoor';

/** The browser tab's text for a page with this main heading: "Nieuw signaal — Signaalspoor". */
export function paginaTitel(kop: string | null | undefined): string {
  const tekst = kop?.replace(/\s+/g, ' ').trim();
  if (!tekst) return APP;
  return tekst.includes(APP) ? tekst : `${tekst} — ${APP}`;
}

/**
 * Names the browser tab after the page's h1 inside `inhoud`, and keeps it so while the page changes
 * (a signaal's titel loads, a list's heading changes): every page gets its own title (WCAG 2.4.2)
 * and it never says something else than the heading a screen reader lands on.
 */
export function useKopAlsTitel(inhoud: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = inhoud.current;
    if (!el) return;
    const zet = () => {
      const titel = paginaTitel(el.querySelector('h1')?.textContent);
      if (document.title !== titel) document.title = titel;
    };
    zet();
    const waarnemer = new MutationObserver(zet);
    waarnemer.observe(el, { childList: true, subtree: true, characterData: true });
    return () => waarnemer.disconnect();
  }, [inhoud]);
}
