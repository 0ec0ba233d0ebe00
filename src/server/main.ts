// Run the service: `npx tsx src/server/main.ts` (PORT, DATABASE_URL, TIIMDI_DATA_DIR, TIIMDI_DEMO).
import { startServer } from './index.js';

const server = await startServer();
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.once(sig, () => {
    void server.close().then(() => process.exit(0));
  });
