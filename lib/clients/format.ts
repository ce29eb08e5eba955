/** Text helpers of the clients screens (money and time live in lib/money.ts and lib/time.ts). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-IN')} ${n === 1 ? one : many}`;
}
