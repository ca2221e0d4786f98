import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import type { ComputerPorts } from './zoom-app';

/** The real computer, for the checks: files, and programs run with a short time-out. */
export function realComputer(): ComputerPorts {
  return {
    platform: process.platform,
    env: process.env,
    homeDir: os.homedir(),
    fileExists: async (file) => {
      try {
        await fs.access(file);
        return true;
      } catch {
        return false;
      }
    },
    readText: async (file) => {
      try {
        return await fs.readFile(file, 'utf8');
      } catch {
        return null;
      }
    },
    run: (command, args) =>
      new Promise((resolve) => {
        execFile(command, [...args], { timeout: 5_000, windowsHide: true }, (error, stdout) => {
          resolve(error ? null : stdout);
        });
      }),
  };
}
