#!/usr/bin/env node
// Generated claims for timing the CLI's --jsonl mode (scripts/bench.mjs), one JSON claim per line, a
// realistic mix: every city, scheme and member type, all three hospital grades, a third with earlier
// stays this year, the values no source gives filled in as a billing desk would, and about 6 % bad
// lines of every kind (not JSON, a key twice, a schema error, a date with no rule in force).
// Deterministic: the same n gives the same lines.
//
//   node scripts/batch-claims.mjs 1000000 > claims.jsonl
import { pathToFileURL } from 'node:url';

const MEMBERS = {
  employee: ['working', 'retired', 'flexible'],
  resident: ['adult-tier1', 'adult-tier2', 'minor', 'student'],
};
// What the sources leave unknown for these is asked for; a billing desk fills it in (see the README).
const FILL_IN = { deductible: 600, rates: [{ upTo: 50000, rate: 0.6 }, { upTo: null, rate: 0.7 }], fundCap: 200000 };
const needsFillIn = (c) =>
  (c.city === 'weihai' && (c.scheme === 'employee' || c.member === 'minor' || c.member === 'student')) ||
  (c.city === 'jinan' && c.scheme === 'resident');

/** mulberry32: a small seeded generator, so that every run times the same input. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** The n-th generated line (1-based), and whether it is meant to be estimated. */
export function claimLines(count, seed = 20260101) {
  const rnd = random(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const money = (min, max) => Math.round((min + (max - min) * rnd() ** 3) * 100) / 100;
  const lines = [];
  for (let i = 0; i < count; i++) lines.push(next());
  return lines;

  function next() {
    const city = pick(['weihai', 'jinan', 'yantai']);
    const scheme = pick(['employee', 'resident']);
    const member = pick(MEMBERS[scheme]);
    const year = city === 'yantai' && rnd() < 0.25 ? pick([2019, 2020, 2021]) : pick([2024, 2025, 2026]);
    const month = 4 + Math.floor(rnd() * 9);
    const hospitalLevel = pick([1, 2, 3]);
    const totalCost = money(800, 400000);
    const claim = { city, scheme, member, date: `${year}-${pad(month)}-${pad(1 + Math.floor(rnd() * 28))}`, hospitalLevel };
    if (hospitalLevel === 1 && rnd() < 0.3) claim.facility = pick(['grassroots', 'no-essential-drugs']);
    const earlier = rnd() < 0.33 ? Math.ceil(rnd() * 3) : 0;
    claim.admission = earlier + 1;
    claim.totalCost = totalCost;
    if (rnd() < 0.6) claim.outOfScope = Math.round(totalCost * 0.1 * rnd() * 100) / 100;
    if (rnd() < 0.4) claim.selfPayFirst = Math.round(totalCost * 0.05 * rnd() * 100) / 100;
    // The CLI's overrides fill in this stay's grade only, so filled-in claims have earlier stays at the same grade.
    const fillIn = needsFillIn(claim);
    if (earlier) {
      claim.earlier = Array.from({ length: earlier }, (_, k) => ({
        date: `${year}-${pad(k + 1)}-${pad(5 + k)}`,
        hospitalLevel: fillIn ? hospitalLevel : pick([1, 2, 3]),
        totalCost: money(500, 150000),
      }));
    }
    if (fillIn) claim.overrides = FILL_IN;

    const bad = rnd();
    if (bad < 0.015) return JSON.stringify(claim).slice(0, -7); // cut short: not JSON
    if (bad < 0.03) return JSON.stringify(claim).replace(/}$/, ',"city":"yantai"}'); // a key twice
    if (bad < 0.045) return JSON.stringify({ ...claim, hospitalLevel: 4 }); // a schema error
    if (bad < 0.06) return JSON.stringify({ ...claim, date: '2015-06-01', earlier: undefined, admission: 1 }); // no rule in force
    return JSON.stringify(claim);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 100000);
  const lines = claimLines(Math.min(count, 100000));
  // Past 100,000 the same lines repeat, written as they go: memory stays flat here too.
  let written = 0;
  const write = () => {
    while (written < count) {
      const text = lines.slice(0, Math.min(lines.length, count - written)).join('\n') + '\n';
      written += Math.min(lines.length, count - written);
      if (!process.stdout.write(text)) return process.stdout.once('drain', write);
    }
  };
  write();
}
