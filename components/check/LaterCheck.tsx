'use client';

import { hydrateLater } from '@/components/forms/hydrate-later';

export const Check = hydrateLater(() => import('./Check').then((m) => m.Check));
