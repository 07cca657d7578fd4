import type { Actor } from '@signaalspoor/domain';
import { PATH_METADATA } from '@nestjs/common/constants';
import { commandControllers, commandVerzoek, type CommandVerzoek } from './command';
import { takesBody } from './zonder-body.interceptor';

const actor: Actor = { rol: 'raad', id: 'p1', raadId: 'dr-kermt' };
const context = { requestId: 'r1', correlationId: 'c1' };

describe('the headers of a command request', () => {
  it('passes a well-formed Idempotency-Key on and refuses a malformed one', () => {
    expect(commandVerzoek(actor, context, { 'idempotency-key': 'abc-123' })).toEqual({
      actor,
      correlationId: 'c1',
      causationId: 'r1',
      idempotencyKey: 'abc-123',
    });
    for (const key of ['', 'met spatie', 'x'.repeat(201), 'é']) {
      expect(() => commandVerzoek(actor, context, { 'idempotency-key': key })).toThrow(
        expect.objectContaining({ code: 'ONGELDIGE_IDEMPOTENCY_KEY', field: 'Idempotency-Key' }),
      );
    }
  });

  it('reads If-Match as the revisions of strong ETags; * and no header set no condition', () => {
    expect(commandVerzoek(actor, context, { 'if-match': '"3"' }).ifMatch).toEqual([3]);
    expect(commandVerzoek(actor, context, { 'if-match': '"3", "5"' }).ifMatch).toEqual([3, 5]);
    expect(commandVerzoek(actor, context, { 'if-match': 'W/"3"' }).ifMatch).toEqual([]);
    expect(commandVerzoek(actor, context, { 'if-match': '*' }).ifMatch).toBeUndefined();
    expect(commandVerzoek(actor, context, {}).ifMatch).toBeUndefined();
  });

  it('refuses an If-Match that is no list of entity tags', () => {
    for (const header of ['3', '"x"', '"3",', '"-1"', '"1e3"']) {
      expect(() => commandVerzoek(actor, context, { 'if-match': header })).toThrow(
        expect.objectContaining({ code: 'ONGELDIGE_IF_MATCH', field: 'If-Match' }),
      );
    }
  });
});

class Handler {
  readonly handle = jest.fn((request: object, _verzoek: CommandVerzoek) => Promise.resolve(request));
}
class Reference {}
class StuurTerugDto {
  reden!: string;
}

const stuurTerug = (signaalId: string, doorsturingId: string, body: StuurTerugDto, verzoek: CommandVerzoek) =>
  ({ signaalId, doorsturingId, reden: body.reden, door: verzoek.actor.id }) as object;
const pakOp = (signaalId: string, doorsturingId: string, verzoek: CommandVerzoek, reference: Reference) => ({
  signaalId,
  doorsturingId,
  reference,
  door: verzoek.actor.id,
});

const controller = commandControllers('stadsdiensten', Handler, Reference);
const verzoek = { actor: { id: 'dienst-1' } } as CommandVerzoek;
const route = (Controller: ReturnType<typeof controller>, naam: string, ...args: unknown[]) => {
  const handler = new Handler();
  const instance = new Controller(handler, new Reference()) as unknown as Record<
    string,
    (...a: unknown[]) => unknown
  >;
  return { handled: instance[naam]!(...args), handler };
};

describe('commandControllers: the controller of a command slice, made from its mapping', () => {
  it('names the controller and its route after the mapping: one name per action', () => {
    const Controller = controller(stuurTerug, {
      pad: 'signalen/:id/doorsturingen/:doorsturingId/terugsturen',
      body: StuurTerugDto,
      route: ['dienst', 200, 's'],
    });

    expect(Controller.name).toBe('StuurTerugController');
    expect(Controller.prototype).toHaveProperty('stuurTerug');
    expect(Reflect.getMetadata(PATH_METADATA, Controller)).toBe(
      'signalen/:id/doorsturingen/:doorsturingId/terugsturen',
    );
  });

  it('holds a mapping to its path and body at compile time (npm run typecheck)', () => {
    const gebouwd = [
      // @ts-expect-error one id in the path, the mapping takes two
      controller(pakOp, { pad: 'signalen/:id/oppakken', route: ['dienst', 200, 's'] }),
      // @ts-expect-error the mapping takes a body, the route gives none
      controller(stuurTerug, {
        pad: 'signalen/:id/doorsturingen/:doorsturingId/terugsturen',
        route: ['dienst', 200, 's'],
      }),
      // @ts-expect-error a body of another class than the mapping takes
      controller(stuurTerug, {
        pad: 'signalen/:id/doorsturingen/:doorsturingId/terugsturen',
        body: Reference,
        route: ['dienst', 200, 's'],
      }),
    ];

    // at run time they build as before: only the compiler refuses them
    expect(gebouwd.map((Controller) => Controller.name)).toEqual([
      'PakOpController',
      'StuurTerugController',
      'StuurTerugController',
    ]);
  });

  it('maps the path UUIDs in their order, the body and the verzoek, and hands the request to the handler', async () => {
    const Controller = controller(stuurTerug, {
      pad: 'signalen/:id/doorsturingen/:doorsturingId/terugsturen',
      body: StuurTerugDto,
      route: ['dienst', 200, 's'],
    });
    const { handled, handler } = route(
      Controller,
      'stuurTerug',
      's-1',
      'd-1',
      { reden: 'Niet voor ons.' },
      verzoek,
    );

    const request = { signaalId: 's-1', doorsturingId: 'd-1', reden: 'Niet voor ons.', door: 'dienst-1' };
    await expect(handled).resolves.toEqual(request);
    expect(handler.handle).toHaveBeenCalledWith(request, verzoek);
    expect(takesBody(Controller, 'stuurTerug')).toBe(true);
  });

  it('without a body DTO the route takes none, and the injected instances come after the verzoek', async () => {
    const Controller = controller(pakOp, {
      pad: 'signalen/:id/doorsturingen/:doorsturingId/oppakken',
      route: ['dienst', 200, 's'],
    });
    const { handled } = route(Controller, 'pakOp', 's-1', 'd-1', verzoek);

    await expect(handled).resolves.toMatchObject({ doorsturingId: 'd-1', reference: expect.any(Reference) });
    expect(takesBody(Controller, 'pakOp')).toBe(false);
  });
});
