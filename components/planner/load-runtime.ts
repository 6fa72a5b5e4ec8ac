import { lazilyWithUi } from '@/components/forms/lazy';
import type * as Runtime from './runtime';
import type * as Ui from './ui';

export type PlannerUi = typeof Ui;

export const loadPlannerRuntime = lazilyWithUi<typeof Runtime, PlannerUi>(
  () => import('./runtime'),
  () => import('./ui'),
);
