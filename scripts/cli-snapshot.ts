/**
 * `npx tsx scripts/cli-snapshot.ts [count] > answers.jsonl`: the estimate and contribution CLIs' answers
 * (exit code and output, in-process, as `npm run -s estimate` / `contribution` print them) to a fixed,
 * generated set of inputs: every city, scheme, member type and benefit, dates 2018–2028, earlier events
 * of the year, overrides, the person's inputs, and inputs each CLI refuses. Run it before and after a
 * change meant to move no figure, and compare the two files byte for byte.
 *
 * Inputs are written with the CLIs' documented field names only, so the set stays the same across
 * refactors of the code behind them. Deterministic: the same count gives the same inputs.
 *
 * `npx tsx scripts/cli-snapshot.ts --replay claims.jsonl` answers recorded inputs instead, each once, in
 * a fixed order: those the tests handed the CLIs (see scripts/record-claims.config.mts).
 */
import { readFileSync } from 'node:fs';
import { answerClaim } from '../lib/cli';
import { answerContribution } from '../lib/contribution-cli';

const CITIES = ['weihai', 'jinan', 'yantai'];
const MEMBERS = { employee: ['working', 'retired', 'flexible'], resident: ['adult-tier1', 'adult-tier2', 'minor', 'student'] } as const;
const BENEFITS = ['inpatient', 'inpatient', 'inpatient', 'outpatient-chronic', 'outpatient-general', 'maternity', 'minor-accident'];
const AWAY = ['local', 'registered', 'temporary-in-province', 'temporary-out-of-province'];
const MATERNITY = ['prenatal-and-delivery', 'abortion', 'induced', 'delivery'];
const GROUPS = ['general', 'cancer-radio-chemo', 'severe-mental'];
/** What a billing desk fills in where the sources give no value (as scripts/batch-claims.mjs). */
const FILL_IN = { deductible: 600, rates: [{ upTo: 50000, rate: 0.6 }, { upTo: null, rate: 0.7 }], fundCap: 200000 };

/** mulberry32: a small seeded generator. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(20261206);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const chance = (p: number) => rnd() < p;
const money = (min: number, max: number) => Math.round((min + (max - min) * rnd() ** 3) * 100) / 100;
const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, fromMonth = 1, toMonth = 12) => `${year}-${pad(fromMonth + Math.floor(rnd() * (toMonth - fromMonth + 1)))}-${pad(1 + Math.floor(rnd() * 28))}`;

type Json = Record<string, unknown>;

/** An event of a benefit with every detail field it might take; the CLI's refusals prune the ones it does not. */
function event(benefit: string, date: string): Json {
  const e: Json = { benefit, date };
  const level = pick([1, 2, 3]);
  if (benefit !== 'maternity' && benefit !== 'minor-accident') e.hospitalLevel = level;
  if (level === 1 && chance(0.3) && 'hospitalLevel' in e) e.facility = pick(['grassroots', 'no-essential-drugs']);
  if (benefit !== 'maternity' && chance(0.25)) e.away = pick(AWAY);
  if (benefit === 'outpatient-chronic') {
    e.chronicClass = pick(['A', 'B']);
    if (chance(0.3)) e.chronicDisease = pick([1, 2]);
    if (chance(0.2)) e.chronicItem = 'dialysis-or-transplant';
    e.chronicGroup = pick(GROUPS);
  }
  if (benefit === 'maternity') e.maternityEvent = pick(MATERNITY);
  const total = benefit === 'inpatient' ? money(300, 700000) : money(50, 60000);
  e.totalCost = total;
  if (chance(0.5)) e.outOfScope = Math.round(total * 0.15 * rnd() * 100) / 100;
  if (chance(0.4)) e.selfPayFirst = Math.round(total * 0.08 * rnd() * 100) / 100;
  return e;
}

function claim(): Json {
  const scheme = pick(['employee', 'resident'] as const);
  // Most dates where rules are known (2024 on); the rest anywhere in 2018–2028, gaps included.
  const year = chance(0.7) ? 2024 + Math.floor(rnd() * 4) : 2018 + Math.floor(rnd() * 11);
  const date = day(year, 4, 12);
  const current = event(pick(BENEFITS), date);
  const c: Json = { city: pick(CITIES), scheme, member: pick(MEMBERS[scheme]), ...current };
  if (current.benefit === 'inpatient' && chance(0.5)) delete c.benefit;
  const earlier = chance(0.4) ? Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => event(pick(BENEFITS), day(year, 1, 3))) : [];
  if (current.benefit === 'inpatient') c.admission = 1 + earlier.filter((e) => e.benefit === 'inpatient').length + (earlier.length === 0 && chance(0.2) ? 1 : 0);
  if (earlier.length) c.earlier = earlier;
  if (scheme === 'resident' && chance(0.3)) c.continuousYears = Math.floor(rnd() * 12);
  if (scheme === 'resident' && chance(0.3)) c.noClaimLastYear = chance(0.5);
  if (chance(0.05)) c.overrides = [{ path: `${c.city}/${scheme}/inpatient/repeat`, value: [{ from: 2, factor: 0.5 }] }];
  return c;
}

/** The fields a refusal asks to delete, by their names in its message (e.g. “医院等级（hospitalLevel）不适用于…”). */
function toDelete(message: string): string[] {
  return [...message.matchAll(/(?:（([A-Za-z]+)）|\b([A-Za-z]+))不适用于/g)].map((m) => m[1] ?? m[2]!);
}

function dropFrom(input: Json, path: (string | number)[], field: string) {
  let at: unknown = input;
  for (const key of path) at = (at as Record<string | number, unknown>)[key];
  if (at && typeof at === 'object') delete (at as Json)[field];
}

/** The claim as refused or estimated, after pruning the fields the CLI says its benefit does not take and filling in unknown inpatient values. */
function settle(input: Json): { input: Json; answer: ReturnType<typeof answerClaim> } {
  for (let attempt = 0; ; attempt++) {
    const answer = answerClaim(JSON.stringify(input));
    if (attempt === 6 || answer.exitCode === 0) return { input, answer };
    const error = (JSON.parse(answer.output) as { error: { code: string; message: string; problems?: string[] } }).error;
    if (error.code === 'unknown-parameter' && (input.benefit ?? 'inpatient') === 'inpatient' && !input.overrides) {
      input.overrides = FILL_IN;
      continue;
    }
    const problems = error.problems ?? [error.message];
    let pruned = false;
    for (const p of problems) {
      const where = /^earlier\.(\d+)/.exec(p);
      for (const field of toDelete(p)) {
        dropFrom(input, where ? ['earlier', Number(where[1])] : [], field);
        pruned = true;
      }
    }
    if (!pruned) return { input, answer };
  }
}

function contributionInput(): Json {
  const scheme = pick(['employee', 'resident'] as const);
  const member = pick(MEMBERS[scheme]);
  const input: Json = { city: pick(CITIES), scheme, member, year: chance(0.7) ? 2024 + Math.floor(rnd() * 3) : 2017 + Math.floor(rnd() * 12) };
  if (member === 'working') {
    input.monthlyWage = money(2000, 40000);
    if (chance(0.5)) input.employer = pick(['enterprise', 'public-institution']);
  }
  if (scheme === 'employee' && chance(0.7)) input.age = 20 + Math.floor(rnd() * 60);
  if (member === 'flexible') {
    if (chance(0.6)) input.flexibleRate = pick([0.05, 0.08, 0.09, 0.1]);
    if (chance(0.6)) input.declaredBase = money(3000, 20000);
    if (chance(0.3)) input.averageWage = money(6000, 9000);
  }
  if (member === 'retired' && chance(0.3)) input.averagePension = money(2500, 4500);
  return input;
}

/** Each recorded input once, sorted, with the answer of its CLI. */
function replay(file: string): string[] {
  const lines = [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))].sort();
  return lines.map((line) => {
    const { cli, input } = JSON.parse(line) as { cli: 'estimate' | 'contribution'; input: string };
    const answer = cli === 'estimate' ? answerClaim(input) : answerContribution(input);
    return JSON.stringify({ cli, input, exitCode: answer.exitCode, output: answer.output });
  });
}

function generated(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const { input, answer } = settle(claim());
    out.push(JSON.stringify({ cli: 'estimate', input, exitCode: answer.exitCode, output: answer.output }));
  }
  for (let i = 0; i < Math.ceil(count / 4); i++) {
    const input = contributionInput();
    const answer = answerContribution(JSON.stringify(input));
    out.push(JSON.stringify({ cli: 'contribution', input, exitCode: answer.exitCode, output: answer.output }));
  }
  return out;
}

const lines = process.argv[2] === '--replay' ? replay(process.argv[3]!) : generated(Number(process.argv[2] ?? 5000));
process.stdout.write(`${lines.join('\n')}\n`);
