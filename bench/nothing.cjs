// Does nothing: the bench times Node starting and ending around it (bench/run.mjs).
