// The auditor's command line: `npm run audit -- verify <export.jsonl> [--publieke-sleutel <pem>]
// [--checkpoints <jsonl>] [--getuige <file or dir>]...`. Runs without a build (tsx). Exit code 0:
// intact; 1: tampered or not covered (the first bad position is printed); 2: wrong use or unreadable
// input.
import { SingleBar, Presets } from 'cli-progress';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  auditSleutels,
  getuigdeCheckpoints,
  verifyExport,
  type BronCheckpoint,
} from '../../../libs/logboek/src/export-verificatie-entry';

const USAGE = `gebruik:
  npm run audit -- verify <export.jsonl> [--publieke-sleutel <bestand.pem>] [--checkpoints <bestand.jsonl>]
                         [--getuige <bestand of map>]...   (checkpoints zoals een getuige ze ontving)
  npm run audit -- replay --tot <tijdstip ISO 8601>      (DATABASE_URL: de database van het logboek)
AUDIT_SIGNING_KEY in de omgeving: controleert ook het zegel van elk event`;

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'publieke-sleutel': { type: 'string' },
      checkpoints: { type: 'string' },
      getuige: { type: 'string', multiple: true },
    },
  });
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const publicKey = values['publieke-sleutel'] && (await readFile(values['publieke-sleutel'], 'utf8'));
  const checkpoints = values.checkpoints && (await readFile(values.checkpoints, 'utf8'));
  const getuigen = await witnessed(values.getuige ?? []);
  const secret = process.env.AUDIT_SIGNING_KEY;
  const bar = new SingleBar(
    { format: 'verificatie [{bar}] {value}/{total} events', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  const lines = createInterface({ input: createReadStream(positionals[0]), crlfDelay: Infinity });
  const result = await verifyExport(lines, {
    publicKey: publicKey || undefined,
    checkpoints: checkpoints || undefined,
    getuigen,
    macKey: secret ? auditSleutels(secret).macKey : undefined,
    progress: (checked, total) => {
      // a bar only on long runs, and only on a terminal
      if (!started && total >= 10_000 && process.stderr.isTTY) {
        bar.start(total, 0);
        started = true;
      }
      if (started && (checked % 1000 === 0 || checked === total)) bar.update(checked);
    },
  });
  if (started) bar.stop();
  if (result.uitExport.length > 0) {
    console.warn(
      `let op: ${result.uitExport.join(' en ')} uit de export zelf gehaald; geef ze mee om ze niet te hoeven vertrouwen`,
    );
  }
  if (!secret)
    console.warn('zonder AUDIT_SIGNING_KEY: zegels niet gecontroleerd, alleen keten en checkpoints');
  if (getuigen.length === 0)
    console.warn(
      'zonder --getuige: wie de sleutel heeft, kan het logboek herschrijven en de checkpoints opnieuw ondertekenen',
    );
  if (result.intact) {
    console.log(
      `intact: ${result.gecontroleerd} events gecontroleerd, gedekt tot positie ${result.gedektTot}${getuigen.length > 0 ? `, ${getuigen.length} getuigde checkpoints kloppen` : ''}`,
    );
    return 0;
  }
  console.log(
    `NIET INTACT: eerste afwijking op positie ${result.eersteAfwijking?.positie}: ${result.eersteAfwijking?.reden} (${result.gecontroleerd} events in orde ervoor)`,
  );
  return 1;
}

/** The checkpoints in the witness files given (a dir: every file in it), each named by its file. */
async function witnessed(paths: string[]): Promise<BronCheckpoint[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (!(await stat(path)).isDirectory()) files.push(path);
    else {
      const entries = await readdir(path, { withFileTypes: true });
      for (const entry of entries.filter((e) => e.isFile() && !e.name.startsWith('.')).sort())
        files.push(join(path, entry.name));
    }
  }
  const found: BronCheckpoint[] = [];
  for (const file of files) {
    try {
      const bron = `getuige ${file}`;
      found.push(...getuigdeCheckpoints(await readFile(file, 'utf8')).map((c) => ({ ...c, bron })));
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return found;
}

/** Rebuilds every read model as it stood at a moment into a database of its own and prints the differences with today's. */
async function replayTot(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { tot: { type: 'string' } } });
  const tot = values.tot ? new Date(values.tot) : undefined;
  const url = process.env.DATABASE_URL;
  if (!tot || Number.isNaN(tot.getTime()) || !url) {
    console.error(USAGE);
    return 2;
  }
  // loaded only here: the verifier above needs no database code
  const { replay } = await import('../../../libs/audit/src/replay/replay');
  const { READ_MODELS } = await import('./read-models');
  const secret = process.env.AUDIT_SIGNING_KEY;
  const bar = new SingleBar(
    { format: 'herbouwen [{bar}] {value}/{total} events', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  const result = await replay({
    databaseUrl: url,
    tot,
    readModels: READ_MODELS,
    macKey: secret ? auditSleutels(secret).macKey : undefined,
    progress: (done, total) => {
      if (!started && total >= 10_000 && process.stderr.isTTY) {
        bar.start(total, 0);
        started = true;
      }
      if (started) bar.update(done);
    },
  });
  if (started) bar.stop();
  console.log(
    `leesmodellen zoals op ${tot.toISOString()} (tot positie ${result.positie}) in database ${result.database}`,
  );
  for (const tabel of result.verschillen) {
    console.log(
      `${tabel.tabel}: toen ${tabel.toen}, nu ${tabel.nu}; ${tabel.nieuw} nieuw, ${tabel.verdwenen} verdwenen, ${tabel.gewijzigd} gewijzigd`,
    );
    for (const voorbeeld of tabel.voorbeelden)
      console.log(`  ${voorbeeld.sleutel}: ${voorbeeld.kolommen.join(', ')}`);
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'verify') return verify(args);
  if (command === 'replay') return replayTot(args);
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`fout: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
