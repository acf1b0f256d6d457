/** Clock times for the report: "HH:MM[:SS]" ⇄ seconds since midnight (the report needs no more of the scenario module). */
export function secondsOf(clock: string): number {
  const [h, m, s = '0'] = clock.split(':');
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** Seconds since midnight as "HH:MM". */
export function clockOf(secondsSinceMidnight: number): string {
  const t = Math.max(0, Math.floor(secondsSinceMidnight));
  return `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}`;
}
