import { useSyncExternalStore } from 'react';

/** The login token, kept in localStorage so that a reload keeps the user logged in until it expires. */
const KEY = 'diplomacy.session';

export type Session = { token: string; expiresAt: string };

type Listener = () => void;
const listeners = new Set<Listener>();

const read = (): Session | null => {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return new Date(session.expiresAt).getTime() > Date.now() ? session : null;
  } catch {
    return null;
  }
};

let current: Session | null = read();

export const session = {
  get: (): Session | null => (current && new Date(current.expiresAt).getTime() > Date.now() ? current : null),
  token: (): string | null => session.get()?.token ?? null,
  set(next: Session | null) {
    current = next;
    if (next) localStorage.setItem(KEY, JSON.stringify(next));
    else localStorage.removeItem(KEY);
    listeners.forEach((l) => l());
  },
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export const useSession = () => useSyncExternalStore(session.subscribe, session.get, session.get);
