// Names of the state the main step hands to the post step (core.saveState).
// None of it is secret: the E2B key is read again from the input.

export const STATE_PROVIDER = 'provider';
export const STATE_RUN_ID = 'e2b-run-id';
export const STATE_API_URL = 'e2b-api-url';
export const STATE_SANDBOX_URL = 'e2b-sandbox-url';
