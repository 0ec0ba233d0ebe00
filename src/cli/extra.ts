// Commands contributed by other modules (risk control, audit…), wired here so main.ts stays small.
import type { Command } from 'commander';
import { registerRiskCommands } from './risk.js';
import { registerDocumentCommands } from './documents.js';
import { registerServiceCommands } from './service.js';

export function extraCommands(program: Command, print: (s: string) => void): void {
  registerRiskCommands(program, print);
  registerDocumentCommands(program, print);
  registerServiceCommands(program, print);
}
