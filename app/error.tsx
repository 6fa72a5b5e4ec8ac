'use client';

import { ErrorScreen } from '@/components/ErrorScreen';

/** A page that throws while rendering: the root layout (the footer) stays, the page's part says what to do. */
export default function PageError() {
  return <ErrorScreen />;
}
