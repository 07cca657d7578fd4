#!/usr/bin/env node
// Prints a demo token: npm run -s token -- <rol> [raad-of-dienst-of-wijkmanager-id]
// Signs with AUTH_JWT_SECRET, or with the secret of the key dir (SIGNAALSPOOR_KEY_DIR, default ./keys)
// that `npm start` uses when no secret is configured. The token goes to stdout, hints to stderr.
const { signToken } = require('./sign-token');
const { createHash, randomBytes } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROLLEN = ['raad', 'wijkmanager', 'dienst', 'auditor', 'beheerder'];
const [rol, id] = process.argv.slice(2);

function fail(message) {
  console.error(message);
  console.error('Gebruik: npm run -s token -- <rol> [id]   rollen: ' + ROLLEN.join(', '));
  console.error('  raad: id van de raad (bv. dr-kermt); dienst: id van de dienst (bv. mobiliteit);');
  console.error('  wijkmanager: id van de wijkmanager (bv. wm-oost); auditor/beheerder: optioneel een naam.');
  process.exit(2);
}

function referenceData() {
  const file =
    process.env.REFERENCE_DATA_FILE ||
    path.join(__dirname, '../libs/reference-data/src/demo/hasselt.demo.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function secret() {
  if (process.env.AUTH_JWT_SECRET) return process.env.AUTH_JWT_SECRET;
  const keyDir = process.env.SIGNAALSPOOR_KEY_DIR || './keys';
  const file = path.join(keyDir, 'jwt-secret');
  // a data dir of before the key dir: its secret, which the app moves to the key dir on its next start
  const old = path.join(process.env.SIGNAALSPOOR_DATA_DIR || './data', 'jwt-secret');
  if (!fs.existsSync(file) && fs.existsSync(old)) return fs.readFileSync(old, 'utf8').trim();
  if (!fs.existsSync(file)) {
    fs.mkdirSync(keyDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

async function main() {
  if (!ROLLEN.includes(rol)) fail(`Onbekende rol "${rol ?? ''}".`);
  const lijst = { raad: 'raden', dienst: 'diensten', wijkmanager: 'wijkmanagers' }[rol];
  if (lijst) {
    if (!id) fail(`Rol ${rol} heeft een id nodig.`);
    const ids = referenceData()[lijst].map((item) => item.id);
    if (!ids.includes(id)) fail(`Onbekend id "${id}" voor ${rol}. Kies uit: ${ids.join(', ')}`);
  }
  const claims = { rol, ...(rol === 'raad' && { raad: id }), ...(rol === 'dienst' && { dienst: id }) };
  const sub = rol === 'wijkmanager' ? id : `${rol}-${id ?? 'demo'}`;
  const geheim = secret();
  // the kid names the secret as libs/auth's sleutelId does, so a token outlives a rotation (AUTH_JWT_SECRETS_PREVIOUS)
  const kid = createHash('sha256').update(`signaalspoor jwt ${geheim}`).digest('hex').slice(0, 16);
  const token = await signToken(claims, sub, geheim, { expires: '12h', kid });
  process.stdout.write(token + '\n');
  if (process.stdout.isTTY) console.error(`(geldig 12 uur; gebruik als: Authorization: Bearer <token>)`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
