'use client';

import { hydrateLater } from '@/components/forms/hydrate-later';

export const Estimator = hydrateLater(() => import('./Estimator').then((m) => m.Estimator));
