// The few helpers the three workflow programs share: read the environment, check a value.
let passed = 0;

/** Stop the program (exit status 1) unless `condition` holds; count it otherwise. */
export function check(condition: boolean, what: string): asserts condition {
  if (!condition) {
    throw new Error(`check failed: ${what}`);
  }
  passed += 1;
}

/** A required environment variable (the test that starts the program sets them). */
export function env(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set`);
  }
  return value;
}

/** The program's last line, which the test reads. */
export function report(vendor: string): void {
  console.log(`${vendor}: ${passed} checks passed`);
}
