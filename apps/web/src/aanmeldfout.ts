/**
 * The sentence for `?fout=` on /aanmelden: the server sends a code of a fixed list (libs/web
 * AanmeldFout), and the page shows only its own text, so a link cannot make it say anything else.
 */
const AANMELD_FOUTEN: Record<string, string> = {
  verlopen: 'Aanmelden mislukt: de aanmelding duurde te lang. Probeer opnieuw.',
  geweigerd: 'Aanmelden mislukt: de identiteitsprovider weigerde de aanmelding.',
  onbereikbaar:
    'Aanmelden mislukt: de identiteitsprovider is niet bereikbaar. Probeer het zo meteen opnieuw.',
  ongeldig: 'Aanmelden mislukt: de aanmelding kon niet gecontroleerd worden. Probeer opnieuw.',
  'geen-toegang':
    'Aanmelden mislukt: je account heeft geen toegang tot Signaalspoor. Vraag het je beheerder.',
  mislukt: 'Aanmelden mislukt. Probeer opnieuw of vraag hulp aan de beheerder.',
};

export function aanmeldFout(code: string | null): string | undefined {
  if (code === null) return undefined;
  return Object.hasOwn(AANMELD_FOUTEN, code) ? AANMELD_FOUTEN[code] : AANMELD_FOUTEN.mislukt;
}
