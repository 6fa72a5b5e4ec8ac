'use client';

import { Activity, lazy, type ComponentType } from 'react';

/**
 * A page's form, fetched after the page's first JavaScript and hydrated on its own once it arrives:
 * react-hook-form, the fields and the form's hooks stay out of first-load JS. An Activity boundary, not
 * Suspense: on the server the form suspends the page's whole render, so the HTML has it in place (a large
 * Suspense boundary would be sent apart and shown by an inline script, after a delay and never without
 * JavaScript); in the browser, what suspends while hydrating under an Activity keeps the server's HTML, which
 * takes typing and choices before its script arrives. Hydration leaves what was typed in the fields, and
 * the form reads it back as it registers them (runtime-form.ts, withDefaults).
 */
export function hydrateLater<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Form = lazy(() => load().then((component) => ({ default: component })));
  function HydratedLater(props: P) {
    return (
      <Activity>
        <Form {...props} />
      </Activity>
    );
  }
  return HydratedLater;
}
