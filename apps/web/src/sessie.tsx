import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { api, ApiFout, positieGezien, type Referentie, type Sessie, type StroomBericht } from './api';

const SessieContext = createContext<Sessie | null>(null);

/** The signed-in user; the screens below only render with one. */
export const useSessie = (): Sessie => {
  const sessie = useContext(SessieContext);
  if (!sessie) throw new Error('geen sessie');
  return sessie;
};

export function SessieProvider({ sessie, children }: { sessie: Sessie; children: ReactNode }) {
  return <SessieContext.Provider value={sessie}>{children}</SessieContext.Provider>;
}

export const useSessieQuery = () =>
  useQuery({
    queryKey: ['sessie'],
    queryFn: () =>
      api.sessie().catch((error) => {
        if (error instanceof ApiFout && error.status === 401) return null;
        throw error;
      }),
    staleTime: Infinity,
  });

/** Names of raden, diensten and thema's by id, loaded once. */
export function useNamen() {
  const opts = { staleTime: Infinity } as const;
  const raden = useQuery({ queryKey: ['raden'], queryFn: api.raden, ...opts });
  const diensten = useQuery({ queryKey: ['diensten'], queryFn: api.diensten, ...opts });
  const themas = useQuery({ queryKey: ['themas'], queryFn: api.themas, ...opts });
  const naam = (lijst: Referentie[] | undefined, id: string) => lijst?.find((x) => x.id === id)?.naam ?? id;
  return {
    raden: raden.data ?? [],
    diensten: diensten.data ?? [],
    themas: themas.data ?? [],
    raad: (id: string) => naam(raden.data, id),
    dienst: (id: string) => naam(diensten.data, id),
    thema: (id: string) => naam(themas.data, id),
  };
}

/** Where the app goes when the live stream says the session expired: sign-in, saying why. */
const VERLOPEN_URL = '/aanmelden?verlopen=1';

/** How long the app waits before it opens a stream again that the server refused (e.g. 502 during a restart). */
const OPNIEUW_MS = 10_000;

/**
 * Live updates: the server pushes "signaal X changed" (Server-Sent Events); every list and page
 * refetches what it shows. EventSource reconnects by itself after a dropped connection, and after
 * the server's "afsluiten" (it stops; `retry` says when to come back). The stream's other last
 * events: "verlopen" (the session expired: to sign-in, saying so) and "vervangen" (too many windows
 * of this user have a stream: this one, the oldest, stops).
 */
export function useStroom(): void {
  const client = useQueryClient();
  useEffect(() => {
    let bron: EventSource | undefined;
    let opnieuw: number | undefined;
    const bijwerken = (e: MessageEvent<string>) => {
      const bericht = JSON.parse(e.data) as StroomBericht;
      // the refetch must reflect the change it was told about, not the read model from before
      positieGezien(bericht.positie);
      void client.invalidateQueries({
        predicate: (q) => !['sessie', 'raden', 'diensten', 'themas'].includes(String(q.queryKey[0])),
      });
      document.dispatchEvent(new CustomEvent('signaalspoor:stroom', { detail: bericht }));
    };
    const open = () => {
      bron = new EventSource(api.stroomUrl, { withCredentials: true });
      bron.addEventListener('signaal', bijwerken);
      bron.addEventListener('verlopen', () => {
        bron?.close();
        window.location.assign(VERLOPEN_URL);
      });
      bron.addEventListener('vervangen', () => bron?.close());
      bron.addEventListener('error', () => {
        // refused (not dropped): EventSource gives up; the session may be gone, else try again later
        if (bron?.readyState !== EventSource.CLOSED) return;
        void client.invalidateQueries({ queryKey: ['sessie'] });
        opnieuw = window.setTimeout(open, OPNIEUW_MS);
      });
    };
    open();
    return () => {
      window.clearTimeout(opnieuw);
      bron?.close();
    };
  }, [client]);
}
