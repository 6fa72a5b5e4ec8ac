import { lazilyWithUi } from '@/components/forms/lazy';
import type * as Runtime from './runtime';
import type * as Ui from './ui';

export type EstimatorUi = typeof Ui;

export const loadRuntime = lazilyWithUi<typeof Runtime, EstimatorUi>(
  () => import('./runtime'),
  () => import('./ui'),
);
