import { bal, evolve, fold } from './evolve';
import * as ev from './fixtures';
import type { SignaalEvent } from './events';
import type { Bal, SignaalStatus } from './state';
import { AT, HISTORIES, SIGNAAL, staatNa } from './testing';

describe('evolve', () => {
  it('starts a signaal from SignaalIngediend', () => {
    expect(staatNa(ev.ingediend())).toEqual({
      signaalId: 's1',
      ...SIGNAAL,
      ingediendOp: AT,
      status: 'ingediend',
      doorsturingen: [],
      terugkoppelingen: [],
      heropend: false,
      overschredenTermijnen: [],
    });
  });

  it('keeps the coordinaten and lists the attachments in order, without the person', () => {
    const coordinaten = { lat: 50.93, lon: 5.34 };
    const bijlage = (bijlageId: string, at: string): SignaalEvent => ({
      type: 'BijlageToegevoegd',
      at,
      data: {
        bijlageId,
        naam: `${bijlageId}.pdf`,
        type: 'application/pdf',
        grootte: 10,
        sha256: 'b'.repeat(64),
        door: { rol: 'dienst', dienstId: 'wegen' },
        persoon: { naam: 'An Peeters' },
      },
    });
    const {
      coordinaten: punt,
      bijlagen,
      status,
    } = staatNa(
      { ...ev.ingediend(), data: { ...ev.ingediend().data, coordinaten } },
      bijlage('b1', '2025-03-04T08:00:00.000Z'),
      bijlage('b2', '2025-03-05T08:00:00.000Z'),
    );
    expect(punt).toEqual(coordinaten);
    expect(status).toBe('ingediend');
    expect(bijlagen).toEqual([
      {
        id: 'b1',
        naam: 'b1.pdf',
        type: 'application/pdf',
        grootte: 10,
        sha256: 'b'.repeat(64),
        door: { rol: 'dienst', dienstId: 'wegen' },
        toegevoegdOp: '2025-03-04T08:00:00.000Z',
      },
      expect.objectContaining({ id: 'b2', toegevoegdOp: '2025-03-05T08:00:00.000Z' }),
    ]);
  });

  it('has no signaal before SignaalIngediend', () => {
    expect(fold([])).toBeNull();
    expect(evolve(null, ev.doorgestuurd())).toBeNull();
  });

  it('does not change the state it is given', () => {
    const before = staatNa(ev.ingediend(), ev.doorgestuurd());
    const copy = structuredClone(before);
    evolve(before, ev.opgepakt());
    expect(before).toEqual(copy);
  });

  it('tracks each doorsturing through its own life', () => {
    const { doorsturingen } = staatNa(
      ev.ingediend(),
      { ...ev.doorgestuurd('d1', 'wegen'), at: '2025-03-04T08:00:00.000Z' },
      { ...ev.opgepakt('d1', 'wegen'), at: '2025-03-05T08:00:00.000Z' },
      { ...ev.beantwoord('d1', 'wegen'), at: '2025-03-06T08:00:00.000Z' },
      {
        ...ev.doorgestuurd('d2', 'groen'),
        data: { doorsturingId: 'd2', dienstId: 'groen', toelichting: 'Snoeien?' },
      },
      { ...ev.teruggestuurd('d2', 'groen'), at: '2025-03-07T08:00:00.000Z' },
    );
    expect(doorsturingen).toEqual([
      {
        id: 'd1',
        dienstId: 'wegen',
        status: 'beantwoord',
        doorgestuurdOp: '2025-03-04T08:00:00.000Z',
        opgepaktOp: '2025-03-05T08:00:00.000Z',
        beantwoordOp: '2025-03-06T08:00:00.000Z',
        besluit: 'ingepland',
        antwoord: 'Herstelling volgende week.',
      },
      {
        id: 'd2',
        dienstId: 'groen',
        status: 'teruggestuurd',
        toelichting: 'Snoeien?',
        doorgestuurdOp: AT,
        teruggestuurdOp: '2025-03-07T08:00:00.000Z',
        reden: 'Verlichting is Fluvius.',
      },
    ]);
  });

  it('opens and closes a question to the raad', () => {
    expect(staatNa(ev.ingediend(), ev.verduidelijkingGevraagd()).openVraag).toEqual({
      vraag: 'Welke speeltuin?',
      gevraagdOp: AT,
    });
    expect(
      staatNa(ev.ingediend(), ev.verduidelijkingGevraagd(), ev.verduidelijkingGegeven()),
    ).not.toHaveProperty('openVraag');
  });

  it('records interim and final feedback', () => {
    const s = staatNa(
      ev.ingediend(),
      ev.teruggekoppeld(false),
      ev.teruggekoppeld(true, '2025-03-10T09:00:00.000Z'),
    );
    expect(s.terugkoppelingen).toEqual([
      { boodschap: 'De lamp wordt hersteld.', definitief: false, op: AT },
      { boodschap: 'De lamp wordt hersteld.', definitief: true, op: '2025-03-10T09:00:00.000Z' },
    ]);
    expect(s.definitiefTeruggekoppeldOp).toBe('2025-03-10T09:00:00.000Z');
  });

  it('drops the final feedback on reopening; a new routing or final feedback clears heropend', () => {
    const reopened = [ev.ingediend(), ev.teruggekoppeld(true), ev.heropend()];
    expect(staatNa(...reopened)).toMatchObject({ heropend: true, status: 'heropend' });
    expect(staatNa(...reopened)).not.toHaveProperty('definitiefTeruggekoppeldOp');
    expect(staatNa(...reopened, ev.doorgestuurd())).toMatchObject({
      heropend: false,
      status: 'in-behandeling',
    });
    expect(staatNa(...reopened, ev.teruggekoppeld(true))).toMatchObject({
      heropend: false,
      status: 'teruggekoppeld',
    });
    expect(staatNa(...reopened, ev.teruggekoppeld(false))).toMatchObject({
      heropend: true,
      status: 'heropend',
    });
  });

  it('only records which deadlines were reported', () => {
    const before = staatNa(ev.ingediend(), ev.doorgestuurd());
    const after = staatNa(
      ev.ingediend(),
      ev.doorgestuurd(),
      ev.termijnOverschreden('ontvangst'),
      ev.termijnOverschreden('antwoord-dienst', 'd1'),
      ev.termijnOverschreden('ontvangst'),
    );
    expect(after).toEqual({ ...before, overschredenTermijnen: ['ontvangst', 'antwoord-dienst:d1'] });
  });

  it('records closing and withdrawal', () => {
    expect(staatNa(...HISTORIES.afgesloten).afgeslotenOp).toBe(AT);
    expect(staatNa(...HISTORIES.ingetrokken).ingetrokkenOp).toBe(AT);
  });
});

describe('status and bal', () => {
  const expected: [SignaalStatus, Bal][] = [
    ['ingediend', { bij: 'wijkmanager' }],
    ['verduidelijking-gevraagd', { bij: 'raad' }],
    ['in-behandeling', { bij: 'dienst', diensten: ['wegen'] }],
    ['beantwoord', { bij: 'wijkmanager' }],
    ['heropend', { bij: 'wijkmanager' }],
    ['teruggekoppeld', { bij: 'raad' }],
    ['duplicaat', { bij: 'niemand' }],
    ['afgesloten', { bij: 'niemand' }],
    ['ingetrokken', { bij: 'niemand' }],
  ];

  it.each(expected)('%s: the ball is %j', (status, expectedBal) => {
    const s = staatNa(...HISTORIES[status]);
    expect(s.status).toBe(status);
    expect(bal(s)).toEqual(expectedBal);
  });

  it('names every dienst with an open doorsturing, in order of routing', () => {
    const s = staatNa(
      ev.ingediend(),
      ev.doorgestuurd('d1', 'wegen'),
      ev.doorgestuurd('d2', 'groen'),
      ev.opgepakt('d2', 'groen'),
      ev.doorgestuurd('d3', 'fluvius'),
      ev.beantwoord('d1', 'wegen'),
    );
    expect(bal(s)).toEqual({ bij: 'dienst', diensten: ['groen', 'fluvius'] });
  });

  it.each<[string, SignaalStatus, SignaalEvent[]]>([
    [
      'withdrawn beats open doorsturingen',
      'ingetrokken',
      [ev.ingediend(), ev.doorgestuurd(), ev.ingetrokken()],
    ],
    [
      'an open question beats open doorsturingen',
      'verduidelijking-gevraagd',
      [ev.ingediend(), ev.doorgestuurd(), ev.verduidelijkingGevraagd()],
    ],
    [
      'an open doorsturing beats an answered one',
      'in-behandeling',
      [
        ev.ingediend(),
        ev.doorgestuurd('d1', 'wegen'),
        ev.beantwoord('d1', 'wegen'),
        ev.doorgestuurd('d2', 'groen'),
      ],
    ],
    [
      'a sent-back doorsturing puts it back to ingediend',
      'ingediend',
      [ev.ingediend(), ev.doorgestuurd(), ev.teruggestuurd()],
    ],
    ['final feedback without any doorsturing', 'teruggekoppeld', [ev.ingediend(), ev.teruggekoppeld(true)]],
    [
      'interim feedback keeps the status',
      'beantwoord',
      [ev.ingediend(), ev.doorgestuurd(), ev.beantwoord(), ev.teruggekoppeld(false)],
    ],
    [
      'closing after acceptance',
      'afgesloten',
      [ev.ingediend(), ev.teruggekoppeld(true), ev.afgesloten('automatisch')],
    ],
  ])('%s', (_name, status, events) => {
    expect(staatNa(...events).status).toBe(status);
  });
});

describe('events this code cannot read (written by a newer version)', () => {
  const nieuwer = {
    type: 'Onleesbaar',
    data: { type: 'SignaalGesplitst', schemaVersion: 1 },
    at: AT,
  } as const;

  it('given a signaal, when an unreadable event follows, then the facts stay and it is marked', () => {
    const before = staatNa(ev.ingediend(), ev.doorgestuurd());
    const after = staatNa(ev.ingediend(), ev.doorgestuurd(), nieuwer);
    expect(after).toEqual({ ...before, onleesbaar: ['SignaalGesplitst v1'] });
  });

  it('given a signaal, when an event of a type evolve does not know arrives as is, then it does not throw', () => {
    const raw = { type: 'SignaalGesplitst', data: {}, at: AT } as unknown as SignaalEvent;
    const after = staatNa(ev.ingediend(), raw, ev.teruggekoppeld(false));
    expect(after.status).toBe('ingediend');
    expect(after.terugkoppelingen).toHaveLength(1);
    expect(after.onleesbaar).toEqual(['SignaalGesplitst']);
  });

  it('given no signaal yet, when an unreadable event comes first, then there is still no signaal', () => {
    expect(fold([nieuwer])).toBeNull();
  });
});
