#!/usr/bin/env node
// `timeweave` command: registers tsx so Node can load the TypeScript sources, then runs
// src/cli/main.ts with this process's arguments, streams and file system.
import { register } from 'tsx/esm/api';

register();

const { main } = await import('../src/cli/main.ts');
const { nodeIO } = await import('../src/cli/io.ts');

// `timeweave ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
	if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw error;
});

process.exitCode = await main(process.argv.slice(2), nodeIO());
