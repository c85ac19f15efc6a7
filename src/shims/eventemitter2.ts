type Listener = (...args: unknown[]) => unknown;

/**
 * The part of `eventemitter2` that json-rules-engine uses (`on`, `emit`,
 * `emitAsync`), for browser bundles. Alias `eventemitter2` to
 * `khuyencong/shims/eventemitter2` in your bundler to save about 5 KB gzipped.
 */
export class EventEmitter2 {
  private readonly listenersByEvent = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    const list = this.listenersByEvent.get(event) ?? [];
    list.push(listener);
    this.listenersByEvent.set(event, list);
    return this;
  }

  addListener(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  removeListener(event: string, listener: Listener): this {
    const list = this.listenersByEvent.get(event);
    if (list) this.listenersByEvent.set(event, list.filter((candidate) => candidate !== listener));
    return this;
  }

  off(event: string, listener: Listener): this {
    return this.removeListener(event, listener);
  }

  emit(event: string, ...args: unknown[]): boolean {
    const list = this.listenersByEvent.get(event) ?? [];
    for (const listener of [...list]) listener(...args);
    return list.length > 0;
  }

  emitAsync(event: string, ...args: unknown[]): Promise<unknown[]> {
    const list = this.listenersByEvent.get(event) ?? [];
    return Promise.all([...list].map((listener) => listener(...args)));
  }
}

export default EventEmitter2;
