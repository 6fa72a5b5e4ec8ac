'use client';

import { useState, type ReactNode } from 'react';

/**
 * “试算：修改政策参数”: every parameter of the version in force, each one editable, and the result
 * under the rules without edits beside the result under the edits. Collapsed until the person opens it; its
 * content (`body`, null until the runtime is here) is built and rendered only while open, so typing a
 * bill neither builds nor renders dozens of rows.
 */
export function WhatIfEditor({ edited, body }: { edited: number; body: (() => ReactNode) | null }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-10 rounded-lg border-2 border-gray-800 print:hidden" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="flex min-h-12 cursor-pointer items-center px-4 text-xl font-bold">
        试算：修改政策参数{edited > 0 && `（已修改 ${edited} 项）`}
      </summary>
      {open && (
        <div className="border-t-2 border-gray-800 p-4">
          <p>
            您可以修改下面任何一个参数，或填写来源未给出的参数（例如照结算单填写分段支付比例，或试算新公布的标准），
            结果会按所用规则（修改前的数值）和按您的修改并排显示。修改过的数值在各处都标为“已修改”。这些修改只在您的浏览器内使用。
          </p>
          {body ? body() : <p className="mt-3">正在准备计算规则……</p>}
        </div>
      )}
    </details>
  );
}
