import { readFileSync, writeFileSync } from 'node:fs';
import { answerClaim } from '../lib/cli';
const [, , input, output] = process.argv;
const lines = readFileSync(input!, 'utf8').split('\n').filter(Boolean);
writeFileSync(output!, lines.map((l) => JSON.stringify(answerClaim(l))).join('\n') + '\n');
console.log(lines.length);
