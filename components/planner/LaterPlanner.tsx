'use client';

import { hydrateLater } from '@/components/forms/hydrate-later';

export const Planner = hydrateLater(() => import('./Planner').then((m) => m.Planner));
