// Chromium starts, renders and waits for the server: generous on a busy two-core machine (a project's own
// `testTimeout` is not read by jest 30, so it is set here).
jest.setTimeout(120_000);
