/**
 * Which forms hold unsaved changes. A dirty form registers itself with the app (switching page, reloading
 * or closing the window asks first) and with the drawers around it (closing the drawer asks first).
 */
import { createContext, useContext, useEffect } from 'react';
import { confirmDiscard } from './confirm';

type Scope = Set<object>;
const app: Scope = new Set();
export const GuardScope = createContext<readonly Scope[]>([]);

export function useDirty(dirty: boolean) {
  const scopes = useContext(GuardScope);
  useEffect(() => {
    if (!dirty) return;
    const token = {};
    const all = [app, ...scopes];
    all.forEach((s) => s.add(token));
    return () => all.forEach((s) => s.delete(token));
  }, [dirty, scopes]);
}

export const hasDirty = (scope: Scope = app) => scope.size > 0;

/** Before leaving a page or tab: true when nothing is unsaved or the user chose to discard it. */
export const confirmLeave = async (scope: Scope = app): Promise<boolean> => !hasDirty(scope) || confirmDiscard();

// A reload or closing the tab/window with unsaved input: the browser (or the desktop shell) asks first.
window.addEventListener('beforeunload', (e) => {
  if (hasDirty()) e.preventDefault();
});
