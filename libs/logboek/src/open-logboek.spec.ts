import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAuditSleutels } from './open-logboek';
import { auditSleutels, KEY_FILE } from './sleutels';

describe("loading the log's key", () => {
  const root = () => mkdtempSync(join(tmpdir(), 'signaalspoor-sleutel-'));

  it('given AUDIT_SIGNING_KEY_FILE, then the key is its content; a short one is refused', async () => {
    const dir = root();
    const file = join(dir, 'audit-signing-key');
    writeFileSync(file, 'een-gemount-geheim-van-minstens-32-tekens\n');
    const dirs = { keyDir: join(dir, 'keys'), dataDir: join(dir, 'data') };
    const sleutels = await loadAuditSleutels({ ...dirs, signingKeyFile: file });
    expect(sleutels.publicKeyPem).toBe(
      auditSleutels('een-gemount-geheim-van-minstens-32-tekens').publicKeyPem,
    );
    writeFileSync(file, 'kort\n');
    await expect(loadAuditSleutels({ ...dirs, signingKeyFile: file })).rejects.toThrow(/minstens 32 tekens/);
    await expect(loadAuditSleutels({ ...dirs, signingKeyFile: join(dir, 'weg') })).rejects.toThrow(
      /AUDIT_SIGNING_KEY_FILE .*weg: niet leesbaar \(ENOENT\)/,
    );
  });

  it('given a data dir with its key inside, then that key moves to the key dir and keeps sealing', async () => {
    const dir = root();
    const dirs = { keyDir: join(dir, 'keys'), dataDir: join(dir, 'data') };
    mkdirSync(dirs.dataDir);
    writeFileSync(join(dirs.dataDir, KEY_FILE), 'de-sleutel-van-voor-de-sleutelmap-xyz\n');
    const moved: string[] = [];
    const sleutels = await loadAuditSleutels({ ...dirs, moved: (from) => moved.push(from) });
    expect(sleutels.macKey).toEqual(auditSleutels('de-sleutel-van-voor-de-sleutelmap-xyz').macKey);
    expect(moved).toEqual([join(dirs.dataDir, KEY_FILE)]);
    expect((await loadAuditSleutels(dirs)).macKey).toEqual(sleutels.macKey);
  });
});
