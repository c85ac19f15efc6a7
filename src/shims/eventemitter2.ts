type Listener = (...args: unknown[]) => unknown;

/** The emitter's instance API (the part of `eventemitter2` that json-rules-engine uses). */
export interface EventEmitter2 {
  on(event: string, listener: Listener): this;
  addListener(event: string, listener: Listener): this;
  removeListener(event: string, listener: Listener): this;
  off(event: string, listener: Listener): this;
  emit(event: string, ...args: unknown[]): boolean;
  emitAsync(event: string, ...args: unknown[]): Promise<unknown[]>;
}

interface Emitter extends EventEmitter2 {
  _shimListeners: Map<string, Listener[]>;
}

/**
 * The part of `eventemitter2` that json-rules-engine uses (`on`, `emit`,
 * `emitAsync`), for browser bundles: alias `eventemitter2` to
 * `khuyencong/shims/eventemitter2` in your bundler to save about 5 KB gzipped.
 * A plain constructor function, not a
 * `class`: json-rules-engine is compiled to ES5 and its Engine and Rule call
 * their parent as `EventEmitter2.call(this)`, which a class constructor refuses.
 */
export const EventEmitter2 = function EventEmitter2(this: Emitter): void {
  this._shimListeners = new Map();
} as unknown as { new (): EventEmitter2; prototype: EventEmitter2 };

function list(emitter: Emitter, event: string): Listener[] {
  return emitter._shimListeners.get(event) ?? [];
}

Object.assign(EventEmitter2.prototype, {
  on(this: Emitter, event: string, listener: Listener) {
    this._shimListeners.set(event, [...list(this, event), listener]);
    return this;
  },
  addListener(this: Emitter, event: string, listener: Listener) {
    return this.on(event, listener);
  },
  removeListener(this: Emitter, event: string, listener: Listener) {
    this._shimListeners.set(event, list(this, event).filter((candidate) => candidate !== listener));
    return this;
  },
  off(this: Emitter, event: string, listener: Listener) {
    return this.removeListener(event, listener);
  },
  emit(this: Emitter, event: string, ...args: unknown[]) {
    const listeners = list(this, event);
    for (const listener of listeners) listener(...args);
    return listeners.length > 0;
  },
  emitAsync(this: Emitter, event: string, ...args: unknown[]) {
    return Promise.all(list(this, event).map((listener) => listener(...args)));
  },
} satisfies ThisType<Emitter> & Record<keyof EventEmitter2, unknown>);

export default EventEmitter2;
