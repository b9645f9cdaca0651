/** What the AWS driver does with each portable feature (rendered in the portability matrix, docs/portability.md). */
import type { CapabilityTable } from "../capabilities";

const S3 = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/";
const EC2 = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/";

export const AWS_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": { level: "native", how: "S3 versioning (BucketVersioning).", source: `${S3}Versioning.html` },
  "bucket.retention": { level: "native", how: "S3 Object Lock, GOVERNANCE mode default retention.", source: `${S3}object-lock.html` },
  "bucket.retentionLocked": { level: "native", how: "S3 Object Lock COMPLIANCE mode.", source: `${S3}object-lock.html` },
  "bucket.lifecycle": {
    level: "native",
    how: "S3 lifecycle expiration and noncurrent-version expiration.",
    source: `${S3}object-lifecycle-mgmt.html`,
  },
  "bucket.coldTier": {
    level: "native",
    how: "S3 lifecycle transition to STANDARD_IA (or overrides.aws.coldStorageClass).",
    source: `${S3}lifecycle-transition-general-considerations.html`,
  },
  "bucket.encryptionAtRest": {
    level: "native",
    how: "SSE-S3 by default, SSE-KMS with a customer key.",
    source: `${S3}UsingServerSideEncryption.html`,
  },
  "bucket.customerManagedKeys": {
    level: "native",
    how: "SSE-KMS with a KMS key in the bucket's Region (created, or overrides.aws.kmsKeyArn).",
    source: `${S3}UsingKMSEncryption.html`,
  },
  "bucket.blockPublicAccess": {
    level: "native",
    how: "BucketPublicAccessBlock with all four settings on, ACLs disabled (BucketOwnerEnforced).",
    source: `${S3}access-control-block-public-access.html`,
  },
  "bucket.tlsOnly": {
    level: "native",
    how: "Bucket policy denying aws:SecureTransport = false.",
    source: `${S3}security-best-practices.html`,
  },
  "bucket.geoRedundancy": {
    level: "unsupported",
    how: "the driver keeps data in the target Region (no cross-Region replication is created).",
  },
  "network.privateSubnet": {
    level: "native",
    how: "VPC with one private subnet; the default security group is emptied.",
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/",
  },
  "network.denyInbound": {
    level: "native",
    how: "Security groups deny inbound traffic that no rule allows.",
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html",
  },
  "vm.diskEncryption": {
    level: "native",
    how: "Encrypted gp3 root volume (EBS encryption).",
    source: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
  },
  "vm.customerManagedKeys": {
    level: "native",
    how: "EBS encryption with a KMS key in the instance's Region.",
    source: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
  },
  "vm.metadataHardening": {
    level: "native",
    how: "IMDSv2 only, hop limit 1, no instance tags in metadata.",
    source: `${EC2}configuring-instance-metadata-options.html`,
  },
  "vm.noPublicIpByDefault": { level: "native", how: "associatePublicIpAddress only with publicIp: true." },
  "vm.sshKeys": {
    level: "native",
    how: "First key as an EC2 key pair, the others through cloud-init.",
    source: `${EC2}ec2-key-pairs.html`,
  },
  "vm.userData": { level: "native", how: "EC2 user data, run by cloud-init.", source: `${EC2}user-data.html` },
  "cluster.managed": {
    level: "native",
    how: "Amazon EKS: AWS operates the control plane in the cluster's Region.",
    source: "https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html",
  },
  "cluster.privateApi": {
    level: "native",
    how: "EKS endpointPrivateAccess on and endpointPublicAccess off.",
    source: "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
  },
  "cluster.apiAllowList": {
    level: "native",
    how: "EKS publicAccessCidrs (the private endpoint stays on for the nodes).",
    source: "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
  },
  "cluster.secretsEncryption": {
    level: "native",
    how: "EKS envelope encryption of secrets (encryptionConfig) with a KMS key the driver creates in the Region.",
    source: "https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html",
  },
  "cluster.customerManagedKeys": {
    level: "native",
    how: "The envelope-encryption key is a customer-managed KMS key in the Region (created, or overrides.aws.kmsKeyArn).",
    source: "https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html",
  },
  "db.managed": {
    level: "native",
    how: "Amazon RDS for PostgreSQL (rds.Instance).",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_PostgreSQL.html",
  },
  "db.privateEndpoint": {
    level: "native",
    how: "DB subnet group of two database subnets in the Network's VPC, publiclyAccessible false, a security group open to the VPC only.",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html",
  },
  "db.encryptionAtRest": {
    level: "native",
    how: "storageEncrypted (storage, automated backups, snapshots and replicas).",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
  },
  "db.customerManagedKeys": {
    level: "native",
    how: "kmsKeyId: a KMS key in the database's Region (created, or overrides.aws.kmsKeyArn).",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.Keys.html",
  },
  "db.tlsOnly": {
    level: "native",
    how: "DB parameter group with rds.force_ssl = 1.",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html",
  },
  "db.highAvailability": {
    level: "native",
    how: "Multi-AZ DB instance (synchronous standby in another Availability Zone).",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html",
  },
  "db.pointInTime": {
    level: "native",
    how: "Automated backups with transaction logs (backupRetentionPeriod >= 1).",
    source: "aws-rds-backups",
  },
  "db.backupsInRegion": {
    level: "native",
    how: "Automated backups and snapshots stay in the instance's Region.",
    source: "aws-rds-backups",
  },
  "db.backupCopy": {
    level: "native",
    how: "rds.InstanceAutomatedBackupsReplication to the contract-checked Region (with a KMS key there when customer-managed).",
    source: "aws-rds-backups",
  },
  "db.readReplicas": {
    level: "native",
    how: "rds.Instance with replicateSourceDb in the same Region.",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html",
  },
  "db.crossRegionReplicas": {
    level: "native",
    how: "rds.Instance with replicateSourceDb (the source ARN) in the replica's Region and its Network there.",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.XRgn.html",
  },
  "db.deletionProtection": {
    level: "native",
    how: "deletionProtection on the instance, and the instance retained on destroy.",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html",
  },
  "db.finalSnapshot": {
    level: "native",
    how: "skipFinalSnapshot false with a finalSnapshotIdentifier.",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html",
  },
  "db.publicAccess": {
    level: "unsupported",
    how: "the database subnets the driver creates have no route to the internet; reach the database from inside the Network.",
  },
};
