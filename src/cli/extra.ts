// Commands contributed by other modules (risk control, audit…), wired here so main.ts stays small.
import type { Command } from 'commander';

export function extraCommands(_program: Command, _print: (s: string) => void): void {}
