import { useEffect, useState } from 'preact/hooks';
import { askBackground } from './messaging';

/** Whether the background could not load the bundled pack (missing or unreadable file). */
export function useBundledPackMissing(): boolean {
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    // A background that does not answer is another problem, said elsewhere: only a definite
    // "no bundled pack" shows the notice.
    Promise.resolve(askBackground('db:info', {}))
      .then((reply) => setMissing(Boolean(reply?.ok && reply.value?.bundled === null)))
      .catch(() => undefined);
  }, []);
  return missing;
}
