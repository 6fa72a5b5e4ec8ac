import { lazily } from '@/components/forms/lazy';
import type * as Runtime from './runtime';

export type EstimatorRuntime = typeof Runtime;

export const loadRuntime = lazily<EstimatorRuntime>(() => import('./runtime'));
