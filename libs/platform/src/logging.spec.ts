import { serviceLogger } from './http-app';

describe('serviceLogger', () => {
  const tty = process.stdout.isTTY;
  afterEach(() => {
    process.stdout.isTTY = tty;
    jest.restoreAllMocks();
  });

  const logged = () => {
    const chunks: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (chunks.push(String(chunk)), true));
    serviceLogger().log('Signaalspoor draait', 'Test');
    return chunks.join('');
  };

  it('given a log file (no TTY), writes no ANSI codes', () => {
    process.stdout.isTTY = false;
    const text = logged();
    expect(text).toContain('Signaalspoor draait');
    expect(text).not.toContain('\u001b[');
  });

  it("leaves out Nest's own start-up lines (modules loaded, routes mapped), keeping everything else", () => {
    process.stdout.isTTY = false;
    const chunks: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (chunks.push(String(chunk)), true));
    const logger = serviceLogger();
    logger.log('PlatformModule dependencies initialized', 'InstanceLoader');
    logger.log('Mapped {/api/signalen, GET} route', 'RouterExplorer');
    logger.log('Nest application successfully started', 'NestApplication');
    logger.log('Signaalspoor draait', 'Test');
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toContain('Signaalspoor draait');
  });

  it('given a terminal, colours', () => {
    process.stdout.isTTY = true;
    expect(logged()).toContain('\u001b[');
  });
});
