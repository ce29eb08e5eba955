import type { Handler } from '@/lib/sandbox/core';

export const handlers: Record<string, Handler> = {};
