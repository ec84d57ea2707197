/** Whether the machine has room for another worker to boot: the 1-minute load average below the core count. Pure. */
export function loadAllows(load1: number, cores: number): boolean {
  return load1 < Math.max(1, cores);
}
