import { lazilyWithUi } from '@/components/forms/lazy';
import type * as Runtime from './runtime';
import type * as Ui from './ui';

export type CheckUi = typeof Ui;

export const loadCheckRuntime = lazilyWithUi<typeof Runtime, CheckUi>(
  () => import('./runtime'),
  () => import('./ui'),
);
