import { lazily } from '@/components/forms/lazy';
import type * as Runtime from './runtime';

export type CompareRuntime = typeof Runtime;

export const loadCompareRuntime = lazily<CompareRuntime>(() => import('./runtime'));
