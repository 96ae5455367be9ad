// Names of the state the main step hands to the post step (core.saveState).
// None of it is secret: the E2B key is read again from the input, and the
// endpoints from the job's env (state is never trusted to say where a key goes).

export const STATE_PROVIDER = 'provider';
export const STATE_RUN_ID = 'e2b-run-id';
