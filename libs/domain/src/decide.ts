import type { Actor, Rol } from './actor';
import type { DienstCommand, SignaalCommand, ZetOpenbaar } from './commands';
import type { SignaalFoutCode } from './errors';
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
  if (command.type === 'ZetOpenbaar') return zetOpenbaar(command, state);
  const { status } = state;
  const closed = status === 'afgesloten' || status === 'ingetrokken';
  // Deadline reports and automatic closing come from process managers that may lag: no-ops, not refusals.
  if (command.type === 'MeldTermijnOverschreden' && closed) return [];
  if (command.type === 'SluitAutomatischAf' && status === 'afgesloten') return [];
  weiger(weigering(command.type, state));

  // what the state refuses, weigering did: what follows depends on what the command carries
  switch (command.type) {
    case 'VraagVerduidelijking':
      return [event('VerduidelijkingGevraagd', { vraag: command.vraag }, at)];

    case 'GeefVerduidelijking':
      return [event('VerduidelijkingGegeven', { antwoord: command.antwoord, persoon: command.persoon }, at)];

    case 'StuurDoor': {
      const { doorsturingId, dienstId, toelichting } = command;
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
      opDoorsturing(command, state);
      return [event('OpgepaktDoorDienst', { doorsturingId, dienstId, persoon }, at)];
    }

    case 'Beantwoord': {
      const { doorsturingId, dienstId, besluit, antwoord, verwachteDatum } = command;
      opDoorsturing(command, state);
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
      opDoorsturing(command, state);
      return [event('TeruggestuurdDoorDienst', { doorsturingId, dienstId, reden }, at)];
    }

    case 'KoppelTerug': {
      const { boodschap, definitief } = command;
      if (definitief && state.doorsturingen.some(isOpen)) refuse('DOORSTURINGEN_NOG_OPEN');
      if (definitief && state.openVraag) refuse('VERDUIDELIJKING_OPEN');
      return [event('TeruggekoppeldAanRaad', { boodschap, definitief }, at)];
    }

    case 'Heropen':
      return [event('SignaalHeropend', { reden: command.reden }, at)];

    case 'SluitAf':
      return [event('SignaalAfgesloten', { wijze: 'aanvaard' }, at)];

    case 'SluitAutomatischAf': {
      // weigering made sure there is one
      const einde = Date.parse(state.definitiefTeruggekoppeldOp!) + command.aanvaardingstermijnDagen * DAY_MS;
      if (Date.parse(at) < einde) refuse('AANVAARDINGSTERMIJN_NIET_VERSTREKEN');
      return [event('SignaalAfgesloten', { wijze: 'automatisch' }, at)];
    }

    case 'TrekIn':
      return [event('SignaalIngetrokken', { reden: command.reden }, at)];

    case 'KoppelAlsDuplicaat': {
      const { hoofdSignaalId, hoofd, reden } = command;
      if (hoofdSignaalId === state.signaalId) invalid('hoofdSignaalId', melding.zichzelf('hoofdSignaalId'));
      if (!hoofd || hoofd.signaalId !== hoofdSignaalId) refuse('HOOFDSIGNAAL_ONBEKEND', 'hoofdSignaalId');
      if (hoofd.duplicaatVan) refuse('HOOFDSIGNAAL_IS_DUPLICAAT', 'hoofdSignaalId');
      if (hoofd.status === 'ingetrokken') refuse('HOOFDSIGNAAL_INGETROKKEN', 'hoofdSignaalId');
      return [event('GekoppeldAlsDuplicaat', { hoofdSignaalId, reden }, at)];
    }

    case 'OntkoppelDuplicaat':
      return [
        event(
          'DuplicaatOntkoppeld',
          // weigering made sure it is one
          { hoofdSignaalId: state.duplicaatVan!.signaalId, reden: command.reden },
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

/** The doorsturing a dienst acts on: it must exist, be addressed to that dienst and let the command through. */
function opDoorsturing(command: DienstCommand, state: SignaalState): void {
  const doorsturing = findDoorsturing(state, command.doorsturingId);
  if (doorsturing.dienstId !== command.dienstId) refuse('DOORSTURING_NIET_VAN_DIENST', 'dienstId');
  weiger(doorsturingWeigering(command.type, doorsturing));
}

const weiger = (code: Weigering | null): void => {
  if (code) refuse(code);
};

/** The code of a refusal: every SignaalFout but invalid input. */
export type Weigering = Exclude<SignaalFoutCode, 'ONGELDIGE_INVOER'>;

/**
 * The state's rules, shared by decide (which refuses with the answer) and mogelijkeActies (which
 * lists what they let through): why the state refuses a command of this kind whatever it carries, or
 * null. What depends on the command's data (which dienst, which main signaal, which doorsturing) is
 * decide's alone; a dienst's command is judged on its doorsturing by doorsturingWeigering as well.
 */
export function weigering(
  type: Exclude<SignaalCommand['type'], 'DienSignaalIn'>,
  state: SignaalState,
): Weigering | null {
  // whether residents may see it holds for a closed or withdrawn signaal too: its answer is the point
  if (type === 'ZetOpenbaar') return null;
  if (state.status === 'afgesloten') return 'SIGNAAL_AFGESLOTEN';
  if (state.status === 'ingetrokken') return 'SIGNAAL_INGETROKKEN';
  // from the fact, not the status: a duplicate's status hides that it was finally fed back
  const teruggekoppeld = state.definitiefTeruggekoppeldOp !== undefined;
  switch (type) {
    case 'VraagVerduidelijking':
      if (state.openVraag) return 'VERDUIDELIJKING_AL_GEVRAAGD';
      return teruggekoppeld ? 'AL_DEFINITIEF_TERUGGEKOPPELD' : null;
    case 'GeefVerduidelijking':
      return state.openVraag ? null : 'GEEN_VERDUIDELIJKING_GEVRAAGD';
    case 'StuurDoor':
      if (state.duplicaatVan) return 'IS_DUPLICAAT';
      if (state.openVraag) return 'VERDUIDELIJKING_OPEN';
      return teruggekoppeld ? 'AL_DEFINITIEF_TERUGGEKOPPELD' : null;
    case 'KoppelTerug':
      return teruggekoppeld ? 'AL_DEFINITIEF_TERUGGEKOPPELD' : null;
    case 'Heropen':
    case 'SluitAf':
    case 'SluitAutomatischAf':
      return teruggekoppeld ? null : 'GEEN_DEFINITIEVE_TERUGKOPPELING';
    case 'KoppelAlsDuplicaat':
      if (state.duplicaatVan) return 'AL_DUPLICAAT';
      return state.doorsturingen.some(isOpen) ? 'DOORSTURINGEN_NOG_OPEN' : null;
    case 'OntkoppelDuplicaat':
      return state.duplicaatVan ? null : 'GEEN_DUPLICAAT';
    case 'PakOp':
    case 'Beantwoord':
    case 'StuurTerug':
    case 'TrekIn':
    case 'VoegBijlageToe':
    case 'MeldTermijnOverschreden':
      return null;
  }
}

/** Why a dienst's command is refused on this doorsturing (one addressed to it), or null. */
export function doorsturingWeigering(
  type: DienstCommand['type'],
  doorsturing: Doorsturing,
): Weigering | null {
  if (!isOpen(doorsturing)) return 'DOORSTURING_AFGEHANDELD';
  return type === 'PakOp' && doorsturing.status === 'opgepakt' ? 'DOORSTURING_AL_OPGEPAKT' : null;
}

/** The commands a person sends on a signaal that exists (the process managers' are not among them). */
export type Actie = Exclude<
  SignaalCommand['type'],
  'DienSignaalIn' | 'MeldTermijnOverschreden' | 'SluitAutomatischAf'
>;

/** Who acts for a signaal: its own raad, the wijkmanager of that raad, or a dienst it was routed to. */
export type Handelaar = 'raad' | 'wijkmanager' | 'dienst';

/** Who sends which command: the one table of it (the command handler authorizes by it). */
export const HANDELAARS: { readonly [A in Actie]: readonly Handelaar[] } = {
  VraagVerduidelijking: ['wijkmanager'],
  GeefVerduidelijking: ['raad'],
  StuurDoor: ['wijkmanager'],
  PakOp: ['dienst'],
  Beantwoord: ['dienst'],
  StuurTerug: ['dienst'],
  KoppelTerug: ['wijkmanager'],
  Heropen: ['raad'],
  SluitAf: ['raad'],
  TrekIn: ['raad'],
  KoppelAlsDuplicaat: ['wijkmanager'],
  OntkoppelDuplicaat: ['wijkmanager'],
  ZetOpenbaar: ['raad', 'wijkmanager'],
  VoegBijlageToe: ['raad', 'wijkmanager', 'dienst'],
};

export const ACTIES = Object.keys(HANDELAARS) as Actie[];

export const isActie = (type: string): type is Actie => type in HANDELAARS;

/** Whether this role sends this command (for the signaal it acts for). */
export const magSturen = (rol: Rol, actie: Actie): boolean =>
  (HANDELAARS[actie] as readonly Rol[]).includes(rol);

const isDienstActie = (actie: Actie): actie is DienstCommand['type'] =>
  actie === 'PakOp' || actie === 'Beantwoord' || actie === 'StuurTerug';

/** A command the actor may send now; a dienst's on one doorsturing. */
export interface MogelijkeActie {
  actie: Actie;
  /** for a dienst's command: the doorsturing it acts on */
  doorsturingId?: string;
}

/**
 * What the actor may do on the signaal now: the commands of their role that the state lets through
 * (decide's own rules: weigering), a dienst's once per doorsturing addressed to it that lets it
 * through. Whatever depends on what a command carries (which dienst, which main signaal) stays
 * decide's. The caller made sure the actor may see the signaal: a raad, wijkmanager or dienst who may
 * see it is the one who acts for it.
 */
export function mogelijkeActies(state: SignaalState, actor: Actor): MogelijkeActie[] {
  return ACTIES.filter((actie) => magSturen(actor.rol, actie) && !weigering(actie, state)).flatMap(
    (actie): MogelijkeActie[] =>
      isDienstActie(actie)
        ? state.doorsturingen
            .filter((d) => d.dienstId === actor.dienstId && !doorsturingWeigering(actie, d))
            .map((d) => ({ actie, doorsturingId: d.id }))
        : [{ actie }],
  );
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
