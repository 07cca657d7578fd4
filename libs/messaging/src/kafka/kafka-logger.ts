import { type logCreator, logLevel } from 'kafkajs';

/** Where kafkajs' log lines go: Nest's Logger in the services. */
export interface KafkaLogSink {
  error(message: string): void;
  warn(message: string): void;
  log(message: string): void;
  debug(message: string): void;
}

/**
 * What a consumer group does in normal operation — a rebalance when a member joins or leaves, a
 * rejoin — is not an error: kafkajs logs some of it at ERROR level, we log it at debug level.
 */
const ROUTINE = /rebalanc|re-?join|not aware of this member|resync group/i;

/** An unreachable broker: the consumer and the relay say so in one line of their own per attempt. */
const UNREACHABLE =
  /ECONNREFUSED|Connection error|Connection timeout|Failed to connect|broker.*not available/i;

/**
 * A topic being created or a partition electing its leader: kafkajs logs every refused request at
 * ERROR (about 290 lines while one topic is created) and retries. Its callers fail loudly if the
 * retries run out; one warning says it happens, the lines themselves go to debug.
 */
const NOT_YET_THERE =
  /does not host this topic-partition|no leader for this topic-partition|leadership election|not the leader for that topic-partition|coordinator is loading|Topic creation errors/i;

/** How long after a warning of NOT_YET_THERE the next such line goes to debug only. */
const NOT_YET_THERE_QUIET_MS = 60_000;

/** A deliberate choice (a bounded retry of the idempotent producer), warned by kafkajs on every start. */
const KNOWN = /Limiting retries for the idempotent producer/;

/** Maps kafkajs log entries to one line each on the sink, without stacks. */
export function kafkaLogCreator(sink: KafkaLogSink, now: () => number = Date.now): logCreator {
  let warned = -Infinity;
  return () =>
    ({ level, log }) => {
      const { message, error, groupId } = log as { message: string; error?: string; groupId?: string };
      const line = [groupId, message, error && error !== message ? `(${error})` : undefined]
        .filter(Boolean)
        .join(' ');
      if (NOT_YET_THERE.test(line)) {
        if (now() - warned >= NOT_YET_THERE_QUIET_MS) {
          warned = now();
          sink.warn(
            `topic of partitie nog niet klaar (aangemaakt of kiest een leider), kafkajs probeert opnieuw; verdere meldingen op debug: ${line}`,
          );
        } else sink.debug(line);
      } else if (ROUTINE.test(line) || UNREACHABLE.test(line) || KNOWN.test(line)) sink.debug(line);
      else if (level === logLevel.ERROR) sink.error(line);
      else if (level <= logLevel.WARN) sink.warn(line);
      else if (level === logLevel.INFO) sink.log(line);
      else sink.debug(line);
    };
}
