import { randomUUID } from 'node:crypto';
import type { Actor } from '@signaalspoor/domain';
import type { CommandRequest } from '@signaalspoor/signaal-store';
import { actoren, commandPath, context } from '@signaalspoor/signaal-store/testing';
import { pakOp } from './pak-op';

describe('PakOp: a dienst picks up a doorsturing addressed to it', () => {
  async function doorgestuurd() {
    const { commands } = commandPath();
    const signaalId = randomUUID();
    const run = (request: CommandRequest, actor: Actor) => commands.handle(request, context(actor));
    await run(
      {
        signaalId,
        command: {
          type: 'DienSignaalIn',
          signaalId,
          raadId: 'dr-kermt',
          titel: 'Boom omgevallen',
          omschrijving: 'Op het fietspad.',
          thema: 'groen',
          bron: 'andere',
        },
      },
      actoren.raad,
    );
    const route = async (dienstId: string) => {
      const doorsturingId = randomUUID();
      await run({ signaalId, command: { type: 'StuurDoor', doorsturingId, dienstId } }, actoren.wijkmanager);
      return doorsturingId;
    };
    const pakOpDoor = (actor: Actor, doorsturingId: string) =>
      run(pakOp(signaalId, doorsturingId, context(actor)), actor);
    return { route, pakOpDoor };
  }

  it('given a doorsturing to the dienst, then it is picked up', async () => {
    const { route, pakOpDoor } = await doorgestuurd();
    const mobiliteit = await route('mobiliteit');

    await expect(pakOpDoor(actoren.mobiliteit, mobiliteit)).resolves.toMatchObject({
      status: 'in-behandeling',
    });
  });

  it('given a doorsturing to another dienst, then the refusal names the path parameter `doorsturingId`', async () => {
    const { route, pakOpDoor } = await doorgestuurd();
    const mobiliteit = await route('mobiliteit');
    await route('groen');

    await expect(pakOpDoor(actoren.groen, mobiliteit)).rejects.toMatchObject({
      code: 'DOORSTURING_NIET_VAN_DIENST',
      kind: 'forbidden',
      field: 'doorsturingId',
    });
  });
});
