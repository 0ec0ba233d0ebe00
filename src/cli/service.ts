// `tiimdi serve` starts the service (API + web app); `tiimdi audit verify` replays the audit hash chain.
import { Command } from 'commander';

export function registerServiceCommands(program: Command, print: (s: string) => void): void {
  program
    .command('serve')
    .description('start the service: JSON API, OpenAPI docs and the web app (embedded database in ./data, or DATABASE_URL)')
    .option('--port <port>', 'port (default: PORT or 3000)')
    .action(async (o: { port?: string }) => {
      const { startServer } = await import('../server/index.js');
      await startServer(o.port ? { port: Number(o.port) } : {});
    });
  program
    .command('audit')
    .description('the append-only audit log')
    .addCommand(
      new Command('verify').description('replay the hash chain of the audit log and report the first broken link').action(async () => {
        const { auditVerify } = await import('../server/index.js');
        const v = await auditVerify();
        print(v.ok ? `audit chain intact: ${v.entries} entries, head ${v.head}` : `AUDIT CHAIN BROKEN at entry ${v.brokenAt}: ${v.reason} (${v.entries} entries)`);
        if (!v.ok) process.exitCode = 1;
      }),
    );
}
