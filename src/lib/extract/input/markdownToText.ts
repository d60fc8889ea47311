/**
 * Markdown -> plain text for reading and dating: headings, emphasis, links, images, code
 * fences, block quotes and list markers give way to the words they wrap, so the text pane
 * shows prose and every offset points into what the reader sees. The first heading is the title.
 */

export interface MarkdownText {
	text: string;
	title?: string;
}

/** Convert Markdown to text line by line (linear in the input). */
export function markdownToText(markdown: string): MarkdownText {
	let title: string | undefined;
	let fenced = false;
	const lines: string[] = [];
	for (const raw of markdown.split('\n')) {
		if (/^\s*(```|~~~)/.test(raw)) {
			fenced = !fenced;
			continue;
		}
		if (fenced) {
			lines.push(raw);
			continue;
		}
		let line = raw;
		const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
		if (heading) line = heading[1];
		if (/^\s*(?:[-*_]\s*){3,}$/.test(line)) line = '';
		line = line
			.replace(/^\s{0,3}>\s?/, '')
			.replace(/^(\s*)(?:[-*+]|\d{1,9}[.)])\s+/, '$1')
			.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
			.replace(/<(https?:[^>\s]+)>/g, '$1')
			.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
			.replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
			.replace(/`([^`]+)`/g, '$1');
		if (heading && title === undefined && line.trim()) title = line.trim();
		lines.push(line);
	}
	return { text: lines.join('\n'), ...(title ? { title } : {}) };
}
