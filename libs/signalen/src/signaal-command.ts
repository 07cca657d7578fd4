import { commandControllers } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import { SignaalCommandHandler } from '@signaalspoor/signaal-store';

/**
 * The controller of a raad's or wijkmanager's command slice: its mapping gets the signaal's id, the
 * body, the CommandContext and ReferenceData, and its request goes to the one SignaalCommandHandler.
 */
export const signaalCommandController = commandControllers('signalen', SignaalCommandHandler, ReferenceData);
