import type { Locator } from '@playwright/test';

/**
 * Waits until React has hydrated the element. Before that, typing can be lost and clicks on
 * client components do nothing; in production this takes milliseconds, under `next dev` (which
 * compiles on demand) it can take seconds. React marks hydrated DOM nodes with its props key.
 */
export async function hydrated(locator: Locator): Promise<void> {
  await locator.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const check = () =>
          Object.keys(el).some((k) => k.startsWith('__reactProps$')) ? resolve() : setTimeout(check, 50);
        check();
      }),
  );
}
