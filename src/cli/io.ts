/**
 * What the command line needs from the outside world, so that `main()` can be tested
 * with fakes and never has to be spawned.
 */
import { open, writeFile } from 'node:fs/promises';

/** Somewhere to write text: `process.stdout`, `process.stderr`, or a test buffer. */
export interface Output {
	write(text: string): unknown;
	/** True on a terminal: colours are used only then. */
	isTTY?: boolean;
	/** Terminal width, when known. */
	columns?: number;
}

export interface CliIO {
	stdout: Output;
	stderr: Output;
	/**
	 * Read a whole file as bytes. Rejects with a Node-style `code` on failure: `ENOENT`,
	 * `EISDIR`, `EACCES`, ... and `EFBIG` (with a numeric `size`) for a file over
	 * `maxBytes`, which it should refuse without reading it.
	 */
	readFile(path: string, maxBytes: number): Promise<Uint8Array>;
	/** Environment variables (`NO_COLOR`, `TIMEWEAVE_DEBUG`); none when absent. */
	env?: Record<string, string | undefined>;
	/**
	 * Write a whole file (`render`, `export`). Rejects with a Node-style `code` on failure.
	 * Absent: the real file system is used.
	 */
	writeFile?(path: string, data: Uint8Array | string): Promise<void>;
}

/** An error carrying a Node-style code, as `fs` throws them. */
export interface CodedError extends Error {
	code?: string;
	size?: number;
}

/** Read a file, refusing directories and files over `maxBytes` before reading any of it. */
export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
	const handle = await open(path, 'r');
	try {
		const info = await handle.stat();
		if (info.isDirectory()) {
			throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
		}
		if (info.isFile() && info.size > maxBytes) {
			throw Object.assign(new Error(`file is ${info.size} bytes`), { code: 'EFBIG', size: info.size });
		}
		const bytes = await handle.readFile();
		if (bytes.length > maxBytes) {
			// A pipe or device that turned out bigger than its stat said.
			throw Object.assign(new Error(`file is ${bytes.length} bytes`), { code: 'EFBIG', size: bytes.length });
		}
		return bytes;
	} finally {
		await handle.close();
	}
}

/** The real process: stdout, stderr, the file system and the environment. */
export function nodeIO(): CliIO {
	return {
		stdout: process.stdout,
		stderr: process.stderr,
		readFile: readFileLimited,
		env: process.env,
		writeFile: (path, data) => writeFile(path, data)
	};
}
