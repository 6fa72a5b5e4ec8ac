'use client';

import { useEffect } from 'react';

/**
 * Opens what a #fragment points to when it is folded: the <details> around the target, and the
 * target's own fold (a version's). Without it a link from the contents or from an estimate would land
 * on a closed version. Runs on arrival, on the back and forward buttons, and on a click of a link to a
 * fragment already in the address, which fires no hashchange.
 */
export function OpenTarget() {
  useEffect(() => {
    const open = (hash: string) => {
      const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
      if (!target) return;
      const own = target.querySelector(':scope > details');
      for (let d: Element | null = own ?? target; d; d = d.parentElement) if (d instanceof HTMLDetailsElement) d.open = true;
      target.scrollIntoView();
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link && link.origin === location.origin && link.pathname === location.pathname && link.hash) open(link.hash);
    };
    const onHash = () => open(location.hash);
    onHash();
    window.addEventListener('hashchange', onHash);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('hashchange', onHash);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return null;
}
