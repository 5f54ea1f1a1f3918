// The app's one API client, typed by the contract registry (electron/contract/methods.ts, events.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import { eventSchemas } from '../../electron/contract/events.ts';
import { methods } from '../../electron/contract/methods.ts';
import { ApiCallError, createApiClient, type EventOf, type InputOf, type OutputOf } from './client.ts';
import { detectTransport } from './transport.ts';

export type Methods = typeof methods;
export type MethodName = keyof Methods & string;
export type Input<M extends MethodName> = InputOf<Methods, M>;
export type Output<M extends MethodName> = OutputOf<Methods, M>;
export type ApiEvent = EventOf<typeof eventSchemas>;

export const api = createApiClient(methods, eventSchemas, detectTransport());
export { ApiCallError };

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): Promise<void>;
}

/** Loads once per change of `key`, keeps the last data while reloading (no flicker in lists). */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const value = await loadRef.current();
      // A slower earlier request must not overwrite a newer answer.
      if (mine === generation.current) { setData(value); setError(undefined); }
    } catch (caught) {
      if (mine === generation.current) setError(caught as Error);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);
  useEffect(() => { void reload(); }, [key, reload]);
  return { data, error, loading, reload };
}

/** Runs `listener` for every server event while the component is mounted. */
export function useApiEvents(listener: (event: ApiEvent) => void): void {
  const ref = useRef(listener);
  ref.current = listener;
  useEffect(() => api.on((event) => ref.current(event)), []);
}
