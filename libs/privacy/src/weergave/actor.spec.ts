import type { Gebruiker } from '@signaalspoor/auth';
import { ReferenceData } from '@signaalspoor/reference-data';
import { toonActor } from './actor';

const reference = new ReferenceData({
  demo: true,
  wijkmanagers: [{ id: 'wm-oost', naam: 'Wijkmanager Oost' }],
  raden: [
    { id: 'dr-kermt', naam: 'Dorpsraad Kermt', soort: 'dorpsraad', gebied: 'Kermt', wijkmanager: 'wm-oost' },
  ],
  diensten: [{ id: 'mobiliteit', naam: 'Dienst Mobiliteit', soort: 'stadsdienst' }],
  themas: [],
});
const raad: Gebruiker = { sub: 'u-123', rol: 'raad', raadId: 'dr-kermt' };
const dienst: Gebruiker = { sub: 'u-456', rol: 'dienst', dienstId: 'mobiliteit' };
const auditor: Gebruiker = { sub: 'u-789', rol: 'auditor' };
const waar = { raadId: 'dr-kermt', dienstId: 'mobiliteit' };

describe('the actor of a hop as a reader sees it', () => {
  it('given a hop by a dienst employee, when a raad reads it, then it names the dienst, not the person', () => {
    expect(toonActor({ rol: 'dienst', id: 'jan.peeters@hasselt.be' }, waar, raad, reference)).toEqual({
      rol: 'dienst',
      naam: 'Dienst Mobiliteit',
    });
  });

  it('given a hop by the wijkmanager, when a dienst reads it, then it names the function', () => {
    expect(toonActor({ rol: 'wijkmanager', id: 'wm-oost' }, waar, dienst, reference)).toEqual({
      rol: 'wijkmanager',
      naam: 'Wijkmanager Oost',
    });
    expect(toonActor({ rol: 'wijkmanager', id: 'sub-1' }, waar, dienst, reference).naam).toBe(
      'de wijkmanager',
    );
  });

  it('given a hop by a raad member, when an auditor reads it, then it names the raad and who acted', () => {
    expect(toonActor({ rol: 'raad', id: 'u-123' }, waar, auditor, reference)).toEqual({
      rol: 'raad',
      naam: 'Dorpsraad Kermt',
      id: 'u-123',
    });
  });
});
