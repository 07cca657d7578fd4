import { applyDecorators, Controller, Get, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';

/** A controller of the audit API, at /api/audit/`pad`, for a bearer token. */
export const AuditController = (pad: string) =>
  applyDecorators(ApiTags('audit'), ApiBearerAuth(), Controller(`audit/${pad}`));

/** The auditor's read at the controller's path: answered with `type` as JSON, or as the route writes it. */
export const AuditRoute = (summary: string, type?: Type) =>
  applyDecorators(
    Get(),
    Rollen('auditor'),
    ApiOperation({ summary }),
    ...(type ? [ApiOkResponse({ type })] : []),
  );
