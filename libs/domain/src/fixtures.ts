// Event builders for the domain's tests: one signaal of raad Kiewit about a broken street light.
import type { DienSignaalIn } from './commands';
import type { SignaalStatus } from './state';
import type { TermijnBeleid } from './termijnen';
import type {
  Besluit,
  SignaalEvent,
  SignaalEventMap,
  SignaalEventOf,
  SignaalEventType,
  Termijn,
} from './events';

export const AT = '2025-03-03T09:00:00.000Z';

const event = <K extends SignaalEventType>(type: K, data: SignaalEventMap[K], at = AT) =>
  ({ type, data, at }) as SignaalEventOf<K>;

/** What the raad submits: the signaal without its id. */
export const SIGNAAL = {
  raadId: 'kiewit',
  titel: 'Straatlamp kapot',
  omschrijving: 'De lamp aan de speeltuin brandt al weken niet.',
  thema: 'openbare-verlichting',
  bron: 'open-forum',
} as const;

/** The raad submits the signaal. */
export const dienSignaalIn = (signaalId = 's1', at = AT): DienSignaalIn => ({
  type: 'DienSignaalIn',
  at,
  signaalId,
  ...SIGNAAL,
});

export const ingediend = (at = AT) => event('SignaalIngediend', { signaalId: 's1', ...SIGNAAL }, at);
export const verduidelijkingGevraagd = (vraag = 'Welke speeltuin?') =>
  event('VerduidelijkingGevraagd', { vraag });
export const verduidelijkingGegeven = (antwoord = 'Die aan de Kiewitstraat.') =>
  event('VerduidelijkingGegeven', { antwoord });
export const doorgestuurd = (doorsturingId = 'd1', dienstId = 'wegen') =>
  event('DoorgestuurdNaarDienst', { doorsturingId, dienstId });
export const opgepakt = (doorsturingId = 'd1', dienstId = 'wegen') =>
  event('OpgepaktDoorDienst', { doorsturingId, dienstId });
export const beantwoord = (doorsturingId = 'd1', dienstId = 'wegen', besluit: Besluit = 'ingepland') =>
  event('BeantwoordDoorDienst', { doorsturingId, dienstId, besluit, antwoord: 'Herstelling volgende week.' });
export const teruggestuurd = (doorsturingId = 'd1', dienstId = 'wegen') =>
  event('TeruggestuurdDoorDienst', { doorsturingId, dienstId, reden: 'Verlichting is Fluvius.' });
export const teruggekoppeld = (definitief: boolean, at = AT) =>
  event('TeruggekoppeldAanRaad', { boodschap: 'De lamp wordt hersteld.', definitief }, at);
export const heropend = () => event('SignaalHeropend', { reden: 'De lamp brandt nog altijd niet.' });
export const afgesloten = (wijze: 'aanvaard' | 'automatisch' = 'aanvaard') =>
  event('SignaalAfgesloten', { wijze });
export const ingetrokken = () => event('SignaalIngetrokken', {});
export const gekoppeld = () =>
  event('GekoppeldAlsDuplicaat', { hoofdSignaalId: 'h1', reden: 'Zelfde lamp, al gemeld door Kuringen.' });
export const termijnOverschreden = (termijn: Termijn, doorsturingId?: string) =>
  event('TermijnOverschreden', {
    termijn,
    vervaldatum: '2025-03-01T00:00:00.000Z',
    ...(doorsturingId && { doorsturingId }),
  });

export const openbaarGemaakt = (at = AT) => event('OpenbaarGemaakt', {}, at);
export const afgeschermd = (door: 'raad' | 'wijkmanager' = 'raad', reden?: string, at = AT) =>
  event('AfgeschermdVoorPubliek', reden === undefined ? { door } : { door, reden }, at);

/** The city's deadlines: 5 working days to triage, 20 for a dienst's answer, 30 to feedback, 30 days to accept. */
export const BELEID: TermijnBeleid = {
  ontvangstWerkdagen: 5,
  antwoordDienstWerkdagen: 20,
  terugkoppelingWerkdagen: 30,
  aanvaardingDagen: 30,
  extraVrijeDagen: [],
};

/** Event histories that end in each status. */
export const HISTORIES: Record<SignaalStatus, SignaalEvent[]> = {
  ingediend: [ingediend()],
  'verduidelijking-gevraagd': [ingediend(), verduidelijkingGevraagd()],
  'in-behandeling': [ingediend(), doorgestuurd()],
  beantwoord: [ingediend(), doorgestuurd(), beantwoord()],
  heropend: [ingediend(), doorgestuurd(), beantwoord(), teruggekoppeld(true), heropend()],
  teruggekoppeld: [ingediend(), doorgestuurd(), beantwoord(), teruggekoppeld(true)],
  duplicaat: [ingediend(), gekoppeld()],
  afgesloten: [ingediend(), teruggekoppeld(true), afgesloten()],
  ingetrokken: [ingediend(), ingetrokken()],
};
