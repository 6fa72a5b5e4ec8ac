import { WEIHAI_2023_56 as DOC } from '../documents';
import { each, official, unknown } from '../params';
import type { Version } from '../types';
import {
  EMPLOYEE_CLASSES,
  FLEXIBLE_AS_WORKING,
  GRADES,
  GRADE_IDS,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
} from './common';

/**
 * 威医保发〔2023〕56号 (2024-01-01 to 2028-12-31). Official, but the text keeps
 * the "original" segment rates without listing them: they are unknown and asked for.
 */

const RATES_UNKNOWN =
  '56号文二（一）规定按医院级别“按原支付比例实行分段累进制支付”，但没有列出各段的界限和比例，其他来源也没有可信的数字。' +
  '请向威海市医疗保障局或医保服务热线12393询问，或照住院结算单上的分段比例填写。';

export const weihaiEmployee2024: Version = {
  id: 'weihai-employee-2024',
  city: 'weihai',
  scheme: 'employee',
  title: '威海市职工基本医疗保险住院待遇（2024—2028年）',
  validFrom: '2024-01-01',
  validTo: '2028-12-31',
  level: 'official',
  documents: [DOC],
  classes: EMPLOYEE_CLASSES,
  members: {
    working: official('working', DOC, '二（一）'),
    retired: official('retired', DOC, '二（一）'),
    flexible: official('working', DOC, '一', FLEXIBLE_AS_WORKING.text),
  },
  grades: GRADES,
  deductible: each(['working', 'retired'], () =>
    each(GRADE_IDS, (g) => official({ '1': 400, '2': 700, '3': 900 }[g], DOC, '二（一）')),
  ),
  repeat: official(
    [
      { from: 2, factor: 0.5 },
      { from: 3, factor: 0 },
    ],
    DOC,
    '二（一）',
    '年度内第二次住院起付线减半，第三次住院起不设起付线。',
  ),
  segments: each(['working', 'retired'], () =>
    each(GRADE_IDS, () => unknown(RATES_UNKNOWN, [{ doc: DOC, at: '二（一）' }])),
  ),
  coverage: each(['working', 'retired'], () =>
    official(
      { kind: 'eligibleBand', amount: 240000 },
      DOC,
      '二（一）',
      '年度内政策范围内住院费用（含门诊慢特病费用）24万元以内的部分由统筹基金按比例支付。',
    ),
  ),
  layers: [
    {
      id: 'subsidy-a',
      name: '大额补助（24万元以上部分）',
      hint: '年度政策范围内住院费用超过24万元的部分，由职工大额医疗费用补助支付90%，年度最高40万元。',
      base: 'overCoverage',
      rule: official({ bands: [{ from: 0, to: null, rate: 0.9 }], annualMax: 400000 }, DOC, '二（二）2'),
    },
    {
      id: 'subsidy-b',
      name: '大额补助（个人负担部分）',
      hint: '24万元以内经统筹基金支付后的个人负担，年度累计1.8万元以上的部分按70%、80%、90%分段补助，年度最高50万元。',
      base: 'coveredBurden',
      rule: official(
        {
          bands: [
            { from: 18000, to: 100000, rate: 0.7 },
            { from: 100000, to: 300000, rate: 0.8 },
            { from: 300000, to: null, rate: 0.9 },
          ],
          annualMax: 500000,
        },
        DOC,
        '二（二）2',
      ),
    },
  ],
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    {
      id: 'weihai-band',
      title: '24万元是年度政策范围内费用的额度',
      text:
        '统筹基金承担本年度累计政策范围内住院费用24万元以内的部分（起付线也计入这24万元）。' +
        '累计超过24万元的部分由大额补助按90%支付，年度最高40万元。',
    },
    {
      id: 'weihai-part-b-base',
      title: '大额补助“个人负担”的范围',
      text:
        '二（二）2所称个人负担，指24万元以内的政策范围内费用经统筹基金支付后个人承担的部分（起付线和按比例自付的部分），按年度累计；' +
        '不含全自费、先行自付，也不含24万元以上部分由个人承担的10%。',
    },
    FLEXIBLE_AS_WORKING,
    {
      id: 'weihai-self-pay-first',
      title: '先行自付',
      text: '乙类药品个人先行自付不高于20%；单价1000元以上的高值耗材（集采中选除外）和大型设备检查治疗先行自付20%（二（三））。请按结算单填写先行自付金额。',
    },
    ROUNDING,
  ],
};
