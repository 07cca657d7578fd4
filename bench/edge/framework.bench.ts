// What the HTTP framework itself costs a command: the CPU per request of one bare Nest POST route
// (a JSON body validated by class-validator, a global guard, a global interceptor, a 201 JSON answer)
// on express, alone and with each piece of this app's edge added (helmet, compression, pino-http,
// express-rate-limit, the guard verifying a JWT with jose), and all of them together. No database,
// no event store: the rest of a command's cost is what the app's own work adds to this.
//
//   npx tsx bench/edge/framework.bench.ts [requests per run] [rounds]   (default 3000, 2)
//
// Each variant runs in a process of its own (this file, forked); the load is sequential over one
// keep-alive connection from this process; the figure is the server process's own CPU
// (process.cpuUsage) over the measured requests, after 1,000 not counted.
import {
  Body,
  type CallHandler,
  type CanActivate,
  Controller,
  type ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  Module,
  type NestInterceptor,
  Post,
  ValidationPipe,
} from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import compression from 'compression';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { jwtVerify, SignJWT } from 'jose';
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { map } from 'rxjs';
import { machine, loadAverage } from '../support';

const SECRET = new TextEncoder().encode('framework-bench-secret-of-32-bytes!');
const PIECES = ['helmet', 'compression', 'pino-http', 'rate-limit', 'jose'] as const;
type Piece = (typeof PIECES)[number];

class SignaalDto {
  @IsString() @MinLength(3) @MaxLength(120) titel!: string;
  @IsString() @MaxLength(4000) omschrijving!: string;
  @IsString() thema!: string;
  @IsOptional() @IsString() locatie?: string;
}

const pieces = new Set((process.env.FRAMEWORK_PIECES ?? '').split(',').filter(Boolean) as Piece[]);

@Injectable()
class Guard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const header = context.switchToHttp().getRequest<{ headers: Record<string, string> }>()
      .headers.authorization;
    if (!header?.startsWith('Bearer ')) return false;
    if (pieces.has('jose')) await jwtVerify(header.slice(7), SECRET);
    return true;
  }
}

@Injectable()
class Interceptor implements NestInterceptor {
  intercept(_: ExecutionContext, next: CallHandler) {
    return next.handle().pipe(map((body: object) => ({ ...body, positie: 1 })));
  }
}

@Controller()
class SignalenController {
  @Post('api/signalen')
  @HttpCode(201)
  dienIn(
    @Body(new ValidationPipe({ expectedType: SignaalDto, whitelist: true, forbidNonWhitelisted: true }))
    body: SignaalDto,
  ) {
    return { id: 'b3c1a8e2-0000-4000-8000-000000000000', status: 'ingediend', titel: body.titel };
  }

  @Get('cpu')
  cpu() {
    const { user, system } = process.cpuUsage();
    return { us: user + system };
  }
}

@Module({
  controllers: [SignalenController],
  providers: [
    { provide: APP_GUARD, useClass: Guard },
    { provide: APP_INTERCEPTOR, useClass: Interceptor },
  ],
})
class AppModule {}

async function serve(port: number) {
  const app = await NestFactory.create(AppModule, { logger: false });
  if (pieces.has('helmet')) app.use(helmet());
  if (pieces.has('compression')) app.use(compression());
  if (pieces.has('pino-http')) {
    app.use(pinoHttp({ logger: pino(pino.destination({ dest: '/dev/null', sync: true })) }));
  }
  if (pieces.has('rate-limit')) app.use(rateLimit({ windowMs: 60_000, limit: 1e9 }));
  await app.listen(port, '127.0.0.1');
  process.send?.('ready');
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function call(port: number, token: string, method: string, path: string, data?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers = {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(data && { 'content-length': Buffer.byteLength(data) }),
    };
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        (res.statusCode ?? 500) < 300 ? resolve(text) : reject(new Error(`${res.statusCode} ${text}`)),
      );
    });
    req.on('error', reject);
    req.end(data);
  });
}

/** The server's CPU ms per request of one variant, in a fresh process. */
async function measure(
  variant: readonly Piece[],
  port: number,
  count: number,
  token: string,
): Promise<number> {
  const child = fork(__filename, ['serve', String(port)], {
    env: { ...process.env, FRAMEWORK_PIECES: variant.join(',') },
  });
  try {
    await new Promise((resolve) => child.once('message', resolve));
    const body = JSON.stringify({
      titel: 'Losliggende stoeptegels',
      omschrijving: 'Aan de bushalte liggen tegels los.',
      thema: 'openbaar-domein',
    });
    for (let i = 0; i < 1000; i++) await call(port, token, 'POST', '/api/signalen', body);
    const before = (JSON.parse(await call(port, token, 'GET', '/cpu')) as { us: number }).us;
    for (let i = 0; i < count; i++) await call(port, token, 'POST', '/api/signalen', body);
    const after = (JSON.parse(await call(port, token, 'GET', '/cpu')) as { us: number }).us;
    return Number(((after - before) / count / 1000).toFixed(3));
  } finally {
    child.kill();
  }
}

async function main() {
  const count = Number(process.argv[2] ?? 3000);
  const rounds = Number(process.argv[3] ?? 2);
  const token = await new SignJWT({ rol: 'raad' })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('1h')
    .sign(SECRET);
  const variants: Record<string, readonly Piece[]> = {
    'express, bare': [],
    ...Object.fromEntries(PIECES.map((piece) => [`+ ${piece}`, [piece]])),
    'all of them': PIECES,
  };
  const loadBefore = loadAverage();
  const msPerRequest: Record<string, number[]> = {};
  let port = 3990;
  for (let round = 0; round < rounds; round++) {
    for (const [name, variant] of Object.entries(variants)) {
      (msPerRequest[name] ??= []).push(await measure(variant, port++, count, token));
    }
  }
  agent.destroy();
  console.log(
    JSON.stringify(
      {
        benchmark: 'HTTP framework CPU per request',
        machine: machine(),
        count,
        loadBefore,
        loadAfter: loadAverage(),
        msPerRequest,
      },
      null,
      2,
    ),
  );
}

if (process.argv[2] === 'serve') void serve(Number(process.argv[3]));
else
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
