import { lazily } from '@/components/forms/lazy';
import type * as Runtime from './runtime';

export type ContributionRuntime = typeof Runtime;

export const loadContributionRuntime = lazily<ContributionRuntime>(() => import('./runtime'));
