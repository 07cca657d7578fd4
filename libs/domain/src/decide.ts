import type { SignaalCommand, ZetOpenbaar } from './commands';
import {
  BELGIE,
  BESLUITEN,
  BIJLAGE_TYPES,
  BRONNEN,
  MAX_BIJLAGE_BYTES,
  MAX_BIJLAGEN,
  TERMIJNEN,
  type Coordinaten,
  type SignaalEvent,
  type SignaalEventMap,
  type SignaalEventOf,
  type SignaalEventType,
} from './events';
import { isOpen } from './evolve';
import { inBrussel } from './kalender';
import { INVOERMELDINGEN as melding, invalid, refuse } from './messages';
import { termijnSleutel, type Doorsturing, type SignaalState } from './state';

/** Maximum lengths of text input, in characters (the HTTP DTOs use the same). */
export const MAX_LENGTH = { id: 200, titel: 200, tekst: 5000 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Decides what happens when a command meets the current state: the events to append, or a
 * SignaalFout. Pure: the time and any new ids come with the command.
 */
export function decide(input: SignaalCommand, state: SignaalState | null): SignaalEvent[] {
  const command = validate(input);
  const { at } = command;

  if (command.type === 'DienSignaalIn') {
    if (state) refuse('SIGNAAL_BESTAAT_AL', 'signaalId');
    const { type: _type, at: _at, openbaar, ...data } = command;
    const ingediend = event('SignaalIngediend', data, at);
    return openbaar ? [ingediend, event('OpenbaarGemaakt', {}, at)] : [ingediend];
  }
  if (!state) refuse('SIGNAAL_ONBEKEND');
  // whether residents may see it holds for a closed or withdrawn signaal too: its answer is the point
  if (command.type === 'ZetOpenbaar') return zetOpenbaar(command, state);
  const { status } = state;
  const closed = status === 'afgesloten' || status === 'ingetrokken';
  // Deadline reports and automatic closing come from process managers that may lag: no-ops, not refusals.
  if (command.type === 'MeldTermijnOverschreden' && closed) return [];
  if (command.type === 'SluitAutomatischAf' && status === 'afgesloten') return [];
  if (status === 'afgesloten') refuse('SIGNAAL_AFGESLOTEN');
  if (status === 'ingetrokken') refuse('SIGNAAL_INGETROKKEN');
  // from the fact, not the status: a duplicate's status hides that it was finally fed back
  const teruggekoppeld = state.definitiefTeruggekoppeldOp !== undefined;

  switch (command.type) {
    case 'VraagVerduidelijking':
      if (state.openVraag) refuse('VERDUIDELIJKING_AL_GEVRAAGD');
      if (teruggekoppeld) refuse('AL_DEFINITIEF_TERUGGEKOPPELD');
      return [event('VerduidelijkingGevraagd', { vraag: command.vraag }, at)];

    case 'GeefVerduidelijking':
      if (!state.openVraag) refuse('GEEN_VERDUIDELIJKING_GEVRAAGD');
      return [event('VerduidelijkingGegeven', { antwoord: command.antwoord, persoon: command.persoon }, at)];

    case 'StuurDoor': {
      const { doorsturingId, dienstId, toelichting } = command;
      if (state.duplicaatVan) refuse('IS_DUPLICAAT');
      if (state.openVraag) refuse('VERDUIDELIJKING_OPEN');
      if (teruggekoppeld) refuse('AL_DEFINITIEF_TERUGGEKOPPELD');
      if (state.doorsturingen.some((d) => d.id === doorsturingId)) {
        refuse('DOORSTURING_BESTAAT_AL', 'doorsturingId');
      }
      if (state.doorsturingen.some((d) => d.dienstId === dienstId && isOpen(d))) {
        refuse('AL_DOORGESTUURD_NAAR_DIENST', 'dienstId');
      }
      return [event('DoorgestuurdNaarDienst', { doorsturingId, dienstId, toelichting }, at)];
    }

    case 'PakOp': {
      const { doorsturingId, dienstId, persoon } = command;
      if (openDoorsturing(state, doorsturingId, dienstId).status === 'opgepakt')
        refuse('DOORSTURING_AL_OPGEPAKT');
      return [event('OpgepaktDoorDienst', { doorsturingId, dienstId, persoon }, at)];
    }

    case 'Beantwoord': {
      const { doorsturingId, dienstId, besluit, antwoord, verwachteDatum } = command;
      openDoorsturing(state, doorsturingId, dienstId);
      // what was done, was done by today (Brussels): only a planned date may lie ahead
      if (besluit === 'uitgevoerd' && verwachteDatum && verwachteDatum > inBrussel(Date.parse(at)).datum) {
        invalid('verwachteDatum', melding.nietNaVandaag('verwachteDatum'));
      }
      return [
        event('BeantwoordDoorDienst', { doorsturingId, dienstId, besluit, antwoord, verwachteDatum }, at),
      ];
    }

    case 'StuurTerug': {
      const { doorsturingId, dienstId, reden } = command;
      openDoorsturing(state, doorsturingId, dienstId);
      return [event('TeruggestuurdDoorDienst', { doorsturingId, dienstId, reden }, at)];
    }

    case 'KoppelTerug': {
      const { boodschap, definitief } = command;
      if (teruggekoppeld) refuse('AL_DEFINITIEF_TERUGGEKOPPELD');
      if (definitief && state.doorsturingen.some(isOpen)) refuse('DOORSTURINGEN_NOG_OPEN');
      if (definitief && state.openVraag) refuse('VERDUIDELIJKING_OPEN');
      return [event('TeruggekoppeldAanRaad', { boodschap, definitief }, at)];
    }

    case 'Heropen':
      if (!teruggekoppeld) refuse('GEEN_DEFINITIEVE_TERUGKOPPELING');
      return [event('SignaalHeropend', { reden: command.reden }, at)];

    case 'SluitAf':
      if (!teruggekoppeld) refuse('GEEN_DEFINITIEVE_TERUGKOPPELING');
      return [event('SignaalAfgesloten', { wijze: 'aanvaard' }, at)];

    case 'SluitAutomatischAf': {
      if (!state.definitiefTeruggekoppeldOp) refuse('GEEN_DEFINITIEVE_TERUGKOPPELING');
      const einde = Date.parse(state.definitiefTeruggekoppeldOp) + command.aanvaardingstermijnDagen * DAY_MS;
      if (Date.parse(at) < einde) refuse('AANVAARDINGSTERMIJN_NIET_VERSTREKEN');
      return [event('SignaalAfgesloten', { wijze: 'automatisch' }, at)];
    }

    case 'TrekIn':
      return [event('SignaalIngetrokken', { reden: command.reden }, at)];

    case 'KoppelAlsDuplicaat': {
      const { hoofdSignaalId, hoofd, reden } = command;
      if (hoofdSignaalId === state.signaalId) invalid('hoofdSignaalId', melding.zichzelf('hoofdSignaalId'));
      if (state.duplicaatVan) refuse('AL_DUPLICAAT');
      if (!hoofd || hoofd.signaalId !== hoofdSignaalId) refuse('HOOFDSIGNAAL_ONBEKEND', 'hoofdSignaalId');
      if (hoofd.duplicaatVan) refuse('HOOFDSIGNAAL_IS_DUPLICAAT', 'hoofdSignaalId');
      if (hoofd.status === 'ingetrokken') refuse('HOOFDSIGNAAL_INGETROKKEN', 'hoofdSignaalId');
      if (state.doorsturingen.some(isOpen)) refuse('DOORSTURINGEN_NOG_OPEN');
      return [event('GekoppeldAlsDuplicaat', { hoofdSignaalId, reden }, at)];
    }

    case 'OntkoppelDuplicaat':
      if (!state.duplicaatVan) refuse('GEEN_DUPLICAAT');
      return [
        event(
          'DuplicaatOntkoppeld',
          { hoofdSignaalId: state.duplicaatVan.signaalId, reden: command.reden },
          at,
        ),
      ];

    case 'VoegBijlageToe': {
      const { bijlageId, naam, bijlageType, grootte, sha256, door, persoon } = command;
      const bijlagen = state.bijlagen ?? [];
      if (bijlagen.some((b) => b.id === bijlageId)) refuse('BIJLAGE_BESTAAT_AL', 'bijlageId');
      if (bijlagen.length >= MAX_BIJLAGEN) refuse('TE_VEEL_BIJLAGEN');
      return [
        event(
          'BijlageToegevoegd',
          { bijlageId, naam, type: bijlageType, grootte, sha256, door, persoon },
          at,
        ),
      ];
    }

    case 'MeldTermijnOverschreden': {
      const { termijn, vervaldatum, doorsturingId } = command;
      if (doorsturingId !== undefined) findDoorsturing(state, doorsturingId);
      if (state.overschredenTermijnen.includes(termijnSleutel(termijn, doorsturingId))) return [];
      return [event('TermijnOverschreden', { termijn, vervaldatum, doorsturingId }, at)];
    }
  }
}

/**
 * Publishing is the raad's choice. The wijkmanager's withdrawal (with a reason) stands until the
 * wijkmanager lifts it; the raad cannot undo it. Setting what already holds is a no-op.
 */
function zetOpenbaar({ openbaar, door, reden, at }: ZetOpenbaar, state: SignaalState): SignaalEvent[] {
  if (openbaar) {
    if (door === 'raad' && state.afgeschermd) refuse('AFGESCHERMD_DOOR_WIJKMANAGER');
    if (door === 'wijkmanager' && !state.afgeschermd) refuse('ALLEEN_RAAD_MAAKT_OPENBAAR');
    return state.openbaar ? [] : [event('OpenbaarGemaakt', {}, at)];
  }
  if (door === 'wijkmanager') {
    if (reden === undefined) invalid('reden', melding.verplicht('reden'));
    return state.afgeschermd ? [] : [event('AfgeschermdVoorPubliek', { door, reden }, at)];
  }
  return state.openbaar ? [event('AfgeschermdVoorPubliek', { door }, at)] : [];
}

/** Builds an event, leaving out keys whose value is undefined: events are stored as JSON. */
function event<K extends SignaalEventType>(type: K, data: SignaalEventMap[K], at: string): SignaalEventOf<K> {
  const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  return { type, data: defined, at } as SignaalEventOf<K>;
}

function findDoorsturing(state: SignaalState, doorsturingId: string): Doorsturing {
  return (
    state.doorsturingen.find((d) => d.id === doorsturingId) ?? refuse('DOORSTURING_ONBEKEND', 'doorsturingId')
  );
}

/** The doorsturing a dienst acts on: it must exist, be addressed to that dienst and still be open. */
function openDoorsturing(state: SignaalState, doorsturingId: string, dienstId: string): Doorsturing {
  const doorsturing = findDoorsturing(state, doorsturingId);
  if (doorsturing.dienstId !== dienstId) refuse('DOORSTURING_NIET_VAN_DIENST', 'dienstId');
  if (!isOpen(doorsturing)) refuse('DOORSTURING_AFGEHANDELD');
  return doorsturing;
}

// Input validation. The HTTP DTOs validate first; the decider checks again so no other caller can
// put invalid data in the log. Text comes back trimmed; blank optional text is left out.

/** Checks a command's input and returns it with its text trimmed; throws ONGELDIGE_INVOER. */
function validate<C extends SignaalCommand>(command: C): C {
  return { ...command, ...validFields(command), at: timestamp(command.at, 'at') } as C;
}

function validFields(c: SignaalCommand): Partial<SignaalCommand> {
  switch (c.type) {
    case 'DienSignaalIn':
      return {
        signaalId: text(c.signaalId, 'signaalId', MAX_LENGTH.id),
        raadId: text(c.raadId, 'raadId', MAX_LENGTH.id),
        titel: text(c.titel, 'titel', MAX_LENGTH.titel),
        omschrijving: text(c.omschrijving, 'omschrijving'),
        thema: text(c.thema, 'thema', MAX_LENGTH.id),
        bron: oneOf(c.bron, BRONNEN, 'bron'),
        openbaar: c.openbaar === undefined ? undefined : jaNee(c.openbaar, 'openbaar'),
        coordinaten: c.coordinaten === undefined ? undefined : inBelgie(c.coordinaten, 'coordinaten'),
      };
    case 'VraagVerduidelijking':
      return { vraag: text(c.vraag, 'vraag') };
    case 'GeefVerduidelijking':
      return { antwoord: text(c.antwoord, 'antwoord') };
    case 'StuurDoor':
      return { ...doorsturingFields(c), toelichting: optionalText(c.toelichting, 'toelichting') };
    case 'PakOp':
      return doorsturingFields(c);
    case 'Beantwoord':
      return {
        ...doorsturingFields(c),
        besluit: oneOf(c.besluit, BESLUITEN, 'besluit'),
        antwoord: text(c.antwoord, 'antwoord'),
        verwachteDatum: c.verwachteDatum === undefined ? undefined : date(c.verwachteDatum, 'verwachteDatum'),
      };
    case 'StuurTerug':
      return { ...doorsturingFields(c), reden: text(c.reden, 'reden') };
    case 'KoppelTerug':
      if (typeof c.definitief !== 'boolean') invalid('definitief', melding.jaNee('definitief'));
      return { boodschap: text(c.boodschap, 'boodschap') };
    case 'Heropen':
      return { reden: text(c.reden, 'reden') };
    case 'SluitAf':
      return {};
    case 'SluitAutomatischAf': {
      const dagen = c.aanvaardingstermijnDagen;
      if (!Number.isInteger(dagen) || dagen < 0) {
        invalid('aanvaardingstermijnDagen', melding.aantalDagen('aanvaardingstermijnDagen'));
      }
      return {};
    }
    case 'TrekIn':
      return { reden: optionalText(c.reden, 'reden') };
    case 'MeldTermijnOverschreden':
      return {
        termijn: oneOf(c.termijn, TERMIJNEN, 'termijn'),
        vervaldatum: timestamp(c.vervaldatum, 'vervaldatum'),
        doorsturingId:
          c.doorsturingId === undefined ? undefined : text(c.doorsturingId, 'doorsturingId', MAX_LENGTH.id),
      };
    case 'KoppelAlsDuplicaat':
      return {
        hoofdSignaalId: text(c.hoofdSignaalId, 'hoofdSignaalId', MAX_LENGTH.id),
        reden: text(c.reden, 'reden'),
      };
    case 'OntkoppelDuplicaat':
      return { reden: text(c.reden, 'reden') };
    case 'ZetOpenbaar':
      if (typeof c.openbaar !== 'boolean') invalid('openbaar', melding.jaNee('openbaar'));
      return {
        door: oneOf(c.door, ['raad', 'wijkmanager'] as const, 'door'),
        reden: optionalText(c.reden, 'reden'),
      };
    case 'VoegBijlageToe':
      if (!Number.isInteger(c.grootte) || c.grootte < 1 || c.grootte > MAX_BIJLAGE_BYTES) {
        invalid('grootte', melding.grootte('grootte', MAX_BIJLAGE_BYTES));
      }
      if (typeof c.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(c.sha256))
        invalid('sha256', melding.hash('sha256'));
      return {
        bijlageId: text(c.bijlageId, 'bijlageId', MAX_LENGTH.id),
        naam: text(c.naam, 'naam', MAX_LENGTH.titel),
        bijlageType: oneOf(c.bijlageType, BIJLAGE_TYPES, 'bijlageType'),
        door: {
          rol: oneOf(c.door?.rol, ['raad', 'wijkmanager', 'dienst'] as const, 'door'),
          ...(c.door?.dienstId !== undefined && { dienstId: text(c.door.dienstId, 'door', MAX_LENGTH.id) }),
        },
      };
  }
}

/** A WGS84 point inside Belgium's bounding box, with just its two numbers. */
function inBelgie(value: Coordinaten, field: string): Coordinaten {
  const { lat, lon } = (value ?? {}) as Partial<Coordinaten>;
  const inside =
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    lat >= BELGIE.zuid &&
    lat <= BELGIE.noord &&
    lon >= BELGIE.west &&
    lon <= BELGIE.oost;
  return inside ? { lat, lon } : invalid(field, melding.inBelgie(field));
}

const doorsturingFields = (c: { doorsturingId: string; dienstId: string }) => ({
  doorsturingId: text(c.doorsturingId, 'doorsturingId', MAX_LENGTH.id),
  dienstId: text(c.dienstId, 'dienstId', MAX_LENGTH.id),
});

function text(value: unknown, field: string, max: number = MAX_LENGTH.tekst): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed) invalid(field, melding.verplicht(field));
  if (trimmed.length > max) invalid(field, melding.teLang(field, max));
  return trimmed;
}

const optionalText = (value: unknown, field: string): string | undefined =>
  value === undefined || (typeof value === 'string' && !value.trim()) ? undefined : text(value, field);

function jaNee(value: unknown, field: string): boolean {
  return typeof value === 'boolean' ? value : invalid(field, melding.jaNee(field));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value as T)) invalid(field, melding.keuze(field, allowed));
  return value as T;
}

/** A calendar date, YYYY-MM-DD, that exists. */
function date(value: unknown, field: string): string {
  const valid =
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString().startsWith(value);
  return valid ? value : invalid(field, melding.datum(field));
}

/** An ISO 8601 timestamp. */
function timestamp(value: unknown, field: string): string {
  const valid =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
  return valid ? value : invalid(field, melding.tijdstip(field));
}
