/** What SignaalIngediend says of the specs' signaal s1: a street light out in Kiewit. */
export const STRAATLAMP = {
  signaalId: 's1',
  raadId: 'kiewit',
  titel: 'Straatlamp kapot',
  omschrijving: 'De lamp brandt niet.',
  thema: 'openbare-verlichting',
  bron: 'open-forum' as const,
};
