/** A signaal as a raad submits it through the API, for specs to whom its words do not matter. */
export const TEST_SIGNAAL = {
  titel: 'Losliggende stoeptegels',
  omschrijving: 'Aan de bushalte liggen tegels los.',
  thema: 'verkeersveiligheid',
  bron: 'open-forum',
} as const;
