import { lazilyWithUi } from '@/components/forms/lazy';
import type * as Runtime from './runtime';
import type * as Ui from './ui';

export type ContributionUi = typeof Ui;

export const loadContributionRuntime = lazilyWithUi<typeof Runtime, ContributionUi>(
  () => import('./runtime'),
  () => import('./ui'),
);
