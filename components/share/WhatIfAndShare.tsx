'use client';

import type { ShareLinks } from './ShareLinks';
import type { WhatIf } from '@/components/what-if/editor-view';
import type { Edit, Edits } from '@/components/what-if/edits';
import type { WhatIfBody } from '@/components/what-if/WhatIfBody';
import { WhatIfEditor } from '@/components/what-if/WhatIfEditor';

/** What a page's lazily loaded runtime offers the editor and the share links, whatever its form's values. */
export interface WhatIfRuntime<V> {
  edited(values: V, edits: Edits): number;
  whatIf(values: V, edits: Edits): WhatIf | null;
  shareLink(values: V, edits: Edits, withAmounts: boolean): string | null;
  ui: { WhatIfBody: typeof WhatIfBody; ShareLinks: typeof ShareLinks };
}

/** The words that differ from page to page. */
export interface WhatIfWords {
  /** What the comparison compares: "结果", "全年合计". */
  compared: string;
  /** What is still to be filled before there is anything to compare: "填写住院总费用后". */
  untilFilled: string;
  /** What the link with amounts carries besides the edited parameters: "金额". */
  amounts: string;
  /** The comparison table's caption, when not WhatIfBody's own. */
  caption?: string;
}

/**
 * The what-if editor and the share links below a page's result, the same on the estimator and the
 * planner: both built from the runtime once it is here.
 */
export function WhatIfAndShare<V>({
  runtime,
  values,
  getValues,
  edits,
  incomplete,
  onEdit,
  onReset,
  words,
}: {
  runtime: WhatIfRuntime<V> | null;
  values: V;
  /** The form's values as they are at the click (the share link), not as last rendered. */
  getValues: () => V;
  edits: Edits;
  /** The result is still waiting for the bill: say what to fill, not what to edit. */
  incomplete: boolean;
  onEdit: (key: string, edit: Edit) => void;
  onReset: (key: string) => void;
  words: WhatIfWords;
}) {
  const then = `这里会并排显示按所用规则（修改前的数值）和按您的修改计算的${words.compared}。`;
  return (
    <>
      <WhatIfEditor
        edited={runtime?.edited(values, edits) ?? 0}
        body={
          runtime &&
          (() => (
            <runtime.ui.WhatIfBody
              whatIf={runtime.whatIf(values, edits)}
              comparisonCaption={words.caption}
              comparisonHint={incomplete ? `${words.untilFilled}，${then}` : `修改下面任何一个参数后，${then}`}
              onEdit={onEdit}
              onReset={onReset}
            />
          ))
        }
      />
      {runtime && (
        <runtime.ui.ShareLinks
          makeLink={(withAmounts) => runtime.shareLink(getValues(), edits, withAmounts)}
          amountsNote={`含金额的链接把${words.amounts}和您修改的参数写在链接的“#”之后：浏览器不会把这部分发送给任何服务器，但收到链接的人都能看到。`}
        />
      )}
    </>
  );
}
