import { antwoordUiterlijk } from './inbox-termijn';

const BELEID = { antwoordDienstWerkdagen: 20, extraVrijeDagen: [] };

describe('antwoordUiterlijk (the deadline in a dienst inbox)', () => {
  it('given an open doorsturing, then 20 working days after the routing, in Brussels time', () => {
    // Monday 3 March 2025 10:00 Brussels; summer time from 30 March keeps 10:00 local = 08:00 UTC
    expect(antwoordUiterlijk('doorgestuurd', '2025-03-03T09:00:00.000Z', BELEID)).toBe(
      '2025-03-31T08:00:00.000Z',
    );
    expect(antwoordUiterlijk('opgepakt', '2025-03-03T09:00:00.000Z', BELEID)).toBe(
      '2025-03-31T08:00:00.000Z',
    );
  });

  it('given an answered or returned doorsturing, then no deadline runs', () => {
    expect(antwoordUiterlijk('beantwoord', '2025-03-03T09:00:00.000Z', BELEID)).toBeUndefined();
    expect(antwoordUiterlijk('teruggestuurd', '2025-03-03T09:00:00.000Z', BELEID)).toBeUndefined();
  });
});
