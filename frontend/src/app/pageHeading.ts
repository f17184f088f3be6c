import { useEffect, type RefObject } from 'react';

/**
 * The page's h1 names the browser tab ("Quan hệ hợp tác · Đối ngoại tỉnh"), and after a navigation it takes the focus,
 * so that a screen reader starts reading the new page at its heading. Watched, because a page's heading appears
 * once its record has loaded.
 */
export const usePageHeading = (main: RefObject<HTMLElement | null>, path: string, appName: string) => {
  useEffect(() => {
    const root = main.current;
    if (!root) return undefined;
    let focused = false;
    const apply = () => {
      const h1 = root.querySelector('h1');
      const text = h1?.textContent?.trim();
      const title = text ? `${text} · ${appName}` : appName;
      if (document.title !== title) document.title = title;
      if (h1 && !focused) {
        focused = true;
        h1.setAttribute('tabindex', '-1');
        h1.focus({ preventScroll: true });
      }
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [main, path, appName]);
};
