import { BELEID } from '@signaalspoor/domain/testing';
import { beleidVingerafdruk } from './signaal-view.repository';

describe('beleidVingerafdruk', () => {
  it('is the same for the same policy, whatever the order of the days off', () => {
    const a = { ...BELEID, extraVrijeDagen: ['2025-04-22', '2025-11-03'] };
    const b = { ...BELEID, extraVrijeDagen: ['2025-11-03', '2025-04-22'] };
    expect(beleidVingerafdruk(a)).toBe(beleidVingerafdruk(b));
  });

  it('differs when any deadline or day off differs', () => {
    const gewijzigd = [
      { ...BELEID, ontvangstWerkdagen: BELEID.ontvangstWerkdagen + 1 },
      { ...BELEID, antwoordDienstWerkdagen: BELEID.antwoordDienstWerkdagen + 1 },
      { ...BELEID, terugkoppelingWerkdagen: BELEID.terugkoppelingWerkdagen + 1 },
      { ...BELEID, aanvaardingDagen: BELEID.aanvaardingDagen + 1 },
      { ...BELEID, extraVrijeDagen: [...BELEID.extraVrijeDagen, '2025-04-22'] },
    ].map(beleidVingerafdruk);
    expect(new Set([beleidVingerafdruk(BELEID), ...gewijzigd]).size).toBe(6);
  });
});
