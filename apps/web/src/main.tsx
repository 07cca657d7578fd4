import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ApiFout, type Rol } from './api';
import { Layout } from './components/Layout';
import { SessieProvider, useSessieQuery } from './sessie';
import './app.css';

// Every page is a chunk of its own, loaded on its first visit (docs/web.md, "Size and first load"):
// a phone on a slow line fetches the login page or the raad's list, not the auditor's charts, the
// map or the other roles' screens.
const benoemd = <P extends object>(laad: () => Promise<ComponentType<P>>) =>
  Object.assign(
    lazy(() => laad().then((pagina) => ({ default: pagina }))),
    { laad },
  );
const Aanmelden = benoemd(() => import('./pages/Aanmelden').then((m) => m.Aanmelden));
const Signalen = benoemd(() => import('./pages/Signalen').then((m) => m.Signalen));
const NieuwSignaal = benoemd(() => import('./pages/NieuwSignaal').then((m) => m.NieuwSignaal));
const SignaalPagina = benoemd(() => import('./pages/SignaalPagina').then((m) => m.SignaalPagina));
const Triage = benoemd(() => import('./pages/Triage').then((m) => m.Triage));
const Inbox = benoemd(() => import('./pages/Inbox').then((m) => m.Inbox));
const Cijfers = lazy(() => import('./pages/Cijfers'));
const Audit = lazy(() => import('./pages/Audit'));
const Logboek = lazy(() => import('./pages/Logboek'));
const Verslag = lazy(() => import('./pages/Verslag'));
const Beheer = lazy(() => import('./pages/Beheer'));
const Meldingen = lazy(() => import('./pages/Meldingen'));

// The page the address asks for starts loading with the app, beside the session request, not after
// it: one round trip less on a slow line. Only the pages a role starts on or a shared link opens.
const VOORAF: [RegExp, { laad(): Promise<unknown> }][] = [
  [/^\/signalen\/nieuw$/, NieuwSignaal],
  [/^\/signalen\/[^/]+$/, SignaalPagina],
  [/^\/(signalen|overschreden)$/, Signalen],
  [/^\/triage$/, Triage],
  [/^\/inbox$/, Inbox],
];
void VOORAF.find(([pad]) => pad.test(location.pathname))?.[1].laad();

const START: Record<Rol, string> = {
  raad: '/signalen',
  wijkmanager: '/triage',
  dienst: '/inbox',
  auditor: '/cijfers',
  beheerder: '/signalen',
};

const LADEN = <p className="laden">Laden…</p>;

function App() {
  const sessie = useSessieQuery();
  if (sessie.isPending) return LADEN;
  if (sessie.isError)
    return (
      <main className="inhoud">
        <h1>Signaalspoor</h1>
        <p role="alert">De server is niet bereikbaar: {sessie.error.message}</p>
      </main>
    );
  if (!sessie.data) {
    return (
      <Suspense fallback={LADEN}>
        <Routes>
          <Route path="*" element={<Aanmelden />} />
        </Routes>
      </Suspense>
    );
  }
  return (
    <SessieProvider sessie={sessie.data}>
      <Layout>
        <Suspense fallback={LADEN}>
          <Routes>
            <Route path="/" element={<Navigate to={START[sessie.data.rol]} replace />} />
            <Route path="/aanmelden" element={<Navigate to={START[sessie.data.rol]} replace />} />
            <Route path="/signalen" element={<Signalen />} />
            <Route path="/signalen/nieuw" element={<NieuwSignaal />} />
            <Route path="/signalen/:id" element={<SignaalPagina />} />
            <Route path="/overschreden" element={<Signalen overschreden />} />
            <Route path="/triage" element={<Triage />} />
            <Route path="/inbox" element={<Inbox />} />
            <Route path="/cijfers" element={<Cijfers />} />
            <Route path="/audit" element={<Audit />} />
            <Route path="/logboek" element={<Logboek />} />
            <Route path="/verslag" element={<Verslag />} />
            <Route path="/beheer" element={<Beheer />} />
            <Route path="/meldingen" element={<Meldingen />} />
            <Route path="/agenda" element={<Navigate to="/verslag" replace />} />
            <Route
              path="*"
              element={
                <>
                  <h1>Pagina niet gevonden</h1>
                  <p>Deze pagina bestaat niet.</p>
                </>
              }
            />
          </Routes>
        </Suspense>
      </Layout>
    </SessieProvider>
  );
}

// An expired or revoked session (401 on any call) brings back the login page.
const verlopen = (error: Error) => {
  if (error instanceof ApiFout && error.status === 401) client.setQueryData(['sessie'], null);
};
const client: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: verlopen }),
  mutationCache: new MutationCache({ onError: verlopen }),
  defaultOptions: {
    queries: {
      retry: (n, error) => !(error instanceof ApiFout && error.status >= 400 && error.status < 500) && n < 1,
      refetchOnWindowFocus: true,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
