import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  loadAverage: number[];
}

/** What the numbers were measured on; the load average shows how busy the shared machine was. */
export const machineInfo = (): MachineInfo => ({
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
});
