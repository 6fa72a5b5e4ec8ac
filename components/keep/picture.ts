import { AMOUNT } from '@/components/ui/text-parts';
import { formatYuan } from '@/components/ui/format';
import { KEEPSAKE_DISCLAIMER, type Keepsake } from './keepsake';

/**
 * The keepsake drawn on a canvas in the browser and exported as a PNG data: URL, for an <img> a
 * WeChat user can long-press to save and a desktop can download. No server and no request: the
 * page's own fonts, nothing fetched. Loaded with import() only when 保存图片 is pressed.
 */

/** The picture's width in CSS pixels; drawn at twice that for a phone's screen. */
const WIDTH = 720;
const SCALE = 2;
const PAD = 36;
const INNER = WIDTH - 2 * PAD;

const COLORS = { ink: '#111827', grey: '#374151', band: '#f3f4f6', head: '#1e3a8a', warn: '#b45309', change: '#1e40af', rule: '#d1d5db' };

/** What may not start a line (Chinese closing punctuation): kept with the token before it. */
const NO_LINE_START = /^[，。；：、）》」』”’！？%,.;:)]$/;

/** An amount, or a run of Latin letters, digits and URL characters (a date, a 文号's digits, the address): never split. */
const UNBREAKABLE = new RegExp(`${AMOUNT.source}|[A-Za-z0-9:/._%?=&#+-]+`, 'g');

/** The text as the pieces a line may break between: every CJK character, each amount and Latin run whole, closing punctuation kept with what it closes. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let at = 0;
  const push = (piece: string) => {
    if (units.length && NO_LINE_START.test(piece)) units[units.length - 1] += piece;
    else units.push(piece);
  };
  for (const match of text.matchAll(UNBREAKABLE)) {
    for (const ch of text.slice(at, match.index)) push(ch);
    push(match[0]);
    at = match.index + match[0].length;
  }
  for (const ch of text.slice(at)) push(ch);
  return units;
}

/** Greedy lines of at most `width`, measured by the canvas; only a piece wider than a whole line (a very long address) is split. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const unit of breakUnits(text)) {
    if (line === '' && unit.trim() === '') continue;
    if (measure(line + unit) <= width) {
      line += unit;
      continue;
    }
    if (line) breakLine();
    if (unit.trim() === '') continue;
    if (measure(unit) <= width) {
      line = unit;
      continue;
    }
    for (const ch of unit) {
      if (line && measure(line + ch) > width) breakLine();
      line += ch;
    }
  }
  if (line) breakLine();
  return lines;
}

type Font = { size: number; weight?: 400 | 600 | 700 };

/** One thing to draw, with its height: laid out once to size the canvas, then drawn. */
type Block = { height: number; draw: (ctx: CanvasRenderingContext2D, y: number) => void };

function fontOf(family: string, { size, weight = 400 }: Font): string {
  return `${weight} ${size}px ${family}`;
}

function layout(ctx: CanvasRenderingContext2D, family: string, k: Keepsake): Block[] {
  const set = (font: Font) => (ctx.font = fontOf(family, font));
  const lineHeight = (font: Font) => Math.round(font.size * 1.5);
  /** A paragraph at `indent`, with an optional bar on its left. */
  const paragraph = (text: string, font: Font, color: string, indent = 0, gap = 8): Block => {
    set(font);
    const lines = wrapText(text, INNER - indent, (s) => ctx.measureText(s).width);
    const lh = lineHeight(font);
    return {
      height: lines.length * lh + gap,
      draw: (c, y) => {
        c.font = fontOf(family, font);
        c.fillStyle = color;
        lines.forEach((line, i) => c.fillText(line, PAD + indent, y + i * lh + font.size));
      },
    };
  };
  const barred = (blocks: Block[], color: string): Block => {
    const height = blocks.reduce((h, b) => h + b.height, 0);
    return {
      height: height + 8,
      draw: (c, y) => {
        c.fillStyle = color;
        c.fillRect(PAD, y, 6, height - 8);
        let at = y;
        for (const b of blocks) {
          b.draw(c, at);
          at += b.height;
        }
      },
    };
  };
  const space = (height: number): Block => ({ height, draw: () => {} });

  const head: Block = {
    height: 96,
    draw: (c, y) => {
      c.fillStyle = COLORS.head;
      c.fillRect(0, y, WIDTH, 72);
      c.fillStyle = '#ffffff';
      c.font = fontOf(family, { size: 30, weight: 700 });
      c.fillText(k.title, PAD, y + 47);
      c.font = fontOf(family, { size: 20 });
      const note = KEEPSAKE_DISCLAIMER;
      c.fillText(note, WIDTH - PAD - c.measureText(note).width, y + 45);
    },
  };
  const figures = k.figures.map((f, i): Block => {
    const lead = i === 0;
    const label: Font = { size: lead ? 26 : 22, weight: lead ? 700 : 400 };
    const amount: Font = { size: lead ? 40 : 26, weight: lead ? 700 : 600 };
    const height = lead ? 76 : 44;
    return {
      height,
      draw: (c, y) => {
        if (lead) {
          c.fillStyle = COLORS.band;
          c.fillRect(PAD - 12, y, INNER + 24, height - 8);
        }
        const base = y + (lead ? 50 : 30);
        c.fillStyle = COLORS.ink;
        c.font = fontOf(family, label);
        c.fillText(f.label, PAD, base);
        c.font = fontOf(family, amount);
        const text = formatYuan(f.amount);
        c.fillText(text, PAD + INNER - c.measureText(text).width, base);
      },
    };
  });
  const body: Font = { size: 22 };
  return [
    head,
    paragraph(k.sentence, { size: 30, weight: 700 }, COLORS.ink, 0, 20),
    ...figures,
    ...(figures.length ? [space(12)] : []),
    ...k.facts.map((f) => paragraph(f, body, COLORS.grey, 0, 6)),
    space(12),
    ...(k.assumptions.length
      ? [barred([paragraph('请注意', { size: 22, weight: 700 }, COLORS.warn, 18, 4), ...k.assumptions.map((a) => paragraph(a, { size: 22, weight: 600 }, COLORS.ink, 18, 4))], COLORS.warn)]
      : []),
    ...(k.change ? [barred([paragraph(k.change, body, COLORS.ink, 18, 4)], COLORS.change)] : []),
    paragraph(`所用规定：${k.rules}`, { size: 20 }, COLORS.grey, 0, 16),
    {
      height: 2 + 16,
      draw: (c, y) => {
        c.fillStyle = COLORS.rule;
        c.fillRect(PAD, y, INNER, 2);
      },
    },
    paragraph(KEEPSAKE_DISCLAIMER, { size: 24, weight: 700 }, COLORS.ink, 0, 4),
    paragraph(k.address, { size: 20 }, COLORS.grey, 0, PAD),
  ];
}

/** The keepsake as a PNG data: URL, with its size in CSS pixels. */
export function drawKeepsake(k: Keepsake): { url: string; width: number; height: number } {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('这个浏览器不能生成图片。');
  const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  const blocks = layout(ctx, family, k);
  const height = blocks.reduce((h, b) => h + b.height, 0);
  canvas.width = WIDTH * SCALE;
  canvas.height = height * SCALE;
  // Resizing the canvas reset its state: scale, background, then the blocks top to bottom.
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.textBaseline = 'alphabetic';
  let y = 0;
  for (const b of blocks) {
    b.draw(ctx, y);
    y += b.height;
  }
  return { url: canvas.toDataURL('image/png'), width: WIDTH, height };
}
