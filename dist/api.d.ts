export declare function profile<T extends (...args: never[]) => unknown>(fn: T, context?: unknown): T;
export declare function profile(target: object, key: string | symbol, descriptor: PropertyDescriptor): PropertyDescriptor;
