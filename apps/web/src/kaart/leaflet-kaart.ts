// The map code, loaded only by the pages that show a map (a dynamic import in components/Kaart.tsx):
// Leaflet and its clusters never weigh on the other pages.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';

/** Where the tiles come from and whom the map credits (GET /api/auth/sessie, KAART_TEGELS_URL). */
export interface Tegels {
  tegelsUrl: string;
  attributie: string;
}
export interface Punt {
  lat: number;
  lon: number;
}
/** Belgium, where every signaal's point lies; the map of Hasselt opens there. */
const BELGIE = L.latLngBounds([49.49, 2.54], [51.51, 6.41]);
const HASSELT: L.LatLngTuple = [50.9307, 5.3378];

const escape = (tekst: string) => tekst.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function kaart(element: HTMLElement, tegels: Tegels, label: string): L.Map {
  const map = L.map(element, { maxBounds: BELGIE.pad(0.2), minZoom: 7, keyboard: true }).setView(HASSELT, 13);
  L.tileLayer(tegels.tegelsUrl, { attribution: escape(tegels.attributie), maxZoom: 19 }).addTo(map);
  map.attributionControl.setPrefix(false);
  // the container takes the keyboard (arrows pan, +/- zoom); give it a name for screen readers
  element.setAttribute('role', 'application');
  element.setAttribute('aria-label', label);
  return map;
}

const punt = (status: string, titel: string) =>
  L.divIcon({
    className: `kaart-punt status-${status}`,
    html: `<span class="sr-only">${escape(titel)}</span>`,
    iconSize: [18, 18],
  });

/** A map on which the raad picks a point: a click, or the centre by keyboard (kiesMidden). */
export function toonPuntKiezer(
  element: HTMLElement,
  tegels: Tegels,
  gekozen: Punt | undefined,
  onKies: (punt: Punt) => void,
) {
  const map = kaart(element, tegels, 'Kaart: klik op de plek van het signaal, of verschuif met de pijltjes');
  let marker: L.Marker | undefined;
  const zet = (p: Punt | undefined, centreer = false) => {
    marker?.remove();
    marker =
      p && L.marker([p.lat, p.lon], { icon: punt('gekozen', 'Gekozen plek'), keyboard: false }).addTo(map);
    if (p && centreer) map.setView([p.lat, p.lon], Math.max(map.getZoom(), 16));
  };
  const kies = (latlng: L.LatLng) => {
    if (!BELGIE.contains(latlng)) return;
    const p = { lat: Number(latlng.lat.toFixed(6)), lon: Number(latlng.lng.toFixed(6)) };
    zet(p);
    onKies(p);
  };
  zet(gekozen, true);
  map.on('click', (e: L.LeafletMouseEvent) => kies(e.latlng));
  return {
    zet: (p: Punt | undefined) => zet(p, true),
    kiesMidden: () => kies(map.getCenter()),
    weg: () => map.remove(),
  };
}

/** One signaal's point. */
export function toonPunt(element: HTMLElement, tegels: Tegels, p: Punt, titel: string) {
  const map = kaart(element, tegels, `Kaart met de plek van ${titel}`);
  map.setView([p.lat, p.lon], 16);
  L.marker([p.lat, p.lon], { icon: punt('gekozen', titel), keyboard: false }).addTo(map);
  return { weg: () => map.remove() };
}

export interface KaartSignaal {
  id: string;
  titel: string;
  status: string;
  statusTekst: string;
  coordinaten: Punt;
}

/** Many signalen: coloured by status, in clusters; a marker opens a link to its signaal. */
export async function toonSignalenKaart(
  element: HTMLElement,
  tegels: Tegels,
  signalen: KaartSignaal[],
  open: (id: string) => void,
) {
  // the plugin extends the global L (a UMD script): give it Leaflet before it loads
  (globalThis as { L?: typeof L }).L = L;
  await import('leaflet.markercluster');
  const map = kaart(element, tegels, `Kaart met ${signalen.length} signalen`);
  const groep = L.markerClusterGroup({
    showCoverageOnHover: false,
    iconCreateFunction: (cluster) =>
      L.divIcon({
        className: 'kaart-cluster',
        html: `<span>${cluster.getChildCount()}<span class="sr-only"> signalen</span></span>`,
        iconSize: [36, 36],
      }),
  });
  for (const s of signalen) {
    const marker = L.marker([s.coordinaten.lat, s.coordinaten.lon], {
      icon: punt(s.status, `${s.titel} (${s.statusTekst})`),
      title: `${s.titel} (${s.statusTekst})`,
    });
    const link = document.createElement('a');
    link.href = `/signalen/${encodeURIComponent(s.id)}`;
    link.textContent = s.titel;
    link.addEventListener('click', (e) => {
      e.preventDefault();
      open(s.id);
    });
    const inhoud = document.createElement('p');
    inhoud.append(link, document.createElement('br'), s.statusTekst);
    marker.bindPopup(inhoud);
    groep.addLayer(marker);
  }
  map.addLayer(groep);
  if (signalen.length) map.fitBounds(groep.getBounds(), { padding: [24, 24], maxZoom: 16 });
  return { weg: () => map.remove() };
}
