import { lazily } from '@/components/forms/lazy';
import type * as Runtime from './runtime';

export type PlannerRuntime = typeof Runtime;

export const loadPlannerRuntime = lazily<PlannerRuntime>(() => import('./runtime'));
