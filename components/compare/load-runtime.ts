import { lazilyWithUi } from '@/components/forms/lazy';
import type * as Runtime from './runtime';
import type * as Ui from './ui';

export type CompareUi = typeof Ui;

export const loadCompareRuntime = lazilyWithUi<typeof Runtime, CompareUi>(
  () => import('./runtime'),
  () => import('./ui'),
  (runtime) => runtime.buildBooks,
);
