import { TEST_SIGNAAL, testServers } from '@signaalspoor/testing';
import { suiteApi } from './testing/test-app';

// The signaal detail's `acties`: what the caller may do now, from the domain's rules. Each step also
// sends a command the list leaves out, and the API refuses it: page and API cannot disagree.
describe.each(testServers())('acties on the signaal detail on $name PostgreSQL', ({ url }) => {
  const { post, get, doorsturen, antwoorden, terugkoppelen } = suiteApi(url, [
    'kermt',
    'stevoort',
    'wmOost',
    'mobiliteit',
    'auditor',
  ]);
  /** The caller's actions on signaal `id`, as `Actie` or `Actie:doorsturingId`. */
  const acties = async (id: string, who: string): Promise<string[]> =>
    (await get(`/signalen/${id}`, who).expect(200)).body.acties.map(
      (a: { actie: string; doorsturingId?: string }) =>
        a.doorsturingId ? `${a.actie}:${a.doorsturingId}` : a.actie,
    );
  const indienen = async (who: string, titel: string): Promise<string> =>
    (await post('/signalen', who, { ...TEST_SIGNAAL, titel }).expect(201)).body.id;

  it('follows a signaal from triage to the final feedback for its raad, wijkmanager and dienst', async () => {
    const id = await indienen('kermt', 'Tegels los aan de bushalte');

    expect(await acties(id, 'kermt')).toEqual(['TrekIn', 'ZetOpenbaar', 'VoegBijlageToe']);
    expect(await acties(id, 'wmOost')).toEqual([
      'VraagVerduidelijking',
      'StuurDoor',
      'KoppelTerug',
      'KoppelAlsDuplicaat',
      'ZetOpenbaar',
      'VoegBijlageToe',
    ]);
    expect(await acties(id, 'auditor')).toEqual([]);
    await post(`/signalen/${id}/afsluiten`, 'kermt').expect(409);

    const d = (await doorsturen(id, 'wmOost', 'mobiliteit').expect(201)).body.id;
    expect(await acties(id, 'mobiliteit')).toEqual([
      `PakOp:${d}`,
      `Beantwoord:${d}`,
      `StuurTerug:${d}`,
      'VoegBijlageToe',
    ]);
    expect(await acties(id, 'wmOost')).not.toContain('KoppelAlsDuplicaat');

    await post(`/signalen/${id}/doorsturingen/${d}/oppakken`, 'mobiliteit').expect(200);
    expect(await acties(id, 'mobiliteit')).toEqual([`Beantwoord:${d}`, `StuurTerug:${d}`, 'VoegBijlageToe']);
    await post(`/signalen/${id}/doorsturingen/${d}/oppakken`, 'mobiliteit').expect(409);

    await antwoorden(id, d, 'mobiliteit', { besluit: 'ingepland', antwoord: 'Volgende week.' }).expect(200);
    expect(await acties(id, 'mobiliteit')).toEqual(['VoegBijlageToe']);

    await terugkoppelen(id, 'wmOost', 'De tegels worden volgende week gelegd.').expect(200);
    expect(await acties(id, 'kermt')).toEqual([
      'Heropen',
      'SluitAf',
      'TrekIn',
      'ZetOpenbaar',
      'VoegBijlageToe',
    ]);
    expect(await acties(id, 'wmOost')).toEqual(['KoppelAlsDuplicaat', 'ZetOpenbaar', 'VoegBijlageToe']);
    await doorsturen(id, 'wmOost', 'mobiliteit').expect(409);

    await post(`/signalen/${id}/afsluiten`, 'kermt').expect(200);
    expect(await acties(id, 'kermt')).toEqual(['ZetOpenbaar']);
  });

  it('given a duplicate, the wijkmanager cannot route it but may unlink it; unlinked, routing is back', async () => {
    const hoofd = await indienen('kermt', 'Stoeptegels los');
    const dup = await indienen('stevoort', 'Tegels aan de halte');

    await post(`/signalen/${dup}/duplicaat-van`, 'wmOost', {
      hoofdSignaalId: hoofd,
      reden: 'Zelfde halte, al gemeld door Kermt.',
    }).expect(200);

    expect(await acties(dup, 'wmOost')).toEqual([
      'VraagVerduidelijking',
      'KoppelTerug',
      'OntkoppelDuplicaat',
      'ZetOpenbaar',
      'VoegBijlageToe',
    ]);
    await doorsturen(dup, 'wmOost', 'mobiliteit').expect(409);
    expect(await acties(dup, 'stevoort')).toEqual(['TrekIn', 'ZetOpenbaar', 'VoegBijlageToe']);

    await post(`/signalen/${dup}/duplicaat-van/ontkoppelen`, 'wmOost', {
      reden: 'Toch een andere lamp.',
    }).expect(200);
    expect(await acties(dup, 'wmOost')).toEqual(expect.arrayContaining(['StuurDoor', 'KoppelAlsDuplicaat']));
    expect(await acties(dup, 'wmOost')).not.toContain('OntkoppelDuplicaat');
  });
});
