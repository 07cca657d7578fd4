import type { Besluit, Bron } from './events';
import { BAL_BIJ_LABEL, BESLUIT_LABEL, BRON_LABEL, SIGNAAL_STATUS_LABEL, STATUS_LABEL } from './labels';
import type { Bal, DoorsturingStatus, SignaalStatus } from './state';

/** Exactly these codes, each with a label: a new code without a label fails to compile here. */
const codes = <T extends string>(labels: Readonly<Record<string, string>>, alle: Record<T, true>) =>
  expect(Object.keys(labels).sort()).toEqual(Object.keys(alle).sort());

describe('labels', () => {
  it('names every status, besluit, bron and bal of the lifecycle, and nothing else', () => {
    codes<SignaalStatus>(SIGNAAL_STATUS_LABEL, {
      ingediend: true,
      'verduidelijking-gevraagd': true,
      'in-behandeling': true,
      beantwoord: true,
      heropend: true,
      teruggekoppeld: true,
      duplicaat: true,
      afgesloten: true,
      ingetrokken: true,
    });
    const doorsturing: Record<DoorsturingStatus, true> = {
      doorgestuurd: true,
      opgepakt: true,
      beantwoord: true,
      teruggestuurd: true,
    };
    expect(Object.keys(STATUS_LABEL)).toEqual(
      expect.arrayContaining([...Object.keys(SIGNAAL_STATUS_LABEL), ...Object.keys(doorsturing)]),
    );
    codes<Besluit>(BESLUIT_LABEL, {
      uitgevoerd: true,
      ingepland: true,
      'in-onderzoek': true,
      'niet-weerhouden': true,
    });
    codes<Bron>(BRON_LABEL, {
      'open-forum': true,
      raadsvergadering: true,
      werkgroep: true,
      'jaarlijks-overleg': true,
      andere: true,
    });
    codes<Bal['bij']>(BAL_BIJ_LABEL, { raad: true, wijkmanager: true, dienst: true, niemand: true });
  });
});
