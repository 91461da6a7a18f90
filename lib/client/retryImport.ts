/**
 * Retries a lazy import (a code-split chunk) that failed, typically because the server was
 * restarting at that moment. After the last attempt the error propagates, and the page's error
 * boundary (components/recovery) reloads the page once the server is back.
 */
export async function retryImport<T>(load: () => Promise<T>, attempts = 6, firstDelayMs = 1_000): Promise<T> {
  let delay = firstDelayMs;
  for (let i = 1; ; i++) {
    try {
      return await load();
    } catch (err) {
      if (i >= attempts) throw err;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  }
}
