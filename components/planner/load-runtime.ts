import { lazily } from '@/components/lazy';
import type * as Runtime from './runtime';

export type PlannerRuntime = typeof Runtime;

export const loadPlannerRuntime = lazily<PlannerRuntime>(() => import('./runtime'));
