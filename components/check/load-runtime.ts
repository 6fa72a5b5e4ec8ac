import { lazily } from '@/components/forms/lazy';
import type * as Runtime from './runtime';

export type CheckRuntime = typeof Runtime;

export const loadCheckRuntime = lazily<CheckRuntime>(() => import('./runtime'));
