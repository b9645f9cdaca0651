/** What the AWS driver does with each portable feature (rendered in the portability matrix, docs/portability.md). */
import { native, unsupported, type CapabilityTable } from "../capabilities";

const S3 = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/";
const EC2 = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/";

export const AWS_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": native("S3 versioning (BucketVersioning).", `${S3}Versioning.html`),
  "bucket.retention": native("S3 Object Lock, GOVERNANCE mode default retention.", `${S3}object-lock.html`),
  "bucket.retentionLocked": native("S3 Object Lock COMPLIANCE mode.", `${S3}object-lock.html`),
  "bucket.lifecycle": native("S3 lifecycle expiration and noncurrent-version expiration.", `${S3}object-lifecycle-mgmt.html`),
  "bucket.coldTier": native(
    "S3 lifecycle transition to STANDARD_IA (or overrides.aws.coldStorageClass).",
    `${S3}lifecycle-transition-general-considerations.html`,
  ),
  "bucket.encryptionAtRest": native("SSE-S3 by default, SSE-KMS with a customer key.", `${S3}UsingServerSideEncryption.html`),
  "bucket.customerManagedKeys": native(
    "SSE-KMS with a KMS key in the bucket's Region (created, or overrides.aws.kmsKeyArn).",
    `${S3}UsingKMSEncryption.html`,
  ),
  "bucket.blockPublicAccess": native(
    "BucketPublicAccessBlock with all four settings on, ACLs disabled (BucketOwnerEnforced).",
    `${S3}access-control-block-public-access.html`,
  ),
  "bucket.tlsOnly": native("Bucket policy denying aws:SecureTransport = false.", `${S3}security-best-practices.html`),
  "bucket.geoRedundancy": unsupported("the driver keeps data in the target Region (no cross-Region replication is created)."),
  "network.privateSubnet": native(
    "VPC with one private subnet; the default security group is emptied.",
    "https://docs.aws.amazon.com/vpc/latest/userguide/",
  ),
  "network.denyInbound": native(
    "Security groups deny inbound traffic that no rule allows.",
    "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html",
  ),
  "vm.diskEncryption": native(
    "Encrypted gp3 root volume (EBS encryption).",
    "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
  ),
  "vm.customerManagedKeys": native(
    "EBS encryption with a KMS key in the instance's Region.",
    "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
  ),
  "vm.metadataHardening": native(
    "IMDSv2 only, hop limit 1, no instance tags in metadata.",
    `${EC2}configuring-instance-metadata-options.html`,
  ),
  "vm.noPublicIpByDefault": native("associatePublicIpAddress only with publicIp: true."),
  "vm.sshKeys": native("First key as an EC2 key pair, the others through cloud-init.", `${EC2}ec2-key-pairs.html`),
  "vm.userData": native("EC2 user data, run by cloud-init.", `${EC2}user-data.html`),
  "cluster.managed": native(
    "Amazon EKS: AWS operates the control plane in the cluster's Region.",
    "https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html",
  ),
  "cluster.privateApi": native(
    "EKS endpointPrivateAccess on and endpointPublicAccess off.",
    "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
  ),
  "cluster.apiAllowList": native(
    "EKS publicAccessCidrs (the private endpoint stays on for the nodes).",
    "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
  ),
  "cluster.secretsEncryption": native(
    "EKS envelope encryption of secrets (encryptionConfig) with a KMS key the driver creates in the Region.",
    "https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html",
  ),
  "cluster.customerManagedKeys": native(
    "The envelope-encryption key is a customer-managed KMS key in the Region (created, or overrides.aws.kmsKeyArn).",
    "https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html",
  ),
  "db.managed": native(
    "Amazon RDS for PostgreSQL (rds.Instance).",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_PostgreSQL.html",
  ),
  "db.privateEndpoint": native(
    "DB subnet group of two database subnets in the Network's VPC, publiclyAccessible false, a security group open to the VPC only.",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html",
  ),
  "db.encryptionAtRest": native(
    "storageEncrypted (storage, automated backups, snapshots and replicas).",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
  ),
  "db.customerManagedKeys": native(
    "kmsKeyId: a KMS key in the database's Region (created, or overrides.aws.kmsKeyArn).",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.Keys.html",
  ),
  "db.tlsOnly": native(
    "DB parameter group with rds.force_ssl = 1.",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html",
  ),
  "db.highAvailability": native(
    "Multi-AZ DB instance (synchronous standby in another Availability Zone).",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html",
  ),
  "db.pointInTime": native("Automated backups with transaction logs (backupRetentionPeriod >= 1).", "aws-rds-backups"),
  "db.backupsInRegion": native("Automated backups and snapshots stay in the instance's Region.", "aws-rds-backups"),
  "db.backupCopy": native(
    "rds.InstanceAutomatedBackupsReplication to the contract-checked Region (with a KMS key there when customer-managed).",
    "aws-rds-backups",
  ),
  "db.readReplicas": native(
    "rds.Instance with replicateSourceDb in the same Region.",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html",
  ),
  "db.crossRegionReplicas": native(
    "rds.Instance with replicateSourceDb (the source ARN) in the replica's Region and its Network there.",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.XRgn.html",
  ),
  "db.deletionProtection": native(
    "deletionProtection on the instance, and the instance retained on destroy.",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html",
  ),
  "db.finalSnapshot": native(
    "skipFinalSnapshot false with a finalSnapshotIdentifier.",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html",
  ),
  "db.publicAccess": unsupported(
    "the database subnets the driver creates have no route to the internet; reach the database from inside the Network.",
  ),
};
