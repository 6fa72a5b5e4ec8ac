/** What the result parts render: amounts already two-decimal strings, citations already in words. */

export interface SplitPart {
  key: 'fund' | 'supplements' | 'you';
  label: string;
  amount: string;
  /** Share of the total bill, one decimal, e.g. "72.5". */
  percent: string;
}

export interface StepView {
  label: string;
  amount: string;
  source: string;
  detail?: string;
  /** The step rests on a value the person supplied or edited. */
  edited?: true;
}
