// Validates every manifest in kubernetes/ against the Kubernetes API schemas (kubernetes-models, offline), then the
// rules this deployment depends on: replicas, probes, resources, the PDB and Service selecting the pods, the
// migration Job migrating and the replicas leaving it to the Job, one JWT key pair from one Secret.
import { readdirSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const dir = new URL('./kubernetes/', import.meta.url);
const failures = [];
const objects = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  for (const doc of parseAllDocuments(readFileSync(new URL(file, dir), 'utf8'))) {
    if (doc.errors.length) failures.push(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
    const object = doc.toJS();
    if (!object) continue;
    const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
    const module = await import(`kubernetes-models/${group ? `${group}/` : ''}${version}/${object.kind}`).catch(() => null);
    if (!module) {
      failures.push(`${file}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new module[object.kind](object).validate();
    } catch (error) {
      failures.push(`${file}: ${object.kind} ${object.metadata?.name}: ${error.message}`);
    }
    objects.push({ file, object });
  }
}

const one = (kind) => objects.find((o) => o.object.kind === kind)?.object;
const rule = (ok, message) => ok || failures.push(message);
const deployment = one('Deployment');
const job = one('Job');
const pdb = one('PodDisruptionBudget');
const service = one('Service');
const secret = one('Secret');
const env = (spec, name) => spec.containers[0].env?.find((e) => e.name === name)?.value;
const matches = (selector, labels) => Object.entries(selector).every(([k, v]) => labels[k] === v);
const pod = deployment.spec.template;
const api = pod.spec.containers[0];
rule(deployment.spec.replicas >= 2, 'the Deployment runs at least 2 replicas');
rule(api.readinessProbe?.httpGet?.path === '/q/health/ready', 'readiness on /q/health/ready');
rule(api.livenessProbe?.httpGet?.path === '/q/health/live', 'liveness on /q/health/live');
rule(api.resources?.requests?.memory && api.resources?.limits?.memory, 'memory requests and limits set');
rule(matches(deployment.spec.selector.matchLabels, pod.metadata.labels), 'the Deployment selects its own pods');
rule(matches(pdb.spec.selector.matchLabels, pod.metadata.labels) && pdb.spec.minAvailable >= 1, 'the PDB keeps a replica');
rule(matches(service.spec.selector, pod.metadata.labels), 'the Service selects the API pods');
rule(!matches(service.spec.selector, job.spec.template.metadata.labels), 'the Service does not send requests to the Job');
rule(env(job.spec.template.spec, 'APP_MIGRATE_ONLY') === 'true', 'the Job migrates and exits');
rule(env(pod.spec, 'APP_MIGRATE_AT_START') === 'false', 'replicas leave migrations to the Job');
for (const spec of [pod.spec, job.spec.template.spec]) {
  const jwt = spec.volumes.find((v) => v.name === 'jwt');
  rule(jwt?.secret?.secretName === secret.metadata.name, 'JWT keys come from the Secret');
  rule(['jwt-private.pem', 'jwt-public.pem'].every((k) => k in secret.stringData), 'the Secret holds both JWT keys');
}

if (failures.length) {
  console.error(failures.map((f) => `✗ ${f}`).join('\n'));
  process.exit(1);
}
console.log(`Kubernetes manifests: ${objects.length} objects valid against the Kubernetes schemas and the deployment rules`);
