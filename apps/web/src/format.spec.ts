import { describe, expect, it } from '@jest/globals';
import { fmtDatum, fmtDatumTijd } from './format';

describe('the one date format of the web app', () => {
  it('writes a day with its month in full, in Brussels time', () => {
    expect(fmtDatum('2027-03-15T10:00:00Z')).toBe('15 maart 2027');
    expect(fmtDatum('2026-12-14T08:00:00Z')).toBe('14 december 2026');
    // 23:30 UTC on the 31st is already the 1st in Brussels
    expect(fmtDatum('2026-12-31T23:30:00Z')).toBe('1 januari 2027');
    // a date without a time (an expected date) stays that day
    expect(fmtDatum('2027-03-31')).toBe('31 maart 2027');
  });

  it('adds the time where it matters, in 24 hours, summer time included', () => {
    expect(fmtDatumTijd('2027-03-15T13:05:00Z')).toBe('15 maart 2027 om 14:05');
    expect(fmtDatumTijd('2027-07-01T07:00:00Z')).toBe('1 juli 2027 om 09:00');
  });

  it('shows a dash for no date', () => {
    expect(fmtDatum(undefined)).toBe('—');
    expect(fmtDatumTijd(undefined)).toBe('—');
  });
});
