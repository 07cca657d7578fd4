import type { Actor } from '@signaalspoor/domain';
import { actoren, commandPath, context, reference } from '@signaalspoor/signaal-store/testing';
import { dienSignaalIn } from '../dien-signaal-in/dien-signaal-in';
import { koppelAlsDuplicaat } from './koppel-als-duplicaat';

const signaal = { titel: 'Onveilig kruispunt', omschrijving: 'Aan de school.', thema: 'verkeersveiligheid' };
const kuringen: Actor = { rol: 'raad', id: 'lid-kuringen', raadId: 'dr-kuringen' };

describe('KoppelAlsDuplicaat: the wijkmanager links a signaal as a duplicate of another', () => {
  async function twee(hoofdRaad: Actor) {
    const { commands, signalen } = commandPath();
    const dien = (raad: Actor) =>
      commands.handle(dienSignaalIn(signaal, context(raad), reference), context(raad));
    const hoofd = await dien(hoofdRaad);
    const duplicaat = await dien(actoren.raad);
    const koppel = async () => {
      const { state } = await signalen.load(hoofd.id);
      const wijkmanager = context(actoren.wijkmanager);
      const body = { hoofdSignaalId: hoofd.id.toUpperCase(), reden: 'Zelfde kruispunt.' };
      const request = koppelAlsDuplicaat(duplicaat.id, body, state, wijkmanager, reference);
      return { request, handle: () => commands.handle(request, wijkmanager) };
    };
    return { hoofd, koppel };
  }

  it('given a main signaal the wijkmanager may see, then the decider gets it as it is now', async () => {
    const { hoofd, koppel } = await twee(actoren.raad);
    const { request, handle } = await koppel();

    expect(request.command).toMatchObject({
      type: 'KoppelAlsDuplicaat',
      hoofdSignaalId: hoofd.id,
      hoofd: { signaalId: hoofd.id, status: 'ingediend' },
    });
    await expect(handle()).resolves.toMatchObject({ id: request.signaalId });
  });

  it('given a main signaal of a raad of another wijkmanager, then it counts as unknown, naming `hoofdSignaalId`', async () => {
    const { koppel } = await twee(kuringen);
    const { request, handle } = await koppel();

    expect(request.command).not.toHaveProperty('hoofd');
    await expect(handle()).rejects.toMatchObject({ code: 'HOOFDSIGNAAL_ONBEKEND', field: 'hoofdSignaalId' });
  });
});
