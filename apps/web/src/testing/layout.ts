// happy-dom lays nothing out; a virtualized table needs a viewport height to decide how many rows to render.
export const TEST_VIEWPORT_HEIGHT = 600;

/** Gives every element a viewport-sized client box; returns the undo. */
export function stubLayout(): () => void {
  const element = HTMLElement.prototype;
  const saved = Object.getOwnPropertyDescriptor(element, 'clientHeight');
  Object.defineProperty(element, 'clientHeight', { configurable: true, get: () => TEST_VIEWPORT_HEIGHT });
  return () => {
    if (saved) Object.defineProperty(element, 'clientHeight', saved);
    else delete (element as unknown as Record<string, unknown>).clientHeight;
  };
}
