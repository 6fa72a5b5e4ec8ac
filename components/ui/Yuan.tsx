import { Fragment } from 'react';
import { formatYuan } from './format';

/**
 * An amount in large type. When it must wrap (large text on a narrow phone) it wraps after a
 * thousands comma, "¥24," then "340.39", never inside a group, where "¥7,150.0" and "0" on the
 * next line could be read as another amount.
 */
export function Yuan({ amount }: { amount: string }) {
  const groups = formatYuan(amount).split(',');
  return (
    <span className="[overflow-wrap:normal]">
      {groups.map((group, i) => (
        <Fragment key={i}>
          {i < groups.length - 1 ? `${group},` : group}
          {i < groups.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
