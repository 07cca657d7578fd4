import { actoren, context, reference } from '@signaalspoor/signaal-store/testing';
import { dienSignaalIn } from './dien-signaal-in';

const body = {
  titel: 'Onveilig kruispunt',
  omschrijving: 'Aan de school.',
  thema: 'verkeersveiligheid',
  indiener: { naam: 'An Peeters' },
};

describe('DienSignaalIn: a raad submits a signaal', () => {
  it('maps the body to the domain command: the raad from the token, the signaal id from the Idempotency-Key', () => {
    const keyed = context(actoren.raad, { idempotencyKey: 'k-1' });
    const request = dienSignaalIn(body, keyed, reference);

    expect(request).toEqual({
      signaalId: request.signaalId,
      command: {
        type: 'DienSignaalIn',
        signaalId: request.signaalId,
        raadId: 'dr-kermt',
        titel: 'Onveilig kruispunt',
        omschrijving: 'Aan de school.',
        thema: 'verkeersveiligheid',
        bron: 'andere',
        persoon: { naam: 'An Peeters' },
      },
      velden: { persoon: 'indiener' },
    });
    expect(dienSignaalIn(body, { ...keyed }, reference).signaalId).toBe(request.signaalId);
  });

  it('given an unknown thema, then 400 naming `thema`', () => {
    expect(() => dienSignaalIn({ ...body, thema: 'ruimtevaart' }, context(actoren.raad), reference)).toThrow(
      expect.objectContaining({ code: 'ONBEKEND_THEMA', kind: 'invalid', field: 'thema' }),
    );
  });

  it('given a token of no recognised raad, then 403', () => {
    const onbekend = context({ rol: 'raad', id: 'x', raadId: 'dr-atlantis' });
    expect(() => dienSignaalIn(body, onbekend, reference)).toThrow(
      expect.objectContaining({ code: 'GEEN_TOEGANG', kind: 'forbidden' }),
    );
  });
});
