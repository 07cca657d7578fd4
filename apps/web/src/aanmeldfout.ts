/**
 * The sentence for `?fout=` on /aanmelden: the server sends a code of a fixed list (libs/web
 * AanmeldFout), and the page shows only its own text, so a link cannot make it say anything else.
 */
const AANMELD_FOUTEN: Record<string, string> = {
  verlopen: 'Aanmelden mislukt: de aanmelding duurde te lang. Probeer opnieuw.',
  geweigerd: 'Aanmelden mislukt: je gaf geen toestemming bij de identiteitsprovider.',
  mislukt: 'Aanmelden mislukt. Probeer opnieuw of vraag hulp aan de beheerder.',
};

export function aanmeldFout(code: string | null): string | undefined {
  if (code === null) return undefined;
  return Object.hasOwn(AANMELD_FOUTEN, code) ? AANMELD_FOUTEN[code] : AANMELD_FOUTEN.mislukt;
}
