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

/** Maps kafkajs log entries to one line each on the sink, without stacks. */
export function kafkaLogCreator(sink: KafkaLogSink): logCreator {
  return () =>
    ({ level, log }) => {
      const { message, error, groupId } = log as { message: string; error?: string; groupId?: string };
      const line = [groupId, message, error && error !== message ? `(${error})` : undefined]
        .filter(Boolean)
        .join(' ');
      if (ROUTINE.test(line) || UNREACHABLE.test(line)) sink.debug(line);
      else if (level === logLevel.ERROR) sink.error(line);
      else if (level <= logLevel.WARN) sink.warn(line);
      else if (level === logLevel.INFO) sink.log(line);
      else sink.debug(line);
    };
}
