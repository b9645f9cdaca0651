/**
 * Reference portable program: a documents bucket, a private network, a VM that serves HTTPS and the
 * app's metadata store (a managed PostgreSQL with a private endpoint in the network).
 * It names no provider and no region: `sovereign-cloud:target` and `sovereign-cloud:residency` in
 * the stack file decide where it goes and what is allowed. Run `pulumi stack select <stack>` and
 * `pulumi up`.
 */
import * as pulumi from "@pulumi/pulumi";
import { Bucket, Database, gaiaxEvidence, Network, VirtualMachine } from "../src/index";

const config = new pulumi.Config();
const adminCidr = config.get("adminCidr") ?? "198.51.100.0/24";
const sshPublicKey = config.get("sshPublicKey");
// Feature switches, all on by default. A stack turns one off only where its provider cannot deliver
// the feature (the component fails with SC_PROVIDER_LIMITATION otherwise), and its stack file says why.
const bucketTlsOnly = config.getBoolean("bucketTlsOnly") ?? true;
const bucketVersioning = config.getBoolean("bucketVersioning") ?? true;
const bucketRetentionDays = config.getNumber("bucketRetentionDays", { min: 0 }) ?? 30;
const bucketLifecycle = config.getBoolean("bucketLifecycle") ?? true;
const webUserData = config.getBoolean("webUserData") ?? true;
const webAdminUsername = config.get("webAdminUsername") || undefined;
const database = config.getBoolean("database") ?? true;
const databaseTlsOnly = config.getBoolean("databaseTlsOnly") ?? true;
const databasePointInTime = config.getBoolean("databasePointInTime") ?? true;
// Optional: `pulumi config set --secret databaseAdminPassword ...` (else the provider's managed credential, or a generated one).
const databaseAdminPassword = config.getSecret("databaseAdminPassword");

// Documents: versioned, 30-day write-once retention, cold after 90 days, old versions gone after a year.
const documents = new Bucket("documents", {
  versioning: bucketVersioning,
  retentionDays: bucketRetentionDays > 0 ? bucketRetentionDays : undefined,
  lifecycle: bucketLifecycle ? { coldAfterDays: 90, noncurrentExpireAfterDays: 365 } : undefined,
  tlsOnly: bucketTlsOnly,
  labels: { app: "reference", data: "documents" },
});

// HTTPS from anywhere; SSH only from the admin range.
const network = new Network("app", {
  cidr: "10.20.0.0/16",
  ingress: [
    { port: 443, from: "0.0.0.0/0", description: "HTTPS" },
    { port: 22, from: adminCidr, description: "SSH from the admin range" },
  ],
  labels: { app: "reference" },
});

// A small web server: nginx with a self-signed certificate (replace with your own certificate).
// A shell script rather than #cloud-config: every provider's image runs it (cloud-init on AWS and
// Azure, the startup-script agent on Google's Debian images, which has no cloud-init), and it is
// idempotent because GCP runs startup scripts at every boot.
const userData = `#!/bin/sh
set -eu
command -v nginx >/dev/null || { apt-get update && apt-get install -y nginx openssl; }
[ -f /etc/ssl/certs/web.crt ] || openssl req -x509 -nodes -newkey rsa:2048 -days 365 -subj /CN=sovereign-cloud \\
  -keyout /etc/ssl/private/web.key -out /etc/ssl/certs/web.crt
printf 'server {\\n listen 443 ssl;\\n ssl_certificate /etc/ssl/certs/web.crt;\\n ssl_certificate_key /etc/ssl/private/web.key;\\n root /var/www/html;\\n}\\n' > /etc/nginx/sites-enabled/https
systemctl reload nginx
`;

const web = new VirtualMachine("web", {
  size: "SCS-2V-4",
  image: "debian-12",
  network,
  publicIp: true,
  sshKeys: sshPublicKey ? [sshPublicKey] : [],
  adminUsername: webAdminUsername,
  userData: webUserData ? userData : undefined,
  labels: { app: "reference" },
});

// The documents' metadata store: private endpoint in the network, TLS, encrypted, 7 days of backups
// kept in the region, deletion-protected. Off only where the provider has no managed PostgreSQL.
const metadata = database
  ? new Database("metadata", {
      network,
      size: "SCS-2V-4",
      storageGiB: 20,
      backup: { retentionDays: 7, pointInTime: databasePointInTime },
      tlsOnly: databaseTlsOnly,
      adminPassword: databaseAdminPassword,
      labels: { app: "reference", data: "metadata" },
    })
  : undefined;

export const documentsBucket = documents.bucketName;
export const documentsEndpoint = documents.endpoint;
export const webPublicIp = web.publicIp;
export const webInstanceType = web.instanceType;
export const metadataHost = metadata?.host;
export const residency = {
  documents: documents.residency,
  network: network.residency,
  web: web.residency,
  ...(metadata ? { metadata: metadata.residency } : {}),
};
// Gaia-X 25.11 evidence (unsigned credentials, JSON-LD) of the components: `pulumi stack
// output evidence --json`. `sovereign-cloud evidence` builds the same document offline.
export const evidence = gaiaxEvidence(metadata ? [documents, network, web, metadata] : [documents, network, web]);
