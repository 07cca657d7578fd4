// The Dutch labels of the lifecycle's codes, as people read them: one table for the web app
// (apps/web/src/format.ts imports this file) and the downloads (libs/exports). No imports, so that
// the web app can compile it with its own settings; labels.spec.ts checks it covers every code.

/** The statuses of a signaal, in the order of its life. */
export const SIGNAAL_STATUS_LABEL: Readonly<Record<string, string>> = {
  ingediend: 'Ingediend',
  'verduidelijking-gevraagd': 'Verduidelijking gevraagd',
  'in-behandeling': 'In behandeling',
  beantwoord: 'Beantwoord door de dienst',
  heropend: 'Heropend',
  teruggekoppeld: 'Teruggekoppeld',
  duplicaat: 'Duplicaat',
  afgesloten: 'Afgesloten',
  ingetrokken: 'Ingetrokken',
};

/** The statuses of a signaal and of a doorsturing (the two never share a code). */
export const STATUS_LABEL: Readonly<Record<string, string>> = {
  ...SIGNAAL_STATUS_LABEL,
  doorgestuurd: 'Doorgestuurd',
  opgepakt: 'Opgepakt',
  teruggestuurd: 'Teruggestuurd',
};

export const BESLUIT_LABEL: Readonly<Record<string, string>> = {
  uitgevoerd: 'Uitgevoerd',
  ingepland: 'Ingepland',
  'in-onderzoek': 'In onderzoek',
  'niet-weerhouden': 'Niet weerhouden',
};

export const BRON_LABEL: Readonly<Record<string, string>> = {
  'open-forum': 'Open forum',
  raadsvergadering: 'Raadsvergadering',
  werkgroep: 'Werkgroep',
  'jaarlijks-overleg': 'Jaarlijks overleg',
  andere: 'Andere',
};

/** Whose court the ball is in, as a column value ("Bal bij: Dienst"). */
export const BAL_BIJ_LABEL: Readonly<Record<string, string>> = {
  raad: 'Raad',
  wijkmanager: 'Wijkmanager',
  dienst: 'Dienst',
  niemand: 'Niemand',
};
