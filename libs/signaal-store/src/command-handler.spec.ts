import { randomUUID } from 'node:crypto';
import { signaalStreamId } from '@signaalspoor/domain';
import type { CommandRequest } from './command-handler';
import { actoren, AT, commandPath, context } from './testing';

const dienIn = (signaalId: string): CommandRequest => ({
  signaalId,
  command: {
    type: 'DienSignaalIn',
    signaalId,
    raadId: 'dr-kermt',
    titel: 'Straatlamp kapot',
    omschrijving: 'De lamp aan de speeltuin brandt niet.',
    thema: 'openbare-verlichting',
    bron: 'open-forum',
  },
});

const stuurDoor = (signaalId: string, dienstId: string, doorsturingId = randomUUID()): CommandRequest => ({
  signaalId,
  id: doorsturingId,
  command: { type: 'StuurDoor', doorsturingId, dienstId },
  velden: { dienstId: 'dienst' },
});

const koppelTerug = (signaalId: string, boodschap: string): CommandRequest => ({
  signaalId,
  command: { type: 'KoppelTerug', boodschap, definitief: false },
});

describe('the one handler of the commands on a signaal', () => {
  async function ingediend() {
    const path = commandPath();
    const signaalId = randomUUID();
    await path.commands.handle(dienIn(signaalId), context(actoren.raad));
    const types = async () =>
      (await path.store.readStream(signaalStreamId(signaalId))).map((event) => event.type);
    return { ...path, signaalId, types };
  }

  it('answers what the command made, its status, position and revision; the events carry its time', async () => {
    const { commands, store, signaalId } = await ingediend();
    const doorsturingId = randomUUID();

    const antwoord = await commands.handle(
      stuurDoor(signaalId, 'mobiliteit', doorsturingId),
      context(actoren.wijkmanager),
    );

    expect(antwoord).toEqual({
      id: doorsturingId,
      signaalId,
      status: 'in-behandeling',
      positie: 2,
      revisie: 1,
    });
    const [, doorgestuurd] = await store.readStream(signaalStreamId(signaalId));
    expect(doorgestuurd.metadata.occurredAt).toBe(AT);
  });

  it('given a refusal on a domain field, then it names the API field, in the field and the message', async () => {
    const { commands, signaalId, types } = await ingediend();
    await commands.handle(stuurDoor(signaalId, 'mobiliteit'), context(actoren.wijkmanager));

    await expect(
      commands.handle(stuurDoor(signaalId, 'mobiliteit'), context(actoren.wijkmanager)),
    ).rejects.toMatchObject({ code: 'AL_DOORGESTUURD_NAAR_DIENST', kind: 'conflict', field: 'dienst' });
    await expect(
      commands.handle(stuurDoor(signaalId, ' '), context(actoren.wijkmanager)),
    ).rejects.toMatchObject({ code: 'ONGELDIGE_INVOER', field: 'dienst', message: "Vul 'dienst' in." });
    expect(await types()).toEqual(['SignaalIngediend', 'DoorgestuurdNaarDienst']);
  });

  it('given an Idempotency-Key, when the same request comes twice, then one effect and the same answer', async () => {
    const { commands, signaalId, types } = await ingediend();
    const request = stuurDoor(signaalId, 'mobiliteit');

    const first = await commands.handle(request, context(actoren.wijkmanager, { idempotencyKey: 'k-1' }));
    const retry = await commands.handle(request, context(actoren.wijkmanager, { idempotencyKey: 'k-1' }));

    expect(retry).toEqual(first);
    expect(await types()).toEqual(['SignaalIngediend', 'DoorgestuurdNaarDienst']);
  });

  it('given an Idempotency-Key, when another request uses it, then 422 and nothing is written', async () => {
    const { commands, signaalId, types } = await ingediend();
    const keyed = () => context(actoren.wijkmanager, { idempotencyKey: 'k-1' });
    await commands.handle(koppelTerug(signaalId, 'Even geduld.'), keyed());

    await expect(commands.handle(koppelTerug(signaalId, 'Iets anders.'), keyed())).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_HERGEBRUIKT',
      kind: 'unprocessable',
      field: 'Idempotency-Key',
    });
    expect(await types()).toEqual(['SignaalIngediend', 'TeruggekoppeldAanRaad']);
  });

  it('given If-Match with a revision that is no longer current, then 412 and nothing is written', async () => {
    const { commands, signaalId, types } = await ingediend();
    const { revisie } = await commands.handle(
      koppelTerug(signaalId, 'Eerst.'),
      context(actoren.wijkmanager, { ifMatch: [0] }),
    );
    expect(revisie).toBe(1);

    await expect(
      commands.handle(koppelTerug(signaalId, 'Opnieuw.'), context(actoren.wijkmanager, { ifMatch: [0] })),
    ).rejects.toMatchObject({ code: 'REVISIE_VERANDERD', kind: 'precondition-failed', field: 'If-Match' });
    expect(await types()).toEqual(['SignaalIngediend', 'TeruggekoppeldAanRaad']);
  });

  it.each([
    ['the wijkmanager of another raad', actoren.andereWijkmanager],
    ['the raad itself', actoren.raad],
  ])('given %s, when it routes, then 403 and nothing is written', async (_, actor) => {
    const { commands, signaalId, types } = await ingediend();

    await expect(commands.handle(stuurDoor(signaalId, 'mobiliteit'), context(actor))).rejects.toMatchObject({
      code: 'GEEN_TOEGANG',
      kind: 'forbidden',
    });
    expect(await types()).toEqual(['SignaalIngediend']);
  });
});
