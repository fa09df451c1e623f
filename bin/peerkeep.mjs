#!/usr/bin/env node
// The `peerkeep` command. Runs the TypeScript sources through tsx so that what runs is always
// what is checked in (no stale build output to fall out of step with the code).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
