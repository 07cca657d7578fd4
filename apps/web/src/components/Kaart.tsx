import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { SignaalSamenvatting } from '../api';
import { STATUS } from '../format';
import { useSessie } from '../sessie';

type KaartModule = typeof import('../kaart/leaflet-kaart');
export type Punt = { lat: number; lon: number };

/** The map code, loaded the first time a page shows a map (its own chunk: Leaflet stays off other pages). */
const laadKaart = (): Promise<KaartModule> => import('../kaart/leaflet-kaart');

/** Runs `toon` on a container once the map code is there; undoes it on unmount. */
function useKaart(
  toon: (m: KaartModule, el: HTMLElement) => Promise<{ weg(): void }> | { weg(): void },
  deps: unknown[],
) {
  const ref = useRef<HTMLDivElement>(null);
  const [fout, setFout] = useState<string>();
  useEffect(() => {
    let weg: (() => void) | undefined;
    let gestopt = false;
    laadKaart()
      .then(async (m) => {
        if (gestopt || !ref.current) return;
        const kaart = await toon(m, ref.current);
        if (gestopt) kaart.weg();
        else weg = () => kaart.weg();
      })
      .catch(() => setFout('De kaart kon niet geladen worden.'));
    return () => {
      gestopt = true;
      weg?.();
    };
    // the caller names what redraws the map (`deps`), not every value `toon` closes over
  }, deps);
  return { ref, fout };
}

/** The point of one signaal. */
export function PuntKaart({ punt, titel }: { punt: Punt; titel: string }) {
  const { kaart } = useSessie();
  const { ref, fout } = useKaart((m, el) => m.toonPunt(el, kaart, punt, titel), [punt.lat, punt.lon]);
  return fout ? <p role="alert">{fout}</p> : <div ref={ref} className="kaart-vlak" data-testid="kaart" />;
}

/**
 * Picks a point: a click on the map, the centre of the map by keyboard, or the device's location.
 * `punt` undefined: none picked (coordinaten are optional).
 */
export function PuntKiezer({ punt, onKies }: { punt?: Punt; onKies: (punt: Punt | undefined) => void }) {
  const { kaart } = useSessie();
  const kiezer = useRef<ReturnType<KaartModule['toonPuntKiezer']>>(undefined);
  const [melding, setMelding] = useState<string>();
  const { ref, fout } = useKaart((m, el) => {
    kiezer.current = m.toonPuntKiezer(el, kaart, punt, onKies);
    return kiezer.current;
  }, []);
  const kies = (p: Punt | undefined) => {
    kiezer.current?.zet(p);
    onKies(p);
  };
  const mijnLocatie = () => {
    if (!navigator.geolocation) return setMelding('Je toestel geeft geen locatie.');
    setMelding('Locatie opvragen…');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setMelding(undefined);
        kies({ lat: Number(coords.latitude.toFixed(6)), lon: Number(coords.longitude.toFixed(6)) });
      },
      () => setMelding('Je locatie kon niet bepaald worden. Kies de plek op de kaart.'),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  };
  return (
    <div className="puntkiezer">
      {fout ? <p role="alert">{fout}</p> : <div ref={ref} className="kaart-vlak" data-testid="kaart" />}
      <div className="knoppen">
        <button type="button" className="knop knop-licht" onClick={mijnLocatie}>
          Gebruik mijn locatie
        </button>
        <button type="button" className="knop knop-licht" onClick={() => kiezer.current?.kiesMidden()}>
          Kies het midden van de kaart
        </button>
        {punt && (
          <button type="button" className="knop knop-licht" onClick={() => kies(undefined)}>
            Plek wissen
          </button>
        )}
      </div>
      <p aria-live="polite" data-testid="gekozen-plek">
        {melding ??
          (punt ? `Gekozen plek: ${punt.lat}, ${punt.lon}` : 'Nog geen plek gekozen (niet verplicht).')}
      </p>
    </div>
  );
}

/** The signalen of a list with a point, in clusters, coloured by status. */
export function SignalenKaart({ signalen }: { signalen: SignaalSamenvatting[] }) {
  const { kaart } = useSessie();
  const navigate = useNavigate();
  const metPunt = signalen.flatMap((s) =>
    s.coordinaten
      ? [
          {
            id: s.id,
            titel: s.titel,
            status: s.status,
            statusTekst: STATUS[s.status] ?? s.status,
            coordinaten: s.coordinaten,
          },
        ]
      : [],
  );
  const sleutel = metPunt.map((s) => `${s.id}:${s.status}`).join(',');
  const { ref, fout } = useKaart(
    (m, el) => m.toonSignalenKaart(el, kaart, metPunt, (id) => navigate(`/signalen/${id}`)),
    [sleutel],
  );
  return (
    <>
      <p>
        {metPunt.length === signalen.length
          ? `${metPunt.length} signalen op de kaart.`
          : `${metPunt.length} van ${signalen.length} signalen hebben een plek op de kaart.`}
      </p>
      {fout ? (
        <p role="alert">{fout}</p>
      ) : (
        <div ref={ref} className="kaart-vlak kaart-groot" data-testid="kaart" />
      )}
      <ul className="legende" aria-label="Legende">
        {['ingediend', 'in-behandeling', 'beantwoord', 'afgesloten'].map((s) => (
          <li key={s}>
            <span className={`kaart-punt status-${s}`} aria-hidden="true" /> {STATUS[s]}
          </li>
        ))}
      </ul>
    </>
  );
}
