import type { ZetOpenbaar } from './commands';
import { AT, HISTORIES, afgeschermd, dienSignaalIn, ingediend, openbaarGemaakt } from './fixtures';
import { given, refused } from './testing';

const zet = (openbaar: boolean, door: ZetOpenbaar['door'] = 'raad', reden?: string): ZetOpenbaar => ({
  type: 'ZetOpenbaar',
  at: AT,
  openbaar,
  door,
  ...(reden !== undefined && { reden }),
});
const REDEN = 'Er staat een adres van een bewoner in.';

describe('publishing a signaal for residents', () => {
  it('is not public by default', () => {
    expect(given(ingediend()).state?.openbaar).toBeUndefined();
  });

  it('is public from the start when the raad asks so when submitting: both events in one append', () => {
    const { state } = given()
      .when({ ...dienSignaalIn(), openbaar: true })
      .then(ingediend(), openbaarGemaakt());
    expect(state?.openbaar).toBe(true);
    given()
      .when({ ...dienSignaalIn(), openbaar: false })
      .then(ingediend());
  });

  it('refuses a submission whose openbaar is not a boolean', () => {
    given()
      .when({ ...dienSignaalIn(), openbaar: 'ja' as unknown as boolean })
      .thenThrows(refused('ONGELDIGE_INVOER', 'openbaar'));
  });

  it('the raad makes it public and private again; setting what holds is a no-op', () => {
    const { state } = given(ingediend()).when(zet(true)).then(openbaarGemaakt());
    expect(state?.openbaar).toBe(true);
    given(ingediend(), openbaarGemaakt()).when(zet(true)).thenNothingHappened();
    const prive = given(ingediend(), openbaarGemaakt()).when(zet(false)).then(afgeschermd('raad'));
    expect(prive.state?.openbaar).toBeUndefined();
    expect(prive.state?.afgeschermd).toBeUndefined();
    given(ingediend()).when(zet(false)).thenNothingHappened();
  });

  it('in every status, closed and withdrawn ones included: their answer is what residents look for', () => {
    for (const history of Object.values(HISTORIES)) {
      given(...history)
        .when(zet(true))
        .then(openbaarGemaakt());
    }
  });

  it('the wijkmanager withdraws it with a reason the raad sees; the raad cannot publish it again', () => {
    const { state } = given(ingediend(), openbaarGemaakt())
      .when(zet(false, 'wijkmanager', REDEN))
      .then(afgeschermd('wijkmanager', REDEN));
    expect(state?.openbaar).toBeUndefined();
    expect(state?.afgeschermd).toEqual({ reden: REDEN, op: AT });
    given(ingediend(), openbaarGemaakt(), afgeschermd('wijkmanager', REDEN))
      .when(zet(true))
      .thenThrows(refused('AFGESCHERMD_DOOR_WIJKMANAGER'));
    given(ingediend(), afgeschermd('wijkmanager', REDEN)).when(zet(false)).thenNothingHappened();
    given(ingediend(), afgeschermd('wijkmanager', REDEN))
      .when(zet(false, 'wijkmanager', 'nog eens'))
      .thenNothingHappened();
  });

  it('the wijkmanager needs a reason to withdraw it', () => {
    given(ingediend(), openbaarGemaakt())
      .when(zet(false, 'wijkmanager'))
      .thenThrows(refused('ONGELDIGE_INVOER', 'reden'));
    given(ingediend(), openbaarGemaakt())
      .when(zet(false, 'wijkmanager', '   '))
      .thenThrows(refused('ONGELDIGE_INVOER', 'reden'));
  });

  it('only the wijkmanager lifts its withdrawal; it never publishes on its own', () => {
    const { state } = given(ingediend(), openbaarGemaakt(), afgeschermd('wijkmanager', REDEN))
      .when(zet(true, 'wijkmanager'))
      .then(openbaarGemaakt());
    expect(state?.openbaar).toBe(true);
    expect(state?.afgeschermd).toBeUndefined();
    given(ingediend()).when(zet(true, 'wijkmanager')).thenThrows(refused('ALLEEN_RAAD_MAAKT_OPENBAAR'));
  });

  it('the raad making it private keeps a withdrawal by the wijkmanager standing', () => {
    const { state } = given(ingediend(), afgeschermd('wijkmanager', REDEN), afgeschermd('raad'));
    expect(state?.afgeschermd).toEqual({ reden: REDEN, op: AT });
  });

  it('leaves the status as it was', () => {
    for (const [status, history] of Object.entries(HISTORIES)) {
      expect(given(...history, openbaarGemaakt()).state?.status).toBe(status);
      expect(given(...history, afgeschermd('wijkmanager', REDEN)).state?.status).toBe(status);
    }
  });
});
