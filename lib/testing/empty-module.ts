// Stands in for the 'server-only' package under Vitest, where there is no react-server condition.
export {};
