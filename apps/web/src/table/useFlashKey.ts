// Detects that a mounted row's data changed, so that the row can play its "just changed" highlight.
import { useState } from 'react';

/**
 * Undefined until `version` changes after mount; then the new version, to be used as the row element's key so
 * that each change restarts the CSS animation. Rows scrolled into view mount quietly.
 */
export function useFlashKey(version: string): string | undefined {
  const [seen, setSeen] = useState({ version, flash: undefined as string | undefined });
  if (seen.version !== version) {
    // Adjusting state while rendering is React's way to react to a changed prop without an effect.
    setSeen({ version, flash: version });
    return version;
  }
  return seen.flash;
}
