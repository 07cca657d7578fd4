import { actoren, commandPath, context, reference } from '@signaalspoor/signaal-store/testing';
import { dienSignaalIn } from '../dien-signaal-in/dien-signaal-in';
import { stuurDoor } from './stuur-door';

const SIGNAAL = '2f6b1c1e-8d2a-4c44-9a39-5b8f1f0a7c11';
const signaal = { titel: 'Onveilig kruispunt', omschrijving: 'Aan de school.', thema: 'verkeersveiligheid' };

describe('StuurDoor: the wijkmanager routes a signaal to a dienst', () => {
  it('maps the body to the domain command, with the doorsturing id from the Idempotency-Key', () => {
    const keyed = context(actoren.wijkmanager, { idempotencyKey: 'k-1' });
    const request = stuurDoor(SIGNAAL, { dienst: 'mobiliteit', toelichting: 'Graag.' }, keyed, reference);

    expect(request).toEqual({
      signaalId: SIGNAAL,
      id: request.id,
      command: {
        type: 'StuurDoor',
        doorsturingId: request.id,
        dienstId: 'mobiliteit',
        toelichting: 'Graag.',
      },
      velden: { dienstId: 'dienst' },
    });
    expect(stuurDoor(SIGNAAL, { dienst: 'mobiliteit' }, { ...keyed }, reference).id).toBe(request.id);
  });

  it('given an unknown dienst, then 400 naming the body field `dienst`', () => {
    expect(() =>
      stuurDoor(SIGNAAL, { dienst: 'brandweer' }, context(actoren.wijkmanager), reference),
    ).toThrow(expect.objectContaining({ code: 'ONBEKENDE_DIENST', kind: 'invalid', field: 'dienst' }));
  });

  it('given a signaal already open at that dienst, when routed there again, then the refusal names `dienst`', async () => {
    const { commands } = commandPath();
    const { id } = await commands.handle(
      dienSignaalIn(signaal, context(actoren.raad), reference),
      context(actoren.raad),
    );
    const route = () => {
      const wijkmanager = context(actoren.wijkmanager);
      return commands.handle(stuurDoor(id, { dienst: 'mobiliteit' }, wijkmanager, reference), wijkmanager);
    };
    await expect(route()).resolves.toMatchObject({ signaalId: id, status: 'in-behandeling' });

    await expect(route()).rejects.toMatchObject({ code: 'AL_DOORGESTUURD_NAAR_DIENST', field: 'dienst' });
  });
});
