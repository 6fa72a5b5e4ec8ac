'use client';

import { hydrateLater } from '@/components/forms/hydrate-later';

export const Compare = hydrateLater(() => import('./Compare').then((m) => m.Compare));
