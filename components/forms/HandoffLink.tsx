'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { PageLink } from '@/components/ui/PageLink';
import { writeHandoff } from './saved-state';

/**
 * A link from one page's form to another's that takes the case along: its address carries the choices (as
 * a share link without amounts does), and following it hands the amounts over in this tab's storage, in the
 * other page's saved format (saved-state.ts, writeHandoff), never in the address. The page with the form
 * provides the handoff; a link anywhere inside it follows it, or goes to `href` until there is one.
 */

export interface Handoff {
  /** The other page's address with the choices. */
  href: string;
  /** The other page's key for its saved state. */
  key: string;
  values: unknown;
  extra: unknown;
}

const HandoffContext = createContext<Handoff | null>(null);

export function HandoffProvider({ handoff, children }: { handoff: Handoff | null; children: ReactNode }) {
  return <HandoffContext.Provider value={handoff}>{children}</HandoffContext.Provider>;
}

export function HandoffLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const handoff = useContext(HandoffContext);
  return (
    <PageLink
      href={handoff?.href ?? href}
      className={className}
      onClick={(e) => {
        // A new tab or window starts its own storage: the case goes along only where this tab follows the link.
        const elsewhere = e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;
        if (handoff && !elsewhere) writeHandoff(handoff.key, { address: handoff.href.split('#')[0]!, values: handoff.values, extra: handoff.extra });
      }}
    >
      {children}
    </PageLink>
  );
}
