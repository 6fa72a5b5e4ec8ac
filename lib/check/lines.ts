/**
 * The lines of a 住院结算单 under their own names and in plain words. Nothing here computes: the
 * page's form names its fields from these in its first JavaScript, with neither the rules nor decimal.js.
 */

/** The slip's lines in the order slips print them. */
export const SLIP_LINES = [
  'total',
  'outOfScope',
  'overLimit',
  'selfPayFirst',
  'eligible',
  'deductible',
  'fund',
  'supplement',
  'assistance',
  'personal',
  'account',
  'cash',
] as const;
export type SlipLine = (typeof SLIP_LINES)[number];

/** What slips call each line. */
export const SLIP_NAMES: Record<SlipLine, string> = {
  total: '医疗费总额',
  outOfScope: '全自费',
  overLimit: '超限价自费',
  selfPayFirst: '先行自付',
  eligible: '符合政策范围金额',
  deductible: '实际支付起付线',
  fund: '统筹基金支付',
  supplement: '大病保险 / 大额补助',
  assistance: '医疗救助',
  personal: '个人负担',
  account: '个人账户支付',
  cash: '现金支付',
};

/** Each line in plain words: what it is, for a person who has never read a slip. */
export const SLIP_MEANINGS: Record<SlipLine, string> = {
  total: '这次住院发生的全部医疗费用，下面各项都从这里分出来。',
  outOfScope: '医保目录以外的药品、检查和治疗，医保不报销，全部由您自己付。',
  overLimit: '价格超过医保支付标准（限价）的部分，超出的钱由您自己付；和全自费一样，不属于政策范围内费用。',
  selfPayFirst: '乙类药品、部分高值耗材和大型设备检查等，医保报销前先由您按比例付的一部分。',
  eligible: '医保按比例报销的费用，也叫政策范围内费用：医疗费总额 − 全自费 − 超限价自费 − 先行自付。',
  deductible: '政策范围内费用中先由您自己付的一段；超过起付线的部分，统筹基金才按比例报销。',
  fund: '基本医疗保险统筹基金按比例报销的金额，直接从住院费用中扣除。',
  supplement: '基本医保报销以后，个人负担较重的部分再由补充保障报销：职工医保叫大额补助或大额救助，居民医保叫大病保险。',
  assistance: '低保、特困等困难群众由医疗救助再报销的部分。本页不计算医疗救助，只用于核对各项加起来是否等于总额。',
  personal: '各项报销以后由您自己承担的全部费用，包括全自费、超限价自费、先行自付、起付线和按比例自付的部分。',
  account: '个人负担中用医保个人账户（医保卡或医保码里的钱）支付的部分。',
  cash: '个人负担中用现金、微信、支付宝或银行卡支付的部分。',
};
