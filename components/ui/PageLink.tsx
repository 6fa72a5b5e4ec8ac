import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to another of the site's pages, not prefetched: Next.js would otherwise fetch every page linked
 * in view while this one loads (over a dozen on the estimator), main-thread work and a phone's data spent
 * on pages seldom opened. A click still navigates without reloading the app.
 */
export function PageLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
