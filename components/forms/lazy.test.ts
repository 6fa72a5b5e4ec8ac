import { describe, expect, it } from 'vitest';
import { lazilyWithUi } from './lazy';

describe('a page’s runtime loaded in steps', () => {
  it('runs what the runtime asks to have ready after it, in order, each in a task of its own, before the parts', async () => {
    const log: string[] = [];
    // A step that schedules a task: it runs before the next step only if the steps are tasks apart.
    const step = (name: string) => () => {
      log.push(name);
      setTimeout(() => log.push(`after ${name}`), 0);
    };
    const load = lazilyWithUi(
      async () => (log.push('runtime'), { ready: ['a', 'b'] }),
      async () => (log.push('parts'), {}),
      (runtime) => runtime.ready.map(step),
    );
    const loaded = await load();
    expect(log).toEqual(['runtime', 'a', 'after a', 'b', 'after b', 'parts']);
    expect(loaded.ready).toEqual(['a', 'b']);
  });

  it('asks nothing ready by default', async () => {
    const log: string[] = [];
    await lazilyWithUi(
      async () => (log.push('runtime'), {}),
      async () => (log.push('parts'), {}),
    )();
    expect(log).toEqual(['runtime', 'parts']);
  });
});
