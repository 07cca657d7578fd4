// The sentences about a signaal's state, per reader: the raad reads "jullie", the wijkmanager "jou",
// a dienst "jouw dienst" where the sentence is about them. Derived from the view's fields only.
import type { BalBij, Rol } from './api';
import { SIGNAAL_STATUS } from './format';

/** Who reads the sentence. */
export interface Lezer {
  rol: Rol;
  dienst?: string;
}

/** What the sentences need of a signaal (its list item and its detail both have it). */
export interface Stand {
  status: string;
  balBij: BalBij;
  /** every dienst it was ever routed to */
  diensten: string[];
  /** the diensten with an open doorsturing */
  openDiensten: string[];
}

/**
 * Sent back by every dienst it was routed to: the domain's status is "ingediend" again (a routed
 * signaal only becomes "ingediend" that way), but the reader should see what happened.
 */
export const isTeruggestuurd = (s: Stand): boolean =>
  s.status === 'ingediend' && s.diensten.length > 0 && s.openDiensten.length === 0;

/** The status pill: "Ingediend", "In behandeling", "Teruggestuurd, wacht op nieuwe doorsturing". */
export const statusTekst = (s: Stand): string =>
  isTeruggestuurd(s) ? 'Teruggestuurd, wacht op nieuwe doorsturing' : (SIGNAAL_STATUS[s.status] ?? s.status);

/** The css class of the status pill. */
export const statusKlasse = (s: Stand): string =>
  `status status-${isTeruggestuurd(s) ? 'teruggestuurd' : s.status}`;

/** "A, B en C" */
export const opsomming = (namen: string[]): string =>
  namen.length < 2 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;

/** Where the ball is, as the start of a sentence: "De bal ligt bij jullie", "Afgerond". */
export function balZin(s: Stand, lezer: Lezer, dienst: (id: string) => string): string {
  if (s.status === 'duplicaat') return 'De bal ligt bij het hoofdsignaal';
  switch (s.balBij) {
    case 'raad':
      return `De bal ligt bij ${lezer.rol === 'raad' ? 'jullie' : 'de raad'}`;
    case 'wijkmanager':
      return `De bal ligt bij ${lezer.rol === 'wijkmanager' ? 'jou' : 'de wijkmanager'}`;
    case 'dienst': {
      const wie = s.openDiensten.map((id) =>
        lezer.rol === 'dienst' && id === lezer.dienst ? 'jouw dienst' : dienst(id),
      );
      return `De bal ligt bij ${opsomming(wie) || 'de dienst'}`;
    }
    case 'niemand':
      return s.status === 'ingetrokken' ? 'Ingetrokken' : 'Afgerond';
  }
}

/** Why the ball is there, for the reader: what they (or the other side) must do now. */
function reden(s: Stand, lezer: Lezer): string | undefined {
  const { rol } = lezer;
  if (s.status === 'duplicaat') return 'dit signaal is een duplicaat en wordt via het hoofdsignaal behandeld';
  if (s.balBij === 'niemand') return 'niemand moet nog iets doen';
  if (s.balBij === 'raad') {
    if (s.status === 'teruggekoppeld')
      return rol === 'raad'
        ? 'aanvaard de definitieve terugkoppeling, of heropen het signaal als ze niet volstaat'
        : 'de definitieve terugkoppeling wacht op aanvaarding';
    return rol === 'raad'
      ? 'de wijkmanager vraagt om verduidelijking'
      : 'de wijkmanager vroeg om verduidelijking';
  }
  if (s.balBij === 'wijkmanager') {
    if (isTeruggestuurd(s))
      return rol === 'wijkmanager'
        ? 'de dienst stuurde het signaal terug, stuur het opnieuw door'
        : 'de dienst stuurde het signaal terug, het wacht op een nieuwe doorsturing';
    if (s.status === 'ingediend')
      return rol === 'wijkmanager'
        ? 'stuur het signaal door naar een dienst'
        : 'het signaal wacht op doorsturing';
    if (s.status === 'beantwoord')
      return rol === 'wijkmanager'
        ? 'de diensten antwoordden, koppel terug aan de raad'
        : rol === 'raad'
          ? 'de diensten antwoordden, jullie krijgen een terugkoppeling'
          : 'de diensten antwoordden, de raad wacht op terugkoppeling';
    if (s.status === 'heropend')
      return rol === 'raad' ? 'jullie heropenden het signaal' : 'de raad heropende het signaal';
  }
  return undefined;
}

/** The whole sentence: "De bal ligt bij jullie: de wijkmanager vraagt om verduidelijking." */
export function balUitspraak(s: Stand, lezer: Lezer, dienst: (id: string) => string): string {
  const waarom = reden(s, lezer);
  return `${balZin(s, lezer, dienst)}${waarom ? `: ${waarom}` : ''}.`;
}

/** What each status means, in plain words for a volunteer; `wie` is "jullie" for the raad itself. */
export function statusUitleg(wie: 'jullie' | 'de raad'): Record<string, string> {
  return {
    ingediend:
      'Het signaal is binnen. De wijkmanager bekijkt het en stuurt het door naar de stadsdienst die er iets aan kan doen.',
    teruggestuurd:
      'Een stadsdienst gaf het signaal terug omdat het niet bij die dienst hoort. De wijkmanager zoekt een andere dienst en stuurt het opnieuw door.',
    'verduidelijking-gevraagd': `De wijkmanager heeft een vraag over het signaal. Het is aan ${wie} om te antwoorden; daarna gaat het verder.`,
    'in-behandeling': 'Eén of meer stadsdiensten hebben het signaal gekregen en zoeken een oplossing.',
    beantwoord:
      'De stadsdiensten hebben geantwoord. De wijkmanager zet hun antwoorden om in een terugkoppeling.',
    heropend: 'Het antwoord volstond niet en het signaal werd heropend. De wijkmanager bekijkt het opnieuw.',
    teruggekoppeld: `De wijkmanager gaf de definitieve terugkoppeling. Nu is het aan ${wie}: aanvaarden sluit het signaal af, heropenen stuurt het terug naar de wijkmanager.`,
    duplicaat:
      'Hetzelfde werd al eerder gemeld. Dit signaal volgt dat eerdere signaal (het hoofdsignaal): de antwoorden daarop gelden ook hier.',
    afgesloten: 'Het signaal is afgerond. Niemand moet er nog iets mee doen.',
    ingetrokken: 'De raad trok het signaal in. Niemand moet er nog iets mee doen.',
  };
}

/** What "de bal ligt bij" means. */
export const balUitleg = (wie: 'jullie' | 'de raad'): string =>
  `"De bal ligt bij" zegt wie nu aan zet is: wie iets moet doen om het signaal verder te helpen. ` +
  `De wijkmanager stuurt door en koppelt terug, een stadsdienst geeft een antwoord, ` +
  `en ${wie === 'jullie' ? 'jullie beantwoorden' : 'de raad beantwoordt'} een vraag of ` +
  `${wie === 'jullie' ? 'aanvaarden' : 'aanvaardt'} de terugkoppeling. "Afgerond" betekent dat niemand nog iets moet doen.`;
