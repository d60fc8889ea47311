// Client-only, like the editor: the view shows the document held in the browser (in memory,
// or the sample after a reload), measures the window for its type and timeline, and reads
// the step from the URL on the client. A server render would be an empty shell.
export const ssr = false;
