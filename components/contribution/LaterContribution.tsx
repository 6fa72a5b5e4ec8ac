'use client';

import { hydrateLater } from '@/components/forms/hydrate-later';

export const ContributionEstimator = hydrateLater(() => import('./Contribution').then((m) => m.ContributionEstimator));
