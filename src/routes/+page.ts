// Client-only page. Everything on it depends on the browser: extraction runs in a Web Worker,
// the timeline measures its container to lay out the axis and labels, and the text comes from
// the user (paste, file, drop) or the bundled example, never from the server. Server rendering
// would only produce an empty shell and then a layout jump once the timeline measured itself;
// the built app is a static bundle that keeps working offline once loaded.
export const ssr = false;
