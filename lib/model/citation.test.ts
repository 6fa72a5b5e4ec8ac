import { describe, expect, it } from 'vitest';
import { JINAN_2019 } from '../rules/jinan/documents';
import { SHANDONG_EMPLOYEE_DRAFT } from '../rules/shandong';
import { WEIHAI_2023_38, WEIHAI_2023_56 } from '../rules/weihai/documents';
import { YANTAI_EMPLOYEE_2017 } from '../rules/yantai/documents';
import { citationText, spokenCitation } from './citation';

describe('citations read in a sentence', () => {
  it('name a numbered notice by its lead issuer, year and number, and its outline in words', () => {
    expect(spokenCitation(WEIHAI_2023_56, '二（一）')).toBe('威海市医保局 2023 年第 56 号文件第二部分第（一）项');
    expect(spokenCitation(WEIHAI_2023_56, '二（二）1')).toBe('威海市医保局 2023 年第 56 号文件第二部分第（二）项第 1 点');
    expect(spokenCitation(WEIHAI_2023_56, '一')).toBe('威海市医保局 2023 年第 56 号文件第一部分');
    expect(spokenCitation(WEIHAI_2023_38, '一（一）')).toBe('威海市医保局 2023 年第 38 号文件第一部分第（一）项');
    expect(spokenCitation(WEIHAI_2023_56)).toBe('威海市医保局 2023 年第 56 号文件');
  });

  it('name a text without a numbered 文号 by its title, with the issuer where the title does not name the place', () => {
    expect(spokenCitation(YANTAI_EMPLOYEE_2017, '第七条（三）、第十三条')).toBe('《烟台市职工基本医疗保险实施办法》第七条第（三）项、第十三条');
    expect(spokenCitation(SHANDONG_EMPLOYEE_DRAFT, '三（二）')).toBe('《山东省职工基本医疗保险省级统筹实施意见（征求意见稿）》第三部分第（二）项');
    expect(spokenCitation(JINAN_2019, '四（二）')).toBe('济南市人民政府办公厅《关于基本医疗保险市级统筹的实施意见》第四部分第（二）项');
  });

  it('leave the reference as printed, 文号 and all', () => {
    expect(citationText(WEIHAI_2023_56, '二（一）')).toBe('威医保发〔2023〕56号《关于做好职工基本医疗保险省级统筹落实工作的通知》二（一）');
  });

  it('name a draft for comment as one, never as a report or an official text', () => {
    expect(SHANDONG_EMPLOYEE_DRAFT.level).toBe('draft');
    expect(citationText(SHANDONG_EMPLOYEE_DRAFT, '三（二）')).toBe('《山东省职工基本医疗保险省级统筹实施意见（征求意见稿）》三（二）');
    expect(citationText({ ...SHANDONG_EMPLOYEE_DRAFT, title: '某省实施意见' }, '一')).toBe('《某省实施意见（征求意见稿）》一');
  });
});
