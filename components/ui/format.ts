const CNY = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

/**
 * "1234.5" → "¥1,234.50". Takes the engine's decimal string: Intl formats a numeric string
 * exactly, so no float ever touches the amount.
 */
export function formatYuan(amount: string): string {
  return CNY.format(amount as Intl.StringNumericLiteral);
}
