#!/usr/bin/env node
// CPU and memory of one running Signaalspoor process, idle and under a short load, from /proc (Linux).
//
//   node scripts/process-cost.js <pid> <base URL> [idle seconds=30] [load seconds=30] [clients=8]
//
// The load: `clients` loops, each submitting a signaal (raad dr-kuringen) and reading the list as its
// wijkmanager, as fast as answers come. Tokens are signed with AUTH_JWT_SECRET from the environment.
// Prints per phase: CPU seconds (user + system) and their share of one core, RSS at the end, peak RSS
// (VmHWM) and, under load, the requests answered. See docs/operations.md, "CPU and memory per process".
const { readFileSync } = require('node:fs');
const { signToken } = require('./sign-token');

/* global fetch, performance -- Node 20 has them */

const [pid, base, idleSeconds = '30', loadSeconds = '30', clients = '8'] = process.argv.slice(2);
if (!pid || !base || !process.env.AUTH_JWT_SECRET) {
  console.error(
    'Gebruik: AUTH_JWT_SECRET=... node scripts/process-cost.js <pid> <basis-URL> [idle s] [load s] [clients]',
  );
  process.exit(2);
}
const TICKS = 100; // USER_HZ on Linux

function sample() {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpu = (Number(fields[11]) + Number(fields[12])) / TICKS; // utime + stime
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { cpu, rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024, at: performance.now() };
}

function report(phase, from, to, extra = '') {
  const seconds = (to.at - from.at) / 1000;
  const cpu = to.cpu - from.cpu;
  console.log(
    `${phase}: ${seconds.toFixed(0)} s, CPU ${cpu.toFixed(2)} s (${((cpu / seconds) * 100).toFixed(1)}% of one core), ` +
      `RSS ${to.rssMb.toFixed(0)} MB, peak RSS ${to.peakMb.toFixed(0)} MB${extra}`,
  );
}

const token = (claims, sub) => signToken(claims, sub, process.env.AUTH_JWT_SECRET);

async function main() {
  const raad = `Bearer ${await token({ rol: 'raad', raad: 'dr-kuringen' }, 'raad-dr-kuringen')}`;
  const wijkmanager = `Bearer ${await token({ rol: 'wijkmanager' }, 'wm-noord')}`;
  const start = sample();
  await new Promise((resolve) => setTimeout(resolve, Number(idleSeconds) * 1000));
  const idle = sample();
  report('idle', start, idle);

  const until = performance.now() + Number(loadSeconds) * 1000;
  let answered = 0;
  let failed = 0;
  const loop = async (client) => {
    for (let n = 0; performance.now() < until; n++) {
      const submit = await fetch(`${base}/api/signalen`, {
        method: 'POST',
        headers: { authorization: raad, 'content-type': 'application/json' },
        body: JSON.stringify({
          titel: `Meting ${client}-${n}`,
          omschrijving: 'Een signaal om de kost van het proces te meten.',
          thema: 'mobiliteit',
          bron: 'andere',
        }),
      });
      await submit.arrayBuffer();
      const list = await fetch(`${base}/api/signalen?limiet=20`, { headers: { authorization: wijkmanager } });
      await list.arrayBuffer();
      for (const response of [submit, list]) {
        if (response.ok) answered++;
        else failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Number(clients) }, (_, client) => loop(client)));
  const loaded = sample();
  report('load', idle, loaded, `, ${answered} requests answered (${failed} not 2xx), ${clients} clients`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
