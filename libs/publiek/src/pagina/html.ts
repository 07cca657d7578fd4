import { createHash } from 'node:crypto';

// The public pages are small server-rendered HTML: no script, no login bundle, one inline style
// sheet allowed by its hash (CSP), so a phone on a slow line gets a readable page in one request.

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem}
header{border-bottom:1px solid #767676}
h1{font-size:1.6rem;margin:.25rem 0}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:1rem 0 .25rem}
a{color:#0a4a8a}
a:focus,button:focus,select:focus,summary:focus{outline:3px solid #b35900;outline-offset:2px}
form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin:1rem 0}
label{display:block;font-weight:600}
select,button{font:inherit;min-height:44px;padding:.4rem .6rem;border:1px solid #595959;border-radius:4px;background:#fff;color:#1a1a1a}
button{background:#0a4a8a;color:#fff;border-color:#0a4a8a;cursor:pointer}
ol.signalen{list-style:none;padding:0;margin:0}
article{border:1px solid #767676;border-radius:6px;padding:1rem;margin:1rem 0;overflow-wrap:anywhere}
article h2{margin-top:0}
.status{display:inline-block;background:#e6eef8;color:#0a3a6e;border-radius:4px;padding:.1rem .5rem;font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.75rem 0}
dt{font-weight:600}
dd{margin:0}
.tekst{white-space:pre-line}
ol.stappen{padding-left:1.25rem}
footer{border-top:1px solid #767676;font-size:.95rem}
`;

/** The CSP of every public page: nothing but this document's own style sheet and its links. */
export const PAGINA_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'`,
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Escapes text for HTML content and attribute values. */
export function esc(value: unknown): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A whole page: `inhoud` is HTML already escaped by its maker. */
export function pagina({
  titel,
  kop,
  inhoud,
  feed,
}: {
  titel: string;
  kop: string;
  inhoud: string;
  feed?: string;
}): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(titel)}</title>${feed ? `<link rel="alternate" type="application/atom+xml" title="Atom-feed" href="${esc(feed)}">` : ''}
<style>${CSS}</style></head>
<body><a class="skip" href="#inhoud">Naar de inhoud</a>
<header>${kop}</header>
<main id="inhoud">${inhoud}</main>
<footer><p>Signaalspoor: elk signaal van een dorps- of wijkraad, van raad naar stadsdienst en terug. Op deze pagina staan alleen signalen die de raad zelf openbaar maakte, zonder namen van personen.</p></footer>
</body></html>`;
}

const DATUM = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' });

/** `<time>` with the date in Dutch (Brussels time). */
export const datum = (iso: string): string =>
  `<time datetime="${esc(iso)}">${esc(DATUM.format(new Date(iso)))}</time>`;

/** A duration in words: minutes, hours or days. */
export function duur(ms: number): string {
  const minuten = Math.round(ms / 60_000);
  if (minuten < 60) return minuten === 1 ? '1 minuut' : `${minuten} minuten`;
  const uren = Math.round(minuten / 60);
  if (uren < 48) return uren === 1 ? '1 uur' : `${uren} uur`;
  return `${Math.round(uren / 24)} dagen`;
}
