import type { ComponentProps } from 'react';

/**
 * A link to another of the site's pages: a plain anchor, server output with no client code. next/link
 * brought its router glue (3 KB gz) into every page's first JavaScript and ran its component for every link, for a
 * client-side navigation the pages do not need: each is a static page whose scripts come from the cache,
 * and what a page hands over to the next goes in this tab's storage (forms/saved-state.ts), not in memory.
 */
export function PageLink(props: ComponentProps<'a'> & { href: string }) {
  return <a {...props} />;
}
