import type { TermijnBeleid } from '@signaalspoor/domain';
import { testServers } from '@signaalspoor/testing';
import type { SignalenFilter, Sortering } from './signaal-view.repository';
import { leesmodelSuite, type Gebeurtenis } from './testing/toepassen';

const id = (n: number) => `2f0e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [OVERSTEEK, TERRAS, STEVOORT, TEGELS, INGETROKKEN] = [1, 2, 3, 4, 5].map(id);
const BELEID: TermijnBeleid = {
  ontvangstWerkdagen: 5,
  antwoordDienstWerkdagen: 10,
  terugkoppelingWerkdagen: 30,
  aanvaardingDagen: 14,
  extraVrijeDagen: [],
};

const ingediend = (
  signaalId: string,
  raadId: string,
  day: number,
  titel: string,
  omschrijving = '-',
  locatie?: string,
): Gebeurtenis => [
  signaalId,
  'SignaalIngediend',
  {
    signaalId,
    raadId,
    titel,
    omschrijving,
    thema: 'mobiliteit',
    bron: 'andere',
    ...(locatie && { locatie: { omschrijving: locatie } }),
  },
  day,
];

// `q`, `balBij` and `sorteer` on the signalen read model, on both servers the app runs on (the
// embedded one of `npm start` and DATABASE_URL): both must have `unaccent` and the Dutch stemmer.
describe.each(testServers())(
  'Searching and sorting the SignaalView on $name PostgreSQL',
  ({ url: serverUrl }) => {
    const leesmodel = leesmodelSuite(serverUrl, BELEID);
    const { apply } = leesmodel;
    const lijst = async (filter: Partial<SignalenFilter>) =>
      (await leesmodel.views.lijst({ limiet: 50, offset: 0, ...filter })).items.map((view) => view.id);

    beforeAll(async () => {
      await apply(
        ingediend(
          OVERSTEEK,
          'dr-kermt',
          1,
          'Gevaarlijke oversteekplaats',
          'Kinderen steken over',
          'Kerkstraat',
        ),
        ingediend(
          TERRAS,
          'dr-kermt',
          2,
          'Terras van Café De Zwaan',
          'Het terras naast de crèche blokkeert de stoep voor elke fietser',
        ),
        ingediend(STEVOORT, 'dr-stevoort', 3, 'Oversteekplaats aan de kerk', 'Vlak bij de basisschool'),
        ingediend(TEGELS, 'dr-kermt', 4, 'Losliggende tegels'),
        ingediend(INGETROKKEN, 'dr-kermt', 5, 'Bank in het park'),
      );
      await apply(
        [TEGELS, 'DoorgestuurdNaarDienst', { doorsturingId: 'd1', dienstId: 'wegen' }, 5],
        [INGETROKKEN, 'SignaalIngetrokken', {}, 6],
      );
      await apply(
        [
          TEGELS,
          'BeantwoordDoorDienst',
          {
            doorsturingId: 'd1',
            dienstId: 'wegen',
            besluit: 'ingepland',
            antwoord: 'We herstellen de Molenstraat',
          },
          6,
        ],
        [OVERSTEEK, 'DoorgestuurdNaarDienst', { doorsturingId: 'd2', dienstId: 'mobiliteit' }, 8],
      );
      await apply([
        TEGELS,
        'TeruggekoppeldAanRaad',
        { boodschap: 'De aannemer komt in juni', definitief: false },
        7,
      ]);
    });

    it('finds a word by its start: "oversteek" finds "oversteekplaats" (its stem is no prefix)', async () => {
      expect(await lijst({ q: 'oversteek' })).toEqual([STEVOORT, OVERSTEEK]);
    });

    it('ignores accents both ways: "cafe" finds "Café", "creche" "crèche", "CAFÉ" too', async () => {
      expect(await lijst({ q: 'cafe' })).toEqual([TERRAS]);
      // the Dutch stemmer alone folds é at the end of a word, not the è of crèche: that is unaccent
      expect(await lijst({ q: 'creche' })).toEqual([TERRAS]);
      expect(await lijst({ q: 'CAFÉ' })).toEqual([TERRAS]);
    });

    it('stems Dutch: "fietsers" finds "fietser", which it does not start', async () => {
      expect(await lijst({ q: 'fietsers' })).toEqual([TERRAS]);
    });

    it('searches the omschrijving, the locatie, the answers of the diensten and the feedback', async () => {
      expect(await lijst({ q: 'kinderen' })).toEqual([OVERSTEEK]);
      expect(await lijst({ q: 'kerkstraat' })).toEqual([OVERSTEEK]);
      expect(await lijst({ q: 'molenstraat' })).toEqual([TEGELS]);
      expect(await lijst({ q: 'aannemer' })).toEqual([TEGELS]);
    });

    it('needs every word, whatever separates them', async () => {
      expect(await lijst({ q: 'oversteek, kerk!' })).toEqual([STEVOORT, OVERSTEEK]);
      expect(await lijst({ q: 'oversteek kinderen' })).toEqual([OVERSTEEK]);
      expect(await lijst({ q: 'oversteek zwaan' })).toEqual([]);
    });

    it('combines with the filters and counts only what matches', async () => {
      expect(
        await leesmodel.views.lijst({ q: 'oversteek', raadIds: ['dr-kermt'], limiet: 50, offset: 0 }),
      ).toMatchObject({
        items: [{ id: OVERSTEEK }],
        total: 1,
      });
      expect(await lijst({ q: 'oversteek', status: 'in-behandeling' })).toEqual([OVERSTEEK]);
      expect(await lijst({ q: 'oversteek', dienstId: 'mobiliteit' })).toEqual([OVERSTEEK]);
      expect(await lijst({ q: 'tegels', balBij: 'wijkmanager' })).toEqual([TEGELS]);
      expect(await lijst({ q: 'tegels', balBij: 'dienst' })).toEqual([]);
    });

    it('never finds a signaal of a raad outside the filter', async () => {
      expect(await lijst({ q: 'basisschool', raadIds: ['dr-kermt'] })).toEqual([]);
      expect(await lijst({ q: 'kerk', raadIds: ['dr-kermt'] })).toEqual([OVERSTEEK]); // Kerkstraat
      expect(await lijst({ q: 'oversteekplaats', raadIds: ['dr-kermt', 'dr-godsheide'] })).toEqual([
        OVERSTEEK,
      ]);
    });

    it('pages a search in every order, with the total of all its matches on every page', async () => {
      // "k": a word's first letter alone (Kinderen, Kerkstraat; kerk; komt in the feedback on TEGELS)
      const pagina = async (sorteer: Sortering, offset: number) => {
        const { items, total } = await leesmodel.views.lijst({ q: 'k', sorteer, limiet: 2, offset });
        return { ids: items.map((view) => view.id), total };
      };
      expect(await pagina('-ingediendOp', 0)).toEqual({ ids: [TEGELS, STEVOORT], total: 3 });
      expect(await pagina('-ingediendOp', 2)).toEqual({ ids: [OVERSTEEK], total: 3 });
      expect(await pagina('-ingediendOp', 4)).toEqual({ ids: [], total: 3 });
      expect(await pagina('-gewijzigdOp', 0)).toEqual({ ids: [OVERSTEEK, TEGELS], total: 3 });
      expect(await pagina('termijn', 0)).toEqual({ ids: [STEVOORT, OVERSTEEK], total: 3 });
      expect(await pagina('termijn', 2)).toEqual({ ids: [TEGELS], total: 3 });
    });

    it('filters on whose court the ball is in', async () => {
      // TEGELS: answered, the feedback was not final
      expect(await lijst({ balBij: 'wijkmanager' })).toEqual([TEGELS, STEVOORT, TERRAS]);
      expect(await lijst({ balBij: 'dienst' })).toEqual([OVERSTEEK]);
      expect(await lijst({ balBij: 'niemand' })).toEqual([INGETROKKEN]);
    });

    it('sorts on submission, on the last change and on the deadline that passes first', async () => {
      expect(await lijst({})).toEqual([INGETROKKEN, TEGELS, STEVOORT, TERRAS, OVERSTEEK]);
      expect(await lijst({ sorteer: '-ingediendOp' })).toEqual([
        INGETROKKEN,
        TEGELS,
        STEVOORT,
        TERRAS,
        OVERSTEEK,
      ]);
      expect(await lijst({ sorteer: 'ingediendOp' })).toEqual([
        OVERSTEEK,
        TERRAS,
        STEVOORT,
        TEGELS,
        INGETROKKEN,
      ]);
      // changed: TERRAS 2, STEVOORT 3, INGETROKKEN 6, TEGELS 7, OVERSTEEK 8
      expect(await lijst({ sorteer: 'gewijzigdOp' })).toEqual([
        TERRAS,
        STEVOORT,
        INGETROKKEN,
        TEGELS,
        OVERSTEEK,
      ]);
      expect(await lijst({ sorteer: '-gewijzigdOp' })).toEqual([
        OVERSTEEK,
        TEGELS,
        INGETROKKEN,
        STEVOORT,
        TERRAS,
      ]);
      // receipt of STEVOORT (Sat 3 May + 5 working days) and TERRAS (Fri 2 May + 5): both Fri 9 May, the
      // newest first; the answer to OVERSTEEK (day 8 + 10), the feedback on TEGELS (day 4 + 30); a
      // withdrawn signaal has none: last
      expect(await lijst({ sorteer: 'termijn' })).toEqual([STEVOORT, TERRAS, OVERSTEEK, TEGELS, INGETROKKEN]);
    });

    it("searches a dienst's inbox", async () => {
      const inbox = (q?: string) =>
        leesmodel.views
          .inbox('wegen', { alle: true, limiet: 50, offset: 0, q })
          .then((pagina) => pagina.items);
      expect(await inbox('molenstraat')).toMatchObject([{ signaalId: TEGELS }]);
      expect(await inbox('oversteek')).toEqual([]);
    });
  },
);
