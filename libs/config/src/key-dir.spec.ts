import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { liesInside, secretInKeyDir } from './key-dir';

describe('a secret in the key dir', () => {
  const dirs = () => {
    const root = mkdtempSync(join(tmpdir(), 'signaalspoor-keydir-'));
    return { dataDir: join(root, 'data'), keyDir: join(root, 'keys'), name: 'audit-signing.key' };
  };

  it('given no secret anywhere, then one is made in the key dir, readable by its owner only', async () => {
    const options = dirs();
    const secret = await secretInKeyDir(options);
    const file = join(options.keyDir, options.name);
    expect(readFileSync(file, 'utf8').trim()).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(options.dataDir)).toBe(false);
    expect(await secretInKeyDir(options)).toBe(secret);
  });

  it('given no secret anywhere and create: false (a restore), then it refuses and makes none', async () => {
    const options = dirs();
    await expect(secretInKeyDir({ ...options, create: false })).rejects.toThrow(/ontbreekt/);
    expect(existsSync(join(options.keyDir, options.name))).toBe(false);
    const secret = await secretInKeyDir(options);
    expect(await secretInKeyDir({ ...options, create: false })).toBe(secret);
  });

  it('given a data dir of before the key dir, then its secret moves to the key dir and leaves the data dir', async () => {
    const options = dirs();
    mkdirSync(options.dataDir);
    writeFileSync(join(options.dataDir, options.name), 'het-oude-geheim-van-deze-data-dir\n');
    const moved: string[] = [];
    const secret = await secretInKeyDir({ ...options, moved: (from, to) => moved.push(`${from} -> ${to}`) });
    expect(secret).toBe('het-oude-geheim-van-deze-data-dir');
    expect(existsSync(join(options.dataDir, options.name))).toBe(false);
    expect(readFileSync(join(options.keyDir, options.name), 'utf8').trim()).toBe(secret);
    expect(moved).toHaveLength(1);
  });

  it('given another secret of that name in the key dir, then it refuses naming both files', async () => {
    const options = dirs();
    await secretInKeyDir(options);
    mkdirSync(options.dataDir);
    writeFileSync(join(options.dataDir, options.name), 'een-ander-geheim\n');
    await expect(secretInKeyDir(options)).rejects.toThrow(/bevatten een verschillend geheim/);
    expect(existsSync(join(options.dataDir, options.name))).toBe(true);
  });
});

describe('whether a path lies inside a dir', () => {
  it('given dirs that do not exist yet, then only a path below the dir lies inside it', () => {
    expect(liesInside('/d/keys', '/d')).toBe(true);
    expect(liesInside('/d', '/d')).toBe(true);
    expect(liesInside('/k', '/d')).toBe(false);
    expect(liesInside('./keys', '/d')).toBe(false);
    expect(liesInside('/d-keys', '/d')).toBe(false);
  });
});
