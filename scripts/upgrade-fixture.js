#!/usr/bin/env node
// Writes an upgrade fixture: drives a running Signaalspoor (any version since the first release) through
// the same small scenario, then dumps its database as plain SQL for the upgrade test (apps/signaalspoor/src/upgrade/fixtures/).
//
//   node scripts/upgrade-fixture.js <base URL> <DATABASE_URL> <fixture file.sql>
//
// The app must run with AUTH_JWT_SECRET=e2e-secret-that-is-at-least-32-characters-long and (from the
// version with seals on) AUDIT_SIGNING_KEY=test-audit-signing-key-not-for-production: the test kit's
// secrets, so the upgrade test verifies the fixture's seals with the key that wrote them.
// See docs/operations.md, "Upgrades".
const { execFileSync } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const { signToken } = require('./sign-token');

/* global fetch -- Node 20 has it */

const SECRET = 'e2e-secret-that-is-at-least-32-characters-long';
const [base, databaseUrl, file] = process.argv.slice(2);
if (!base || !databaseUrl || !file) {
  console.error('Gebruik: node scripts/upgrade-fixture.js <basis-URL> <DATABASE_URL> <fixture.sql>');
  process.exit(2);
}

const token = (claims, sub) => signToken(claims, sub, SECRET);

async function post(bearer, path, body) {
  const response = await fetch(`${base}/api${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

async function main() {
  const raad = await token({ rol: 'raad', raad: 'dr-kuringen' }, 'raad-dr-kuringen');
  const wijkmanager = await token({ rol: 'wijkmanager' }, 'wm-noord');
  const dienst = await token({ rol: 'dienst', dienst: 'mobiliteit' }, 'dienst-mobiliteit');
  const signaal = (titel) => ({
    titel,
    omschrijving: `${titel}: gemeld op het open forum.`,
    thema: 'mobiliteit',
    bron: 'open-forum',
  });
  const eerste = await post(raad, '/signalen', signaal('Oversteekplaats aan de school'));
  const tweede = await post(raad, '/signalen', signaal('Fietspad Kuringersteenweg'));
  await post(raad, '/signalen', signaal('Bushalte zonder schuilhuisje'));
  const doorsturing = await post(wijkmanager, `/signalen/${eerste.id}/doorsturingen`, {
    dienst: 'mobiliteit',
    toelichting: 'Graag bekijken voor het nieuwe schooljaar.',
  });
  await post(dienst, `/signalen/${eerste.id}/doorsturingen/${doorsturing.id}/oppakken`);
  await post(dienst, `/signalen/${eerste.id}/doorsturingen/${doorsturing.id}/antwoord`, {
    besluit: 'ingepland',
    antwoord: 'Markering in de herfstvakantie.',
  });
  await post(wijkmanager, `/signalen/${tweede.id}/doorsturingen`, { dienst: 'mobiliteit' });
  // let the projections and checkpoints catch up before the dump
  await new Promise((resolve) => setTimeout(resolve, 6000));
  const sql = execFileSync('pg_dump', ['--no-owner', '--no-privileges', '--inserts', databaseUrl], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // settings a different server version may not know; the rest is plain SQL any client can run
  const portable = sql
    .split('\n')
    .filter((line) => !/^SET (transaction_timeout|default_table_access_method)\b/.test(line))
    .filter((line) => !line.startsWith('\\'))
    .join('\n');
  writeFileSync(file, portable);
  console.error(`${file}: ${portable.length} bytes`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
