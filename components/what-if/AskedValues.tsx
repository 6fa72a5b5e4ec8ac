import { repeated } from '@/components/ui/once';
import { Prose } from '@/components/ui/Yuan';
import type { AskedValue } from './asked';
import { EditInputs } from './EditInputs';
import type { Edit } from './edits';

/** Inputs for the basic values no source gives, each with the plain reason it is asked and where to find it. */
export function AskedValues({ asked, onChange }: { asked: AskedValue[]; onChange: (key: string, edit: Edit) => void }) {
  if (asked.length === 0) return null;
  // A reason several share (济南居民's missing table) is said once, above them.
  const shared = repeated(asked.map((a) => a.note));
  return (
    <section aria-labelledby="missing-title" className="rounded-lg border-2 border-dashed border-amber-700 bg-amber-50 p-4 print:hidden">
      <h2 id="missing-title" className="text-xl font-bold">
        需要您补充的数值
      </h2>
      <p className="mt-1">现有的政策来源没有给出以下数值。请照结算单填写，或向当地医保部门询问后填写；填好后即可计算。</p>
      {shared.map((n) => (
        <p key={n} className="mt-2 text-base">
          <Prose text={n} />
        </p>
      ))}
      <div className="mt-4 space-y-6">
        {asked.map((a) => (
          <EditInputs
            key={a.key}
            idPrefix={`asked-${a.key}`}
            edit={a.edit}
            issues={a.issues}
            onChange={(edit) => onChange(a.key, edit)}
            label={a.label}
            hint={shared.includes(a.note) ? undefined : <Prose text={a.note} />}
          />
        ))}
      </div>
    </section>
  );
}
