import { afterEach, beforeEach, vi } from "vitest";

// A console.error in a test is a failure: it means something went wrong that nobody asserted.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(" ")}`);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});
