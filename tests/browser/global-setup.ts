/** Placeholder: the explorer issue builds the app and serves it here for the browser tests. */
export default function setup(): void {}
