import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { api, isEigenPositie, type Bezoek } from './api';

/**
 * Whether an item changed since the previous visit's position: its latest event is beyond it, and
 * is not a command this reader gave in this browser (their own change is no news to them).
 */
export function nieuwSinds(
  vorige: number | null | undefined,
  positie: number,
  eigen = isEigenPositie,
): boolean {
  return typeof vorige === 'number' && positie > vorige && !eigen(positie);
}

/**
 * "Nieuw sinds je laatste bezoek" on a list: reads, once per visit, how far this person looked at the
 * list last time (kept on the server, so phone and laptop agree), then records this visit. The
 * previous position stays fixed while the page is open, so what changes during the visit is marked
 * too. The first visit ever marks nothing. Answers whether an item (its view's `positie`) is new.
 */
export function useNieuwSinds(
  lijst: Bezoek['lijst'],
  items: readonly { positie: number }[] | undefined,
): (item: { positie: number }) => boolean {
  const [vorige, setVorige] = useState<number | null>();
  const gemeld = useRef(0);
  useEffect(() => {
    let weg = false;
    api
      .bezoeken()
      .then((bezoeken) => {
        if (!weg) setVorige(bezoeken.find((b) => b.lijst === lijst)?.positie ?? null);
      })
      .catch(() => undefined); // without it the list shows no markers, nothing else
    return () => {
      weg = true;
    };
  }, [lijst]);
  const hoogste = Math.max(0, ...(items ?? []).map((i) => i.positie));
  const zichtbaar = useZichtbaar();
  useEffect(() => {
    // a list open in a tab nobody looks at has not been seen: it would hide the news on every device
    if (!zichtbaar || vorige === undefined || hoogste <= gemeld.current || hoogste <= (vorige ?? 0)) return;
    gemeld.current = hoogste;
    api.bezoekZetten({ lijst, positie: hoogste }).catch(() => undefined);
  }, [lijst, vorige, hoogste, zichtbaar]);
  return (item) => nieuwSinds(vorige, item.positie);
}

/** Whether the page is in view (not a background tab or a minimised window). */
function useZichtbaar(): boolean {
  return useSyncExternalStore(
    (melden) => {
      document.addEventListener('visibilitychange', melden);
      return () => document.removeEventListener('visibilitychange', melden);
    },
    () => document.visibilityState === 'visible',
  );
}
