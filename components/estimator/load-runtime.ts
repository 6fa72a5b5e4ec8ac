import type * as Runtime from './runtime';

export type EstimatorRuntime = typeof Runtime;

let loading: Promise<EstimatorRuntime> | null = null;

/** The engine, the rule data and the form schema, fetched once (a separate chunk) and shared. */
export function loadRuntime(): Promise<EstimatorRuntime> {
  loading ??= import('./runtime').catch((error: unknown) => {
    loading = null; // a failed fetch may succeed on the next try
    throw error;
  });
  return loading;
}
