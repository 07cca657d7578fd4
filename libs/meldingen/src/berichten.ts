import { inBrussel, type Besluit, type SignaalEvent, type SignaalState } from '@signaalspoor/domain';
import type { Namen } from '@signaalspoor/reference-data';

// Which event tells whom what, in Dutch. Pure: the caller brings the signaal's state after the event,
// the names from the reference data and the link base.

/** Who gets a notification: a raad (its contact address), a wijkmanager or a dienst (its mailbox). */
export interface Ontvanger {
  rol: 'raad' | 'wijkmanager' | 'dienst';
  id: string;
}

export const ontvangerSleutel = ({ rol, id }: Ontvanger): string => `${rol}:${id}`;

/** The kinds of notification a person can turn off or bundle in a daily digest. */
export const MELDING_SOORTEN = [
  'nieuw',
  'doorsturing',
  'antwoord',
  'teruggestuurd',
  'verduidelijking',
  'heropend',
  'terugkoppeling',
  'termijn',
  'duplicaat',
] as const;
export type MeldingSoort = (typeof MELDING_SOORTEN)[number];

/**
 * The kinds each role receives (meldingenVoor below sends no other; berichten.spec checks it), in
 * the order the settings page shows them: a raad has no say over what it never gets.
 */
export const SOORTEN_PER_ROL: Readonly<Record<Ontvanger['rol'], readonly MeldingSoort[]>> = {
  raad: ['verduidelijking', 'terugkoppeling', 'duplicaat'],
  wijkmanager: ['nieuw', 'antwoord', 'teruggestuurd', 'verduidelijking', 'heropend', 'termijn'],
  dienst: ['doorsturing', 'termijn'],
};

export interface Melding {
  ontvanger: Ontvanger;
  soort: MeldingSoort;
  signaalId: string;
  onderwerp: string;
  tekst: string;
}

/** A signaal linked to another as its duplicate: it and its raad hear what the main signaal hears. */
export interface GekoppeldSignaal {
  signaalId: string;
  raadId: string;
  titel: string;
}

export interface BerichtContext {
  namen: Namen;
  /** base URL of the web app, without a trailing slash */
  publicUrl: string;
  /** duplicates linked to this signaal when the event happened */
  duplicaten?: readonly GekoppeldSignaal[];
  /** for GekoppeldAlsDuplicaat and DuplicaatOntkoppeld: the main signaal at that moment */
  hoofd?: SignaalState;
}

const BESLUIT: Record<Besluit, string> = {
  uitgevoerd: 'uitgevoerd',
  ingepland: 'ingepland',
  'in-onderzoek': 'in onderzoek',
  'niet-weerhouden': 'niet weerhouden',
};

const datum = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
/** e.g. "14 april 2025 om 10:00" in Brussels time */
const wanneer = (iso: string): string => {
  const { tijd } = inBrussel(Date.parse(iso));
  const uur = Math.floor(tijd / 3_600_000);
  const minuut = Math.floor((tijd % 3_600_000) / 60_000);
  return `${datum.format(new Date(iso))} om ${String(uur).padStart(2, '0')}:${String(minuut).padStart(2, '0')}`;
};

export const signaalLink = (publicUrl: string, signaalId: string): string =>
  `${publicUrl}/signalen/${signaalId}`;

/** The web app's page where a person chooses which mails to get (apps/web: /meldingen). */
export const meldingenLink = (publicUrl: string): string => `${publicUrl}/meldingen`;

const afsluiting = (publicUrl: string) =>
  '\n\n— \nDit is een automatisch bericht van Signaalspoor. ' +
  `Je meldingen stel je in op de pagina Meldingen: ${meldingenLink(publicUrl)}\n`;

/** The notifications one event causes; [] for events nobody is told about. */
export function meldingenVoor(event: SignaalEvent, state: SignaalState, context: BerichtContext): Melding[] {
  const { namen, publicUrl } = context;
  const { signaalId, titel, raadId } = state;
  const raad = namen.raad(raadId);
  const link = signaalLink(publicUrl, signaalId);
  const wijkmanagerId = namen.wijkmanager(raadId)?.id;
  const meldingen: Melding[] = [];
  const melding = (
    ontvanger: Ontvanger | undefined,
    soort: MeldingSoort,
    onderwerp: string,
    tekst: string,
    over = { signaalId, link },
  ) => {
    if (!ontvanger) return;
    meldingen.push({
      ontvanger,
      soort,
      signaalId: over.signaalId,
      onderwerp: `${onderwerp} — Signaalspoor`,
      tekst: `${tekst}\n\nBekijk het signaal: ${over.link}${afsluiting(publicUrl)}`,
    });
  };
  const wijkmanager: Ontvanger | undefined = wijkmanagerId
    ? { rol: 'wijkmanager', id: wijkmanagerId }
    : undefined;
  const deRaad: Ontvanger = { rol: 'raad', id: raadId };
  const dienstVan = (doorsturingId: string) =>
    state.doorsturingen.find((d) => d.id === doorsturingId)?.dienstId;

  switch (event.type) {
    case 'SignaalIngediend':
      melding(
        wijkmanager,
        'nieuw',
        `Nieuw signaal van ${raad}: ${titel}`,
        `${raad} diende een nieuw signaal in: "${titel}".\n\n${event.data.omschrijving}` +
          (event.data.locatie?.omschrijving ? `\n\nLocatie: ${event.data.locatie.omschrijving}` : '') +
          '\n\nStuur het door naar een dienst, vraag verduidelijking of koppel het aan een gelijkaardig signaal.',
      );
      break;
    case 'DoorgestuurdNaarDienst': {
      const { dienstId, toelichting } = event.data;
      melding(
        { rol: 'dienst', id: dienstId },
        'doorsturing',
        `Nieuw signaal voor ${namen.dienst(dienstId)}: ${titel}`,
        `${raad} meldde "${titel}". De wijkmanager stuurde dit signaal door naar ${namen.dienst(dienstId)}` +
          (toelichting ? ` met deze toelichting:\n\n${toelichting}` : '.') +
          '\n\nPak het signaal op en antwoord met een besluit, of stuur het terug als het niet voor jullie is.',
      );
      break;
    }
    case 'BeantwoordDoorDienst': {
      const { dienstId, besluit, antwoord, verwachteDatum } = event.data;
      const tekst =
        `${namen.dienst(dienstId)} antwoordde op "${titel}" van ${raad}.\n\n` +
        `Besluit: ${BESLUIT[besluit]}\n${antwoord}` +
        (verwachteDatum
          ? `\n\nVerwachte datum: ${datum.format(new Date(`${verwachteDatum}T12:00:00Z`))}`
          : '');
      melding(wijkmanager, 'antwoord', `Antwoord van ${namen.dienst(dienstId)}: ${titel}`, tekst);
      for (const duplicaat of context.duplicaten ?? []) {
        melding(
          { rol: 'raad', id: duplicaat.raadId },
          'duplicaat',
          `Antwoord op een gelijkaardig signaal: ${duplicaat.titel}`,
          `Jullie signaal "${duplicaat.titel}" werd gekoppeld aan "${titel}" van ${raad}, ` +
            `omdat het over hetzelfde gaat. ${namen.dienst(dienstId)} antwoordde daarop.\n\n` +
            `Besluit: ${BESLUIT[besluit]}\n${antwoord}`,
          { signaalId: duplicaat.signaalId, link: signaalLink(publicUrl, duplicaat.signaalId) },
        );
      }
      break;
    }
    case 'TeruggestuurdDoorDienst': {
      const { dienstId, reden } = event.data;
      melding(
        wijkmanager,
        'teruggestuurd',
        `Teruggestuurd door ${namen.dienst(dienstId)}: ${titel}`,
        `${namen.dienst(dienstId)} stuurde "${titel}" van ${raad} terug: het is niet voor hen.\n\n` +
          `Reden: ${reden}\n\nStuur het signaal door naar de juiste dienst of instantie.`,
      );
      break;
    }
    case 'VerduidelijkingGevraagd':
      melding(
        deRaad,
        'verduidelijking',
        `Vraag om verduidelijking: ${titel}`,
        `De wijkmanager heeft een vraag over jullie signaal "${titel}":\n\n${event.data.vraag}\n\n` +
          'Antwoord via de webapp, dan kan het signaal verder.',
      );
      break;
    case 'VerduidelijkingGegeven':
      melding(
        wijkmanager,
        'verduidelijking',
        `Verduidelijking van ${raad}: ${titel}`,
        `${raad} beantwoordde je vraag over "${titel}":\n\n${event.data.antwoord}`,
      );
      break;
    case 'SignaalHeropend':
      melding(
        wijkmanager,
        'heropend',
        `Heropend door ${raad}: ${titel}`,
        `${raad} aanvaardt de definitieve terugkoppeling over "${titel}" niet en heropende het signaal.\n\n` +
          `Reden: ${event.data.reden}`,
      );
      break;
    case 'TeruggekoppeldAanRaad': {
      const { boodschap, definitief } = event.data;
      const soort = definitief ? 'Definitieve terugkoppeling' : 'Tussentijdse terugkoppeling';
      const vervolg = definitief
        ? '\n\nAanvaarden jullie dit antwoord niet, heropen het signaal dan via de webapp met een reden.'
        : '';
      melding(
        deRaad,
        'terugkoppeling',
        `${soort}: ${titel}`,
        `Over jullie signaal "${titel}" laat de stad het volgende weten:\n\n${boodschap}${vervolg}`,
      );
      for (const duplicaat of context.duplicaten ?? []) {
        melding(
          { rol: 'raad', id: duplicaat.raadId },
          'duplicaat',
          `${soort} op een gelijkaardig signaal: ${duplicaat.titel}`,
          `Jullie signaal "${duplicaat.titel}" werd gekoppeld aan "${titel}" van ${raad}, ` +
            `omdat het over hetzelfde gaat. De stad laat daarover het volgende weten:\n\n${boodschap}`,
          { signaalId: duplicaat.signaalId, link: signaalLink(publicUrl, duplicaat.signaalId) },
        );
      }
      break;
    }
    case 'TermijnOverschreden': {
      const { termijn, vervaldatum, doorsturingId } = event.data;
      const verlopen = wanneer(vervaldatum);
      if (termijn === 'antwoord-dienst' && doorsturingId) {
        const dienstId = dienstVan(doorsturingId);
        if (dienstId) {
          melding(
            { rol: 'dienst', id: dienstId },
            'termijn',
            `Termijn overschreden: ${titel}`,
            `De termijn om te antwoorden op "${titel}" van ${raad} verliep op ${verlopen}. ` +
              'Antwoord zo snel mogelijk met een besluit, of stuur het signaal terug.',
          );
        }
        melding(
          wijkmanager,
          'termijn',
          `Termijn overschreden bij ${dienstId ? namen.dienst(dienstId) : 'een dienst'}: ${titel}`,
          `${dienstId ? namen.dienst(dienstId) : 'Een dienst'} antwoordde niet binnen de termijn op "${titel}" ` +
            `van ${raad}. De termijn verliep op ${verlopen}.`,
        );
      } else {
        const wat =
          termijn === 'ontvangst'
            ? 'om het signaal door te sturen of verduidelijking te vragen'
            : 'voor de definitieve terugkoppeling aan de raad';
        melding(
          wijkmanager,
          'termijn',
          `Termijn overschreden: ${titel}`,
          `De termijn ${wat} verliep op ${verlopen}, voor "${titel}" van ${raad}.`,
        );
      }
      break;
    }
    case 'GekoppeldAlsDuplicaat': {
      const hoofd = context.hoofd;
      if (!hoofd) break;
      const antwoorden = hoofd.doorsturingen
        .filter((d) => d.status === 'beantwoord' && d.besluit)
        .map((d) => `${namen.dienst(d.dienstId)}: ${BESLUIT[d.besluit!]}\n${d.antwoord ?? ''}`);
      const laatste = hoofd.terugkoppelingen.at(-1);
      const tot =
        (antwoorden.length ? `\n\nAntwoorden tot nu toe:\n\n${antwoorden.join('\n\n')}` : '') +
        (laatste ? `\n\nLaatste terugkoppeling aan ${namen.raad(hoofd.raadId)}:\n${laatste.boodschap}` : '');
      melding(
        deRaad,
        'duplicaat',
        `Gekoppeld aan een gelijkaardig signaal: ${titel}`,
        `De wijkmanager koppelde jullie signaal "${titel}" aan "${hoofd.titel}" van ${namen.raad(hoofd.raadId)}, ` +
          `omdat het over hetzelfde gaat. Reden: ${event.data.reden}\n\n` +
          `Het antwoord en de terugkoppeling op dat signaal krijgen jullie ook.${tot}`,
      );
      break;
    }
    case 'DuplicaatOntkoppeld':
      melding(
        deRaad,
        'duplicaat',
        `Niet langer gekoppeld: ${titel}`,
        `Jullie signaal "${titel}" is niet langer gekoppeld aan ${context.hoofd ? `"${context.hoofd.titel}"` : 'een ander signaal'}. ` +
          `Reden: ${event.data.reden}\n\nHet signaal wordt nu apart behandeld.`,
      );
      break;
    default:
      break;
  }
  return meldingen;
}
